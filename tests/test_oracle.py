"""sdkgen's models and datamodel-code-generator's, built from sdkgen's OpenAPI export of the
same page, read every request and response alike: an independent second reading of the
schemas (tests/support/oracle_models.py builds it).

For every operation of every test page (tests/data/pages, tests/data/edge), on its fixture,
on a request giving every documented input, and on each with one of the page's `example`
values put in: both accept or both reject, and when both accept they give the same values by
wire name. Deliberately wrong requests (a value of the wrong type, a value outside its enum,
a required field left out, an undocumented field) are rejected by both, and values of
another JSON type, some of which pydantic reads laxly ("7" for an integer), are read alike.

sdkgen reads responses leniently (a field may be missing or null, an unknown enum value or
field is kept): on the response side, a value the oracle accepts must be read by sdkgen's
documented type, to the same values; a value the oracle rejects may still be read by sdkgen.

The packages are generated with sdkgen's defaults only, not each page's config: a config's
bounds and cross-field rules are not in the page, so no OpenAPI reader could know them; nor
which strings carry decimals (`api.decimal_strings`, left empty here).
"""

from __future__ import annotations

import copy
import importlib
import json
import math
import sys
from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from generator.config import load_config, package_for
from generator.diagnostics import SourceLocation
from generator.ir.model import Api, Property, Schema
from generator.ir.model import Operation as IrOperation
from generator.ir.openapi import dump_openapi
from generator.output.write import write_tree
from generator.read.parse import parse_file
from generator.sdk.examples import example_value
from generator.sdk.fixtures import full_example
from generator.sdk.generate import generate_files
from tests.support.oracle_models import OracleOperation, export, oracle_operations
from tests.support.pages import DEFAULTS, REPO

PAGES = sorted((REPO / "tests" / "data" / "pages").glob("*.md")) + sorted(
    (REPO / "tests" / "data" / "edge").glob("*.md")
)

Request = dict[str, Any]
"""A request by place, as a fixture gives it: {"path": {...}, "query": {...}, "body": ...}."""


@dataclass(frozen=True)
class Reading:
    """The two readings of one page: its IR, sdkgen's package and the oracle's models."""

    api: Api
    package: Any
    oracle: dict[tuple[str, str], OracleOperation]
    data_key: str

    def operations(self) -> Iterator[tuple[str, Any, IrOperation, OracleOperation]]:
        """(key, sdkgen operation, IR operation, oracle operation) for every operation."""
        ir = {(op.method, op.path): op for op in self.api.operations}
        for key, operation in sorted(self.package.OPERATIONS.items()):
            where = (operation.method, operation.path)
            yield key, operation, ir[where], self.oracle[where]


@pytest.fixture(scope="module", params=PAGES, ids=[page.stem for page in PAGES])
def reading(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Reading]:
    page: Path = request.param
    name = "oracle_" + page.stem.replace("-", "_")
    out = tmp_path_factory.mktemp(name) / "project"
    api = parse_file(page).api
    config = load_config(DEFAULTS)
    package = package_for(config, api.title, api.version, name, SourceLocation(str(page), 1))
    # Which strings carry decimals (api.decimal_strings) is a config fact too: without it,
    # a string is a string on both sides.
    config = replace(config, package=package, api=replace(config.api, decimal_strings=()))
    write_tree(out, generate_files(api, config))
    envelope = config.api.envelope
    assert envelope is not None
    oracle = oracle_operations(export(dump_openapi(api)), envelope.data, f"{name}_oracle_models")
    sys.path.insert(0, str(out / "src"))
    try:
        yield Reading(api, importlib.import_module(name), oracle, envelope.data)
    finally:
        sys.path.remove(str(out / "src"))


# Comparing values -------------------------------------------------------------------------


@dataclass(frozen=True)
class Number:
    """A number, whichever type a model reads it as: sdkgen reads `number` as Decimal and the
    oracle as float. Never equal to a bool (True == 1 in Python)."""

    value: Decimal


def canonical(value: Any) -> Any:
    """A dumped value with enum members as their values and every number a Number."""
    if isinstance(value, Enum):
        return canonical(value.value)
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, Decimal)):
        return Number(Decimal(value))
    if isinstance(value, float):
        return Number(Decimal(repr(value)))
    if isinstance(value, dict):
        return {key: canonical(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [canonical(item) for item in value]
    raise TypeError(f"unexpected {type(value).__name__} in a dumped model: {value!r}")


def dumped(adapter: TypeAdapter[Any], value: Any) -> Any:
    """What a model holds, by wire name: the fields it was given (a default the caller did
    not give is not sent, and sdkgen leaves it to the server)."""
    return canonical(adapter.dump_python(value, by_alias=True, exclude_unset=True))


@dataclass(frozen=True)
class Outcome:
    """Whether a side accepted a value, and what it read (or why it refused)."""

    accepted: bool
    values: Any = None
    error: str = ""


def _refused(error: ValueError) -> Outcome:
    return Outcome(False, error=str(error).splitlines()[0] + " ...")


def read_exactly(value: Any) -> Any:
    """A JSON value as sdkgen's side reads a request's JSON: a fraction as the Decimal it is
    written as, not a float (a decimal input takes no float)."""
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, dict):
        return {key: read_exactly(item) for key, item in value.items()}
    if isinstance(value, list):
        return [read_exactly(item) for item in value]
    return value


def sdk_request(operation: Any, request: Request) -> Outcome:
    """sdkgen's request model on `request`, and the values it holds by place."""
    model = operation.request_model
    request = read_exactly(request)
    body = request.get("body")
    package = operation.__class__.__module__.rpartition(".")[0]
    refused = importlib.import_module(package).KucoinRequestValidationError
    if model is None:
        given = request["path"] or request["query"] or body
        return Outcome(not given, {"path": {}, "query": {}, "body": None})
    try:
        if operation.body == "array":
            validated = model.model_validate(body)
        else:
            arguments = operation.arguments_from_wire(request["path"], request["query"], body)
            validated = model.model_validate(arguments)
    except refused as error:
        return _refused(error)
    values = dumped(TypeAdapter(type(validated)), validated)
    if operation.body == "array":
        return Outcome(True, {"path": {}, "query": {}, "body": values})
    places: dict[str, Any] = {"path": {}, "query": {}, "body": {} if operation.body else None}
    for item in operation.inputs:
        if item.wire in values:
            places[item.location][item.wire] = values[item.wire]
    return Outcome(True, places)


def oracle_request(oracle: OracleOperation, request: Request) -> Outcome:
    """The oracle's models of each place on `request`, and the values they hold."""
    places: dict[str, Any] = {}
    for place in ("path", "query", "body"):
        given = request.get(place)
        adapter = oracle.adapter(place)
        if adapter is None:
            if given:
                return Outcome(False, error=f"the operation has no {place} inputs")
            places[place] = {} if place != "body" else None
            continue
        try:
            places[place] = dumped(adapter, adapter.validate_python(given))
        except ValidationError as error:
            return _refused(error)
    return Outcome(True, places)


def sdk_data(operation: Any, data: Any) -> Outcome:
    """sdkgen's documented response type on `data`, before any lenient reading; data it
    refuses must still be read leniently, without an error (as a client reads it)."""
    adapter = TypeAdapter(operation.response_type)
    try:
        return Outcome(True, dumped(adapter, adapter.validate_python(data)))
    except ValidationError as error:
        package = operation.__class__.__module__.rpartition(".")[0]
        importlib.import_module(f"{package}._lenient").parse_data(operation, data)
        return _refused(error)


def oracle_data(oracle: OracleOperation, data: Any) -> Outcome:
    adapter = oracle.adapter("data")
    assert adapter is not None, f"{oracle.method} {oracle.path} has no response schema"
    try:
        return Outcome(True, dumped(adapter, adapter.validate_python(data)))
    except ValidationError as error:
        return _refused(error)


def disagreement(label: str, sdk: Outcome, oracle: Outcome, *, lenient: bool = False) -> str | None:
    """What the two readings disagree on, or None. With `lenient`, sdkgen may accept what the
    oracle refuses (a response read leniently)."""
    if sdk.accepted and oracle.accepted:
        if sdk.values == oracle.values:
            return None
        return f"{label}: values differ:\n  sdkgen {sdk.values!r}\n  oracle {oracle.values!r}"
    if sdk.accepted == oracle.accepted or (lenient and sdk.accepted):
        return None
    if sdk.accepted:
        return f"{label}: sdkgen accepts, the oracle refuses: {oracle.error}"
    return f"{label}: the oracle accepts, sdkgen refuses: {sdk.error}"


# The values fed to both ------------------------------------------------------------------


def fixture(reading: Reading, key: str) -> dict[str, Any]:
    text = (Path(reading.package.__file__).parent / "fixtures" / f"{key}.json").read_text()
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def every_input(operation: IrOperation) -> Request:
    """A request giving every documented input, nested fields too: sdkgen's own example
    values, which fit their schemas."""
    request: Request = {
        place: {
            p.name: example_value(p.name, p.schema)
            for p in operation.parameters
            if p.location == place
        }
        for place in ("path", "query")
    }
    if operation.request_body is not None:
        request["body"] = full_example("", operation.request_body.schema)
    return request


def page_examples(
    schema: Schema, where: tuple[str | int, ...] = ()
) -> Iterator[tuple[tuple[str | int, ...], Any]]:
    """(where in a value, an example the page gives) for every node of `schema` that has
    one; an array's items are reached at index 0."""
    if schema.example is not None:
        for example in example_readings(schema, schema.example):
            yield where, example
    for prop in schema.properties:
        yield from page_examples(prop.schema, (*where, prop.name))
    if schema.items is not None:
        yield from page_examples(schema.items, (*where, 0))


def example_readings(schema: Schema, example: Any) -> Iterator[Any]:
    """The values an `example` stands for, as KuCoin's pages write them (see docs/pages.md,
    "What a page may get wrong"): a list for a scalar is a list of examples, and a bare item
    for an array is a one-item array."""
    if schema.type != "array" and isinstance(example, list):
        yield from example
    elif schema.type == "array" and not isinstance(example, list):
        yield [example]
    else:
        yield example


def put(value: Any, where: tuple[str | int, ...], item: Any) -> Any:
    """A copy of `value` with `item` at `where`; None when `where` is not in `value` (a
    field may be added to an object there, not an item to a list)."""
    if not where:
        return copy.deepcopy(item)
    result = copy.deepcopy(value)
    parent = result
    for step in where[:-1]:
        if not _holds(parent, step):
            return None
        parent = parent[step]
    last = where[-1]
    if not (_holds(parent, last) or (isinstance(parent, dict) and isinstance(last, str))):
        return None
    parent[last] = copy.deepcopy(item)
    return result


def _holds(container: Any, step: str | int) -> bool:
    if isinstance(container, dict):
        return isinstance(step, str) and step in container
    return isinstance(container, list) and isinstance(step, int) and step < len(container)


def request_with_examples(operation: IrOperation, base: Request) -> Iterator[tuple[str, Request]]:
    """`base` with one page example put in, for each example of an input."""
    for parameter in operation.parameters:
        if parameter.location not in ("path", "query"):
            continue
        for _, example in page_examples(parameter.schema):
            request = copy.deepcopy(base)
            request[parameter.location][parameter.name] = example
            yield f"{parameter.location}.{parameter.name} example {example!r}", request
    if operation.request_body is not None:
        for where, example in page_examples(operation.request_body.schema):
            body = put(base["body"], where, example)
            if body is not None:
                yield f"body{_dotted(where)} example {example!r}", {**base, "body": body}


def _dotted(where: tuple[str | int, ...]) -> str:
    return "".join(f"[{step}]" if isinstance(step, int) else f".{step}" for step in where)


WRONG_TYPE: dict[str, Any] = {
    "string": 12345,
    "integer": "not a number",
    "number": "not a number",
    "boolean": "not a boolean",
    "array": "not a list",
    "object": "not an object",
}
"""A value no schema of the type accepts, even read laxly (pydantic reads "1" as 1)."""


def wrong_values(
    schema: Schema, value: Any, where: tuple[str | int, ...] = ()
) -> Iterator[tuple[str, tuple[str | int, ...], Any]]:
    """(what is wrong, where, a value to put there) for every node of `schema` present in
    `value`; a removal is the value REMOVE."""
    # An object's inputs are arguments one by one: the whole object is never one value.
    if schema.type in WRONG_TYPE and (where or schema.type != "object"):
        yield f"wrong type at {_dotted(where) or 'top'}", where, WRONG_TYPE[schema.type]
    if schema.enum:
        outside: Any = "NOT-A-DOCUMENTED-VALUE" if schema.type == "string" else 987654321
        yield f"value outside the enum at {_dotted(where) or 'top'}", where, outside
    if isinstance(value, dict):
        for name in schema.required:
            if name in value:
                yield f"required {_dotted((*where, name))} missing", (*where, name), REMOVE
        yield f"undocumented field in {_dotted(where) or 'top'}", (*where, "undocumentedField"), 1
        for prop in schema.properties:
            if prop.name in value:
                yield from wrong_values(prop.schema, value[prop.name], (*where, prop.name))
    if isinstance(value, list) and value and schema.items is not None:
        yield from wrong_values(schema.items, value[0], (*where, 0))


REMOVE = object()


def input_schemas(operation: IrOperation) -> Iterator[tuple[str, Schema]]:
    """The schema of each place of `operation`'s inputs: its parameters of one place as the
    properties of one object, and its body."""
    for place in ("path", "query"):
        parameters = [p for p in operation.parameters if p.location == place]
        if parameters:
            yield place, Schema(
                type="object",
                required=tuple(p.name for p in parameters if p.required),
                properties=tuple(Property(p.name, p.schema) for p in parameters),
            )
    if operation.request_body is not None:
        yield "body", operation.request_body.schema


def wrong_requests(operation: IrOperation, base: Request) -> Iterator[tuple[str, Request]]:
    """`base` made wrong in one place, for every place the page's schemas say something."""
    for place, schema in input_schemas(operation):
        for what, where, value in wrong_values(schema, base[place]):
            yield f"{place}: {what}", _changed(base, place, where, value)


def _changed(base: Request, place: str, where: tuple[str | int, ...], value: Any) -> Request:
    request = copy.deepcopy(base)
    if value is REMOVE:
        parent = request[place]
        for step in where[:-1]:
            parent = parent[step]
        del parent[where[-1]]
        return request
    changed = put(request[place], where, value)
    assert changed is not None or not where
    request[place] = changed if where else copy.deepcopy(value)
    return request


# The tests -------------------------------------------------------------------------------


def test_both_read_every_fixture_alike(reading: Reading) -> None:
    problems = []
    for key, operation, _, oracle in reading.operations():
        loaded = fixture(reading, key)
        request = loaded["request"]
        found = disagreement(
            f"{key} fixture request",
            sdk_request(operation, request),
            oracle_request(oracle, request),
        )
        problems.append(found)
        data = loaded["response"][reading.data_key]
        found = disagreement(
            f"{key} fixture data",
            sdk_data(operation, data),
            oracle_data(oracle, data),
            lenient=True,
        )
        problems.append(found)
    assert [p for p in problems if p] == []


def test_both_read_a_request_giving_every_input_alike(reading: Reading) -> None:
    problems = []
    for key, operation, ir, oracle in reading.operations():
        request = every_input(ir)
        sdk, theirs = sdk_request(operation, request), oracle_request(oracle, request)
        problems.append(disagreement(f"{key} every input", sdk, theirs))
        problems.append(None if sdk.accepted else f"{key} every input: refused: {sdk.error}")
    assert [p for p in problems if p] == []


def test_both_read_every_page_example_alike(reading: Reading) -> None:
    problems = []
    for key, operation, ir, oracle in reading.operations():
        for label, request in request_with_examples(ir, every_input(ir)):
            found = disagreement(
                f"{key} {label}", sdk_request(operation, request), oracle_request(oracle, request)
            )
            problems.append(found)
        response = ir.response("200")
        if response is None or response.schema is None:
            continue
        data_schema = response.schema.find_property(reading.data_key) or response.schema
        base = fixture(reading, key)["response"][reading.data_key]
        for where, example in page_examples(data_schema):
            data = put(base, where, example)
            if data is None:
                continue
            label = f"{key} data{_dotted(where)} example {example!r}"
            found = disagreement(
                label, sdk_data(operation, data), oracle_data(oracle, data), lenient=True
            )
            problems.append(found)
    assert [p for p in problems if p] == []


def test_both_refuse_a_wrong_request(reading: Reading) -> None:
    problems = []
    for key, operation, ir, oracle in reading.operations():
        for label, request in wrong_requests(ir, every_input(ir)):
            sdk, theirs = sdk_request(operation, request), oracle_request(oracle, request)
            if sdk.accepted or theirs.accepted:
                who = [name for name, o in (("sdkgen", sdk), ("oracle", theirs)) if o.accepted]
                problems.append(f"{key} {label}: accepted by {' and '.join(who)}: {request}")
    assert problems == []


OTHER_TYPE: dict[str, tuple[Any, ...]] = {
    "string": (1, 1.5, True),
    "integer": (True, 1.0, 1.5, "7", "x"),
    "number": (True, "2.5", math.nan, math.inf),
    "boolean": (1, 0, 2, "true", "yes"),
}
"""Values of another JSON type than the schema's, some of which pydantic reads laxly ("7" as
7): here the two need not refuse, but must agree."""


def other_type_values(
    schema: Schema, value: Any, where: tuple[str | int, ...] = ()
) -> Iterator[tuple[str, tuple[str | int, ...], Any, Schema]]:
    """(what, where, a value of another type, the schema there) for every scalar node of
    `schema` present in `value`, and null for every required field."""
    for other in OTHER_TYPE.get(schema.type or "", ()):
        yield f"{other!r} for a {schema.type} at {_dotted(where)}", where, other, schema
    if isinstance(value, dict):
        for prop in schema.properties:
            if prop.name not in value:
                continue
            if prop.name in schema.required:
                what = f"null for required {_dotted((*where, prop.name))}"
                yield what, (*where, prop.name), None, prop.schema
            yield from other_type_values(prop.schema, value[prop.name], (*where, prop.name))
    if isinstance(value, list) and value and schema.items is not None:
        yield from other_type_values(schema.items, value[0], (*where, 0))


def oracle_reads_as_a_number(schema: Schema, value: Any) -> bool:
    """Whether the oracle's fault explains its accepting `value`: datamodel-code-generator
    types `number` as float, and pydantic's float reads true as 1.0 and takes NaN and
    infinities, none of which is a JSON number. sdkgen's Decimal refuses all three."""
    non_finite = isinstance(value, float) and not math.isfinite(value)
    return schema.type == "number" and (isinstance(value, bool) or non_finite)


def test_both_read_values_of_another_type_alike(reading: Reading) -> None:
    problems = []
    for key, operation, ir, oracle in reading.operations():
        base = every_input(ir)
        for place, schema in input_schemas(ir):
            for what, where, value, node in other_type_values(schema, base[place]):
                request = _changed(base, place, where, value)
                sdk, theirs = sdk_request(operation, request), oracle_request(oracle, request)
                if theirs.accepted and not sdk.accepted and oracle_reads_as_a_number(node, value):
                    continue
                problems.append(disagreement(f"{key} {place}: {what}", sdk, theirs))
    assert [p for p in problems if p] == []


def test_the_oracle_reads_true_and_nan_as_numbers_and_sdkgen_does_not(reading: Reading) -> None:
    """The one known fault of the oracle, kept in sight: when datamodel-code-generator or
    pydantic stop reading these as numbers, the exemption above can go."""
    for key, operation, ir, oracle in reading.operations():
        base = every_input(ir)
        for place, schema in input_schemas(ir):
            for _, where, value, node in other_type_values(schema, base[place]):
                if oracle_reads_as_a_number(node, value):
                    request = _changed(base, place, where, value)
                    assert oracle_request(oracle, request).accepted, (key, where, value)
                    assert not sdk_request(operation, request).accepted, (key, where, value)


ENUMS = REPO / "tests" / "data" / "edge" / "enums.md"


@pytest.mark.parametrize("reading", [ENUMS], indirect=True, ids=["enums"])
def test_the_comparison_notices_models_that_read_a_page_differently(reading: Reading) -> None:
    """The oracle built from a doctored export (a `mode` value dropped, `ratio` required)
    disagrees with sdkgen's models of the page on what the doctoring touched."""
    document = export(dump_openapi(reading.api))
    body = document["paths"]["/api/v1/settings"]["post"]["requestBody"]["content"]
    schema = body["application/json"]["schema"]
    schema["properties"]["mode"]["enum"].remove("auto")
    schema["required"] = ["ratio"]
    doctored = oracle_operations(document, reading.data_key, "oracle_doctored_enums_models")
    operation = reading.package.OPERATIONS["update_settings"]
    oracle = doctored[("POST", "/api/v1/settings")]
    ratio_only = {"path": {}, "query": {}, "body": {"ratio": 1.5}}
    auto = {"path": {}, "query": {}, "body": {"mode": "auto", "ratio": 1.5}}
    assert (
        disagreement("", sdk_request(operation, ratio_only), oracle_request(oracle, ratio_only))
        is None
    )
    requests: tuple[dict[str, dict[str, Any]], ...] = ({"path": {}, "query": {}, "body": {}}, auto)
    for request in requests:
        found = disagreement("", sdk_request(operation, request), oracle_request(oracle, request))
        assert found is not None and "sdkgen accepts, the oracle refuses" in found
