"""The drift check: quiet when generated/ matches spec/, a diff and exit 1 when it does not."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.cli_runner import run_in_process
from tests.support.page_edits import edit, remove_response_field, section_bounds


def test_check_is_quiet_and_exits_0_when_nothing_drifted(project: Path) -> None:
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and result.stderr == ""


def test_check_shows_a_reworded_description_and_exits_1(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("List your current orders.", "List all your open orders."))
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 1
    assert "-List your current orders." in result.stdout
    assert "+List all your open orders." in result.stdout
    assert "--- generated/README.md" in result.stdout
    # Said to whoever runs the tool, installed or not: no make target of this project.
    assert "`sdkgen generate` writes it anew" in result.stderr
    assert "make " not in result.stderr


def test_check_reports_a_hand_edit_of_the_generated_code(project: Path) -> None:
    client = project / "generated" / "src" / "kucoin_futures" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# edited by hand\n")
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 1
    assert "-# edited by hand" in result.stdout


def test_check_reports_a_missing_and_an_extra_file(project: Path) -> None:
    (project / "generated" / "src" / "kucoin_futures" / "py.typed").unlink()
    (project / "generated" / "stray.txt").write_text("left over\n")
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 1
    assert "+++ generated/src/kucoin_futures/py.typed (regenerated)" in result.stdout
    assert "--- generated/stray.txt" in result.stdout


def test_check_reports_a_missing_or_stale_manifest(project: Path) -> None:
    manifest = project / "generated" / ".sdkgen" / "FILES"
    manifest.write_text(manifest.read_text() + "src/kucoin_futures/gone.py\n")
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 1
    assert "-src/kucoin_futures/gone.py" in result.stdout
    manifest.unlink()
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 1
    assert "+++ generated/.sdkgen/FILES (regenerated)" in result.stdout


def test_check_ignores_tool_caches(project: Path) -> None:
    cache = project / "generated" / ".mypy_cache"
    cache.mkdir()
    (cache / "data.bin").write_bytes(b"\x89PNG\x00")
    (project / "generated" / "src" / "kucoin_futures" / "__pycache__").mkdir()
    assert run_in_process(["check"], cwd=project).returncode == 0


def test_a_broken_page_is_an_error_not_drift(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    page.write_text(page.read_text(encoding="utf-8").replace("`GET /api/v1/orders`", "`GET`"))
    result = run_in_process(["check"], cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith("spec/futures-order.md:")


def _remove_response_field(text: str) -> str:
    return remove_response_field(text)


def _add_response_enum_value(text: str) -> str:
    new = edit(
        text,
        "Get Order List",
        r'"enum": \["down", "up", ""\],\n(\s*)"x-api-enum": \[\n',
        '"enum": ["both", "down", "up", ""],\n\\1"x-api-enum": [\n'
        '{"value": "both", "name": "both", "description": "Triggers both ways."},\n',
        "> 200 Response",
    )
    return edit(
        new, "Get Order List", r"^(\| stop +\| )down  \|\n", r"\1both  |\n\g<0>", "> 200 Response"
    )


def _change_a_type(text: str) -> str:
    new = edit(
        text,
        "Add Order",
        r'("leverage": \{\n\s*"type": )"integer"',
        r'\1"string"',
        "> Body parameter",
    )
    return edit(
        new, "Add Order", r"^(\| » leverage +\| body \| )integer", r"\1string ", "> Body parameter"
    )


def _add_an_operation(text: str) -> str:
    start, end = section_bounds(text, "Cancel All Orders - V1")
    copy = (
        text[start:end]
        .replace("## Cancel All Orders - V1", "## Cancel All Orders - V9")
        .replace("`DELETE /api/v1/orders`", "`DELETE /api/v9/orders`")
    )
    return text[:end] + copy + text[end:]


def _reword_a_description(text: str) -> str:
    return edit(
        text,
        "Cancel All Orders - V1",
        r"^Cancel all open orders \(excluding stop orders\)\.",
        "Cancels every open order except stop orders.",
    )


@pytest.mark.parametrize(
    ("change", "level", "shows"),
    [
        (_remove_response_field, "major", "clientOid"),
        (_add_response_enum_value, "minor", "both"),
        (_change_a_type, "major", "leverage"),
        (_add_an_operation, "minor", "cancel_all_orders_v9"),
        (_reword_a_description, "patch", "Cancels every open order except stop orders."),
    ],
    ids=["remove-response-field", "add-enum-value", "change-type", "add-operation", "reword"],
)
def test_each_kind_of_page_change_is_drift_and_is_classified(
    project: Path, change: Any, level: str, shows: str
) -> None:
    page = project / "spec" / "futures-order.md"
    old = page.read_text(encoding="utf-8")
    (project / "old.md").write_text(old, encoding="utf-8")
    page.write_text(change(old), encoding="utf-8")
    drift = run_in_process(["check"], cwd=project)
    assert drift.returncode == 1
    assert shows in drift.stdout
    report = run_in_process(["diff", "old.md", "spec/futures-order.md", "--json"], cwd=project)
    assert json.loads(report.stdout)["level"] == level
    assert report.returncode == (1 if level == "major" else 0)
