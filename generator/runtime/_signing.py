"""How the API authenticates a request: the seam, and KuCoin's API key signatures over the
exact bytes of a request.

`Authentication` turns the client's key arguments (or the environment) into the
`RequestSigner` its calls sign every attempt with. KuCoin's (`KucoinKeyAuthentication`) signs
with HMAC-SHA256 (`Credentials`); an API that authenticates otherwise adds its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Protocol

import httpx

from .errors import KucoinConfigurationError

SIGNATURE_HEADERS = (
    "KC-API-KEY",
    "KC-API-SIGN",
    "KC-API-TIMESTAMP",
    "KC-API-PASSPHRASE",
    "KC-API-KEY-VERSION",
)


class RequestSigner(Protocol):
    """What signs a request before it is sent. A call's attempts sign every attempt anew:
    a retry's timestamp must be fresh."""

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
    """A KuCoin API key, a RequestSigner; the secret and passphrase never appear in repr()
    or error messages."""

    api_key: str
    api_secret: str = field(repr=False)
    api_passphrase: str = field(repr=False)
    key_version: str = field(repr=False)
    """The KC-API-KEY-VERSION the key was made with (how its passphrase is sent)."""

    _keyed_mac: hmac.HMAC = field(init=False, repr=False, compare=False)
    """HMAC-SHA256 keyed with the secret, copied for each signature (keying it is half the
    work of a signature, and every signature of a key is keyed alike)."""
    _signed_passphrase: str = field(init=False, repr=False, compare=False)
    """The passphrase as sent: it depends on the secret and passphrase alone."""

    def __post_init__(self) -> None:
        object.__setattr__(
            self, "_keyed_mac", hmac.new(self.api_secret.encode(), digestmod=hashlib.sha256)
        )
        object.__setattr__(
            self, "_signed_passphrase", hmac_base64(self.api_secret, self.api_passphrase)
        )

    def __repr__(self) -> str:
        return f"Credentials(api_key={self.api_key[:4]!r}..., api_secret=***, api_passphrase=***)"

    def sign(self, request: httpx.Request, timestamp_ms: int) -> None:
        """Add the KC-API-* headers to `request`, signing the path, query and body exactly
        as they will be sent."""
        timestamp = str(timestamp_ms)
        mac = self._keyed_mac.copy()
        mac.update(prehash(request, timestamp).encode())
        headers = request.headers
        headers["KC-API-KEY"] = self.api_key
        headers["KC-API-SIGN"] = base64.b64encode(mac.digest()).decode()
        headers["KC-API-TIMESTAMP"] = timestamp
        headers["KC-API-PASSPHRASE"] = self._signed_passphrase
        headers["KC-API-KEY-VERSION"] = self.key_version


class Authentication(Protocol):
    """How a client's key arguments (or the environment) become its requests' signer."""

    def signer(
        self,
        api_key: str | None,
        api_secret: str | None,
        api_passphrase: str | None,
        environment: Mapping[str, str],
    ) -> RequestSigner | None:
        """The signer of the client's requests, from its arguments or else `environment`
        (the process's, which only the client reads); None for a client without
        credentials (its requests go unsigned). Raises KucoinConfigurationError (a
        ValueError) for a key given in part, or one that cannot be sent."""


@dataclass(frozen=True)
class KucoinKeyAuthentication:
    """KuCoin's API keys: key, secret and passphrase, each from its argument or else its
    environment variable, signing as the key's version says (all from the settings)."""

    key_version: str
    api_key_env: str
    api_secret_env: str
    api_passphrase_env: str

    def signer(
        self,
        api_key: str | None,
        api_secret: str | None,
        api_passphrase: str | None,
        environment: Mapping[str, str],
    ) -> Credentials | None:
        key = api_key or environment.get(self.api_key_env)
        secret = api_secret or environment.get(self.api_secret_env)
        passphrase = api_passphrase or environment.get(self.api_passphrase_env)
        if (key, secret, passphrase).count(None) not in (0, 3):
            # Half a key would silently send unsigned requests; say so instead.
            raise KucoinConfigurationError(
                "api_key, api_secret and api_passphrase must be given together", option="api_key"
            )
        for name, value in (
            ("api_key", key),
            ("api_secret", secret),
            ("api_passphrase", passphrase),
        ):
            if value is not None and not isinstance(value, str):
                raise KucoinConfigurationError(
                    f"{name} must be a str, not {type(value).__name__}", option=name
                )
        if key and not (key.isascii() and key.isprintable()):
            # It is sent as a header: only printable ASCII can be.
            raise KucoinConfigurationError(
                "api_key must be printable ASCII (it is sent as a header)", option="api_key"
            )
        if key and secret and passphrase:
            return Credentials(key, secret, passphrase, self.key_version)
        return None
