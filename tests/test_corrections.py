"""Corrections in the config: a fact of the page the maintainer knows is wrong (the seed's
`stopPrice`, documented as an integer, arrives as a decimal string) is set right for one
field of one operation, validated against the page, shown in the IR snapshot, and
reported by `sdkgen diff` and the changelog like any change."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.ir.corrections import EXTENSION, Correction, CorrectionError, apply_corrections
from generator.ir.model import Schema
from generator.read.parse import parse_file
from tests.support.pages import SEED

STOP_PRICE = "response.data.items[].stopPrice"


def _correct(project: Path, operation: str, path: str, facts: dict[str, object]) -> None:
    config = project / "spec" / "futures-order.yaml"
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    entry = data.setdefault("operations", {}).setdefault(operation, {})
    entry.setdefault("corrections", {})[path] = facts
    config.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _generate(project: Path) -> int:
    page = project / "spec" / "futures-order.md"
    return main(["generate", str(page), "--out", str(project / "generated")])


def _field(schema: Schema, *names: str) -> Schema:
    for name in names:
        if name == "[]":
            assert schema.items is not None
            schema = schema.items
        else:
            found = schema.find_property(name)
            assert found is not None, name
            schema = found
    return schema


def test_a_corrected_response_type_reaches_the_model_and_the_snapshot(project: Path) -> None:
    why = "the live API sends a decimal string"
    _correct(project, "get_order_list", STOP_PRICE, {"type": "string", "why": why})
    assert _generate(project) == 0
    package = project / "generated" / "src" / "kucoin_futures"
    models = (package / "models.py").read_text(encoding="utf-8")
    item = models.split("class GetOrderListDataItem(", 1)[1].split("\nclass ", 1)[0]
    # A string named in api.decimal_strings: a Decimal now, where the page's integer was int.
    assert "stop_price: Decimal | None" in item
    snapshot = yaml.safe_load((project / "generated" / "api.ir.yaml").read_text())
    (operation,) = [op for op in snapshot["operations"] if op["slug"] == "get_order_list"]
    text = yaml.safe_dump(operation)
    assert EXTENSION in text and why in text and "integer" in text


def test_a_correction_is_a_release_of_the_package(project: Path) -> None:
    _correct(project, "get_order_list", STOP_PRICE, {"type": "string"})
    assert _generate(project) == 0
    changelog = (project / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog.split("\n## ", 2)[1]
    assert entry.startswith("2.0.0") and "stopPrice" in entry


def test_diff_base_reports_a_correction_added_since_a_revision(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(project)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "spec"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "spec"], check=True)
    page = project / "spec" / "futures-order.md"
    capsys.readouterr()
    assert main(["diff", "--base", "HEAD", str(page)]) == 0
    assert "No changes." in capsys.readouterr().out
    _correct(project, "get_order_list", STOP_PRICE, {"type": "string"})
    assert main(["diff", "--base", "HEAD", str(page)]) == 1
    report = capsys.readouterr().out
    assert "`response.data.items[].stopPrice`" in report and "integer" in report


@pytest.mark.parametrize(
    ("operation", "path", "facts", "message"),
    [
        ("no_such_op", "query.x", {"type": "string"}, "operations.no_such_op"),
        ("get_order_list", "response.data.items[].noSuchField", {"type": "string"}, "fields:"),
        ("get_order_list", "query.noSuch", {"type": "string"}, "no query parameter"),
        ("get_order_list", "response.data.items.stopPrice", {"type": "string"}, "no field"),
        ("get_order_list", STOP_PRICE, {"type": "decimal"}, "must be one of"),
        ("get_order_list", STOP_PRICE, {"colour": "red"}, "is not a fact"),
        ("get_order_list", STOP_PRICE, {"why": "no facts"}, "sets no fact"),
        ("get_order_list", "body.x", {"type": "string"}, "must start with"),
        ("add_order", "request.body.clientOid", {"pattern": "([a-z"}, "not a regular expr"),
        ("add_order", "request.body.leverage", {"minimum": 10, "maximum": 1}, "above 'max"),
        ("add_order", "request.body.remark", {"min_length": 9, "max_length": 2}, "above 'max"),
        ("cancel_order_by_order_id", "path.orderId", {"required": False}, "always required"),
    ],
)
def test_a_correction_that_does_not_fit_the_page_is_a_located_config_error(
    project: Path,
    capsys: pytest.CaptureFixture[str],
    operation: str,
    path: str,
    facts: dict[str, object],
    message: str,
) -> None:
    before = sorted(p.relative_to(project) for p in (project / "generated").rglob("*"))
    _correct(project, operation, path, facts)
    capsys.readouterr()
    assert _generate(project) == 2
    error = capsys.readouterr().err
    config = project / "spec" / "futures-order.yaml"
    # At the line of the correction's key (the first after its operation's), or of the fact
    # below it that is wrong.
    lines = config.read_text(encoding="utf-8").splitlines()
    numbered = list(enumerate(lines, 1))
    start = next(n for n, text in numbered if text.strip() == f"{operation}:")
    line = next(n for n, text in numbered[start:] if text.strip().startswith(f"{path}:"))
    at = int(error.removeprefix(f"{config}:").split(":", 1)[0])
    assert line <= at <= line + len(facts), error
    assert message in error
    after = sorted(p.relative_to(project) for p in (project / "generated").rglob("*"))
    assert before == after


def test_required_moves_between_a_field_and_its_parent() -> None:
    api = parse_file(SEED).api
    (op,) = [op for op in api.operations if op.slug == "add_order"]
    assert op.request_body is not None and "clientOid" in op.request_body.schema.required
    fixed = apply_corrections(
        api,
        {
            "add_order": (Correction("request.body.clientOid", (("required", False),)),),
            "get_order_list": (Correction("query.status", (("required", True),)),),
        },
    )
    (add,) = [op for op in fixed.operations if op.slug == "add_order"]
    assert add.request_body is not None and "clientOid" not in add.request_body.schema.required
    note = dict(_field(add.request_body.schema, "clientOid").extensions)[EXTENSION]
    assert note == {"was": {"required": True}}
    (listing,) = [op for op in fixed.operations if op.slug == "get_order_list"]
    (status,) = [p for p in listing.parameters if p.name == "status"]
    assert status.required


def test_an_enum_correction_replaces_the_values_and_keeps_the_old_ones_in_the_note() -> None:
    api = parse_file(SEED).api
    fixed = apply_corrections(
        api,
        {"get_order_list": (Correction("query.status", (("enum", ["active", "done", "x"]),)),)},
    )
    (listing,) = [op for op in fixed.operations if op.slug == "get_order_list"]
    (status,) = [p for p in listing.parameters if p.name == "status"]
    assert [member.value for member in status.schema.enum] == ["active", "done", "x"]
    note = dict(status.schema.extensions)[EXTENSION]
    assert isinstance(note, dict)
    assert note["was"] == {"enum": ["active", "done"]}


def test_a_list_body_is_corrected_through_its_items() -> None:
    api = parse_file(SEED).api
    fixed = apply_corrections(
        api, {"batch_add_orders": (Correction("request.body[].remark", (("max_length", 50),)),)}
    )
    (batch,) = [op for op in fixed.operations if op.slug == "batch_add_orders"]
    assert batch.request_body is not None
    assert _field(batch.request_body.schema, "[]", "remark").max_length == 50
    with pytest.raises(CorrectionError, match="not a list"):
        apply_corrections(
            api, {"add_order": (Correction("request.body[].remark", (("max_length", 5),)),)}
        )


def test_a_parameter_description_and_required_are_facts_of_the_parameter() -> None:
    api = parse_file(SEED).api
    fixed = apply_corrections(
        api,
        {
            "get_order_list": (
                Correction("query.status", (("required", True), ("description", "Which ones."))),
            )
        },
    )
    (listing,) = [op for op in fixed.operations if op.slug == "get_order_list"]
    (status,) = [p for p in listing.parameters if p.name == "status"]
    assert status.required and status.description == "Which ones."
    note = dict(status.schema.extensions)[EXTENSION]
    assert isinstance(note, dict)
    assert note["was"] == {
        "required": False,
        "description": "active or done, done as default. Only list orders for a specific status",
    }
