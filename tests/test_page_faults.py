"""Pages that contradict themselves still give a correct IR, with a located warning.

KuCoin's pages cannot be fixed by the people who generate from them, so a fact the page gets
wrong is read as well as it can be, and a warning at the page line says what was contradicted
and what sdkgen did. Each class of fault has its own small page under tests/data/faults.
"""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import ParseWarning
from generator.ir.model import Api, Operation, Parameter
from generator.read.parse import ParseResult, parse_file

FAULTS = Path(__file__).resolve().parent / "data" / "faults"


def parse(name: str) -> ParseResult:
    return parse_file(FAULTS / name)


def operation(api: Api, summary: str) -> Operation:
    matches = [op for op in api.operations if op.summary == summary]
    assert len(matches) == 1, summary
    return matches[0]


def parameter(op: Operation, name: str) -> Parameter:
    return next(p for p in op.parameters if p.name == name)


def page_line(name: str, needle: str, *, after: str | None = None) -> int:
    """The 1-based line of the page that holds `needle` (after the line holding `after`)."""
    lines = (FAULTS / name).read_text(encoding="utf-8").split("\n")
    start = 0
    if after is not None:
        start = next(i for i, line in enumerate(lines) if after in line) + 1
    return next(i for i in range(start, len(lines)) if needle in lines[i]) + 1


def warnings_at(result: ParseResult, line: int) -> list[ParseWarning]:
    return [w for w in result.warnings if w.location.line == line]


# --- Enumerated Values after Detailed descriptions ------------------------------------------


def test_parameter_enumerated_values_after_detailed_descriptions_give_the_parameters_enums() -> (
    None
):
    result = parse("parameter-sections.md")

    assert result.warnings == ()
    op = operation(result.api, "Get Order List")
    assert [v.value for v in parameter(op, "market").schema.enum] == ["spot", "margin"]
    assert [v.value for v in parameter(op, "status").schema.enum] == ["active", "done"]
    assert [v.value for v in parameter(op, "side").schema.enum] == ["buy", "sell"]
    # The Detailed descriptions before the table still give the full description.
    assert parameter(op, "status").description == (
        "active or done, done as default. Only list orders for a specific status."
    )
