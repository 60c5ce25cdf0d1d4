"""Every operation of the seed SDK, sync and async, through the typed methods and `call`."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from generator.sdk.examples import example_value
from tests.support.seed_sdk import (
    OPERATION_NAMES,
    Server,
    assert_documented_result,
    assert_wire,
    call_generic,
    call_typed,
    example_data,
    example_inputs,
    ir_operations,
    keyword_arguments,
    make_async_client,
    make_client,
    ok,
    sent_query,
)


def test_sdk_has_exactly_the_operations_of_the_page(sdk: Any) -> None:
    assert set(sdk.OPERATIONS) == set(ir_operations())
    for name, op in ir_operations().items():
        assert sdk.OPERATIONS[name].method == op.method
        assert sdk.OPERATIONS[name].path == op.path
        assert callable(getattr(sdk.Client, name))
        assert asyncio.iscoroutinefunction(getattr(sdk.AsyncClient, name))


@pytest.mark.parametrize("via", ["typed", "generic"])
@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_sync_operation_sends_signed_documented_request_and_parses_documented_type(
    sdk: Any, name: str, via: str
) -> None:
    inputs = example_inputs(name)
    data = example_data(name)
    server = Server(ok(data))
    client, sleeps = make_client(sdk, server)
    call = call_typed if via == "typed" else call_generic
    result = call(client, sdk, name, inputs)
    assert len(server.requests) == 1 and sleeps == []
    assert_wire(server.last, name, inputs)
    assert_documented_result(sdk, name, result, data)


@pytest.mark.parametrize("via", ["typed", "generic"])
@pytest.mark.parametrize("name", OPERATION_NAMES)
def test_async_operation_sends_signed_documented_request_and_parses_documented_type(
    sdk: Any, name: str, via: str
) -> None:
    inputs = example_inputs(name)
    data = example_data(name)
    server = Server(ok(data))

    async def run() -> Any:
        client, _ = make_async_client(sdk, server)
        async with client:
            operation = sdk.OPERATIONS[name]
            if via == "generic":
                if operation.body == "array":
                    return await client.call(operation, {}, inputs["items"])
                return await client.call(operation, inputs)
            method = getattr(client, name)
            if operation.body == "array":
                return await method(inputs["items"])
            return await method(**keyword_arguments(sdk, name, inputs))

    result = asyncio.run(run())
    assert len(server.requests) == 1
    assert_wire(server.last, name, inputs)
    assert_documented_result(sdk, name, result, data)


def _operations_with_query() -> list[str]:
    return [name for name, op in sorted(ir_operations().items()) if op.query_parameters]


@pytest.mark.parametrize("name", _operations_with_query())
def test_every_query_parameter_is_sent_by_wire_name_with_its_value(sdk: Any, name: str) -> None:
    op = ir_operations()[name]
    inputs = example_inputs(name)
    for parameter in op.parameters:
        inputs.setdefault(parameter.name, example_value(parameter.name, parameter.schema))
    server = Server(ok(example_data(name)))
    client, _ = make_client(sdk, server)
    call_typed(client, sdk, name, inputs)
    assert {n for n, _ in sent_query(server.last)} == {p.name for p in op.query_parameters}
    assert_wire(server.last, name, inputs)
