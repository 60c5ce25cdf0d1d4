"""Raw JSON Schema blocks (Widdershins `--raw`) → IR `Schema`, with the source line of every node.

Only the keywords OpenAPI 3.0 schemas use and this generator can honour are accepted; an
unknown or unsupported keyword, an unknown type or a keyword of the wrong shape is a
`ParseError` at the line of the object that holds it, because silently dropping a constraint
would generate a client that is wrong in ways nobody sees.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from generator.diagnostics import ParseError, ParseWarning, SourceLocation
from generator.ir.model import (
    SCHEMA_TYPES,
    Discriminator,
    EnumValue,
    JsonValue,
    Property,
    Schema,
    SchemaType,
)
from generator.ir.unions import unusable_discriminator
from generator.ir.values import (
    as_type,
    enum_key,
    json_kind,
    read_default,
    read_example,
    short,
    value_problem,
)
from generator.read.json_source import JsonBlockError, LocatedObject, load_located_json

SchemaPath = tuple[str, ...]
"""Steps from a root schema to a node: a property name, "[]" (items), "{}" (extra keys) or
"|N" (a union's Nth variant, from 0; `variant_step`) or "&N" (an intersection's Nth part)."""

ITEMS_STEP = "[]"
ADDITIONAL_STEP = "{}"
VARIANT_STEP = "|"


PART_STEP = "&"


def variant_step(index: int) -> str:
    """The path step to a union's variant `index` (0-based)."""
    return f"{VARIANT_STEP}{index}"


def part_step(index: int) -> str:
    """The path step to an intersection's part `index` (0-based)."""
    return f"{PART_STEP}{index}"


_NUMBER_KEYWORDS = {"minimum", "maximum", "multipleOf"}
_COUNT_KEYWORDS = {"minLength", "maxLength", "minItems", "maxItems"}
_FLAG_KEYWORDS = {"nullable", "readOnly", "writeOnly", "deprecated", "uniqueItems"}
_EXCLUSIVE_KEYWORDS = {"exclusiveMinimum", "exclusiveMaximum"}
_KNOWN_KEYWORDS = (
    {"type", "format", "title", "description", "enum", "x-api-enum", "default", "example"}
    | {"required", "properties", "additionalProperties", "items", "pattern"}
    | {"oneOf", "anyOf", "discriminator", "allOf", "xml"}
    | _NUMBER_KEYWORDS
    | _EXCLUSIVE_KEYWORDS
    | _COUNT_KEYWORDS
    | _FLAG_KEYWORDS
)
_UNSUPPORTED_KEYWORDS = {"$ref", "not"}
_SCHEMA_REF_PREFIX = "#/components/schemas/"


CIRCULAR = "[Circular]"
"""What Widdershins prints in place of a schema that is one of its own ancestors."""

Ancestors = tuple[tuple[SchemaPath, Any], ...]
"""The schema objects above a node, root first: each one's path and raw JSON."""

CircularNamer = Callable[[SchemaPath, Ancestors, SourceLocation], str]
"""Names the schema a `"[Circular]"` at a path stands for, or raises a located ParseError
(`generator.read.circular` decides from the page's tables)."""


def is_schema_keyword(key: str) -> bool:
    """Whether `key` is a keyword a schema may hold (supported or not, or an `x-` one)."""
    return key in _KNOWN_KEYWORDS or key in _UNSUPPORTED_KEYWORDS or key.startswith("x-")


@dataclass
class LocatedSchema:
    """A schema read from a JSON block and the page line of each of its nodes."""

    schema: Schema
    lines: dict[SchemaPath, int] = field(default_factory=dict)
    warnings: list[ParseWarning] = field(default_factory=list)


def read_json_schema(
    file: str,
    first_line: int,
    text: str,
    circular: CircularNamer | None = None,
    *,
    local_refs: bool = False,
) -> LocatedSchema:
    """Parse the JSON block `text` whose first line is page line `first_line`; a
    `"[Circular]"` in place of a schema becomes a `Schema(ref=...)` named by `circular`, and
    with `local_refs` (an OpenAPI document, not a page) so does a lone
    `{"$ref": "#/components/schemas/NAME"}`.

    Raises ParseError (file, page line and column) for malformed JSON or an invalid schema
    (a `"[Circular]"` where no `circular` is given, any other `$ref`).
    """
    try:
        document = load_located_json(text)
    except JsonBlockError as error:
        location = SourceLocation(file, first_line + error.line - 1, error.column)
        raise ParseError(location, f"malformed JSON: {error.message}") from None
    return read_schema_document(file, first_line, document, circular, local_refs=local_refs)


def read_schema_document(
    file: str,
    first_line: int,
    document: Any,
    circular: CircularNamer | None = None,
    *,
    local_refs: bool = False,
) -> LocatedSchema:
    """The schema of a block already parsed into `LocatedObject`s (JSON, or a form body's
    YAML), each object's line counted from `first_line`. Raises ParseError as above."""
    reader = _SchemaReader(file, first_line, circular, local_refs)
    schema = reader.read(document, (), first_line)
    return LocatedSchema(schema, reader.lines, reader.warnings)


class _SchemaReader:
    def __init__(
        self, file: str, first_line: int, circular: CircularNamer | None, local_refs: bool
    ) -> None:
        self.file = file
        self.local_refs = local_refs
        self.first_line = first_line
        self.circular = circular
        self.ancestors: list[tuple[SchemaPath, Any]] = []
        self.lines: dict[SchemaPath, int] = {}
        self.warnings: list[ParseWarning] = []

    def read(self, node: Any, path: SchemaPath, parent_line: int) -> Schema:
        if node == CIRCULAR and self.circular is not None:
            at = SourceLocation(self.file, parent_line)
            return Schema(ref=self.circular(path, tuple(self.ancestors), at))
        if self.local_refs and isinstance(node, LocatedObject) and "$ref" in node:
            return self.local_ref(node)
        if isinstance(node, LocatedObject):
            self.ancestors.append((path, node))
            try:
                return self.read_object(node, path)
            finally:
                self.ancestors.pop()
        where = "/".join(path) or "the root"
        raise ParseError(
            SourceLocation(self.file, parent_line),
            f"schema at {where} must be a JSON object, not {json_kind(node)}",
        )

    def local_ref(self, node: LocatedObject) -> Schema:
        at = SourceLocation(self.file, self.first_line + node.line - 1)
        target = node["$ref"]
        if (
            len(node) != 1
            or not isinstance(target, str)
            or not target.startswith(_SCHEMA_REF_PREFIX)
            or "/" in target.removeprefix(_SCHEMA_REF_PREFIX)
        ):
            raise ParseError(
                at, f"only a lone '$ref' to {_SCHEMA_REF_PREFIX}NAME is supported, not {node}"
            )
        return Schema(ref=target.removeprefix(_SCHEMA_REF_PREFIX))

    def read_object(self, node: LocatedObject, path: SchemaPath) -> Schema:
        line = self.first_line + node.line - 1
        self.lines[path] = line
        at = SourceLocation(self.file, line)
        for keyword in node:
            if keyword in _UNSUPPORTED_KEYWORDS:
                raise ParseError(at, f"schema keyword {keyword!r} is not supported")
            if keyword not in _KNOWN_KEYWORDS and not keyword.startswith("x-"):
                raise ParseError(at, f"unknown schema keyword {keyword!r}")

        schema_type = node.get("type")
        if schema_type is not None and schema_type not in SCHEMA_TYPES:
            raise ParseError(at, f"unknown type {schema_type!r}; expected one of {_TYPES_TEXT}")

        properties = tuple(
            Property(name, self.read(child, (*path, name), line))
            for name, child in _mapping(node, "properties", at).items()
        )
        required = _strings(node, "required", at)
        repeated = sorted({name for name in required if required.count(name) > 1})
        if repeated:
            raise ParseError(at, f"'required' lists {repeated[0]!r} twice")
        names = {prop.name for prop in properties}
        for name in required:
            if properties and name not in names:
                self.warn(
                    at,
                    f"required property {name!r} is not among the properties; the SDK has no "
                    "field for it and requires none",
                )

        items = node.get("items")
        additional = node.get("additionalProperties")
        if isinstance(additional, LocatedObject) or (
            additional == CIRCULAR and self.circular is not None
        ):
            additional_schema: Schema | bool | None = self.read(
                additional, (*path, ADDITIONAL_STEP), line
            )
        elif additional is None or isinstance(additional, bool):
            additional_schema = additional
        else:
            raise ParseError(at, "'additionalProperties' must be a boolean or a schema")

        one_of = self.variants(node, "oneOf", path, line, at, variant_step)
        any_of = self.variants(node, "anyOf", path, line, at, variant_step)
        all_of = self.variants(node, "allOf", path, line, at, part_step)
        if one_of and any_of:
            raise ParseError(at, "a schema with both 'oneOf' and 'anyOf' is not supported")
        discriminator = _discriminator(node, at)
        if discriminator is not None and not (one_of or any_of):
            raise ParseError(at, "'discriminator' is given without 'oneOf' or 'anyOf'")

        minimum, exclusive_minimum = _bound(node, "minimum", "exclusiveMinimum", at, lower=True)
        maximum, exclusive_maximum = _bound(node, "maximum", "exclusiveMaximum", at, lower=False)
        # Checked against SCHEMA_TYPES above. The cast's type is a string: `SchemaType | None`
        # written as an expression builds a typing union on every call (twice per schema
        # node, about 13 ms of the product's 4,300 nodes).
        known_type = cast("SchemaType | None", schema_type)
        schema = Schema(
            type=known_type,
            format=_string(node, "format", at),
            title=_string(node, "title", at),
            description=_string(node, "description", at),
            enum=self.enum(node, at, known_type),
            default=_plain(node.get("default")),
            example=_plain(node.get("example")),
            nullable=_flag(node, "nullable", at),
            read_only=_flag(node, "readOnly", at),
            write_only=_flag(node, "writeOnly", at),
            deprecated=_flag(node, "deprecated", at),
            required=required,
            properties=properties,
            additional_properties=additional_schema,
            items=None if items is None else self.read(items, (*path, ITEMS_STEP), line),
            one_of=one_of,
            any_of=any_of,
            discriminator=discriminator,
            all_of=all_of,
            minimum=minimum,
            maximum=maximum,
            exclusive_minimum=exclusive_minimum,
            exclusive_maximum=exclusive_maximum,
            multiple_of=_number(node, "multipleOf", at),
            min_length=_count(node, "minLength", at),
            max_length=_count(node, "maxLength", at),
            pattern=_string(node, "pattern", at),
            min_items=_count(node, "minItems", at),
            max_items=_count(node, "maxItems", at),
            unique_items=_flag(node, "uniqueItems", at),
            xml=_xml(node, at),
            extensions=tuple(
                (key, _plain(value))
                for key, value in node.items()
                if key.startswith("x-") and key != "x-api-enum"
            ),
        )
        why = unusable_discriminator(schema)
        if why is not None and discriminator is not None:
            # Told here, where the document can be fixed; the SDK still reads every answer.
            self.warn(
                at,
                f"the discriminator {discriminator.property_name!r} cannot pick the variant "
                f"({why}): the SDK validates a plain union, trying the variants in turn",
            )
        if schema.multiple_of is not None and schema.multiple_of <= 0:
            raise ParseError(at, "'multipleOf' must be greater than 0")
        if schema.pattern is not None:
            try:
                re.compile(schema.pattern)
            except re.error as error:
                raise ParseError(at, f"'pattern' is not a regular expression: {error}") from None
        schema = self.satisfiable_bounds(schema, at)
        if schema.default is not None:
            self.check_default(schema, at)
        if schema.example is not None:
            self.check_example(schema, at)
        if schema.pattern is not None:
            self.warn_unchecked_pattern(schema, at)
        return schema

    def variants(
        self,
        node: Mapping[str, Any],
        key: str,
        path: SchemaPath,
        line: int,
        at: SourceLocation,
        step: Callable[[int], str],
    ) -> tuple[Schema, ...]:
        """The schemas of a `oneOf`, `anyOf` or `allOf`, each read as a schema of its own."""
        raw = node.get(key)
        if raw is None:
            return ()
        if not isinstance(raw, list) or not raw:
            raise ParseError(at, f"'{key}' must be a non-empty list of schemas")
        return tuple(
            self.read(variant, (*path, step(index)), line) for index, variant in enumerate(raw)
        )

    def warn_unchecked_pattern(self, schema: Schema, at: SourceLocation) -> None:
        """Warn of a pattern the generated request models cannot check: they run patterns on
        pydantic's linear-time engine (never `re`, which a pattern like `^(a|aa)+$` keeps
        busy for ever), and this one cannot be written for it."""
        assert schema.pattern is not None
        # Imported here: the pattern engine (generator.ir.patterns) builds its automaton
        # classes at import, and only a schema with a `pattern` needs it.
        from generator.ir.patterns import pattern_is_checkable, rust_pattern

        if rust_pattern(schema.pattern) is not None:
            return
        unchecked = "requests are sent without checking it"
        if pattern_is_checkable(schema.pattern):
            self.warn(
                at,
                f"'pattern' {schema.pattern!r} cannot be written for pydantic's linear-time "
                "engine (`$` before more pattern, or too large): " + unchecked,
            )
            return
        no_example = schema.example is None and schema.default is None
        self.warn(
            at,
            f"'pattern' {schema.pattern!r} uses syntax sdkgen cannot check or satisfy "
            f"(look-around, back-references, flags...): {unchecked}"
            + (
                "; the schema gives no example: examples and fixtures may not match it"
                if no_example
                else ""
            )
            + "; rewrite it without that syntax to have it checked",
        )

    def satisfiable_bounds(self, schema: Schema, at: SourceLocation) -> Schema:
        """The schema, without a pair of bounds that no value fits (`minimum` above
        `maximum`, `minLength` above `maxLength`...): which of the two is wrong is anyone's
        guess, and a model that refuses every value is no use."""
        low, high = schema.minimum, schema.maximum
        if low is not None and high is not None:
            exclusive = schema.exclusive_minimum or schema.exclusive_maximum
            if low > high or (low == high and exclusive):
                relation = "is above" if low > high else "is an exclusive bound equal to"
                self.warn(
                    at,
                    f"'minimum' {low!r} {relation} 'maximum' {high!r}: nothing fits; sdkgen "
                    "drops both",
                )
                schema = replace(
                    schema,
                    minimum=None,
                    maximum=None,
                    exclusive_minimum=False,
                    exclusive_maximum=False,
                )
        if _crossed(schema.min_length, schema.max_length):
            self.warn_crossed(at, "minLength", schema.min_length, "maxLength", schema.max_length)
            schema = replace(schema, min_length=None, max_length=None)
        if _crossed(schema.min_items, schema.max_items):
            self.warn_crossed(at, "minItems", schema.min_items, "maxItems", schema.max_items)
            schema = replace(schema, min_items=None, max_items=None)
        return schema

    def check_default(self, schema: Schema, at: SourceLocation) -> None:
        """Warn where the page's `default` breaks its own schema. The IR keeps it as the page
        writes it (the OpenAPI export too): it is what the page says, and KuCoin's API may
        take it all the same (`cancelAfter` -1, "never", below a `minimum` of 0). What the
        SDK does with it is the SDK stage's decision: a generated request never sends a
        default (an argument left unset is not sent, so the server applies its own), and its
        examples use the default only as `read_default` reads it."""
        default = schema.default
        problem = value_problem(default, schema)
        if problem is None:
            return
        found = read_default(schema)
        if found is None:
            self.warn(
                at,
                f"'default' does not fit its schema: {problem}; sdkgen keeps it as written, "
                "and examples do not use it (an argument left unset is not sent: the server "
                "applies its own default)",
            )
        elif found[1] == "as its type":
            self.warn(
                at,
                f"'default' {short(default)} is {json_kind(default)}, not of type "
                f"{schema.type!r}; sdkgen keeps it as written, and examples read it as "
                f"{found[0]!r}",
            )
        else:
            self.warn(
                at,
                f"'default' {short(default)} is not one of the enum values; sdkgen keeps it "
                f"as written, and examples read it as {found[0]!r}, the enum value it names "
                "in another case",
            )

    def warn_crossed(
        self, at: SourceLocation, low_key: str, low: int | None, high_key: str, high: int | None
    ) -> None:
        self.warn(
            at, f"'{low_key}' {low} is above '{high_key}' {high}: nothing fits; sdkgen drops both"
        )

    def check_example(self, schema: Schema, at: SourceLocation) -> None:
        """Warn where the page's `example` gives no value its schema takes as written (a list
        of examples for a scalar is KuCoin's way). The IR keeps the example as the page wrote
        it, as documentation; examples and fixtures take the value read here, or build one
        that fits (generator.sdk.examples)."""
        example = schema.example
        found = read_example(schema)
        if found is None:
            # The most telling value: the first of a list of examples, an array of the one item.
            telling: JsonValue = example
            if isinstance(example, list) and example and schema.type != "array":
                telling = example[0]
            elif schema.type == "array" and not isinstance(example, list):
                telling = [example]
            self.warn(
                at,
                f"'example' {short(example)} does not fit its schema: "
                f"{value_problem(telling, schema)}; sdkgen keeps it as documentation and "
                "builds examples and fixtures that fit",
            )
        elif found[1] == "one-item array":
            self.warn(
                at,
                f"'example' {short(example)} of an array is not an array; sdkgen reads it as "
                "a one-item array",
            )
        elif found[1] == "as its enum value":
            self.warn(
                at,
                f"'example' {short(example)} is not one of the enum values; sdkgen reads it "
                f"as {found[0]!r}, the enum value it names in another case",
            )
        elif found[1] == "as its type":
            self.warn(
                at,
                f"'example' {short(example)} is not of type {schema.type!r}; sdkgen reads it "
                f"as {found[0]!r}",
            )

    def enum(
        self, node: Mapping[str, Any], at: SourceLocation, schema_type: SchemaType | None
    ) -> tuple[EnumValue, ...]:
        """The enum values, each as a value of the schema's type: a value written as another
        type is read as the one it writes ("5" for an integer), or dropped with a warning."""
        values = node.get("enum")
        annotations = node.get("x-api-enum")
        if values is None:
            if annotations is not None:
                self.warn(at, "'x-api-enum' without 'enum' is ignored")
            return ()
        if not isinstance(values, list):
            raise ParseError(at, "'enum' must be a list")
        named: dict[str, tuple[str, str]] = {}
        if annotations is not None:
            if not isinstance(annotations, list):
                raise ParseError(at, "'x-api-enum' must be a list of objects")
            for entry in annotations:
                if not isinstance(entry, dict) or "value" not in entry:
                    raise ParseError(at, "each 'x-api-enum' entry needs a 'value'")
                name, description = entry.get("name", ""), entry.get("description", "")
                if not isinstance(name, str) or not isinstance(description, str):
                    raise ParseError(at, "'x-api-enum' names and descriptions must be strings")
                named[enum_key(entry["value"])] = (name, description)
            extra = set(named) - {enum_key(value) for value in values}
            if extra:
                self.warn(at, f"'x-api-enum' describes values not in 'enum': {sorted(extra)}")
        result: list[EnumValue] = []
        seen: set[str] = set()
        for value in values:
            if isinstance(value, (dict, list)):
                raise ParseError(at, "enum values must be scalars")
            typed = as_type(value, schema_type)
            if not typed:
                self.warn(at, f"enum value {value!r} is not a valid {schema_type}; sdkgen drops it")
                continue
            if typed[0] != value or type(typed[0]) is not type(value):
                self.warn(
                    at,
                    f"enum value {value!r} is {json_kind(value)}, not of type {schema_type!r}; "
                    f"sdkgen reads it as {typed[0]!r}",
                )
            if enum_key(typed[0]) in seen:
                # OpenAPI forbids a repeated value; which of the two is meant is no question.
                self.warn(at, f"'enum' lists {typed[0]!r} twice; sdkgen keeps it once")
                continue
            seen.add(enum_key(typed[0]))
            annotation = named.get(enum_key(value))
            if annotation is None:
                result.append(EnumValue(typed[0]))
            else:
                result.append(EnumValue(typed[0], annotation[0], annotation[1]))
        return tuple(result)

    def warn(self, at: SourceLocation, message: str) -> None:
        self.warnings.append(ParseWarning(at, message))


_TYPES_TEXT = ", ".join(SCHEMA_TYPES)


def _discriminator(node: Mapping[str, Any], at: SourceLocation) -> Discriminator | None:
    raw = node.get("discriminator")
    if raw is None:
        return None
    if not isinstance(raw, dict) or not isinstance(raw.get("propertyName"), str):
        raise ParseError(at, "'discriminator' must be an object with a 'propertyName' string")
    unknown = sorted(set(raw) - {"propertyName", "mapping"})
    if unknown:
        raise ParseError(at, f"unknown 'discriminator' keyword {unknown[0]!r}")
    mapping = raw.get("mapping", {})
    if not isinstance(mapping, dict) or not all(isinstance(v, str) for v in mapping.values()):
        raise ParseError(at, "'discriminator' 'mapping' must map values to '$ref' strings")
    return Discriminator(raw["propertyName"], tuple(mapping.items()))


def _crossed(low: int | None, high: int | None) -> bool:
    return low is not None and high is not None and low > high


def _plain(value: Any) -> JsonValue:
    """Drop the located dict subclass so the IR holds plain JSON values."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return cast(JsonValue, value)


def _xml(node: Mapping[str, Any], at: SourceLocation) -> JsonValue:
    """OpenAPI's `xml` object, verbatim (it says how XML writes the value; the SDK sends JSON)."""
    if "xml" not in node:
        return None
    return _plain(_mapping(node, "xml", at))


def _mapping(node: Mapping[str, Any], key: str, at: SourceLocation) -> Mapping[str, Any]:
    value = node.get(key, {})
    if not isinstance(value, dict):
        raise ParseError(at, f"'{key}' must be an object")
    return value


def _strings(node: Mapping[str, Any], key: str, at: SourceLocation) -> tuple[str, ...]:
    value = node.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ParseError(at, f"'{key}' must be a list of strings")
    return tuple(value)


def _string(node: Mapping[str, Any], key: str, at: SourceLocation) -> str | None:
    value = node.get(key)
    if value is not None and not isinstance(value, str):
        raise ParseError(at, f"'{key}' must be a string")
    return value


def _flag(node: Mapping[str, Any], key: str, at: SourceLocation) -> bool:
    value = node.get(key, False)
    if not isinstance(value, bool):
        raise ParseError(at, f"'{key}' must be true or false")
    return value


def _number(node: Mapping[str, Any], key: str, at: SourceLocation) -> int | float | None:
    value = node.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
        raise ParseError(at, f"'{key}' must be a number")
    return value


def _bound(
    node: Mapping[str, Any], key: str, exclusive_key: str, at: SourceLocation, *, lower: bool
) -> tuple[int | float | None, bool]:
    """A bound in the OpenAPI 3.0 form the IR keeps: the number and whether it is exclusive.

    `exclusiveMinimum` may be the 3.0 flag on `minimum`, or (JSON Schema 2019, OpenAPI 3.1) a
    bound of its own; given with `minimum` as well, the tighter of the two is the bound, as a
    validator that checks both would find.
    """
    inclusive = _number(node, key, at)
    exclusive = node.get(exclusive_key, False)
    if isinstance(exclusive, bool):
        return inclusive, exclusive
    if not isinstance(exclusive, (int, float)):
        raise ParseError(at, f"'{exclusive_key}' must be true, false or a number")
    if inclusive is None:
        return exclusive, True
    exclusive_is_tighter = exclusive >= inclusive if lower else exclusive <= inclusive
    return (exclusive, True) if exclusive_is_tighter else (inclusive, False)


def _count(node: Mapping[str, Any], key: str, at: SourceLocation) -> int | None:
    value = node.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
        raise ParseError(at, f"'{key}' must be a non-negative integer")
    return value
