"""The config's bounds and rules are facts of the API the package is generated from: they go
into the IR snapshot, so a new rule or a tighter bound is a release (a breaking one: requests
the SDK sent before are refused) and `sdkgen diff` reports it, like a change of the page."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.config import load_config
from generator.config.facts import with_config_facts
from generator.ir.model import RULES_EXTENSION
from generator.read.parse import parse_file
from tests.support.pages import SEED, SEED_CONFIG


def _edit_config(project: Path, edit: dict[str, object]) -> None:
    config = project / "spec" / "futures-order.yaml"
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    for key, value in edit.items():
        section = data.setdefault(key, {})
        assert isinstance(section, dict) and isinstance(value, dict)
        section.update(value)
    config.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _add_placement_rule(project: Path, rule: dict[str, object]) -> None:
    """Add a rule to the seed config's order placement rules (add_order and its twins)."""
    config = project / "spec" / "futures-order.yaml"
    data = yaml.safe_load(config.read_text(encoding="utf-8"))
    data["rule_sets"]["order_placement"].append(rule)
    config.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def _generate(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    assert main(["generate", str(page), "--out", str(project / "generated")]) == 0


def _latest_entry(project: Path) -> str:
    changelog = (project / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")
    return changelog.split("\n## ", 2)[1]


def test_the_snapshot_records_the_configs_bounds_and_rules() -> None:
    api = with_config_facts(parse_file(SEED).api, load_config(SEED_CONFIG))
    (add_order,) = [op for op in api.operations if op.slug == "add_order"]
    assert add_order.request_body is not None
    body = add_order.request_body.schema
    client_oid = body.find_property("clientOid")
    assert client_oid is not None and client_oid.max_length == 40
    rules = dict(body.extensions)[RULES_EXTENSION]
    assert isinstance(rules, list)
    assert {"exactly_one_of": ["size", "qty", "valueQty"], "unless": {"closeOrder": True}} in rules


def test_a_new_rule_in_the_config_is_a_breaking_release(project: Path) -> None:
    _generate(project)  # the same config: nothing to release
    assert (project / "generated" / "CHANGELOG.md").read_text().count("\n## ") == 1
    _add_placement_rule(project, {"when": {"type": "market"}, "forbid": ["price"]})
    _generate(project)
    entry = _latest_entry(project)
    assert entry.startswith("2.0.0") and "### Breaking changes" in entry
    assert 'request rule added: price not allowed when type is "market"' in entry


def test_an_optional_rule_relaxes_requests_and_is_not_breaking(project: Path) -> None:
    _add_placement_rule(project, {"when": {"reduceOnly": True}, "optional": ["leverage"]})
    _generate(project)
    entry = _latest_entry(project)
    assert entry.startswith("1.1.0") and "Breaking" not in entry
    assert "request rule added: leverage optional when reduceOnly is true" in entry


def test_a_tighter_bound_in_the_config_is_a_breaking_release(project: Path) -> None:
    _edit_config(project, {"fields": {"remark": {"max_length": 50}}})
    _generate(project)
    entry = _latest_entry(project)
    assert entry.startswith("2.0.0")
    assert "`request.body.remark`: maxLength: 100 → 50" in entry


def test_diff_base_reports_a_config_change_of_the_page(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-C", str(project)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "spec"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "spec"], check=True)
    _edit_config(project, {"fields": {"remark": {"max_length": 50}}})
    capsys.readouterr()
    assert main(["diff", "--base", "HEAD", str(project / "spec" / "futures-order.md")]) == 1
    assert "maxLength: 100 → 50" in capsys.readouterr().out
