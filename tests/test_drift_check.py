"""The drift check: quiet when generated/ matches spec/, a diff and exit 1 when it does not."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.test_cli import run_cli


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the project's spec/ and generated/, as a fresh clone has them."""
    shutil.copytree(REPO / "spec", tmp_path / "spec")
    shutil.copytree(
        REPO / "generated",
        tmp_path / "generated",
        ignore=shutil.ignore_patterns(".*", "__pycache__"),
    )
    return tmp_path


def test_check_is_quiet_and_exits_0_when_nothing_drifted(project: Path) -> None:
    result = run_cli("check", cwd=project)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "" and result.stderr == ""


def test_check_shows_a_reworded_description_and_exits_1(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    text = page.read_text(encoding="utf-8")
    page.write_text(text.replace("List your current orders.", "List all your open orders."))
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert "-List your current orders." in result.stdout
    assert "+List all your open orders." in result.stdout
    assert "--- generated/README.md" in result.stdout
    assert "run `make generate`" in result.stderr


def test_check_reports_a_hand_edit_of_the_generated_code(project: Path) -> None:
    client = project / "generated" / "kucoin_futures" / "client.py"
    client.write_text(client.read_text(encoding="utf-8") + "# edited by hand\n")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert "-# edited by hand" in result.stdout


def test_check_reports_a_missing_and_an_extra_file(project: Path) -> None:
    (project / "generated" / "kucoin_futures" / "py.typed").unlink()
    (project / "generated" / "stray.txt").write_text("left over\n")
    result = run_cli("check", cwd=project)
    assert result.returncode == 1
    assert "+++ generated/kucoin_futures/py.typed (regenerated)" in result.stdout
    assert "--- generated/stray.txt" in result.stdout


def test_check_ignores_tool_caches(project: Path) -> None:
    cache = project / "generated" / ".mypy_cache"
    cache.mkdir()
    (cache / "data.bin").write_bytes(b"\x89PNG\x00")
    (project / "generated" / "kucoin_futures" / "__pycache__").mkdir()
    assert run_cli("check", cwd=project).returncode == 0


def test_a_broken_page_is_an_error_not_drift(project: Path) -> None:
    page = project / "spec" / "futures-order.md"
    page.write_text(page.read_text(encoding="utf-8").replace("`GET /api/v1/orders`", "`GET`"))
    result = run_cli("check", cwd=project)
    assert result.returncode == 2
    assert result.stderr.startswith("spec/futures-order.md:")
