"""Intersections (`allOf`) merged into one schema, as the SDK types them: one model.

The IR keeps an `allOf` as the document gives it (its parts, for the snapshot, the export and
the release side); the SDK stage plans a value of it as a single object, so it takes the API
with every intersection merged (`merge_intersections`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import replace
from typing import Any, TypeVar

from generator.ir.model import Api, Operation, Parameter, Property, RequestBody, Response, Schema

_DEFAULTS = {field.name: field.default for field in dataclasses.fields(Schema)}
_COMBINED = ("properties", "required", "all_of")


def merge_intersections(api: Api) -> Api:
    """`api` with every schema holding an `allOf` replaced by its merge (`merged`); the very
    same object when none does (nothing is rebuilt: the plan runs this on every page)."""
    operations = tuple(map(_operation, api.operations))
    # The named schemas too, so that an inline copy still equals the schema it repeats.
    schemas = tuple(
        named if (schema := merged(named.schema)) is named.schema else replace(named, schema=schema)
        for named in api.schemas
    )
    unchanged = all(new is old for new, old in zip(operations, api.operations, strict=True))
    if unchanged and all(new is old for new, old in zip(schemas, api.schemas, strict=True)):
        return api
    return replace(api, operations=operations, schemas=schemas)


def merged(schema: Schema) -> Schema:
    """`schema` with its `allOf` parts (and theirs, and its members') merged into it.

    A value must fit every part, so the merge has the properties of all of them, in order
    (a name given by several parts keeps the first part's schema), the required names of
    all of them, and each other keyword from the schema itself, else from the first part
    that gives it.
    """
    schema = _children_merged(schema)
    if not schema.all_of:
        return schema
    properties = list(schema.properties)
    required = list(schema.required)
    facts: dict[str, Any] = {
        name: getattr(schema, name) for name in _DEFAULTS if name not in _COMBINED
    }
    for part in map(merged, schema.all_of):
        names = {prop.name for prop in properties}
        properties += [prop for prop in part.properties if prop.name not in names]
        required += [name for name in part.required if name not in required]
        for name, value in facts.items():
            if value == _DEFAULTS[name]:
                facts[name] = getattr(part, name)
    return Schema(**facts, properties=tuple(properties), required=tuple(required))


def _children_merged(schema: Schema) -> Schema:
    """`schema` with its members merged; the very same object when none holds an `allOf`
    (a KuCoin page has none: nothing is rebuilt)."""
    changes: dict[str, Any] = {}
    schemas = [merged(prop.schema) for prop in schema.properties]
    if any(new is not old.schema for new, old in zip(schemas, schema.properties, strict=True)):
        changes["properties"] = tuple(
            prop if new is prop.schema else Property(prop.name, new)
            for prop, new in zip(schema.properties, schemas, strict=True)
        )
    for name in ("items", "additional_properties"):
        child = getattr(schema, name)
        if isinstance(child, Schema) and (new_child := merged(child)) is not child:
            changes[name] = new_child
    for name in ("one_of", "any_of"):
        children = getattr(schema, name)
        new_children = tuple(map(merged, children))
        if any(new is not old for new, old in zip(new_children, children, strict=True)):
            changes[name] = new_children
    return replace(schema, **changes) if changes else schema


def _operation(operation: Operation) -> Operation:
    """`operation` with its schemas merged; the very same object when none changes."""
    parameters = tuple(_with_schema(parameter) for parameter in operation.parameters)
    body = operation.request_body
    new_body = None if body is None else _with_schema(body)
    responses = tuple(_with_schema(response) for response in operation.responses)
    if (
        new_body is body
        and all(new is old for new, old in zip(parameters, operation.parameters, strict=True))
        and all(new is old for new, old in zip(responses, operation.responses, strict=True))
    ):
        return operation
    return replace(operation, parameters=parameters, request_body=new_body, responses=responses)


_Holder = TypeVar("_Holder", Parameter, RequestBody, Response)


def _with_schema(holder: _Holder) -> _Holder:
    """A parameter, body or response with its schema merged (itself when nothing changes)."""
    if holder.schema is None:
        return holder
    schema = merged(holder.schema)
    return holder if schema is holder.schema else replace(holder, schema=schema)
