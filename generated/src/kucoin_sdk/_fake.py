"""The fake API server behind the package's `testing.FakeKucoin`: an httpx transport that
answers every operation the way the live API does.

It routes by method, path (and host, where two services share a path), checks the KC-API-*
headers, the signature and the timestamp (rejected more than the tolerance away from its
clock, as the live API does), validates the inputs with the operation's request model (so
the config's prose rules hold), and answers with the operation's fixture, echoing the
request's values where the response documents a field of the same name (an order's
`clientOid`); a fixture is one page, so a request for a later page of a list gets it without
items. Tests steer it per operation with `respond`, `respond_pages` (the pages an `iter_`
twin walks), `fail` and `rate_limit`.
"""

from __future__ import annotations

import difflib
import hmac
import re
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from email.utils import formatdate
from importlib import import_module, resources
from typing import Any
from urllib.parse import unquote, urlsplit

import httpx

from . import _settings
from ._conventions import CONVENTIONS
from ._echo import echo
from ._forms import form_of, form_values
from ._http import parameters_in_headers
from ._json import decode, dumps, loads
from ._operation import Operation, Paging
from ._signing import SIGNATURE_HEADERS, hmac_base64, prehash
from .errors import (
    KucoinConfigurationError,
    KucoinRequestValidationError,
    KucoinUnknownOperationError,
)

TEST_API_KEY = "test-api-key"
TEST_API_SECRET = "test-api-secret"
TEST_API_PASSPHRASE = "test-api-passphrase"

Reply = Callable[[httpx.Request], httpx.Response]


def operations() -> Mapping[str, Operation]:
    """Every operation of the package, by key (`name`, or `service.name` when composed)."""
    table: Mapping[str, Operation] = import_module(f"{__package__}.operations").OPERATIONS
    return table


def load_fixture(operation: str) -> dict[str, Any]:
    """The example request and response shipped for `operation` (its key in OPERATIONS),
    read as the client reads answers: a fraction is a Decimal, as a decimal input takes it."""
    path = resources.files(__package__).joinpath("fixtures", f"{operation}.json")
    fixture: dict[str, Any] = loads(path.read_text("utf-8"))
    return fixture


@dataclass(frozen=True)
class RecordedCall:
    """A request the fake received, with the key of the operation it was routed to."""

    operation: str
    request: httpx.Request


class FakeServer:
    """An in-process API; pass `fake.transport()` to a client.

    `clock` is the server's clock (seconds since the epoch): give it one that is off from
    yours to see how a client copes with clock skew.
    """

    def __init__(
        self,
        *,
        api_key: str = TEST_API_KEY,
        api_secret: str = TEST_API_SECRET,
        api_passphrase: str = TEST_API_PASSPHRASE,
        require_signature: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.api_key = api_key
        self.api_secret = api_secret
        self.api_passphrase = api_passphrase
        self.require_signature = require_signature
        self.clock = clock
        self.calls: list[RecordedCall] = []
        self._replies: dict[str, Reply] = {}
        table = operations()
        self._keys = {id(operation): key for key, operation in table.items()}
        # Literal paths before templates, so /orders/multi-cancel never routes to /orders/{id}.
        ordered = sorted(table.values(), key=lambda op: (op.path.count("{"), -len(op.path)))
        self._routes = [(operation, _route_pattern(operation.path)) for operation in ordered]
        # Where each operation is served (its own host, its page's), to tell apart two
        # operations with one method and path on different hosts.
        self._served_at = {id(operation): _netloc(operation) for operation in table.values()}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(api_key={self.api_key!r}, calls={len(self.calls)})"

    # Steering ------------------------------------------------------------------------------

    def respond(
        self, operation: str, data: Any, *, headers: Mapping[str, str] | None = None
    ) -> None:
        """Answer `operation` with `data` (the envelope's data, JSON) from now on."""
        key = self._known(operation)
        _check_json(data)
        _check_headers(headers)
        self._replies[key] = lambda request: self._envelope(
            200, _settings.SUCCESS_CODE, data, None, headers
        )

    def respond_pages(self, operation: str, pages: Sequence[Any]) -> None:
        """Answer `operation` with each of `pages` (the envelope's data of each) in turn, one
        per request, and with the last one again once they are used up: an `iter_` twin
        walks them, stopping where the data says the last page is (`totalPage`, an empty
        page, `hasMore`, a cursor it has had before)."""
        key = self._known(operation)
        if isinstance(pages, str | bytes) or not isinstance(pages, Sequence) or not pages:
            raise KucoinConfigurationError(
                "respond_pages needs a list of at least one page", option="pages"
            )
        for page in pages:
            _check_json(page, "pages")
        remaining = list(pages)

        def reply(request: httpx.Request) -> httpx.Response:
            data = remaining.pop(0) if len(remaining) > 1 else remaining[0]
            return self._envelope(200, _settings.SUCCESS_CODE, data, None)

        self._replies[key] = reply

    def fail(
        self,
        operation: str,
        *,
        code: str = _settings.PARAMETER_ERROR_CODE,
        msg: str = "error",
        http_status: int = 400,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """Answer `operation` with an error envelope from now on."""
        key = self._known(operation)
        if isinstance(http_status, bool) or not isinstance(http_status, int):
            raise KucoinConfigurationError(
                f"http_status must be an int, not {http_status!r}", option="http_status"
            )
        if not 100 <= http_status <= 599:
            raise KucoinConfigurationError(
                f"http_status must be 100 to 599, not {http_status}", option="http_status"
            )
        _check_json(code, "code")
        _check_json(msg, "msg")
        _check_headers(headers)
        self._replies[key] = lambda request: self._envelope(http_status, code, None, msg, headers)

    def rate_limit(
        self, operation: str, *, reset_ms: int = 1000, retry_after: str | None = None
    ) -> None:
        """Answer `operation` with HTTP 429 and a rate-limit error from now on; the quota
        resets in `reset_ms` (and `retry_after` is sent as the Retry-After header)."""
        headers = {
            _settings.RATE_LIMIT_REMAINING_HEADER: "0",
            _settings.RATE_LIMIT_RESET_HEADER: str(reset_ms),
        }
        if retry_after is not None:
            headers["Retry-After"] = retry_after
        self.fail(
            operation,
            code=_settings.RATE_LIMIT_CODE,
            msg="Too many requests",
            http_status=429,
            headers=headers,
        )

    def reset(self, operation: str | None = None) -> None:
        """Back to the fixture answer, for `operation` or for all."""
        if operation is None:
            self._replies.clear()
        else:
            self._replies.pop(self._known(operation), None)

    # Wiring --------------------------------------------------------------------------------

    def transport(self) -> httpx.MockTransport:
        """A transport for httpx.Client and httpx.AsyncClient alike."""
        return httpx.MockTransport(self.handle)

    # The server ----------------------------------------------------------------------------

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        routed = self._route(request)
        if (
            routed is None
            and request.method == "GET"
            and (request.url.path == _settings.SERVER_TIME_PATH)
        ):
            # The clock a client corrects itself by, when no operation of the package serves
            # that path (a package with the market page has it as an operation).
            return self._envelope(200, _settings.SUCCESS_CODE, self._now_ms(), None)
        if routed is None:
            return self._envelope(
                404,
                _settings.NOT_FOUND_CODE,
                None,
                f"no operation {request.method} {request.url.path}",
            )
        operation, path_values = routed
        key = self._keys[id(operation)]
        self.calls.append(RecordedCall(key, request))
        problem = self._check_signature(request)
        if problem is not None:
            return self._envelope(401, problem[0], None, problem[1])
        inputs, problem_text = _inputs(operation, path_values, request)
        if problem_text is not None:
            return self._envelope(400, _settings.PARAMETER_ERROR_CODE, None, problem_text)
        reply = self._replies.get(key)
        if reply is not None:
            return reply(request)
        data = CONVENTIONS.envelope.data_of(load_fixture(key)["response"])
        if _later_page(operation, request):
            # The fixture is one page: walking it, an `iter_` twin finds the next one empty.
            data = _emptied(data, operation.paging)
        return self._envelope(200, _settings.SUCCESS_CODE, echo(data, inputs), None)

    def _known(self, operation: str) -> str:
        """The key in OPERATIONS of `operation` as a user writes it: the key itself
        (`spot.order.add_order`), the call (`client.spot.order.add_order`), or its end where
        that names one operation (`add_order`, `order.add_order`)."""
        keys = operations()
        name = operation.removeprefix("client.")
        if name in keys:
            return name
        found = sorted(key for key in keys if key.endswith(f".{name}"))
        if len(found) == 1:
            return found[0]
        if found:
            raise KucoinUnknownOperationError(
                f"{operation!r} names several operations: {', '.join(found)}", option="operation"
            )
        close = difflib.get_close_matches(name, list(keys), n=5, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else f" ({len(keys)} operations)"
        raise KucoinUnknownOperationError(
            f"no operation named {operation!r}{hint}", option="operation"
        )

    def _now_ms(self) -> int:
        return int(self.clock() * 1000)

    def _route(self, request: httpx.Request) -> tuple[Operation, dict[str, str]] | None:
        # Match the path as sent: a value holding an encoded "/" stays one segment.
        raw_path = request.url.raw_path.decode("ascii").split("?", 1)[0]
        netloc = request.url.netloc.decode("ascii")
        found: list[tuple[Operation, dict[str, str]]] = []
        for operation, pattern in self._routes:
            match = pattern.fullmatch(raw_path)
            if operation.method == request.method and match is not None:
                values = {_unmangle(k): unquote(v) for k, v in match.groupdict().items()}
                found.append((operation, values))
        # Two operations may share METHOD /path on different hosts: the host decides.
        for operation, values in found:
            if self._served_at[id(operation)] == netloc:
                return operation, values
        return found[0] if found else None

    def _check_signature(self, request: httpx.Request) -> tuple[str, str] | None:
        headers = request.headers
        missing = [name for name in SIGNATURE_HEADERS if name not in headers]
        if len(missing) == len(SIGNATURE_HEADERS) and not self.require_signature:
            return None
        if missing:
            return _settings.MISSING_HEADER_CODE, f"missing header {missing[0]}"
        timestamp = headers["KC-API-TIMESTAMP"]
        if (
            not timestamp.isdigit()
            or abs(int(timestamp) - self._now_ms()) > _settings.TIMESTAMP_TOLERANCE_MS
        ):
            return _settings.INVALID_TIMESTAMP_CODE, "KC-API-TIMESTAMP is invalid"
        if headers["KC-API-KEY"] != self.api_key:
            return _settings.UNKNOWN_KEY_CODE, "KC-API-KEY does not exist"
        if headers["KC-API-PASSPHRASE"] != hmac_base64(self.api_secret, self.api_passphrase):
            return _settings.WRONG_PASSPHRASE_CODE, "KC-API-PASSPHRASE is wrong"
        expected = hmac_base64(self.api_secret, prehash(request, timestamp))
        if not hmac.compare_digest(headers["KC-API-SIGN"], expected):
            return _settings.WRONG_SIGNATURE_CODE, "signature is wrong"
        return None

    def _envelope(
        self,
        status: int,
        code: str,
        data: Any,
        message: str | None,
        headers: Mapping[str, str] | None = None,
    ) -> httpx.Response:
        body = CONVENTIONS.envelope.wrap(code, _settings.SUCCESS_CODE, data, message)
        all_headers = {
            "Date": formatdate(self.clock(), usegmt=True),
            _settings.RATE_LIMIT_LIMIT_HEADER: "2000",
            _settings.RATE_LIMIT_REMAINING_HEADER: "1999",
            _settings.RATE_LIMIT_RESET_HEADER: "30000",
            **(headers or {}),
        }
        # Written exactly: the data may hold the request's Decimals (echoed).
        content = dumps(body, _not_json).encode()
        all_headers.setdefault("Content-Type", "application/json")
        return httpx.Response(status, content=content, headers=all_headers)


def _not_json(value: Any) -> Any:
    raise TypeError(f"a {type(value).__name__} is not JSON")


def _later_page(operation: Operation, request: httpx.Request) -> bool:
    """Whether `request` asks for a page after the first of a paginated `operation`."""
    paging = operation.paging
    if paging is None:
        return False
    asked = request.url.params.get(paging.parameter)
    return asked is not None and asked != paging.first


def _emptied(data: Any, paging: Paging | None) -> Any:
    """A page's data without its items."""
    if paging is None or paging.items is None:
        return [] if isinstance(data, list) else data
    if isinstance(data, dict):
        return {**data, paging.items: []}
    return data


def _check_json(value: Any, option: str = "data") -> None:
    """Refuse now what the fake could not answer with later, as JSON."""
    try:
        dumps(value, _not_json)
    except (TypeError, ValueError) as error:
        raise KucoinConfigurationError(f"{option} is not JSON: {error}", option=option) from error


def _check_headers(headers: Mapping[str, str] | None) -> None:
    try:
        httpx.Headers(headers)
    except (TypeError, ValueError, AttributeError) as error:
        raise KucoinConfigurationError(f"headers: {error}", option="headers") from error


def _netloc(operation: Operation) -> str:
    """The host and port `operation` is served at, as the package's config states it."""
    if operation.host is not None:
        url = operation.host
    elif operation.service is not None:
        url = _settings.SERVICE_BASE_URLS[operation.service]
    else:
        url = _settings.DEFAULT_BASE_URL
    return urlsplit(url).netloc


def _route_pattern(path: str) -> re.Pattern[str]:
    """The paths `path` (`/users/{id}/mirror/{id}`) stands for. A name given twice is one
    parameter, filling both places: its second place must repeat its first."""
    named: set[str] = set()
    regex = []
    for piece in re.split(r"(\{[^{}]+\})", path):
        if not piece.startswith("{"):
            regex.append(re.escape(piece))
            continue
        group = _mangle(piece[1:-1])
        regex.append(f"(?P={group})" if group in named else f"(?P<{group}>[^/]+)")
        named.add(group)
    return re.compile("".join(regex))


def _mangle(name: str) -> str:
    # Group names must be identifiers; path parameters may hold dashes (`order-id`).
    return "p_" + name.encode().hex()


def _unmangle(group: str) -> str:
    return bytes.fromhex(group[2:]).decode()


def _inputs(
    operation: Operation, path_values: dict[str, str], request: httpx.Request
) -> tuple[Any, str | None]:
    """The request's inputs by wire name (a list for an array body), and None when they are
    what the documentation allows, else the problem."""
    model = operation.request_model
    query = dict(request.url.params.multi_items())
    if model is None:
        if query or request.content:
            return None, f"{operation.name} takes no parameters"
        return {}, None
    form = form_of(operation.media_type)
    try:
        body: Any
        if form is not None:
            attrs = {i.wire: i.attr for i in operation.inputs if i.location == "body"}
            body = form_values(
                request.headers.get("content-type", ""),
                request.content,
                lambda name: _is_list(model, attrs.get(name, name)),
            )
        else:
            body = loads(decode(request.content)) if request.content else None
    except ValueError as error:
        return None, str(error) if form is not None else "the body is not JSON"
    if operation.body == "array":
        items: Any = body if body is not None else []
        return items, _problem(model, items, operation.name)
    if body is not None and not isinstance(body, dict):
        return None, "the body is not a JSON object"
    query_values = _query_values(operation, model, query)
    header_values, cookie_values = parameters_in_headers(operation, request)
    arguments = operation.arguments_from_wire(
        path_values, query_values, body, header_values, cookie_values
    )
    sent = {**path_values, **query_values, **header_values, **cookie_values, **(body or {})}
    return sent, _problem(model, arguments, operation.name)


def _problem(model: Any, inputs: Any, name: str) -> str | None:
    try:
        model.model_validate(inputs)
    except KucoinRequestValidationError as error:
        # In the API's words: the field by its wire name.
        first = error.problems[0]
        return f"{first.wire or name}: {first.message}"
    return None


def _query_values(operation: Operation, model: Any, query: dict[str, str]) -> dict[str, Any]:
    """Query text as the model expects it: lists were sent comma-separated."""
    attrs = {i.wire: i.attr for i in operation.inputs if i.location == "query"}
    return {
        name: text.split(",") if _is_list(model, attrs.get(name, name)) else text
        for name, text in query.items()
    }


def _is_list(model: Any, attr: str) -> bool:
    """Whether the model's field `attr` takes a list (sent as several values)."""
    info = model.model_fields.get(attr)
    return info is not None and "list[" in str(info.annotation)
