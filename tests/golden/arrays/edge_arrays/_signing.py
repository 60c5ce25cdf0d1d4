"""KuCoin API key version 3 signatures over the exact bytes of a request."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field

import httpx


def _hmac_base64(secret: str, message: str) -> str:
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


@dataclass(frozen=True)
class Credentials:
    """An API key; the secret and passphrase never appear in repr() or error messages."""

    api_key: str
    api_secret: str = field(repr=False)
    api_passphrase: str = field(repr=False)

    def __repr__(self) -> str:
        return f"Credentials(api_key={self.api_key[:4]!r}..., api_secret=***, api_passphrase=***)"

    def sign(self, request: httpx.Request, timestamp_ms: int) -> None:
        """Add the KC-API-* headers to `request`, signing the path, query and body exactly
        as they will be sent."""
        path_and_query = request.url.raw_path.decode("ascii")
        body = request.content.decode("utf-8")
        prehash = f"{timestamp_ms}{request.method}{path_and_query}{body}"
        request.headers["KC-API-KEY"] = self.api_key
        request.headers["KC-API-SIGN"] = _hmac_base64(self.api_secret, prehash)
        request.headers["KC-API-TIMESTAMP"] = str(timestamp_ms)
        request.headers["KC-API-PASSPHRASE"] = _hmac_base64(self.api_secret, self.api_passphrase)
        request.headers["KC-API-KEY-VERSION"] = "3"
