"""What is particular to an API (its envelope, authentication, server time and rate-limit
headers) reaches the client only through the conventions its settings choose: a client given
other implementations speaks another API, with no change to the client or its attempts.

Each test swaps one of KuCoin's for a made-up API's and calls the seed SDK's operations."""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Iterator, Mapping
from typing import Any

import httpx
import pytest

from tests.support.seed_sdk import (
    NOW,
    NOW_MS,
    ORDER,
    Server,
    example_data,
    fail,
    make_client,
    ok,
)


def runtime(sdk: Any, module: str) -> Any:
    return importlib.import_module(f"{sdk.__name__}.{module}")


def with_convention(client: Any, **convention: Any) -> Any:
    client._api = dataclasses.replace(client._api, **convention)
    return client


# --- the envelope ---------------------------------------------------------------------------


class OkResultEnvelope:
    """`{"ok": true, "result": ...}`, or `{"ok": false, "error": {"code", "message"}}`."""

    def __init__(self, sdk: Any) -> None:
        self.envelope = runtime(sdk, "_envelope")

    def read(self, document: Any, status: int) -> Any:
        if not isinstance(document, dict) or not isinstance(document.get("ok"), bool):
            return None
        if document["ok"]:
            return self.envelope.Success(document.get("result"))
        error = document.get("error") or {}
        return self.envelope.Refusal(error.get("code"), error.get("message"))


def answer(document: Any, status: int = 200) -> Any:
    return lambda request: httpx.Response(status, json=document)


def test_an_api_without_envelope_answers_with_its_data_and_refuses_by_status(sdk: Any) -> None:
    data = example_data("get_open_order_value")
    server = Server(
        answer(data),
        answer({"code": "400100", "message": "no such symbol"}, 400),
        answer(["not", "an", "object"], 404),
    )
    client, _ = make_client(sdk, server)
    with_convention(client, envelope=runtime(sdk, "_envelope").NoEnvelope())

    result = client.get_open_order_value(symbol="XBTUSDTM")
    assert result.model_dump(by_alias=True, exclude_unset=True) == data
    with pytest.raises(sdk.InvalidParametersError, match="no such symbol"):
        client.get_open_order_value(symbol="XBTUSDTM")
    with pytest.raises(sdk.KucoinAPIError) as refused:
        client.get_open_order_value(symbol="XBTUSDTM")
    assert refused.value.http_status == 404


def test_answers_are_read_through_the_apis_envelope(sdk: Any) -> None:
    data = example_data("get_open_order_value")
    server = Server(
        answer({"ok": True, "result": data}),
        answer({"ok": False, "error": {"code": "400100", "message": "no such symbol"}}, 400),
        answer({"code": "200000", "data": data}),
    )
    client, _ = make_client(sdk, server)
    with_convention(client, envelope=OkResultEnvelope(sdk))

    result = client.get_open_order_value(symbol="XBTUSDTM")
    assert result.model_dump(by_alias=True, exclude_unset=True) == data
    with pytest.raises(sdk.InvalidParametersError, match="no such symbol"):
        client.get_open_order_value(symbol="XBTUSDTM")
    # KuCoin's envelope is no envelope to this API.
    with pytest.raises(sdk.KucoinResponseError, match="not an envelope"):
        client.get_open_order_value(symbol="XBTUSDTM")


# --- authentication -------------------------------------------------------------------------


TOKEN_ENV = "MADE_UP_API_TOKEN"


@dataclasses.dataclass(frozen=True)
class BearerToken:
    token: str
    timestamps: list[int]

    def sign(self, request: httpx.Request, timestamp_ms: int) -> None:
        request.headers["Authorization"] = f"Bearer {self.token}"
        self.timestamps.append(timestamp_ms)


@dataclasses.dataclass(frozen=True)
class TokenAuthentication:
    timestamps: list[int] = dataclasses.field(default_factory=list)

    def signer(
        self,
        api_key: str | None,
        api_secret: str | None,
        api_passphrase: str | None,
        environment: Mapping[str, str],
    ) -> Any:
        token = api_key or environment.get(TOKEN_ENV)
        return None if token is None else BearerToken(token, self.timestamps)


@pytest.fixture
def token_api(sdk: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[TokenAuthentication]:
    client_module = runtime(sdk, "_client")
    authentication = TokenAuthentication()
    conventions = dataclasses.replace(client_module.CONVENTIONS, authentication=authentication)
    monkeypatch.setattr(client_module, "CONVENTIONS", conventions)
    yield authentication


def test_requests_are_signed_by_the_apis_authentication(
    sdk: Any, token_api: TokenAuthentication
) -> None:
    server = Server(ok(example_data("get_open_order_value")))
    client, _ = make_client(sdk, server, api_key="t0k3n", api_secret=None, api_passphrase=None)
    client._clock.milliseconds = 250

    client.get_open_order_value(symbol="XBTUSDTM")

    assert server.last.headers["Authorization"] == "Bearer t0k3n"
    assert not any(name.lower().startswith("kc-api-") for name in server.last.headers)
    assert token_api.timestamps == [int(NOW_MS) + 250]  # this machine's time, corrected


def test_the_authentication_reads_the_processs_environment(
    sdk: Any, token_api: TokenAuthentication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    server = Server(ok(example_data("get_open_order_value")))
    client, _ = make_client(sdk, server, api_key=None, api_secret=None, api_passphrase=None)
    client.get_open_order_value(symbol="XBTUSDTM")
    assert server.last.headers["Authorization"] == "Bearer from-env"


def test_a_client_the_authentication_gives_no_signer_sends_unsigned(
    sdk: Any, token_api: TokenAuthentication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    server = Server(ok(example_data("get_open_order_value")))
    client, _ = make_client(sdk, server, api_key=None, api_secret=None, api_passphrase=None)
    client.get_open_order_value(symbol="XBTUSDTM")
    assert "Authorization" not in server.last.headers and token_api.timestamps == []


# --- the server's time ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class EpochServerTime:
    """Rejects a stale timestamp with code "STALE"; tells its time at /v2/clock as
    `{"epochMs": ...}`."""

    path: str | None = "/v2/clock"

    def rejects_timestamp(self, error: Exception) -> bool:
        return getattr(error, "code", None) == "STALE"

    def milliseconds(self, data: Any) -> int | None:
        epoch = data.get("epochMs") if isinstance(data, dict) else None
        return epoch if isinstance(epoch, int) else None


def test_a_stale_timestamp_is_told_and_corrected_as_the_apis_server_time_says(sdk: Any) -> None:
    server_ms = int(NOW * 1000) + 6000

    def reply(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/v2/clock":
            return ok({"epochMs": server_ms})(request)
        if request.headers["KC-API-TIMESTAMP"] != str(server_ms):
            return fail(401, "STALE")(request)
        return ok({"orderId": "1"})(request)

    server = Server(reply)
    client, _ = make_client(sdk, server)
    with_convention(client, server_time=EpochServerTime())

    assert client.add_order(**ORDER).order_id == "1"

    assert [request.url.path for request in server.requests] == [
        "/api/v1/orders",
        "/v2/clock",
        "/api/v1/orders",
    ]
    assert client.clock_offset_ms == 6000


def test_kucoins_rejection_code_means_nothing_to_another_apis_server_time(sdk: Any) -> None:
    server = Server(fail(400, "400002", "KC-API-TIMESTAMP Invalid"))
    client, _ = make_client(sdk, server)
    with_convention(client, server_time=EpochServerTime())
    with pytest.raises(sdk.AuthenticationError):
        client.add_order(**ORDER)
    assert len(server.requests) == 1 and client.clock_offset_ms == 0


# --- the rate-limit headers -----------------------------------------------------------------


class SecondsRateLimitHeaders:
    """`x-quota` / `x-quota-left` / `x-quota-reset-s` (seconds)."""

    def __init__(self, sdk: Any) -> None:
        self.rate_limit = sdk.RateLimit

    def read(self, headers: httpx.Headers) -> Any:
        reset = headers.get("x-quota-reset-s")
        return self.rate_limit(
            limit=int(headers["x-quota"]) if "x-quota" in headers else None,
            remaining=int(headers["x-quota-left"]) if "x-quota-left" in headers else None,
            reset_ms=None if reset is None else int(reset) * 1000,
        )

    def reset_seconds(self, headers: httpx.Headers) -> float | None:
        reset = headers.get("x-quota-reset-s")
        return None if reset is None else float(reset)


QUOTA = {"x-quota": "100", "x-quota-left": "0", "x-quota-reset-s": "7"}


def test_the_quota_is_read_from_the_apis_rate_limit_headers(sdk: Any) -> None:
    data = example_data("get_open_order_value")
    kucoins = {"gw-ratelimit-limit": "2000", "gw-ratelimit-remaining": "5"}
    server = Server(ok(data, {**QUOTA, **kucoins}), fail(429, "429000", headers=QUOTA))
    client, sleeps = make_client(sdk, server, max_retries=1)
    with_convention(client, rate_limits=SecondsRateLimitHeaders(sdk))
    quota = sdk.RateLimit(limit=100, remaining=0, reset_ms=7000)

    raw = client.with_raw_response.get_open_order_value(symbol="XBTUSDTM")
    assert raw.rate_limit == quota and client.rate_limit == quota
    with pytest.raises(sdk.RateLimitError) as caught:
        client.get_open_order_value(symbol="XBTUSDTM")

    assert caught.value.rate_limit == quota
    assert caught.value.retry_after == 7.0 and sleeps == [7.0]  # waited for the reset


# --- KuCoin's, from the settings ------------------------------------------------------------


def test_the_package_speaks_kucoins_conventions_with_its_settings_facts(sdk: Any) -> None:
    settings, conventions = runtime(sdk, "_settings"), runtime(sdk, "_conventions").CONVENTIONS
    envelope = {settings.ENVELOPE_CODE: settings.SUCCESS_CODE, settings.ENVELOPE_DATA: [1]}
    assert conventions.envelope.read(envelope, 200).data == [1]
    assert conventions.server_time.path == settings.SERVER_TIME_PATH
    headers = httpx.Headers({settings.RATE_LIMIT_REMAINING_HEADER: "3"})
    assert conventions.rate_limits.read(headers) == sdk.RateLimit(remaining=3)
    signer = conventions.authentication.signer("k", "s", "p", {})
    request = httpx.Request("GET", "https://example.com/x")
    signer.sign(request, 1)
    assert request.headers["KC-API-KEY-VERSION"] == settings.KEY_VERSION
