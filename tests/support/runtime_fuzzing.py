"""Hostile answers through a generated client: it must return or raise one of its package's
errors, within bounded time and memory, whatever a server (or the network) does.

Not a test module: `tests/client/test_runtime_fuzz.py` runs a few hundred cases in `make
test`, `tools/fuzz_runtime.py` 10,000 in `make fuzz`. A case is a pure function of a
`Chooser` (tests/support/fuzzing.py), so case I of seed S (`case_of(S, I, sdk)`) reruns alone.

A case calls one operation of the SDK generated from the tests' seed page, with its fixture's
valid inputs, sync or async, parsed or raw, through an httpx.MockTransport that answers each
attempt with the case's next reply (the last repeats; the server-time request gets a reply
of its own): mutated valid envelopes, huge or odd numbers, deep nesting, random bytes, wrong
content types and charsets, statuses 100-599, hostile rate-limit, Retry-After and Date
headers, bodies in chunks or broken off, and httpx's transport exceptions. The client's sleep
is patched (retries cost nothing, each wait is recorded) and its clock fixed.

A case fails when: an exception other than the package's KucoinError escapes (or comes from
reading `client.rate_limit`, the raw response, the result's repr, or formatting a log
record); an answer that is a well-formed success envelope, delivered whole and first, does
not return; a wait is longer than the client may wait; more requests are sent than the
retries allow; the case takes more than TIME_LIMIT seconds or MEMORY_LIMIT bytes.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import json
import logging
import math
import random
import resource
import sys
import time
import traceback
from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

import httpx

from tests.support.fuzzing import CaseTimeout, interrupt_after
from tests.support.mutations import Chooser, RandomChooser
from tests.support.pages import SEED, SEED_CONFIG

NOW = 1700000000.0

TIME_LIMIT = 2.0
"""Seconds one case may take."""
MEMORY_LIMIT = 200 * 2**20
"""Bytes one case may add to the process's peak memory: its peak resident size (which only
grows) may not pass the one before the first case by more. Cheaper than tracemalloc, which
makes allocation-heavy cases five times slower."""

Mode = Literal["sync", "async", "raw", "async-raw"]
Delivery = Literal["whole", "chunks", "broken", "slow"]

TRANSPORT_ERRORS: tuple[type[httpx.RequestError], ...] = (
    httpx.ConnectError,
    httpx.ConnectTimeout,
    httpx.PoolTimeout,
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.LocalProtocolError,
    httpx.ProxyError,
    httpx.UnsupportedProtocol,
    httpx.DecodingError,
    httpx.TooManyRedirects,
)

ODD_NUMBERS = (
    "1e999999999",
    "1e-99999999",
    "1e999999",
    "-1E+400",
    "9" * 5000,
    "-" + "9" * 400,
    "9" * 4300,
    "1" + "0" * 100,
    "0." + "0" * 500 + "1",
    "1.5e308",
    "4.9e-324",
    "-0",
    "-0.0",
    "0.00000010",
    "12345678901234567890.123456789",
    "NaN",
    "Infinity",
    "-Infinity",
    "1e300",
    "1e-300",
    "1e301",
    "2e5",
    "200000",
    "200000.0",
)
ODD_VALUES = (
    "null",
    "true",
    "false",
    '""',
    '"x"',
    '"\\ud800"',
    '"\\u0000"',
    "[]",
    "{}",
    '{"a": {"b": [1, 2, {"c": null}]}}',
    '"' + "z" * 10000 + '"',
    '"27000.5"',
    '"not a number"',
)
HEADER_VALUES = (
    "",
    "0",
    "-1",
    "2000",
    " 12 ",
    "9" * 400,
    "9" * 5000,
    "9" * 18,
    "9" * 19,
    "1e9",
    "0x10",
    "nan",
    "inf",
    "1.5",
    "9" * 400 + ".5",
    "Wed, 21 Oct 2015 07:28:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 GMT",
    "Mon, 01 Jan 99999 00:00:00 GMT",
    "Thu, 01 Jan 1970 00:00:00 +9999",
    "Tue, 14 Nov 2023 22:13:20 GMT",
    "Sat, 30 Feb 2023 25:61:61 GMT",
    "\u00e9t\u00e9",
    "x" * 10000,
)
CONTENT_TYPES = (
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=base64",
    "application/json; charset=utf-16",
    "application/json; charset=idna",
    "application/json; charset=rot13",
    "application/json; charset=nonexistent",
    "text/html",
    "application/octet-stream",
    ";;;",
)
CODES = (
    '"200000"',
    "200000",
    "200000.0",
    "2e5",
    '"400002"',
    '"429000"',
    '"400100"',
    '"400001"',
    '"500000"',
    '"123456"',
    "true",
    "null",
    '{"a": 1}',
    "[]",
    "1e999999999",
    '"' + "9" * 5000 + '"',
)
SUCCESS_CODES = ('"200000"', "200000", "200000.0", "2e5")


# --- a case ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """One answer of the mock server, or the transport error it raises instead."""

    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    delivery: Delivery = "whole"
    error: str | None = None
    """The name of the httpx exception raised instead of answering."""
    success: bool = False
    """A well-formed success envelope, delivered whole: the call must return it."""
    what: str = ""

    def describe(self) -> str:
        if self.error is not None:
            return f"raise {self.error}"
        body = self.body if len(self.body) <= 120 else self.body[:100] + b"..."
        headers = {name: value[:40] for name, value in self.headers}
        return (
            f"{self.status} {self.what} ({len(self.body)} bytes, {self.delivery}) "
            f"{headers} {body!r}"
        )


@dataclass(frozen=True)
class Case:
    operation: str
    mode: Mode
    max_retries: int
    replies: tuple[Reply, ...]
    server_time: Reply

    @property
    def description(self) -> str:
        lines = [f"{self.mode} {self.operation} max_retries={self.max_retries}"]
        lines += [f"  reply {i}: {reply.describe()}" for i, reply in enumerate(self.replies)]
        lines.append(f"  server time: {self.server_time.describe()}")
        return "\n".join(lines)


def case_of(seed: int, index: int, sdk: ModuleType) -> Case:
    """Case `index` of `seed`: the same on every run and machine."""
    return make_case(RandomChooser(random.Random(f"runtime:{seed}:{index}")), sdk)


def make_case(choose: Chooser, sdk: ModuleType) -> Case:
    """A random call and the replies it gets; every choice through `choose`."""
    operations = sorted(sdk.OPERATIONS)
    name = choose.choice(operations)
    fixture = _fixture(sdk, name)
    count = choose.choice((1, 1, 1, 2, 3, 5))
    replies = tuple(_reply(choose, fixture) for _ in range(count))
    server_time = _server_time_reply(choose)
    mode: Mode = choose.choice(("sync", "async", "raw", "async-raw"))
    return Case(name, mode, choose.choice((0, 1, 2, 3)), replies, server_time)


def _fixture(sdk: ModuleType, name: str) -> dict[str, Any]:
    fixture: dict[str, Any] = sdk.testing.load_fixture(name)
    return fixture


def _dumps(value: Any) -> str:
    """Fixture data as JSON: its fractions (Decimals, as `load_fixture` reads them) as the
    floats they print as, which is all a reply needs."""
    return json.dumps(value, default=float)


def _reply(choose: Chooser, fixture: dict[str, Any]) -> Reply:
    kind = choose.integer(0, 19)
    if kind == 0:
        error = choose.choice(TRANSPORT_ERRORS).__name__
        return Reply(error=error)
    if kind <= 10:
        body, what, valid = _envelope(choose, fixture)
    elif kind <= 12:
        body, what, valid = _deep(choose), "deep nesting", False
    elif kind <= 14:
        size = choose.choice((0, 1, 10, 1000, 100_000))
        body = bytes(choose.integer(0, 255) for _ in range(min(size, 64))) * max(1, size // 64)
        what, valid = "random bytes", False
    elif kind == 15:
        body = choose.choice((b"", b" ", b"<html>502 Bad Gateway</html>", b"null", b"[1]"))
        what, valid = "not an envelope", False
    else:
        body, what, valid = _envelope(choose, fixture)
        body, mutation = _mutate_bytes(choose, body)
        what, valid = f"{what}, {mutation}", False
    status = _status(choose)
    headers = _headers(choose)
    delivery: Delivery = choose.choice(("whole", "whole", "whole", "chunks", "broken", "slow"))
    success = (
        valid
        and delivery in ("whole", "chunks", "slow")
        and not any(name == "content-encoding" for name, _ in headers)
    )
    return Reply(status, headers, body, delivery, None, success, what)


def _envelope(choose: Chooser, fixture: dict[str, Any]) -> tuple[bytes, str, bool]:
    """An envelope as text: its code, data and message each perhaps odd. `valid` when it is
    a success envelope whose data is any JSON (what the API may send)."""
    response = fixture["response"]
    data_text = _dumps(response.get("data"))
    what = "fixture data"
    change = choose.integer(0, 9)
    if change <= 3 and isinstance(response.get("data"), dict) and response["data"]:
        key = choose.choice(sorted(response["data"]))
        value = choose.choice(ODD_NUMBERS + ODD_VALUES + (_deep_text(choose),))
        data = dict(response["data"])
        data[key] = "\x00PLACEHOLDER\x00"
        data_text = _dumps(data).replace('"\\u0000PLACEHOLDER\\u0000"', value)
        what = f"data.{key}={value[:30]}"
    elif change == 4:
        data_text = choose.choice(ODD_NUMBERS + ODD_VALUES)
        what = f"data={data_text[:30]}"
    elif change == 5:
        count = choose.choice((0, 1, 100, 2000))
        data_text = "[" + ",".join([_dumps(response.get("data"))] * count) + "]"
        what = f"data=[fixture data] * {count}"
    elif change == 6:
        data_text = _deep_text(choose)
        what = "data=deep"
    code = choose.choice(SUCCESS_CODES if choose.integer(0, 1) else CODES)
    pieces = [f'"code":{code}', f'"data":{data_text}']
    if choose.integer(0, 2) == 0:
        pieces.append(f'"msg":{choose.choice(ODD_VALUES + ODD_NUMBERS)}')
    if choose.integer(0, 9) == 0:
        pieces.append(f'"code":{choose.choice(CODES)}')  # a duplicate key: the last wins
        code = "duplicate"
    if choose.integer(0, 9) == 0:
        del pieces[choose.integer(0, len(pieces) - 1)]
        code = "missing"
    text = "{" + ",".join(pieces) + "}"
    return text.encode("utf-8", "surrogatepass"), f"code {code[:20]}, {what}", code in SUCCESS_CODES


def _deep_text(choose: Chooser) -> str:
    depth = choose.choice((10, 63, 64, 65, 100, 1000, 5000, 100_000))
    if choose.integer(0, 1):
        return '{"a":' * depth + "1" + "}" * depth
    return "[" * depth + "]" * depth


def _deep(choose: Chooser) -> bytes:
    depth = choose.choice((65, 1000, 100_000))
    opener = choose.choice(("[", "{", '{"a":', '["\\"', "[{"))
    closed = choose.integer(0, 1)
    closer = {"[": "]", "{": "}", '{"a":': "}", '["\\"': '"]', "[{": "}]"}[opener]
    text = opener * depth + (closer * depth if closed else "")
    return text.encode()


def _mutate_bytes(choose: Chooser, body: bytes) -> tuple[bytes, str]:
    how = choose.integer(0, 5)
    at = choose.integer(0, len(body))
    if how == 0:
        return body[:at], f"truncated at {at}"
    if how == 1:
        noise = bytes(choose.integer(0, 255) for _ in range(choose.integer(1, 8)))
        return body[:at] + noise + body[at:], f"{noise!r} inserted at {at}"
    if how == 2 and body:
        at = min(at, len(body) - 1)
        return body[:at] + bytes([body[at] ^ 0x80]) + body[at + 1 :], f"byte {at} flipped"
    if how == 3:
        return b"\xef\xbb\xbf" + body, "with a UTF-8 byte-order mark"
    if how == 4:
        return body.decode("utf-8", "replace").encode("utf-16"), "as UTF-16"
    return body + body, "twice"


def _status(choose: Chooser) -> int:
    if choose.integer(0, 2) == 0:
        return choose.integer(100, 599)
    return choose.choice((200, 200, 200, 400, 401, 404, 429, 500, 502, 503))


def _headers(choose: Chooser) -> tuple[tuple[str, str], ...]:
    headers: list[tuple[str, str]] = []
    if choose.integer(0, 3):
        headers.append(("content-type", choose.choice(CONTENT_TYPES)))
    for name in (
        "gw-ratelimit-limit",
        "gw-ratelimit-remaining",
        "gw-ratelimit-reset",
        "retry-after",
        "date",
    ):
        if choose.integer(0, 2) == 0:
            headers.append((name, choose.choice(HEADER_VALUES)))
    if choose.integer(0, 14) == 0:
        headers.append(("content-encoding", choose.choice(("gzip", "br", "deflate", "x"))))
    return tuple(headers)


def _server_time_reply(choose: Chooser) -> Reply:
    kind = choose.integer(0, 4)
    if kind == 0:
        return Reply(error=choose.choice(TRANSPORT_ERRORS).__name__)
    if kind == 1:
        return Reply(status=404, body=b'{"code":"404000"}', what="no server time")
    value = choose.choice(("1700000006000", "10" + "0" * 400, "1" + "0" * 99, "-1", "1.7e12"))
    value = value if kind > 2 else choose.choice(ODD_NUMBERS + ODD_VALUES)
    body = ('{"code":"200000","data":' + value + "}").encode()
    return Reply(status=200, body=body, headers=_headers(choose), what="server time")


# --- running a case -------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    kind: Literal["returned", "raised", "failed"]
    detail: str
    seconds: float = 0.0
    peak_bytes: int = 0

    @property
    def ok(self) -> bool:
        return self.kind != "failed"


class _Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body in chunks, for both clients: perhaps slowly, perhaps broken off midway."""

    def __init__(self, body: bytes, delivery: Delivery, request: httpx.Request) -> None:
        self.body = body
        self.delivery = delivery
        self.request = request

    def _chunks(self) -> Iterator[bytes]:
        size = max(1, len(self.body) // 7)
        chunks = [self.body[i : i + size] for i in range(0, len(self.body), size)]
        for index, chunk in enumerate(chunks):
            if self.delivery == "broken" and index == len(chunks) // 2:
                raise httpx.ReadTimeout("the body stopped coming", request=self.request)
            yield chunk
        if self.delivery == "broken" and not chunks:
            raise httpx.RemoteProtocolError("peer closed the connection", request=self.request)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks():
            if self.delivery == "slow":
                time.sleep(0.001)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks():
            if self.delivery == "slow":
                await asyncio.sleep(0.001)
            yield chunk


def _respond(reply: Reply, request: httpx.Request) -> httpx.Response:
    if reply.error is not None:
        error_class = getattr(httpx, reply.error)
        if issubclass(error_class, httpx.TooManyRedirects):
            raise error_class("too many redirects", request=request)
        raise error_class(f"fuzzed {reply.error}", request=request)
    # As bytes, the way they come off the wire (httpx takes only ASCII text).
    headers = [(name.encode(), value.encode("utf-8")) for name, value in reply.headers]
    if reply.delivery == "whole":
        return httpx.Response(reply.status, headers=headers, content=reply.body)
    stream = _Body(reply.body, reply.delivery, request)
    return httpx.Response(reply.status, headers=headers, stream=stream)


@dataclass
class _Server:
    case: Case
    time_path: str | None
    requests: list[str] = field(default_factory=list)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request.url.path)
        if self.time_path is not None and request.url.path == self.time_path:
            return _respond(self.case.server_time, request)
        attempts = sum(path != self.time_path for path in self.requests)
        replies = self.case.replies
        return _respond(replies[min(attempts, len(replies)) - 1], request)


class _LogCheck(logging.Handler):
    """Formats every record the package logs (as any handler would), keeping any error."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.problems: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.format(record)
        except BaseException as error:  # any error formatting is the finding
            self.problems.append(f"log record {record.msg!r}: {type(error).__name__}: {error}")


_BASELINE: int | None = None


def _peak_memory() -> int:
    """The process's peak resident size so far, in bytes (Linux counts in kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def run_case(case: Case, sdk: ModuleType) -> Outcome:
    """`case` through the client of `sdk`; a failed Outcome says why."""
    logger = logging.getLogger(sdk.__name__)
    check = _LogCheck()
    logger.addHandler(check)
    propagate, logger.propagate = logger.propagate, False
    level = logger.level
    logger.setLevel(logging.DEBUG)
    global _BASELINE
    if _BASELINE is None:
        _BASELINE = _peak_memory()
    started = time.perf_counter()
    try:
        with interrupt_after(TIME_LIMIT * 5):
            kind, detail = _call(case, sdk)
    except CaseTimeout as error:
        kind, detail = "failed", f"hang: {error}"
    finally:
        seconds = time.perf_counter() - started
        peak = _peak_memory() - _BASELINE
        logger.removeHandler(check)
        logger.propagate = propagate
        logger.setLevel(level)
    problems = list(check.problems)
    if kind == "failed":
        problems.insert(0, detail)
    if seconds > TIME_LIMIT:
        problems.append(f"took {seconds:.2f} s (limit {TIME_LIMIT} s)")
    if peak > MEMORY_LIMIT:
        problems.append(f"took the process's peak memory {peak / 2**20:.0f} MB higher")
    if problems:
        return Outcome("failed", "\n".join(problems), seconds, peak)
    return Outcome(kind, detail, seconds, peak)  # type: ignore[arg-type]


def _call(case: Case, sdk: ModuleType) -> tuple[str, str]:
    settings = importlib.import_module(f"{sdk.__name__}._settings")
    server = _Server(case, settings.SERVER_TIME_PATH)
    waits: list[float] = []
    asynchronous = case.mode.startswith("async")
    client_class = sdk.AsyncClient if asynchronous else sdk.Client
    client = client_class(
        sdk.testing.TEST_API_KEY,
        sdk.testing.TEST_API_SECRET,
        sdk.testing.TEST_API_PASSPHRASE,
        transport=httpx.MockTransport(server),
        max_retries=case.max_retries,
    )
    client._time = lambda: NOW
    client._random = lambda: 0.5
    if asynchronous:

        async def sleep(seconds: float) -> None:
            waits.append(seconds)

        client._sleep = sleep
    else:
        client._sleep = waits.append
    try:
        result: Any = None
        try:
            if asynchronous:
                result = asyncio.run(_call_async(client, case, sdk))
            else:
                result = _call_sync(client, case, sdk)
            kind, detail = "returned", f"returned {type(result).__name__}"
        except sdk.KucoinError as error:
            str(error)
            kind, detail = "raised", f"raised {type(error).__name__}"
        if case.replies[0].success and kind != "returned":
            return "failed", f"a success envelope, answered first, {detail}"
        repr(result)
        if case.mode.endswith("raw") and result is not None:
            result.parse()
            repr(result.rate_limit)
        repr(client.rate_limit)
        return _bounds_problem(case, client, settings, waits, server) or (kind, detail)
    except CaseTimeout:
        raise
    except BaseException:  # anything but the package's errors is the finding
        return "failed", traceback.format_exc(limit=-8)
    finally:
        if asynchronous:
            asyncio.run(client.aclose())
        else:
            client.close()


def _arguments(case: Case, sdk: ModuleType) -> tuple[tuple[Any, ...], dict[str, Any]]:
    request = _fixture(sdk, case.operation)["request"]
    operation = sdk.OPERATIONS[case.operation]
    body = request.get("body")
    if operation.body == "array":
        return (body,), {}
    path, query = request.get("path"), request.get("query")
    return (), operation.arguments_from_wire(path, query, body if isinstance(body, dict) else None)


def _method(client: Any, case: Case) -> Any:
    owner = client.with_raw_response if case.mode.endswith("raw") else client
    return getattr(owner, case.operation)


def _call_sync(client: Any, case: Case, sdk: ModuleType) -> Any:
    args, kwargs = _arguments(case, sdk)
    return _method(client, case)(*args, **kwargs)


async def _call_async(client: Any, case: Case, sdk: ModuleType) -> Any:
    args, kwargs = _arguments(case, sdk)
    return await _method(client, case)(*args, **kwargs)


def _bounds_problem(
    case: Case, client: Any, settings: Any, waits: Sequence[float], server: _Server
) -> tuple[str, str] | None:
    longest = max(client.max_retry_wait, settings.MAX_BACKOFF_SECONDS)
    for wait in waits:
        if not (math.isfinite(wait) and 0 <= wait <= longest):
            return "failed", f"waited {wait!r} s (at most {longest} s allowed)"
    attempts = sum(path != settings.SERVER_TIME_PATH for path in server.requests)
    # Each retry, plus one more attempt after learning the server's clock.
    if attempts > case.max_retries + 2:
        return "failed", f"{attempts} attempts for max_retries={case.max_retries}"
    return None


# --- the SDK under test ---------------------------------------------------------------------


def generate_seed_sdk(folder: Path) -> ModuleType:
    """Generate the SDK of the tests' seed page into `folder` and import it."""
    from generator.cli import main

    with contextlib.redirect_stdout(sys.stderr):
        status = main(["generate", str(SEED), "--config", str(SEED_CONFIG), "--out", str(folder)])
    if status != 0:
        raise RuntimeError(f"{SEED} did not generate (exit {status})")
    sys.path.insert(0, str(folder / "src"))
    package = next(path.name for path in (folder / "src").iterdir() if path.is_dir())
    sdk = importlib.import_module(package)
    for module in ("models", "operations", "testing"):
        importlib.import_module(f"{package}.{module}")
    return sdk
