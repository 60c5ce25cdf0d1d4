"""The API change report: `generator.release.diff` and `sdkgen diff`.

Each end-to-end test edits a copy of the futures-order page in memory (the raw JSON Schema and
the table that repeats it, so the page stays free of warnings), runs `python -m generator diff`
on the two versions and checks the classification (from `--json`) and the exit code.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from generator.ir import formats
from generator.ir.model import Api, EnumValue, Operation, Property, RequestBody, Response, Schema
from generator.release.diff import Change, diff_apis
from generator.release.report import to_json, to_markdown
from tests.support.cli_runner import run_in_process
from tests.support.page_edits import edit, remove_response_field, section_bounds
from tests.support.pages import PAGES_DIR, REPO

ORDER_PAGE = PAGES_DIR / "futures-order.md"


@pytest.fixture(scope="module")
def page() -> str:
    return ORDER_PAGE.read_text(encoding="utf-8")


# Running the CLI --------------------------------------------------------------------------


def cli_env(**extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("GIT_")}
    env["PYTHONPATH"] = str(REPO)
    env.update(extra)
    return env


def run_cli(*args: str | Path, cwd: Path = REPO, **env: str) -> subprocess.CompletedProcess[str]:
    """`sdkgen diff ARGS`, in-process (tests/test_cli.py runs the command as a process)."""
    return run_in_process(["diff", *map(str, args)], cwd=cwd, env=env)


def run_diff(
    tmp_path: Path, old: str, new: str, *options: str
) -> tuple[subprocess.CompletedProcess[str], dict[str, Any]]:
    """`sdkgen diff --json OLD NEW`: the process and the parsed report."""
    old_path, new_path = tmp_path / "old.md", tmp_path / "new.md"
    old_path.write_text(old, encoding="utf-8")
    new_path.write_text(new, encoding="utf-8")
    result = run_cli(old_path, new_path, "--json", *options)
    assert "warning" not in result.stderr, result.stderr
    assert result.returncode in (0, 1), result.stderr
    return result, json.loads(result.stdout)


def only_change(report: dict[str, Any]) -> dict[str, Any]:
    assert len(report["changes"]) == 1, report["changes"]
    change: dict[str, Any] = report["changes"][0]
    return change


# End to end, one edit each ----------------------------------------------------------------


def test_removed_response_field_is_breaking(tmp_path: Path, page: str) -> None:
    new = remove_response_field(page)
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "field-removed"
    assert change["operation"] == "POST /api/v1/orders"
    assert change["location"] == "response.data.clientOid"
    assert change["breaking"] is True
    assert change["old"] == "string"
    assert report["level"] == "major"
    assert result.returncode == 1

    allowed, report = run_diff(tmp_path, page, new, "--allow-breaking")
    assert allowed.returncode == 0
    assert report["level"] == "major"

    markdown = run_cli(tmp_path / "old.md", tmp_path / "new.md")
    assert markdown.returncode == 1
    assert "## Breaking changes" in markdown.stdout
    assert "- `POST /api/v1/orders` `response.data.clientOid`: removed" in markdown.stdout
    assert "## Additions" not in markdown.stdout


def test_enum_value_added_to_a_response_field_is_not_breaking(tmp_path: Path, page: str) -> None:
    summary, after = "Get Order List", "> 200 Response"
    new = edit(
        page,
        summary,
        r'"enum": \["down", "up", ""\],\n(\s*)"x-api-enum": \[\n',
        '"enum": ["both", "down", "up", ""],\n\\1"x-api-enum": [\n'
        '{"value": "both", "name": "both", "description": "Triggers both ways."},\n',
        after,
    )
    new = edit(new, summary, r"^(\| stop +\| )down  \|\n", r"\1both  |\n\g<0>", after)
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "enum-value-added"
    assert change["location"] == "response.data.items[].stop"
    assert change["breaking"] is False
    assert change["category"] == "addition"
    assert change["new"] == "both"
    assert "the client accepts unknown enum values" in change["detail"]
    assert report["level"] == "minor"
    assert result.returncode == 0


def test_enum_value_added_to_a_request_field_is_minor(tmp_path: Path, page: str) -> None:
    new = edit(
        page, "Get Order List", r"^\| status    \| done        \|\n", r"\g<0>| status | pending |\n"
    )
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "enum-value-added"
    assert change["operation"] == "GET /api/v1/orders"
    assert change["location"] == "query.status"
    assert change["breaking"] is False
    assert change["new"] == "pending"
    assert report["level"] == "minor"
    assert result.returncode == 0


def test_enum_value_removed_from_a_request_field_is_breaking(tmp_path: Path, page: str) -> None:
    summary, after = "Add Order", "> Body parameter"
    new = edit(page, summary, r'"enum": \["CN", "CO", "CB"\]', '"enum": ["CN", "CO"]', after)
    new = edit(
        new,
        summary,
        r',\n\s*\{\n\s*"value": "CB",\n\s*"name": "CB",\n\s*"description": "Cancel both, '
        r'Cancel both sides"\n\s*\}',
        "",
        after,
    )
    new = edit(new, summary, r"^\| » stp +\| CB +\|\n", "", after)
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "enum-value-removed"
    assert change["location"] == "request.body.stp"
    assert change["breaking"] is True
    assert change["old"] == "CB"
    assert report["level"] == "major"
    assert result.returncode == 1


def test_type_change_is_breaking(tmp_path: Path, page: str) -> None:
    summary, after = "Add Order", "> Body parameter"
    new = edit(page, summary, r'("leverage": \{\n\s*"type": )"integer"', r'\1"string"', after)
    new = edit(new, summary, r"^(\| » leverage +\| body \| )integer", r"\1string ", after)
    # The example changes with the type, or the page contradicts itself (and warns).
    new = edit(new, summary, r'("leverage": \{\n(?:.*\n){2}\s*"example": )\[3\]', r'\1["3"]', after)
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "type-changed"
    assert change["location"] == "request.body.leverage"
    assert (change["old"], change["new"]) == ("integer", "string")
    assert change["breaking"] is True
    assert result.returncode == 1


def cancel_all_v1(page: str) -> str:
    start, end = section_bounds(page, "Cancel All Orders - V1")
    return page[start:end]


def test_added_operation_is_minor(tmp_path: Path, page: str) -> None:
    section = cancel_all_v1(page)
    copy = (
        section.replace("## Cancel All Orders - V1", "## Cancel All Orders - V9")
        .replace('<a id="opId018">', '<a id="opId918">')
        .replace("`DELETE /api/v1/orders`", "`DELETE /api/v9/orders`")
    )
    assert copy.count("/api/v9/orders") == 1
    new = page.replace(section, section + copy)
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "operation-added"
    assert change["operation"] == "DELETE /api/v9/orders"
    assert change["location"] == ""
    assert change["breaking"] is False
    assert change["new"] == "cancel_all_orders_v9"
    assert report["level"] == "minor"
    assert result.returncode == 0


def test_removed_operation_is_breaking(tmp_path: Path, page: str) -> None:
    new = page.replace(cancel_all_v1(page), "")
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "operation-removed"
    assert change["operation"] == "DELETE /api/v1/orders"
    assert change["breaking"] is True
    assert report["level"] == "major"
    assert result.returncode == 1


def test_reworded_description_is_docs(tmp_path: Path, page: str) -> None:
    new = edit(
        page,
        "Cancel All Orders - V1",
        r"^Cancel all open orders \(excluding stop orders\)\.",
        "Cancels every open order except stop orders.",
    )
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "description-changed"
    assert change["category"] == "docs"
    assert change["operation"] == "DELETE /api/v1/orders"
    assert change["breaking"] is False
    assert change["new"].startswith("Cancels every open order except stop orders. The response")
    assert report["level"] == "patch"
    assert result.returncode == 0


def test_optional_request_field_made_required_is_breaking(tmp_path: Path, page: str) -> None:
    summary, after = "Add Order", "> Body parameter"
    new = edit(
        page,
        summary,
        r'"required": \["clientOid", "symbol", "side", "leverage"\]',
        '"required": ["clientOid", "symbol", "side", "leverage", "remark"]',
        after,
    )
    new = edit(new, summary, r"^(\| » remark +\| body \| string +\| )false", r"\1true ", after)
    result, report = run_diff(tmp_path, page, new)
    change = only_change(report)
    assert change["kind"] == "required-changed"
    assert change["location"] == "request.body.remark"
    assert (change["old"], change["new"]) == (False, True)
    assert change["breaking"] is True
    assert result.returncode == 1


def test_identical_pages(tmp_path: Path, page: str) -> None:
    result, report = run_diff(tmp_path, page, page)
    assert report["changes"] == []
    assert report["level"] == "none"
    assert report["breaking"] is False
    assert result.returncode == 0
    markdown = run_cli(tmp_path / "old.md", tmp_path / "new.md")
    assert markdown.returncode == 0
    assert "No changes" in markdown.stdout
    assert "##" not in markdown.stdout


def test_several_changes_come_in_page_order(tmp_path: Path, page: str) -> None:
    new = remove_response_field(page.replace(cancel_all_v1(page), ""))
    new = edit(new, "Get Order List", r"^\| status    \| done        \|\n", "")
    _, report = run_diff(tmp_path, page, new)
    assert [(c["operation"], c["location"]) for c in report["changes"]] == [
        ("POST /api/v1/orders", "response.data.clientOid"),
        ("GET /api/v1/orders", "query.status"),
        ("DELETE /api/v1/orders", ""),
    ]
    markdown = run_cli(tmp_path / "old.md", tmp_path / "new.md").stdout
    assert markdown.index("response.data.clientOid") < markdown.index("query.status")


# --base REV ------------------------------------------------------------------------------


def git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args],
        cwd=cwd,
        env=cli_env(GIT_CONFIG_NOSYSTEM="1", GIT_CONFIG_GLOBAL=os.devnull),
        check=True,
        capture_output=True,
    )


def test_base_revision(tmp_path: Path, page: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    page_path = docs / "futures-order.md"
    page_path.write_text(page, encoding="utf-8")
    git(tmp_path, "init", "-q")
    git(tmp_path, "add", "docs/futures-order.md")
    git(tmp_path, "-c", "commit.gpgsign=false", "commit", "-q", "-m", "page")
    page_path.write_text(page.replace(cancel_all_v1(page), ""), encoding="utf-8")

    result = run_cli("--base", "HEAD", "docs/futures-order.md", "--json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    change = only_change(json.loads(result.stdout))
    assert (change["kind"], change["operation"]) == ("operation-removed", "DELETE /api/v1/orders")

    from_elsewhere = run_cli("--base", "HEAD", page_path, "--allow-breaking")
    assert from_elsewhere.returncode == 0, from_elsewhere.stderr
    assert "operation removed" in from_elsewhere.stdout

    page_path.write_text(page, encoding="utf-8")
    unchanged = run_cli("--base", "HEAD", page_path)
    assert unchanged.returncode == 0
    assert "No changes" in unchanged.stdout

    bad = run_cli("--base", "no-such-rev", page_path)
    assert bad.returncode == 2
    assert bad.stdout == ""
    lines = bad.stderr.splitlines()
    assert len(lines) == 1
    assert lines[0] == f"{page_path}: error: no git revision 'no-such-rev'"


def test_base_outside_a_git_repository(tmp_path: Path, page: str) -> None:
    page_path = tmp_path / "page.md"
    page_path.write_text(page, encoding="utf-8")
    result = run_cli("--base", "HEAD", page_path, GIT_CEILING_DIRECTORIES=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"{page_path}: error: `git rev-parse")


# Usage --------------------------------------------------------------------------------------


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    page = str(ORDER_PAGE)
    # One page alone is compared with its output (tests/test_cli_targets.py); three are one
    # package, which needs a name.
    for args in ([page, page, page], ["--base", "HEAD", page, page]):
        result = run_cli(*args)
        assert result.returncode == 2, args
        assert result.stderr.startswith("sdkgen: error: "), result.stderr
    missing = run_cli(tmp_path / "missing.md", page)
    assert missing.returncode == 2
    assert missing.stderr == f"{tmp_path / 'missing.md'}: error: No such file or directory\n"


def test_help_describes_the_command() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    for words in ("OLD.md NEW.md", "--base REV PAGE.md", "--json", "--allow-breaking", "Exits 1"):
        assert words in text


# Classification, in process ---------------------------------------------------------------

STATUS = Schema(
    type="string", enum=(EnumValue("open"), EnumValue("done")), description="Order status"
)


def api(
    request: Schema | None = None, response: Schema | None = None, summary: str = "Add Order"
) -> Api:
    body = RequestBody(request) if request is not None else None
    op = Operation(
        slug="_".join(summary.lower().split()),
        method="POST",
        path="/api/v1/orders",
        summary=summary,
        request_body=body,
        responses=(Response("200", schema=response),),
    )
    return Api("futures", "1.0.0", operations=(op,))


def obj(*props: tuple[str, Schema], required: tuple[str, ...] = ()) -> Schema:
    return Schema(
        type="object", properties=tuple(Property(n, s) for n, s in props), required=required
    )


def changes(old: Api, new: Api) -> list[tuple[str, str, bool, str]]:
    return [(c.kind, c.location, c.breaking, c.category) for c in diff_apis(old, new).changes]


def test_response_enum_value_removed_is_not_breaking() -> None:
    old = api(response=obj(("status", STATUS)))
    new = api(response=obj(("status", replace(STATUS, enum=(EnumValue("open"),)))))
    diff = diff_apis(old, new)
    (change,) = diff.changes
    assert (change.kind, change.location, change.breaking) == (
        "enum-value-removed",
        "response.status",
        False,
    )
    assert "won't be returned" in change.detail
    assert diff.level == "minor"


def test_response_required_flag_is_not_breaking() -> None:
    old = api(response=obj(("status", STATUS), required=("status",)))
    new = api(response=obj(("status", STATUS)))
    assert changes(old, new) == [("required-changed", "response.status", False, "other")]
    assert changes(new, old) == [("required-changed", "response.status", False, "other")]


def test_request_required_flag_one_way_only() -> None:
    optional = api(request=obj(("status", STATUS)))
    required = api(request=obj(("status", STATUS), required=("status",)))
    assert changes(optional, required) == [
        ("required-changed", "request.body.status", True, "breaking")
    ]
    assert changes(required, optional) == [
        ("required-changed", "request.body.status", False, "other")
    ]


def test_added_and_removed_fields() -> None:
    base = obj(("a", Schema(type="string")))
    plus_optional = obj(("a", Schema(type="string")), ("b", Schema(type="integer")))
    plus_required = obj(
        ("a", Schema(type="string")), ("b", Schema(type="integer")), required=("b",)
    )
    assert changes(api(request=base), api(request=plus_optional)) == [
        ("field-added", "request.body.b", False, "addition")
    ]
    assert changes(api(request=base), api(request=plus_required)) == [
        ("field-added", "request.body.b", True, "breaking")
    ]
    assert changes(api(request=plus_optional), api(request=base)) == [
        ("field-removed", "request.body.b", True, "breaking")
    ]
    assert changes(api(response=base), api(response=plus_required)) == [
        ("field-added", "response.b", False, "addition")
    ]
    assert changes(api(response=plus_optional), api(response=base)) == [
        ("field-removed", "response.b", True, "breaking")
    ]


def test_a_format_the_sdk_does_not_type_by_is_documentation_on_both_sides() -> None:
    # int32, int64 or none: the SDK's type is int, with the same bounds, before and after.
    for before, after in (("int32", "int64"), (None, "int64"), ("int64", None)):
        old = obj(("t", Schema(type="integer", format=before)))
        new = obj(("t", Schema(type="integer", format=after)))
        assert changes(api(request=old), api(request=new)) == [
            ("format-changed", "request.body.t", False, "docs")
        ]
        assert changes(api(response=old), api(response=new)) == [
            ("format-changed", "response.t", False, "docs")
        ]
        assert diff_apis(api(request=old), api(request=new)).level == "patch"


def test_a_format_the_sdk_types_by_is_breaking_on_both_sides(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # As if the SDK typed a date-time string as datetime: the one table says so to both
    # the plan and the release side.
    monkeypatch.setattr(formats, "TYPING_FORMATS", frozenset({("string", "date-time")}))
    old = obj(("t", Schema(type="string")))
    new = obj(("t", Schema(type="string", format="date-time")))
    assert changes(api(request=old), api(request=new)) == [
        ("format-changed", "request.body.t", True, "breaking")
    ]
    assert changes(api(response=new), api(response=old)) == [
        ("format-changed", "response.t", True, "breaking")
    ]
    other = obj(("t", Schema(type="string", format="uuid")))
    assert changes(api(request=other), api(request=old)) == [
        ("format-changed", "request.body.t", False, "docs")
    ]


def test_nested_array_paths_and_docs_changes() -> None:
    def items(description: str, example: str) -> Schema:
        item = obj(("status", Schema(type="string", description=description, example=example)))
        return obj(("data", obj(("items", Schema(type="array", items=item)))))

    diff = diff_apis(api(response=items("a", "x")), api(response=items("b", "y")))
    assert [(c.kind, c.location, c.category) for c in diff.changes] == [
        ("description-changed", "response.data.items[].status", "docs"),
        ("example-changed", "response.data.items[].status", "docs"),
    ]
    assert diff.level == "patch"


def test_summary_change_that_renames_the_operation_is_breaking() -> None:
    assert changes(api(summary="Add Order"), api(summary="Place Order")) == [
        ("operation-renamed", "", True, "breaking")
    ]
    assert changes(api(summary="Add Order"), api(summary="Add  order")) == [
        ("summary-changed", "", False, "docs")
    ]


def test_request_constraints_tighter_is_breaking() -> None:
    loose = obj(("s", Schema(type="string", max_length=40)))
    tight = obj(("s", Schema(type="string", max_length=20)))
    assert changes(api(request=loose), api(request=tight)) == [
        ("constraint-changed", "request.body.s", True, "breaking")
    ]
    assert changes(api(request=tight), api(request=loose)) == [
        ("constraint-changed", "request.body.s", False, "other")
    ]
    assert changes(api(response=loose), api(response=tight)) == [
        ("constraint-changed", "response.s", False, "other")
    ]


def test_renderers_are_stable() -> None:
    old = api(request=obj(("status", STATUS)), response=obj(("a", Schema(type="string"))))
    new = api(
        request=obj(("status", replace(STATUS, enum=(EnumValue("open"),)))),
        response=obj(("a", Schema(type="string", description="A.")), ("b", Schema(type="string"))),
    )
    diff = diff_apis(old, new)
    assert diff.level == "major"
    document = json.loads(to_json(diff))
    assert list(document) == ["old", "new", "level", "breaking", "changes"]
    assert list(document["changes"][0]) == [
        "kind",
        "category",
        "breaking",
        "operation",
        "location",
        "detail",
        "old",
        "new",
    ]
    assert to_json(diff) == to_json(diff_apis(old, new))
    markdown = to_markdown(diff)
    headings = [line for line in markdown.splitlines() if line.startswith("#")]
    assert headings == [
        "# API change report: futures v1.0.0",
        "## Breaking changes",
        "## Additions",
        "## Documentation",
    ]
    assert '- `POST /api/v1/orders` `request.body.status`: enum value "done" removed' in markdown
    assert isinstance(diff.changes[0], Change)
