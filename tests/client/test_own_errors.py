"""Every error the package raises before sending is one of its own, under KucoinError: a bad
argument of a call or a request model is a KucoinRequestValidationError naming the field by
attribute and wire name, a client option that cannot work a KucoinConfigurationError; both
are ValueErrors too, and nothing reaches the server."""

from __future__ import annotations

import asyncio
import importlib
from collections.abc import Callable
from typing import Any

import httpx
import pydantic
import pytest

from tests.support.seed_sdk import ORDER, Server, make_async_client, make_client


def never_called(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should be sent, got {request.method} {request.url}")


# Each kind of bad argument: the call, its arguments, the field (attribute, wire name) the
# error must name, and words of what is wrong.
BAD_ARGUMENTS: dict[str, tuple[str, dict[str, Any], tuple[str, str], str]] = {
    "type": ("add_order", {**ORDER, "leverage": "three"}, ("leverage", "leverage"), "integer"),
    "bound": ("add_order", {**ORDER, "client_oid": "x" * 41}, ("client_oid", "clientOid"), "40"),
    "enum": ("add_order", {**ORDER, "side": "sideways"}, ("side", "side"), "'sideways'"),
    "rule": ("add_order", {**ORDER, "type": "limit"}, ("price", "price"), "price must be set"),
    "missing": ("add_order", {**ORDER, "symbol": None}, ("symbol", "symbol"), "required"),
    "query-bound": ("get_order_list", {"page_size": 1001}, ("page_size", "pageSize"), "1000"),
}


def refusal(sdk: Any, call: Any) -> Any:
    with pytest.raises(sdk.KucoinRequestValidationError) as caught:
        call()
    return caught.value


@pytest.mark.parametrize("kind", BAD_ARGUMENTS)
def test_a_bad_argument_is_the_packages_error_naming_the_field_and_nothing_is_sent(
    sdk: Any, kind: str
) -> None:
    name, arguments, (attr, wire), what = BAD_ARGUMENTS[kind]
    server = Server(never_called)
    client, _ = make_client(sdk, server)

    error = refusal(sdk, lambda: getattr(client, name)(**arguments))

    assert isinstance(error, sdk.KucoinError) and ValueError in type(error).__mro__
    assert not error.may_have_taken_effect
    assert isinstance(error.__cause__, pydantic.ValidationError)
    assert error.subject == name
    [problem] = error.problems
    assert (problem.field, problem.wire) == (attr, wire)
    assert what in problem.message
    shown = attr if attr == wire else f"{attr} ({wire})"
    assert str(error).startswith(f"{name}: invalid arguments, nothing was sent: {shown}: ")
    assert server.requests == []


def test_an_unknown_name_on_the_generic_path_is_the_packages_error(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    operation = sdk.OPERATIONS["get_order_list"]

    error = refusal(sdk, lambda: client.call(operation, {"status": "done", "bogus": 1}))

    assert [(p.field, p.message) for p in error.problems] == [("bogus", "no such argument")]
    assert server.requests == []


def test_arguments_for_an_operation_without_inputs_are_refused(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    # The seed page has none: an operation of its own, which REQUEST_MODELS does not name.
    without_inputs = sdk.Operation(name="get_time", method="GET", path="/t", summary="Time")
    assert without_inputs.request_model is None

    error = refusal(sdk, lambda: client.call(without_inputs, {"bogus": 1}))

    assert [(p.field, p.message) for p in error.problems] == [("bogus", "no such argument")]
    assert server.requests == []


def test_every_problem_is_listed_with_its_place_in_a_batch(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    item = {"clientOid": "c1", "side": "buy", "symbol": "XBTUSDTM", "leverage": 3, "size": 1}
    items = [item, {**item, "type": "limit"}, {**item, "clientOid": "x" * 41}]

    error = refusal(sdk, lambda: client.batch_add_orders(items))

    assert [(p.field, p.wire) for p in error.problems] == [
        ("[1].price", "[1].price"),
        ("[2].client_oid", "[2].clientOid"),
    ]
    assert server.requests == []


def test_a_value_json_cannot_carry_is_the_packages_error(sdk: Any) -> None:
    # A field the page leaves open (`dict[str, Any]`) lets anything through its model; what
    # JSON cannot write (a set) is refused before sending, naming the field. (A Decimal is
    # always written exactly: generator.runtime._json.)
    base = importlib.import_module(f"{sdk.__name__}._base")

    class ExtrasRequest(base.RequestModel):  # type: ignore[misc, name-defined]
        extras: dict[str, Any] = pydantic.Field(alias="extraFields")

    class ExtrasOperation(sdk.Operation):  # type: ignore[misc]
        @property
        def request_model(self) -> Any:
            return ExtrasRequest

    operation = ExtrasOperation(
        name="set_extras",
        method="POST",
        path="/p",
        summary="Set extras",
        inputs=(sdk.Input("extras", "extraFields", "body"),),
        body="object",
    )
    server = Server(never_called)
    client, _ = make_client(sdk, server)

    error = refusal(sdk, lambda: client.call(operation, {"extras": {"tags": {1, 2}}}))

    assert [(p.field, p.wire) for p in error.problems] == [("extras", "extraFields")]
    assert "set" in error.problems[0].message
    assert error.subject == "set_extras"
    assert server.requests == []


def test_the_async_client_raises_the_same_error_and_sends_nothing(sdk: Any) -> None:
    server = Server(never_called)

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            with pytest.raises(sdk.KucoinRequestValidationError) as caught:
                await client.add_order(**{**ORDER, "client_oid": "x" * 41})
        return caught.value

    error = asyncio.run(run())
    assert [(p.field, p.wire) for p in error.problems] == [("client_oid", "clientOid")]
    assert server.requests == []


# --- request models built directly ----------------------------------------------------------


def test_a_request_model_built_directly_raises_the_packages_error(sdk: Any) -> None:
    models = importlib.import_module(f"{sdk.__name__}.models")
    for build in (
        lambda: models.AddOrderRequest(**{**ORDER, "client_oid": "x" * 41}),
        lambda: models.AddOrderRequest.model_validate({**ORDER, "client_oid": "x" * 41}),
        lambda: models.AddOrderRequest.model_validate_json('{"clientOid": "' + "x" * 41 + '"}'),
        lambda: models.BatchAddOrdersRequest([{**ORDER, "client_oid": "x" * 41}]),
    ):
        error = refusal(sdk, build)
        assert isinstance(error.__cause__, pydantic.ValidationError)
        assert "clientOid" in str(error) and "client_oid" in str(error)
        assert error.subject.endswith("Request")


def test_a_pattern_is_refused_with_the_packages_error(sdk: Any) -> None:
    base = importlib.import_module(f"{sdk.__name__}._base")

    class Tagged(base.RequestModel):  # type: ignore[misc, name-defined]
        tag_name: str = pydantic.Field(alias="tagName", pattern=r"^[a-z]+$")

    Tagged(tag_name="abc")
    error = refusal(sdk, lambda: Tagged(tag_name="ABC"))
    assert [(p.field, p.wire) for p in error.problems] == [("tag_name", "tagName")]
    assert "pattern" in error.problems[0].message


# --- client options ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("options", "option"),
    [
        ({"max_retries": -1}, "max_retries"),
        ({"max_retries": "3"}, "max_retries"),
        ({"max_retry_wait": "1"}, "max_retry_wait"),
        ({"timeout": "10"}, "timeout"),
        ({"total_timeout": "5"}, "total_timeout"),
        ({"max_response_bytes": 0}, "max_response_bytes"),
        ({"headers": {"X-Note": "café"}}, "headers"),
        ({"headers": {"X-Count": 1}}, "headers"),
        ({"base_url": "https://[::1"}, "base_url"),
        ({"base_url": "api.kucoin.com"}, "base_url"),
        ({"api_key": "ключ"}, "api_key"),
        ({"api_key": None, "api_secret": None}, "api_key"),
    ],
    ids=lambda value: str(value) if isinstance(value, str) else None,
)
def test_a_client_option_that_cannot_work_is_the_packages_error(
    sdk: Any, options: dict[str, Any], option: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("KUCOIN_API_KEY", "KUCOIN_API_SECRET", "KUCOIN_API_PASSPHRASE"):
        monkeypatch.delenv(name, raising=False)
    server = Server(never_called)
    with pytest.raises(sdk.KucoinConfigurationError) as caught:
        make_client(sdk, server, **options)
    assert isinstance(caught.value, sdk.KucoinError) and ValueError in type(caught.value).__mro__
    assert caught.value.option == option


@pytest.mark.parametrize(
    ("options", "option"),
    [
        ({"max_retries": "3"}, "max_retries"),
        ({"max_retry_wait": -1}, "max_retry_wait"),
        ({"timeout": 0}, "timeout"),
        ({"headers": {"X-Count": 1}}, "headers"),
    ],
)
def test_a_with_options_option_that_cannot_work_is_the_packages_error(
    sdk: Any, options: dict[str, Any], option: str
) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    with pytest.raises(sdk.KucoinConfigurationError) as caught:
        client.with_options(**options)
    assert caught.value.option == option
    assert server.requests == []


# --- the fake server's steering ---------------------------------------------------------------


def test_steering_the_fake_wrongly_is_the_packages_error(sdk: Any) -> None:
    fake = sdk.testing.FakeKucoin()
    with pytest.raises(sdk.KucoinUnknownOperationError) as unknown:
        fake.respond("add_ordr", {"orderId": "1"})
    assert isinstance(unknown.value, KeyError) and isinstance(unknown.value, sdk.KucoinError)
    assert str(unknown.value).startswith("no operation named 'add_ordr'; did you mean")
    with pytest.raises(sdk.KucoinUnknownOperationError):
        fake.respond_pages("get_ordr_list", [{"items": []}])
    steers: list[tuple[Callable[[], object], str]] = [
        (lambda: fake.respond("add_order", {"at": object()}), "data"),
        (lambda: fake.fail("add_order", http_status=99), "http_status"),
        (lambda: fake.rate_limit("add_order", retry_after=5), "headers"),
        (lambda: fake.respond_pages("get_order_list", []), "pages"),
        (lambda: fake.respond_pages("get_order_list", "page"), "pages"),
        (lambda: fake.respond_pages("get_order_list", [{"at": object()}]), "pages"),
    ]
    for steer, option in steers:
        with pytest.raises(sdk.KucoinConfigurationError) as caught:
            steer()
        assert caught.value.option == option


# --- iterating helpers ------------------------------------------------------------------------


def test_a_page_number_the_method_accepts_walks_the_pages_without_a_foreign_error(
    sdk: Any,
) -> None:
    # The method reads "2" as page 2 (pydantic's lax int); the walk compared the text with
    # the page count, and raised TypeError after the first page was fetched.
    def reply(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["currentPage"])
        data = {"currentPage": page, "totalPage": 3, "items": [{"id": str(page)}]}
        return httpx.Response(200, json={"code": "200000", "data": data})

    server = Server(reply)
    client, _ = make_client(sdk, server)
    assert [item.id for item in client.iter_get_order_list(current_page="2")] == ["2", "3"]


def test_a_page_number_the_method_refuses_is_the_packages_error(sdk: Any) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    error = refusal(sdk, lambda: list(client.iter_get_order_list(current_page="two")))
    assert [(p.field, p.wire) for p in error.problems] == [("current_page", "currentPage")]
    assert server.requests == []


@pytest.mark.parametrize(
    ("name", "arguments", "items"),
    [
        ("get_order_list", ["status", "done"], None),
        ("batch_add_orders", None, 5),
        ("batch_add_orders", None, "not a list"),
    ],
)
def test_arguments_of_the_wrong_shape_on_the_generic_path_are_the_packages_error(
    sdk: Any, name: str, arguments: Any, items: Any
) -> None:
    server = Server(never_called)
    client, _ = make_client(sdk, server)
    refusal(sdk, lambda: client.call(sdk.OPERATIONS[name], arguments, items))
    assert server.requests == []
