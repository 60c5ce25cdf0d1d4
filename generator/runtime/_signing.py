"""KuCoin API key signatures over the exact bytes of a request."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from . import _settings

SIGNATURE_HEADERS = (
    "KC-API-KEY",
    "KC-API-SIGN",
    "KC-API-TIMESTAMP",
    "KC-API-PASSPHRASE",
    "KC-API-KEY-VERSION",
)


class RequestSigner(Protocol):
    """What signs a request before it is sent: the seam between a call's attempts, which
    sign every attempt anew (a retry's timestamp must be fresh), and the API's way of
    authenticating a request. KuCoin's is `Credentials` (HMAC-SHA256 over the request)."""

    def sign(self, request: httpx.Request, timestamp_ms: int) -> None:
        """Add to `request` what authenticates it, at the server's time `timestamp_ms`
        (this machine's, corrected by the learned clock offset); `request` is final: its
        URL, query and body are exactly what will be sent."""


def hmac_base64(secret: str, message: str) -> str:
    """base64(HMAC-SHA256(secret, message)), as KuCoin signs."""
    digest = hmac.new(secret.encode(), message.encode(), hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def prehash(request: httpx.Request, timestamp: str) -> str:
    """What is signed: timestamp, method, path with query exactly as sent, and the body."""
    path_and_query = request.url.raw_path.decode("ascii")
    return f"{timestamp}{request.method}{path_and_query}{request.content.decode('utf-8')}"


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
        timestamp = str(timestamp_ms)
        headers = request.headers
        headers["KC-API-KEY"] = self.api_key
        headers["KC-API-SIGN"] = hmac_base64(self.api_secret, prehash(request, timestamp))
        headers["KC-API-TIMESTAMP"] = timestamp
        headers["KC-API-PASSPHRASE"] = hmac_base64(self.api_secret, self.api_passphrase)
        headers["KC-API-KEY-VERSION"] = _settings.KEY_VERSION
