"""Example payloads for every operation: a request (path, query, body) and a 200 envelope.

They ship inside the generated package (`<package>/fixtures/<operation>.json`) for the fake
server and for users' own tests. Values come from `generator.sdk.examples`, so they are
deterministic, fit their schemas and the config's bounds, and satisfy the config's rules
(whatever the page's own examples say): every fixture validates against its models.
"""

from __future__ import annotations

import json

from generator.config import Config
from generator.ir.model import JsonValue, Operation, Schema
from generator.sdk.examples import example_value, item_count, page_values, request_example
from generator.sdk.plan import SdkPlan


def fixture_files(plan: SdkPlan) -> dict[str, str]:
    """`<package>/fixtures/<operation>.json` for every operation, as JSON text."""
    files = {}
    for planned, op in zip(plan.operations, plan.api.operations, strict=True):
        fixture = operation_fixture(planned.name, op, plan.config)
        text = json.dumps(fixture, indent=2, ensure_ascii=False) + "\n"
        files[f"{plan.package.name}/fixtures/{planned.name}.json"] = text
    return files


def operation_fixture(name: str, op: Operation, config: Config) -> dict[str, JsonValue]:
    """The fixture of `op`, known in the generated package as `name`."""
    inputs = request_example(op, config)
    locations = {p.name: p.location for p in op.parameters}
    request: dict[str, JsonValue] = {
        "path": {k: v for k, v in inputs.items() if locations.get(k) == "path"},
        "query": {k: v for k, v in inputs.items() if locations.get(k) == "query"},
    }
    if op.request_body is not None:
        if op.request_body.schema.type == "array":
            request["body"] = inputs["items"]
        else:
            request["body"] = {k: v for k, v in inputs.items() if k not in locations}
    response = op.response("200")
    data_schema = None
    if response is not None and response.schema is not None:
        data_schema = response.schema.find_property(config.envelope_data) or response.schema
    return {
        "operation": name,
        "method": op.method,
        "path": op.path,
        "request": request,
        "response": {
            config.envelope_code: config.success_code,
            config.envelope_data: None if data_schema is None else full_example("", data_schema),
        },
    }


def full_example(name: str, schema: Schema) -> JsonValue:
    """Like `example_value`, but objects carry every documented property, as a live
    response does."""
    if schema.type == "object" or schema.properties:
        if schema.properties:
            return {p.name: full_example(p.name, p.schema) for p in schema.properties}
        if isinstance(schema.additional_properties, Schema):
            return {"key": full_example("key", schema.additional_properties)}
        return {}
    if schema.type == "array":
        for value in page_values(schema):
            return value
        item = full_example(name, schema.items or Schema(type="string"))
        return [item] * item_count(schema)
    return example_value(name, schema)
