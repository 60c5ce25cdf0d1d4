"""What a call puts on the wire and how an answer is read; shared by Client and AsyncClient."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping
from decimal import Decimal
from enum import Enum
from typing import Any
from urllib.parse import quote

import httpx

from edge_enums.errors import (
    ERROR_CLASSES_BY_CODE,
    ERROR_CLASSES_BY_HTTP_STATUS,
    KucoinAPIError,
    KucoinResponseError,
    KucoinTransportError,
    RateLimit,
)
from edge_enums.operations import Operation

DEFAULT_BASE_URL = "https://api-futures.kucoin.com"
SUCCESS_CODE = "200000"
RETRY_METHODS = frozenset(("GET", "DELETE"))
RETRY_HTTP_STATUSES = frozenset((429, 500, 502, 503, 504))
BACKOFF_SECONDS = 0.5
MAX_BACKOFF_SECONDS = 8.0
_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")
_INTEGER = re.compile(r"-?[0-9]+")
_ADAPTERS: dict[str, Any] = {}


def request_parts(
    operation: Operation, arguments: Mapping[str, Any], items: list[Any] | None = None
) -> tuple[str, list[tuple[str, str]], bytes | None]:
    """Validate the caller's arguments (by wire name; None means "not given") with the
    operation's request model, then split them into path, query and JSON body. `items` is
    the body of an operation whose body is a top-level array.

    Only what the caller gave is sent: no default of the API documentation is added.
    """
    if operation.request_model is None:
        return operation.path, [], None
    if operation.body == "array":
        model = operation.request_model.model_validate(items or [])
        dumped = model.model_dump(
            mode="python", by_alias=True, exclude_unset=True, exclude_none=True
        )
        return operation.path, [], _json_bytes(dumped)
    given = {name: value for name, value in arguments.items() if value is not None}
    model = operation.request_model.model_validate(given)
    values = model.model_dump(mode="python", by_alias=True, exclude_unset=True, exclude_none=True)
    path = _PATH_PARAMETER.sub(lambda m: _path_segment(values[m.group(1)]), operation.path)
    query = [(name, _text(values[name])) for name in operation.query_params if name in values]
    body = None
    if operation.body == "object":
        body = _json_bytes({k: v for k, v in values.items() if k in operation.body_fields})
    return path, query, body


def _path_segment(value: Any) -> str:
    """A path value, percent-encoded; `.` and `..` too, or the URL would lead elsewhere."""
    encoded = quote(_text(value), safe="")
    return encoded.replace(".", "%2E") if encoded in (".", "..") else encoded


def _text(value: Any) -> str:
    """A query or path value as KuCoin expects it: true/false, enum values, lists joined by
    commas, decimals as written."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _text(value.value)
    if isinstance(value, (list, tuple)):
        return ",".join(_text(item) for item in value)
    return str(value)


def _json_default(value: Any) -> Any:
    if isinstance(value, Decimal):
        number = float(value)
        # JSON has no decimals: send one only where the float prints back as the same value.
        if Decimal(repr(number)) != value:
            raise ValueError(f"{value} cannot be sent exactly as a JSON number; round it first")
        return number
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="python", by_alias=True, exclude_unset=True, exclude_none=True)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def _json_bytes(value: Any) -> bytes:
    return json.dumps(
        value, default=_json_default, separators=(",", ":"), ensure_ascii=False
    ).encode()


def rate_limit_of(headers: httpx.Headers) -> RateLimit:
    def number(name: str) -> int | None:
        # A malformed header must never turn an answer (a placed order) into an error.
        text = (headers.get(name) or "").strip()
        return int(text) if _INTEGER.fullmatch(text) else None

    return RateLimit(
        limit=number("gw-ratelimit-limit"),
        remaining=number("gw-ratelimit-remaining"),
        reset_ms=number("gw-ratelimit-reset"),
    )


def read_data(response: httpx.Response) -> Any:
    """The envelope's `data`, or the typed error the envelope (or HTTP status) stands for."""
    text = response.text
    problem = None
    if not text.strip():
        problem = "empty response body"
    else:
        try:
            envelope = json.loads(text, parse_float=Decimal)
        except ValueError:
            problem = f"response is not JSON: {text[:200]!r}"
    if problem is not None:
        status_error = ERROR_CLASSES_BY_HTTP_STATUS.get(response.status_code)
        if status_error is not None:
            # A 429 is a rate limit whatever its body says.
            raise status_error(
                None,
                f"{response.reason_phrase} ({problem})",
                http_status=response.status_code,
                headers=response.headers,
                rate_limit=rate_limit_of(response.headers),
            )
        raise KucoinTransportError(
            f"{problem} (HTTP {response.status_code})", http_status=response.status_code
        )
    code = envelope.get("code") if isinstance(envelope, dict) else None
    if code == SUCCESS_CODE and response.is_success:
        return envelope.get("data")
    message = envelope.get("msg") if isinstance(envelope, dict) else None
    error_class = ERROR_CLASSES_BY_CODE.get(str(code)) or ERROR_CLASSES_BY_HTTP_STATUS.get(
        response.status_code, KucoinAPIError
    )
    raise error_class(
        None if code is None else str(code),
        str(message if message is not None else response.reason_phrase),
        http_status=response.status_code,
        headers=response.headers,
        rate_limit=rate_limit_of(response.headers),
    )


def parse_data(operation: Operation, data: Any) -> Any:
    """`data` as the operation's documented type; KucoinResponseError if it has another shape."""
    from pydantic import TypeAdapter, ValidationError  # loaded on the first call

    adapter = _ADAPTERS.get(operation.name)
    if adapter is None:
        adapter = _ADAPTERS[operation.name] = TypeAdapter(operation.response_model)
    try:
        return adapter.validate_python(data)
    except ValidationError as error:
        raise KucoinResponseError(
            f"{operation.name}: the response data does not have the documented shape: {error}"
        ) from None


def retry_delay(
    method: str,
    attempt: int,
    max_retries: int,
    retry_all_methods: bool,
    *,
    error: Exception,
) -> float | None:
    """Seconds to wait before trying again, or None to give up and raise `error`.

    Retried: connection errors, the HTTP statuses in RETRY_HTTP_STATUSES and rate limiting,
    only for GET, DELETE unless the client allows every method: placing
    an order twice costs money.
    """
    if attempt >= max_retries or (method not in RETRY_METHODS and not retry_all_methods):
        return None
    wait_ms: int | None = None
    if isinstance(error, KucoinAPIError):
        limited = error.http_status == 429 or error.code in _RATE_LIMIT_CODES
        if error.http_status not in RETRY_HTTP_STATUSES and not limited:
            return None
        wait_ms = error.rate_limit.reset_ms if limited else None
        retry_after = error.headers.get("retry-after", "").strip()
        if _INTEGER.fullmatch(retry_after):
            wait_ms = max(wait_ms or 0, int(retry_after) * 1000)
    elif isinstance(error, KucoinTransportError):
        if error.http_status is not None and error.http_status not in RETRY_HTTP_STATUSES:
            return None
    elif not isinstance(error, httpx.TransportError):
        return None
    backoff = min(MAX_BACKOFF_SECONDS, BACKOFF_SECONDS * 2.0**attempt)
    jittered = backoff * (0.5 + random.random() / 2)
    if wait_ms is not None:
        return max(jittered, min(MAX_BACKOFF_SECONDS, wait_ms / 1000))
    return jittered


_RATE_LIMIT_CODES = frozenset(("429000",))
