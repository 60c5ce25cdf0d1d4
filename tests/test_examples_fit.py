"""Example values always fit their schema and the config's bounds, whatever the page's
example and default say: the fixtures built from them validate against the models."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.config import FieldBounds
from generator.config.facts import with_bounds
from generator.ir.model import EnumValue, JsonValue, Schema
from generator.ir.values import as_type, value_problem
from generator.sdk.examples import example_value

# A name of no rule and a name of each rule of generator.sdk.example_names: what the name
# suggests must give way to the schema and the bounds.
NAMES = [
    "field",
    "clientOid",
    "orderId",
    "uid",
    "createdAt",
    "expireDate",
    "sequence",
    "currentPage",
    "pageSize",
    "totalNum",
    "symbol",
    "baseCurrency",
    "feeCurrency",
    "bestBid",
    "bestBidSize",
    "takerFee",
    "feeRate",
    "priceIncrement",
    "leverage",
    "funds",
]

# Patterns every length from 1 up can match, so any satisfiable length fits them.
PATTERNS = [None, r"^[a-z]+$", r"^[0-9]+(\.[0-9]+)?$", r"^[A-Z][a-z0-9_-]*$", r"^\w+$"]

page_values: st.SearchStrategy[JsonValue] = st.one_of(
    st.none(),
    st.integers(-200, 200),
    st.floats(-200, 200, allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.booleans(),
    st.lists(st.one_of(st.integers(-5, 5), st.text(max_size=5)), max_size=4),
)


@st.composite
def strings(draw: st.DrawFn) -> Schema:
    low = draw(st.integers(1, 6))
    high = draw(st.one_of(st.none(), st.integers(low, low + 12)))
    return Schema(
        type="string",
        min_length=low,
        max_length=high,
        pattern=draw(st.sampled_from(PATTERNS)),
        example=draw(page_values),
        default=draw(page_values),
    )


@st.composite
def integers(draw: st.DrawFn) -> Schema:
    step = draw(st.sampled_from([None, 1, 2, 5, 10]))
    low = draw(st.one_of(st.none(), st.integers(-1000, 1000)))
    width = draw(st.integers(2 * (step or 1) + 2, 5000))
    high = draw(st.one_of(st.none(), st.just(None if low is None else low + width)))
    return Schema(
        type="integer",
        format=draw(st.sampled_from([None, "int32", "int64"])),
        minimum=low,
        maximum=high,
        exclusive_minimum=draw(st.booleans()) if low is not None else False,
        exclusive_maximum=draw(st.booleans()) if high is not None else False,
        multiple_of=step,
        example=draw(page_values),
        default=draw(page_values),
    )


@st.composite
def numbers(draw: st.DrawFn) -> Schema:
    step = draw(st.sampled_from([None, 0.01, 0.5, 2]))
    low = draw(st.one_of(st.none(), st.integers(-100, 100), st.sampled_from([0, 0.1, 2.5])))
    width = draw(st.sampled_from([0.05, 1, 3, 1000])) if step is None else 3 * step + 1
    high = draw(st.one_of(st.none(), st.just(None if low is None else low + width)))
    return Schema(
        type="number",
        minimum=low,
        maximum=high,
        exclusive_minimum=draw(st.booleans()) if low is not None else False,
        exclusive_maximum=draw(st.booleans()) if high is not None else False,
        multiple_of=step,
        example=draw(page_values),
        default=draw(page_values),
    )


@st.composite
def enums(draw: st.DrawFn) -> Schema:
    values = draw(st.lists(st.sampled_from(["buy", "sell", "", "BUY"]), min_size=1, unique=True))
    return Schema(
        type="string",
        enum=tuple(EnumValue(v) for v in values),
        example=draw(page_values),
        default=draw(page_values),
    )


@st.composite
def arrays(draw: st.DrawFn) -> Schema:
    low = draw(st.integers(0, 3))
    return Schema(
        type="array",
        items=draw(st.one_of(strings(), integers(), enums())),
        min_items=low,
        max_items=draw(st.one_of(st.none(), st.integers(max(low, 1), low + 3))),
        example=draw(page_values),
    )


schemas = st.one_of(strings(), integers(), numbers(), enums(), arrays())


@st.composite
def config_bounds(draw: st.DrawFn, schema: Schema) -> FieldBounds | None:
    """Bounds a config could state for the field, which leave it satisfiable."""
    if not draw(st.booleans()):
        return None
    if schema.type == "string" and schema.pattern is None and not schema.enum:
        return FieldBounds(max_length=draw(st.integers(schema.min_length or 1, 20)))
    if schema.type == "integer" and schema.multiple_of is None and schema.maximum is None:
        floor = -50 if schema.minimum is None else int(schema.minimum) + 1
        low = draw(st.integers(floor, floor + 100))
        return FieldBounds(minimum=low, maximum=low + draw(st.integers(2, 100)))
    return None


@settings(max_examples=500)
@given(st.data())
def test_an_example_value_fits_its_schema_and_the_config_bounds(data: st.DataObject) -> None:
    name = data.draw(st.sampled_from(NAMES))
    schema = data.draw(schemas)
    bounds = data.draw(config_bounds(schema))
    by_name = {name: bounds} if bounds is not None else {}

    value = example_value(name, schema, by_name)

    assert value_problem(value, with_bounds(schema, bounds)) is None, value


def test_a_page_example_that_fits_is_kept_as_the_page_gives_it() -> None:
    schema = Schema(type="string", max_length=10, example=["XBTUSDTM", "XBTUSDCM"])

    assert example_value("symbol", schema) == "XBTUSDTM"


def test_config_bounds_narrow_the_page_example_out() -> None:
    schema = Schema(type="integer", minimum=1, maximum=100, example=75)

    assert example_value("leverage", schema) == 75
    # Without the page's 75, what the name suggests (3), inside the bounds.
    assert example_value("leverage", schema, {"leverage": FieldBounds(maximum=50)}) == 3
    assert example_value("leverage", schema, {"leverage": FieldBounds(maximum=2)}) == 2


def test_bounds_of_an_array_count_its_items_and_do_not_reach_the_items() -> None:
    schema = Schema(type="array", items=Schema(type="string", example="abcdef"))

    value = example_value("tags", schema, {"tags": FieldBounds(min_length=2, max_length=3)})

    assert value == ["abcdef", "abcdef"]


def test_absurd_lengths_and_steps_give_a_value_at_once_not_a_huge_one() -> None:
    # A fuzzed page can say anything: the example is not padded out to a gigabyte.
    text = example_value("remark", Schema(type="string", min_length=10**9))
    items = example_value(
        "tags", Schema(type="array", min_items=10**9, items=Schema(type="string"))
    )
    number = example_value("ratio", Schema(type="number", multiple_of=1e-300, maximum=1e300))

    assert isinstance(text, str) and len(text) < 100
    assert isinstance(items, list) and len(items) <= 1_000
    assert isinstance(number, (int, float))


def test_value_checks_survive_extreme_numbers() -> None:
    assert value_problem(1e308, Schema(type="number", multiple_of=1e-308)) is None
    assert value_problem(0.35, Schema(type="number", multiple_of=0.1)) is not None
    assert value_problem(0.3, Schema(type="number", multiple_of=0.1)) is None
    assert as_type("9" * 5000, "integer") == ()
    assert as_type("1e999", "number") == ()
