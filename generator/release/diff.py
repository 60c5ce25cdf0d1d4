"""The API change report: what changed between two versions of a page, classified for SDK users.

`diff_apis(old, new)` compares two IRs. Operations are matched by (method, path), parameters by
(location, name), body and response fields by their name path (`request.body.clientOid`,
`response.data.items[].status`, `query.pageSize`). Every difference becomes one `Change`, and
each change is classified for a user of the generated SDK, a tolerant client: its response
models accept unknown fields and unknown enum values and treat every response field as
optional, while its request models are validated on the client before anything is sent. So:

- what a caller sends: anything that can turn a valid call into an error is breaking (a
  parameter or field removed, a new required one, optional → required, an enum value removed,
  a type or format changed, a tighter constraint); loosening is not;
- what a caller reads: a field removed or a type or format changed is breaking; a new field,
  a new or vanished enum value and a changed required flag are not;
- descriptions, summaries, examples, defaults and titles are documentation.

A summary change that changes the operation's name (`slug`, the SDK method's name and the key
the config uses) is breaking. Changes come in page order of the operations (the old page's
order, then the operations only the new page has), and within an operation in the order of its
parts: the operation, its parameters, the request body, the responses, fields depth first.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Literal

from generator.ir.model import (
    Api,
    EnumValue,
    JsonValue,
    Operation,
    Parameter,
    RequestBody,
    Response,
    Schema,
)
from generator.release.changes import ApiDiff, Change, ChangeKind
from generator.release.pairing import Added, Kept, Removed, paired

Side = Literal["request", "response"]


def diff_apis(old: Api, new: Api) -> ApiDiff:
    """Every change from `old` to `new`, classified for users of the generated SDK."""
    differ = _Differ()
    differ.api(old, new)
    return ApiDiff(old.title, old.version, new.title, new.version, tuple(differ.changes))


class _Differ:
    def __init__(self) -> None:
        self.changes: list[Change] = []
        self.operation_name: str | None = None

    def add(
        self,
        kind: ChangeKind,
        location: str,
        detail: str,
        breaking: bool = False,
        old: JsonValue = None,
        new: JsonValue = None,
    ) -> None:
        self.changes.append(Change(kind, self.operation_name, location, detail, breaking, old, new))

    def text(
        self, kind: ChangeKind, location: str, what: str, old: str | None, new: str | None
    ) -> None:
        """A documentation change: `what` (description, summary…) added, removed or changed."""
        if old == new:
            return
        verb = "added" if old is None else "removed" if new is None else "changed"
        self.add(kind, location, f"{what} {verb}", old=old, new=new)

    def value(
        self, kind: ChangeKind, location: str, what: str, old: JsonValue, new: JsonValue
    ) -> None:
        """A documentation change to a JSON value (example, default), shown in the detail."""
        if _same(old, new):
            return
        self.add(kind, location, f"{what}: {_short(old)} → {_short(new)}", old=old, new=new)

    # The page and its operations -------------------------------------------------------

    def api(self, old: Api, new: Api) -> None:
        if old.title != new.title:
            self.add(
                "api-title-changed",
                "",
                f"title: {_short(old.title)} → {_short(new.title)}",
                old=old.title,
                new=new.title,
            )
        if old.version != new.version:
            self.add(
                "version-changed",
                "",
                f"version: {old.version} → {new.version}",
                old=old.version,
                new=new.version,
            )
        self.text("description-changed", "", "page description", old.description, new.description)
        for pair in paired(old.operations, new.operations, key=_route):
            match pair:
                case Kept(op, new_op):
                    self.operation_name = _route(op)
                    self.operation(op, new_op)
                case Removed(op):
                    self.operation_name = _route(op)
                    self.add(
                        "operation-removed",
                        "",
                        f"operation removed: {op.summary} (the SDK method {op.slug} goes away)",
                        breaking=True,
                        old=op.slug,
                    )
                case Added(op):
                    self.operation_name = _route(op)
                    detail = f"operation added: {op.summary} ({op.slug})"
                    self.add("operation-added", "", detail, new=op.slug)
        self.operation_name = None

    def operation(self, old: Operation, new: Operation) -> None:
        if old.slug != new.slug:
            self.add(
                "operation-renamed",
                "",
                f"summary {_short(old.summary)} → {_short(new.summary)} renames the operation "
                f"(the SDK method and the config key) from {old.slug} to {new.slug}",
                breaking=True,
                old=old.summary,
                new=new.summary,
            )
        else:
            self.text("summary-changed", "", "summary", old.summary, new.summary)
        self.text("description-changed", "", "description", old.description, new.description)
        if old.deprecated != new.deprecated:
            self.add(
                "deprecated-changed",
                "",
                "deprecated" if new.deprecated else "no longer deprecated",
                old=old.deprecated,
                new=new.deprecated,
            )
        if old.tags != new.tags:
            self.add("tags-changed", "", "tags changed", old=list(old.tags), new=list(new.tags))
        if old.operation_id != new.operation_id:
            self.add(
                "operation-id-changed",
                "",
                f"operationId: {_short(old.operation_id)} → {_short(new.operation_id)}",
                old=old.operation_id,
                new=new.operation_id,
            )
        self.parameters(old.parameters, new.parameters)
        self.request_body(old.request_body, new.request_body)
        self.responses(old.responses, new.responses)

    def parameters(self, old: Sequence[Parameter], new: Sequence[Parameter]) -> None:
        for pair in paired(old, new, key=lambda param: (param.location, param.name)):
            match pair:
                case Kept(param, new_param):
                    location = _parameter_location(param)
                    self.required(location, "request", param.required, new_param.required)
                    self.text(
                        "description-changed",
                        location,
                        "description",
                        param.description,
                        new_param.description,
                    )
                    self.schema(param.schema, new_param.schema, location, "request")
                case Removed(param):
                    self.removed(_parameter_location(param), "request", param.schema)
                case Added(param):
                    location = _parameter_location(param)
                    self.added(location, "request", param.schema, param.required)

    def request_body(self, old: RequestBody | None, new: RequestBody | None) -> None:
        location = "request.body"
        if old is None and new is None:
            return
        if old is None:
            assert new is not None
            required = new.required or bool(new.schema.required)
            self.added(location, "request", new.schema, required)
            return
        if new is None:
            self.removed(location, "request", old.schema)
            return
        self.required(location, "request", old.required, new.required)
        self.text("description-changed", location, "description", old.description, new.description)
        self.media_type(location, old.media_type, new.media_type)
        self.schema(old.schema, new.schema, location, "request")

    def responses(self, old: Sequence[Response], new: Sequence[Response]) -> None:
        for pair in paired(old, new, key=lambda response: response.status):
            match pair:
                case Kept(response, new_response):
                    self.response(response, new_response)
                case Removed(response):
                    location = _response_location(response.status)
                    if response.schema is not None:
                        self.removed(location, "response", response.schema)
                    else:
                        self.add("response-removed", location, f"status {response.status} removed")
                case Added(response):
                    location = _response_location(response.status)
                    if response.schema is not None:
                        self.added(location, "response", response.schema, False)
                    else:
                        self.add("field-added", location, f"status {response.status} added")

    def response(self, old: Response, new: Response) -> None:
        location = _response_location(old.status)
        self.text("description-changed", location, "description", old.description, new.description)
        self.media_type(location, old.media_type, new.media_type)
        if old.schema is None and new.schema is not None:
            self.added(location, "response", new.schema, False)
        elif old.schema is not None and new.schema is None:
            self.removed(location, "response", old.schema)
        elif old.schema is not None and new.schema is not None:
            self.schema(old.schema, new.schema, location, "response")

    def media_type(self, location: str, old: str, new: str) -> None:
        if old != new:
            self.add("media-type-changed", location, f"media type: {old} → {new}", old=old, new=new)

    # Fields ----------------------------------------------------------------------------

    def removed(self, location: str, side: Side, schema: Schema) -> None:
        why = "callers that pass it get an error" if side == "request" else "code reading it breaks"
        self.add(
            "field-removed",
            location,
            f"removed ({why})",
            breaking=True,
            old=_type_text(schema),
        )

    def added(self, location: str, side: Side, schema: Schema, required: bool) -> None:
        if side == "request" and required:
            self.add(
                "field-added",
                location,
                "added as required (existing calls lack it)",
                breaking=True,
                new=_type_text(schema),
            )
        else:
            optional = " (optional)" if side == "request" else ""
            self.add("field-added", location, f"added{optional}", new=_type_text(schema))

    def required(self, location: str, side: Side, old: bool, new: bool) -> None:
        if old == new:
            return
        if side == "response":
            detail = (
                f"{_required_text(old)} → {_required_text(new)} (not breaking: the client "
                "treats every response field as optional)"
            )
            self.add("required-changed", location, detail, old=old, new=new)
        elif new:
            detail = "optional → required (calls without it get an error)"
            self.add("required-changed", location, detail, breaking=True, old=old, new=new)
        else:
            self.add("required-changed", location, "required → optional", old=old, new=new)

    def schema(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        old_type, new_type = _type_text(old, with_format=False), _type_text(new, with_format=False)
        if old_type != new_type:
            self.add(
                "type-changed",
                location,
                f"type: {_type_text(old)} → {_type_text(new)}",
                breaking=True,
                old=_type_text(old),
                new=_type_text(new),
            )
            return
        if old.format != new.format:
            self.add(
                "format-changed",
                location,
                f"format: {old.format or 'none'} → {new.format or 'none'}",
                breaking=True,
                old=old.format,
                new=new.format,
            )
        self.text("title-changed", location, "title", old.title, new.title)
        self.text("description-changed", location, "description", old.description, new.description)
        self.value("example-changed", location, "example", old.example, new.example)
        self.value("default-changed", location, "default", old.default, new.default)
        if old.deprecated != new.deprecated:
            self.add(
                "deprecated-changed",
                location,
                "deprecated" if new.deprecated else "no longer deprecated",
                old=old.deprecated,
                new=new.deprecated,
            )
        self.constraints(old, new, location, side)
        if old.extensions != new.extensions:
            self.add(
                "extension-changed",
                location,
                "x-* extensions changed",
                old={k: v for k, v in old.extensions},
                new={k: v for k, v in new.extensions},
            )
        self.enum(old, new, location, side)
        self.properties(old, new, location, side)
        if old.items is not None and new.items is not None:
            self.schema(old.items, new.items, f"{location}[]", side)
        if isinstance(old.additional_properties, Schema) and isinstance(
            new.additional_properties, Schema
        ):
            self.schema(old.additional_properties, new.additional_properties, f"{location}.*", side)
        elif old.additional_properties != new.additional_properties:
            tighter = _is_open(old.additional_properties) and not _is_open(
                new.additional_properties
            )
            self.constraint(
                location,
                side,
                "additionalProperties",
                _additional_text(old.additional_properties),
                _additional_text(new.additional_properties),
                tighter,
            )

    def properties(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        for pair in paired(old.properties, new.properties, key=lambda prop: prop.name):
            match pair:
                case Kept(prop, new_prop):
                    child = f"{location}.{prop.name}"
                    self.required(child, side, prop.name in old.required, prop.name in new.required)
                    self.schema(prop.schema, new_prop.schema, child, side)
                case Removed(prop):
                    self.removed(f"{location}.{prop.name}", side, prop.schema)
                case Added(prop):
                    child = f"{location}.{prop.name}"
                    self.added(child, side, prop.schema, prop.name in new.required)

    def enum(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        if not old.enum and not new.enum:
            return
        if not new.enum:
            values = [v.value for v in old.enum]
            detail = f"no longer restricted to the values {_short(values)}"
            self.add("enum-dropped", location, detail, old=values)
            return
        if not old.enum:
            values = [v.value for v in new.enum]
            if side == "request":
                detail = f"now restricted to the values {_short(values)} (others get an error)"
                self.add("enum-introduced", location, detail, breaking=True, new=values)
            else:
                detail = (
                    f"now documents the values {_short(values)} (not breaking: the client "
                    "accepts unknown enum values)"
                )
                self.add("enum-introduced", location, detail, new=values)
            return
        for pair in paired(_unique(old.enum), _unique(new.enum), key=_enum_key):
            match pair:
                case Kept(value, new_value):
                    if (value.name, value.description) != (new_value.name, new_value.description):
                        self.add(
                            "enum-docs-changed",
                            location,
                            f"name or description of enum value {_short(value.value)} changed",
                            old={"name": value.name, "description": value.description},
                            new={"name": new_value.name, "description": new_value.description},
                        )
                case Removed(value) if side == "request":
                    detail = (
                        f"enum value {_short(value.value)} removed (callers passing it get an "
                        "error)"
                    )
                    self.add("enum-value-removed", location, detail, breaking=True, old=value.value)
                case Removed(value):
                    detail = (
                        f"enum value {_short(value.value)} removed (not breaking: it just won't "
                        "be returned any more)"
                    )
                    self.add("enum-value-removed", location, detail, old=value.value)
                case Added(value):
                    detail = f"enum value {_short(value.value)} added"
                    if side == "response":
                        detail += " (not breaking: the client accepts unknown enum values)"
                    self.add("enum-value-added", location, detail, new=value.value)

    def constraints(self, old: Schema, new: Schema, location: str, side: Side) -> None:
        """Bounds and flags that a request model checks: tighter is breaking for requests."""
        self.bound(location, side, "minimum", old.minimum, new.minimum, lower=True)
        self.bound(location, side, "maximum", old.maximum, new.maximum, lower=False)
        self.flag(location, side, "exclusiveMinimum", old.exclusive_minimum, new.exclusive_minimum)
        self.flag(location, side, "exclusiveMaximum", old.exclusive_maximum, new.exclusive_maximum)
        self.bound(location, side, "minLength", old.min_length, new.min_length, lower=True)
        self.bound(location, side, "maxLength", old.max_length, new.max_length, lower=False)
        self.bound(location, side, "minItems", old.min_items, new.min_items, lower=True)
        self.bound(location, side, "maxItems", old.max_items, new.max_items, lower=False)
        self.flag(location, side, "uniqueItems", old.unique_items, new.unique_items)
        self.flag(location, side, "readOnly", old.read_only, new.read_only)
        if old.multiple_of != new.multiple_of:
            self.constraint(
                location,
                side,
                "multipleOf",
                old.multiple_of,
                new.multiple_of,
                tighter=new.multiple_of is not None,
            )
        if old.pattern != new.pattern:
            self.constraint(
                location, side, "pattern", old.pattern, new.pattern, new.pattern is not None
            )
        if old.nullable != new.nullable:
            self.constraint(location, side, "nullable", old.nullable, new.nullable, old.nullable)
        if old.write_only != new.write_only:
            self.constraint(
                location, side, "writeOnly", old.write_only, new.write_only, tighter=False
            )

    def bound(
        self,
        location: str,
        side: Side,
        what: str,
        old: int | float | None,
        new: int | float | None,
        lower: bool,
    ) -> None:
        if old == new:
            return
        if new is None:
            tighter = False
        elif old is None:
            tighter = True
        else:
            tighter = new > old if lower else new < old
        self.constraint(location, side, what, old, new, tighter)

    def flag(self, location: str, side: Side, what: str, old: bool, new: bool) -> None:
        if old != new:
            self.constraint(location, side, what, old, new, tighter=new)

    def constraint(
        self,
        location: str,
        side: Side,
        what: str,
        old: JsonValue,
        new: JsonValue,
        tighter: bool,
    ) -> None:
        detail = f"{what}: {_short(old)} → {_short(new)}"
        breaking = side == "request" and tighter
        if breaking:
            detail += " (tighter: calls that passed before may now get an error)"
        self.add("constraint-changed", location, detail, breaking=breaking, old=old, new=new)


def _route(op: Operation) -> str:
    return f"{op.method} {op.path}"


def _parameter_location(param: Parameter) -> str:
    return f"{param.location}.{param.name}"


def _response_location(status: str) -> str:
    return "response" if status == "200" else f"response[{status}]"


def _required_text(required: bool) -> str:
    return "required" if required else "optional"


def _type_text(schema: Schema, with_format: bool = True) -> str:
    """The type as the page's tables print it: `integer(int64)`, `[string]`, `any`."""
    if schema.type == "array":
        return f"[{_type_text(schema.items, with_format) if schema.items else 'any'}]"
    text: str = schema.type or "any"
    if with_format and schema.format:
        text += f"({schema.format})"
    return text


def _is_open(value: Schema | bool | None) -> bool:
    return value is None or value is True


def _additional_text(value: Schema | bool | None) -> JsonValue:
    if isinstance(value, Schema):
        return _type_text(value)
    return value


def _key(value: JsonValue) -> str:
    """An identity for a JSON value that keeps 1, 1.0, "1" and true apart."""
    return f"{type(value).__name__}:{json.dumps(value, sort_keys=True)}"


def _enum_key(value: EnumValue) -> str:
    return _key(value.value)


def _unique(values: Sequence[EnumValue]) -> list[EnumValue]:
    """One entry per value, where the first listing was, holding the last listing's name and
    description (a page may list a value twice; it is one value of the enum)."""
    return list({_enum_key(value): value for value in values}.values())


def _same(old: JsonValue, new: JsonValue) -> bool:
    return _key(old) == _key(new)


def _short(value: JsonValue, limit: int = 60) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= limit else text[: limit - 1] + "…"
