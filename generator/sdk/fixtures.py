"""Example payloads for every operation: a request (path, query, body) and a 200 envelope.

They ship inside the generated package (`<package>/fixtures/<operation>.json`) for the fake
server and for users' own tests. Values come from `generator.sdk.examples`, so they are
deterministic, fit their schemas and the config's bounds, and satisfy the config's rules
(whatever the page's own examples say): every fixture validates against its models.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from generator.config import Config
from generator.ir.model import JsonValue, Operation, Schema
from generator.runtime._echo import echo
from generator.sdk.examples import (
    NO_PAGE_EXAMPLES,
    Bounds,
    PageExamples,
    closes_cycle,
    example_value,
    item_count,
    page_values,
    request_example,
    success_data_schema,
)

_NO_BOUNDS: Bounds = {}

if TYPE_CHECKING:
    from generator.sdk.plan_model import SdkPlan


def fixture_files(plan: SdkPlan) -> dict[str, str]:
    """`<package>/fixtures/<key>.json` for every operation, by its key in OPERATIONS
    (`order.add_order`, or `add_order` in a flat package), as JSON text."""
    files = {}
    for op in plan.operations:
        text = json.dumps(op.example, indent=2, ensure_ascii=False) + "\n"
        files[f"{plan.package_dir}/fixtures/{op.key}.json"] = text
    return files


def operation_fixture(
    name: str, op: Operation, config: Config, page: PageExamples = NO_PAGE_EXAMPLES
) -> dict[str, JsonValue]:
    """The fixture of `op`, known in the generated package as `name`, with the examples of
    its `page` for fields that give none."""
    inputs = request_example(op, config, page)
    body = op.request_body.schema if op.request_body is not None else None
    body_names = {prop.name for prop in body.properties} if body is not None else set()

    def parameter_values(location: str) -> dict[str, JsonValue]:
        # A parameter sharing its wire name with a body field gets an example of its own.
        return {
            p.name: (
                inputs[p.name]
                if p.name not in body_names
                else example_value(p.name, p.schema, page=page)
            )
            for p in op.parameters
            if p.location == location and p.name in inputs
        }

    request: dict[str, JsonValue] = {
        "path": parameter_values("path"),
        "query": parameter_values("query"),
    }
    for location in ("header", "cookie"):
        # Only where the operation has such parameters: most have none.
        if any(p.location == location for p in op.parameters):
            request[location] = parameter_values(location)
    if body is not None:
        if body.type == "array":
            request["body"] = inputs["items"]
        else:
            request["body"] = {k: v for k, v in inputs.items() if k in body_names}
    response = op.success()
    data_schema = success_data_schema(op, config)
    data: JsonValue = None
    if data_schema is not None:
        # The fake server echoes the request's values into its answer; so does the fixture.
        sent = request.get("body") if isinstance(request.get("body"), list) else inputs
        data = echo(full_example("", data_schema, page, config.bounds(op.slug)), sent)
    elif response is not None and response.example is not None:
        # Documented by its example alone: the example's data is the fixture's (the whole
        # example for an API without an envelope).
        example, envelope = response.example, config.api.envelope
        key = None if envelope is None else envelope.data
        data = example[key] if isinstance(example, dict) and key in example else example
    return {
        "operation": name,
        "method": op.method,
        "path": op.path,
        "request": request,
        "response": _answer(config, data),
    }


def _answer(config: Config, data: JsonValue) -> JsonValue:
    """The JSON of a success answering with `data`: in the envelope, or bare without one."""
    envelope = config.api.envelope
    if envelope is None:
        return data
    return {envelope.code: config.api.success_code, envelope.data: data}


def full_example(
    name: str,
    schema: Schema,
    page: PageExamples = NO_PAGE_EXAMPLES,
    bounds: Bounds = _NO_BOUNDS,
) -> JsonValue:
    """Like `example_value`, but objects carry every documented property, as a live
    response does, but for an optional one that closes a cycle (where the example stops).
    `bounds` say which strings are decimals (they get numeric text)."""
    if schema.type == "object" or schema.properties:
        if schema.properties:
            return {
                p.name: full_example(p.name, p.schema, page, bounds)
                for p in schema.properties
                if p.name in schema.required or not closes_cycle(p.schema)
            }
        if isinstance(schema.additional_properties, Schema):
            if schema.additional_properties.ref is not None:
                return {}  # a map of the schema it is within: the example stops here
            return {"key": full_example("key", schema.additional_properties, page, bounds)}
        return {}
    if schema.type == "array":
        for value in page_values(schema):
            return value
        item = full_example(name, schema.items or Schema(type="string"), page, bounds)
        return [item] * item_count(schema)
    return example_value(name, schema, bounds, page)
