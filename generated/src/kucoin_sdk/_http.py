"""What a call puts on the wire and how an answer is read; shared by Client and AsyncClient."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple
from urllib.parse import quote, unquote

import httpx

from ._envelope import Envelope, Refusal, Success
from ._forms import form_body, form_of
from ._headers import http_date
from ._json import decode, dumps, loads
from ._operation import Operation
from ._rate_limits import RateLimitHeaders
from .errors import (
    ArgumentProblem,
    KucoinAPIError,
    KucoinRequestValidationError,
    KucoinResponseError,
    KucoinTransportError,
    RateLimitError,
    api_error_class,
)

_PATH_PARAMETER = re.compile(r"\{([^{}]+)\}")
_SECONDS = re.compile(r"[0-9]+(\.[0-9]+)?")
MAX_SERVER_WAIT = 1e9
"""The longest wait (seconds, about 31 years) a RateLimitError reports: a longer one (a
Retry-After of 400 digits) is reported as this, so `time.sleep(error.retry_after)` never
overflows; the client gives up on any wait longer than its `max_retry_wait` anyway."""


class RequestParts(NamedTuple):
    """What a call sends: its path (parameters filled in), query, body (JSON, or a form),
    and the headers its header and cookie parameters make (cookies as one `Cookie` header;
    a form's Content-Type)."""

    path: str
    query: list[tuple[str, str]]
    body: bytes | None
    headers: dict[str, str]


def request_parts(
    operation: Operation, arguments: Mapping[str, Any], items: Sequence[Any] | None = None
) -> RequestParts:
    """Validate the caller's arguments (by Python name; None means "not given") with the
    operation's request model, then split them into path, query, headers and JSON body.
    `items` is the body of an operation whose body is a top-level array.

    Only what the caller gave is sent: no default of the API documentation is added.
    Raises KucoinRequestValidationError, naming the operation, for arguments the
    documentation does not allow.
    """
    if not isinstance(arguments, Mapping):
        problem = ArgumentProblem(
            "", "", f"arguments must be a mapping, not {type(arguments).__name__}"
        )
        raise KucoinRequestValidationError(operation.name, [problem])
    model = operation.request_model
    if model is None:
        if arguments and any(value is not None for value in arguments.values()):
            names = [name for name, value in arguments.items() if value is not None]
            problems = [ArgumentProblem(name, name, "no such argument") for name in names]
            raise KucoinRequestValidationError(operation.name, problems)
        return RequestParts(operation.path, [], None, {})
    try:
        if operation.body == "array":
            # A list or tuple; pydantic refuses what is none (a number, a text).
            validated_items = model.model_validate([] if items is None else items)
            plain_items = _plain(validated_items)
            body_bytes = _json_body(operation, plain_items, enumerate(plain_items))
            return RequestParts(operation.path, [], body_bytes, {})
        # Imported here, as the models are: pydantic loads on the first call, not on import.
        from ._base import takes_null

        given = {
            name: value
            for name, value in arguments.items()
            if value is not None or takes_null(model, name)
        }
        validated = model.model_validate(given)
    except KucoinRequestValidationError as error:
        # Named after what the user called, not the model behind it.
        raise KucoinRequestValidationError(operation.name, error.problems) from error.__cause__
    # Dumped, not read attribute by attribute: a decimal the API carries as text is sent as
    # text (`_decimals`), wherever it is nested. Keys are wire names, but for a field known by
    # its attribute only (its wire name is another field's too).
    dumped = _plain(validated)
    fields = type(validated).model_fields
    path_values: dict[str, str] = {}
    query: list[tuple[str, str]] = []
    headers: dict[str, str] = {}
    cookies: list[str] = []
    body: dict[str, Any] = {}
    for item in operation.inputs:
        # Left out when not given; a value given as null (`Null`) is dumped as None.
        key = fields[item.attr].alias or item.attr
        if key not in dumped:
            continue
        value = dumped[key]
        if value is None and item.location != "body":
            continue
        if item.location == "path":
            path_values[item.wire] = _path_segment(value)
        elif item.location == "query":
            query.append((item.wire, _text(value)))
        elif item.location == "header":
            headers[item.wire] = _header_value(operation, item.attr, item.wire, _text(value))
        elif item.location == "cookie":
            # A cookie's value may not hold `;`, `,`, spaces or quotes: percent-encoded.
            cookies.append(f"{item.wire}={quote(_text(value), safe='')}")
        else:
            body[item.wire] = value
    if cookies:
        headers["Cookie"] = "; ".join(cookies)
    path = _PATH_PARAMETER.sub(lambda match: path_values[match.group(1)], operation.path)
    if operation.body != "object":
        return RequestParts(path, query, None, headers)
    form = form_of(operation.media_type)
    if form is not None:
        content, headers["Content-Type"] = form_body(form, body)
        return RequestParts(path, query, content, headers)
    if operation.media_type is not None:
        headers["Content-Type"] = operation.media_type
    attrs = {item.wire: item.attr for item in operation.inputs if item.location == "body"}
    content = _json_body(operation, body, ((attrs[w], v) for w, v in body.items()))
    return RequestParts(path, query, content, headers)


def parameters_in_headers(
    operation: Operation, request: httpx.Request
) -> tuple[dict[str, str], dict[str, str]]:
    """The operation's header and cookie parameters `request` carries, by wire name (a
    header's name in the operation's spelling; HTTP's are case-insensitive): what
    `request_parts` put there, read back (by the fake server)."""
    headers = {
        item.wire: request.headers[item.wire]
        for item in operation.inputs
        if item.location == "header" and item.wire in request.headers
    }
    sent: dict[str, str] = {}
    for pair in request.headers.get("cookie", "").split(";"):
        name, _, value = pair.strip().partition("=")
        sent[name] = unquote(value)
    cookies = {
        item.wire: sent[item.wire]
        for item in operation.inputs
        if item.location == "cookie" and item.wire in sent
    }
    return headers, cookies


def _json_body(operation: Operation, body: Any, fields: Iterable[tuple[Any, Any]]) -> bytes:
    """`body` as JSON; KucoinRequestValidationError naming the field (of `fields`: its
    attribute or index, and value) JSON cannot carry (a value no request model lets through,
    should one get past it)."""
    try:
        return _json_bytes(body)
    except (ValueError, TypeError) as error:
        problems = []
        for name, value in fields:
            try:
                _json_bytes(value)
            except (ValueError, TypeError) as reason:
                field = f"[{name}]" if isinstance(name, int) else name
                wire = field if isinstance(name, int) else _wire_name(operation, name)
                problems.append(ArgumentProblem(field, wire, str(reason)))
        problems = problems or [ArgumentProblem("", "", str(error))]
        raise KucoinRequestValidationError(operation.name, problems) from error


def _header_value(operation: Operation, attr: str, wire: str, text: str) -> str:
    """A header parameter's text, or KucoinRequestValidationError for text HTTP cannot carry
    in a header (beyond ASCII, or a line break, which would end the header)."""
    if text.isascii() and text.isprintable():
        return text
    problem = ArgumentProblem(attr, wire, "a header's value must be printable ASCII text")
    raise KucoinRequestValidationError(operation.name, [problem])


def _wire_name(operation: Operation, attr: str) -> str:
    return next((item.wire for item in operation.inputs if item.attr == attr), attr)


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
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _plain(value: Any) -> Any:
    """A model as the JSON object it stands for: wire names, only the fields that were set."""
    return value.model_dump(mode="python", by_alias=True, exclude_unset=True, exclude_none=True)


def _json_default(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if hasattr(value, "model_dump"):
        return _plain(value)
    raise TypeError(f"cannot send a {type(value).__name__} as JSON")


def _json_bytes(value: Any) -> bytes:
    """`value` as the JSON of a request body; a Decimal as the exact number it is."""
    return dumps(value, _json_default).encode()


def retry_after_seconds(
    headers: httpx.Headers, now: float, rate_limits: RateLimitHeaders
) -> float | None:
    """How long the server asked to wait, in seconds: the longest of `Retry-After` (seconds,
    fractional or not, or an HTTP date) and the quota's reset (as `rate_limits` read it), at
    most MAX_SERVER_WAIT; None if neither says. `now` is the local time, for an HTTP date."""
    waits: list[float] = []
    retry_after = (headers.get("retry-after") or "").strip()
    if _SECONDS.fullmatch(retry_after):
        waits.append(float(retry_after))  # inf for a number of 400 digits, never an error
    elif retry_after:
        date = http_date(retry_after)
        if date is not None:
            waits.append(max(0.0, date - now))
    reset = rate_limits.reset_seconds(headers)
    if reset is not None:
        waits.append(reset)
    return min(max(waits), MAX_SERVER_WAIT) if waits else None


def read_envelope(
    response: httpx.Response,
    body: bytes,
    *,
    envelope: Envelope,
    rate_limits: RateLimitHeaders,
    now: Callable[[], float],
) -> Any:
    """The envelope's data when it is a success, whatever else the answer says (an HTTP
    error status, a code sent as a number); else the error the envelope or the HTTP status
    stands for. `body` is the answer's body as the client read it (inflated, within its size
    limit); `envelope` reads the API's wrapping, `rate_limits` the quota headers (of an
    error); `now` tells the local time, for a Retry-After date."""
    text = decode(body)
    problem = None
    document: Any = None
    if not text.strip():
        problem = "empty response body"
    else:
        try:
            document = loads(text)
        except ValueError:
            problem = f"response is not JSON: {text[:200]!r}"
    said = None if problem is not None else envelope.read(document, response.status_code)
    if isinstance(said, Success):
        return said.data
    if isinstance(said, Refusal):
        message = said.message if said.message is not None else response.reason_phrase
        raise _api_error(response, said.code, message, now, rate_limits)
    if problem is None:
        if not response.is_success:
            problem = f"response is not an envelope: {text[:200]!r}"
        else:
            raise KucoinResponseError(f"the answer is not an envelope: {text[:200]!r}")
    if api_error_class(None, response.status_code) is not KucoinAPIError:
        # A 429 is a rate limit whatever its body says.
        raise _api_error(response, None, f"{response.reason_phrase} ({problem})", now, rate_limits)
    raise KucoinTransportError(
        f"{problem} (HTTP {response.status_code})", http_status=response.status_code
    )


def _api_error(
    response: httpx.Response,
    code: str | None,
    msg: str,
    now: Callable[[], float],
    rate_limits: RateLimitHeaders,
) -> KucoinAPIError:
    error_class = api_error_class(code, response.status_code)
    error = error_class(
        code,
        msg,
        http_status=response.status_code,
        headers=response.headers,
        rate_limit=rate_limits.read(response.headers),
    )
    if isinstance(error, RateLimitError):
        error.retry_after = retry_after_seconds(response.headers, now(), rate_limits)
    return error
