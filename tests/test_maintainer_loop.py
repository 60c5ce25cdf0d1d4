"""The maintainer's loop, end to end: KuCoin edits its page, `make generate`, `make check`.

A copy of the project (every file git tracks or would track, as the working tree has it, so
uncommitted changes count) starts from the tests' seed page, generated once at 1.0.0. Then
the page is edited step by step as KuCoin edits its docs, and each step goes through what
docs/maintaining.md tells a maintainer to run: `sdkgen diff --base HEAD` (the change report), `make
generate`, `make check`, the generated package's own tests, and a commit. After each step the
version moved as the change's classification says (generator/release/diff.py), the new
changelog entry sits on top of the old history, the drift check is quiet and the package
passes its tests.

The copy reuses this interpreter and its virtualenv: `make VENV=... PY=...`, with `-o` on the
install stamp so that make never reinstalls sdkgen (in editable mode, pointing at the copy)
into it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.page_edits import edit, section_bounds
from tests.support.pages import REPO, SEED, place_seed
from tests.support.projects import run_own_tests

PAGE = "spec/futures-order.md"
CHANGELOG_TITLE = "# Changelog\n"


# --- KuCoin's edits, each to the page as the previous step left it --------------------------


def add_a_response_field(text: str) -> str:
    """Add Order answers `data.status` too (JSON schema and table)."""
    after = "> 200 Response"
    text = edit(
        text,
        "Add Order",
        r'("description": "The user self-defined order ID."\n)(\s*)\}',
        r'\1\2},\n\2"status": {\n\2  "type": "string",\n\2  "description": "The order status."'
        r"\n\2}",
        after,
    )
    return edit(
        text,
        "Add Order",
        r"^(\| »» clientOid .*\n)",
        r"\1| »» status | string | false | none | The order status. |\n",
        after,
    )


def remove_a_request_enum_value(text: str) -> str:
    """Add Order's `stp` no longer takes CB (enum, x-api-enum and Enumerated Values)."""
    after = "> Body parameter"
    text = edit(text, "Add Order", r'"enum": \["CN", "CO", "CB"\]', '"enum": ["CN", "CO"]', after)
    text = edit(
        text,
        "Add Order",
        r',\n\s*\{\n\s*"value": "CB",\n\s*"name": "CB",\n\s*"description": "[^"]*"\n\s*\}',
        "",
        after,
    )
    return edit(text, "Add Order", r"^\| » stp +\| CB +\|\n", "", after)


def reword_a_description(text: str) -> str:
    return edit(
        text, "Get Order List", r"^List your current orders\.", "List all your open orders."
    )


def add_an_operation(text: str) -> str:
    """A copy of Cancel All Orders - V1 under a new summary and path."""
    start, end = section_bounds(text, "Cancel All Orders - V1")
    copy = (
        text[start:end]
        .replace("## Cancel All Orders - V1", "## Cancel All Orders - V9")
        .replace("`DELETE /api/v1/orders`", "`DELETE /api/v9/orders`")
    )
    return text[:end] + copy + text[end:]


def remove_an_operation(text: str) -> str:
    start, end = section_bounds(text, "Cancel All Stop orders")
    return text[:start] + text[end:]


# (edit, its bump, the version after it, the changelog section and a fragment of its entry)
STEPS: list[tuple[Callable[[str], str], str, str, str, str]] = [
    (add_a_response_field, "minor", "1.1.0", "Additions", "`response.data.status`: added"),
    (remove_a_request_enum_value, "major", "2.0.0", "Breaking changes", 'value "CB" removed'),
    (reword_a_description, "patch", "2.0.1", "Documentation", "`GET /api/v1/orders`: descr"),
    (add_an_operation, "minor", "2.1.0", "Additions", "operation added: Cancel All Orders - V9"),
    (remove_an_operation, "major", "3.0.0", "Breaking changes", "removed: Cancel All Stop orders"),
]


# --- the copy of the project -----------------------------------------------------------------


def _env() -> dict[str, str]:
    """This environment without what would leak the outer run into the copy: git's
    repository variables (when run from a hook), an outer make's flags, PYTHONPATH."""
    leaks = ("MAKEFLAGS", "MAKELEVEL", "MFLAGS", "PYTHONPATH")
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k not in leaks}
    return {**env, "PYTHONDONTWRITEBYTECODE": "1"}


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        args, cwd=cwd, env=_env(), capture_output=True, text=True, check=False, timeout=600
    )


def make(target: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    venv = Path(sys.prefix)
    stamp = venv / ".installed-stamp"
    args = ["make", "-s", "--no-print-directory", "-o", str(stamp), target]
    return run([*args, f"VENV={venv}", f"PY={sys.executable}"], cwd)


def git(cwd: Path, *args: str) -> None:
    identity = ["-c", "user.name=sdkgen tests", "-c", "user.email=tests@sdkgen.invalid"]
    result = run(["git", *identity, *args], cwd)
    assert result.returncode == 0, result.stderr


def copy_of_the_project(root: Path) -> Path:
    """The working tree's files (tracked, or untracked but not ignored), with the seed page
    and its config as spec/'s only page and no generated/ yet."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO)
    assert listed.returncode == 0, listed.stderr
    project = root / "project"
    for name in filter(None, listed.stdout.split("\0")):
        source = REPO / name
        if source.is_file():  # a tracked file deleted in the working tree is left out
            (project / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, project / name)
    for old in [*(project / "spec").glob("*.md"), *(project / "spec").glob("*.yaml")]:
        old.unlink()
    shutil.rmtree(project / "generated", ignore_errors=True)
    place_seed(project / "spec")
    return project


# --- what each step must leave behind --------------------------------------------------------


def version(project: Path) -> str:
    pyproject = tomllib.loads((project / "generated" / "pyproject.toml").read_text())
    value: str = pyproject["project"]["version"]
    return value


def changelog(project: Path) -> str:
    return (project / "generated" / "CHANGELOG.md").read_text(encoding="utf-8")


def check_is_quiet_and_the_package_passes_its_tests(project: Path) -> None:
    check = make("check", project)
    assert (check.returncode, check.stdout, check.stderr) == (0, "", ""), check.stdout[-3000:]
    tests = run_own_tests(project / "generated", env=_env())
    assert tests.returncode == 0, tests.stdout[-3000:] + tests.stderr
    assert " passed" in tests.stdout


@pytest.mark.slow
def test_page_edits_replayed_through_make_generate_move_the_version_and_changelog(
    tmp_path: Path,
) -> None:
    project = copy_of_the_project(tmp_path)
    # The copy's own generator runs, not the one this virtualenv has installed.
    where = run([sys.executable, "-c", "import generator; print(generator.__file__)"], project)
    assert Path(where.stdout.strip()).resolve().is_relative_to(project.resolve()), where

    first = make("generate", project)
    assert first.returncode == 0, first.stdout + first.stderr
    assert version(project) == "1.0.0"
    assert changelog(project) == (
        "# Changelog\n\n## 1.0.0\n\nFirst version, generated from the API documentation.\n"
    )
    check_is_quiet_and_the_package_passes_its_tests(project)
    git(project, "init", "--quiet")
    git(project, "add", "--all")
    git(project, "commit", "--quiet", "--message", "the seed, generated")

    page = project / PAGE
    assert page.read_text(encoding="utf-8") == SEED.read_text(encoding="utf-8")
    for change, level, expected_version, section, entry in STEPS:
        step = change.__name__
        page.write_text(change(page.read_text(encoding="utf-8")), encoding="utf-8")
        before = changelog(project)

        diff = [sys.executable, "-m", "generator", "diff", "--base", "HEAD", PAGE, "--json"]
        report = run(diff, project)
        assert report.returncode == (1 if level == "major" else 0), f"{step}: {report.stderr}"
        assert json.loads(report.stdout)["level"] == level, step

        generated = make("generate", project)
        assert generated.returncode == 0, f"{step}: {generated.stdout}{generated.stderr}"
        assert version(project) == expected_version, step

        after = changelog(project)
        top, _, history = after.removeprefix(CHANGELOG_TITLE + "\n").partition("\n\n## ")
        assert top.startswith(f"## {expected_version}\n\n### {section}\n\n- "), f"{step}: {top}"
        assert [line for line in top.split("\n") if line.startswith("### ")] == [f"### {section}"]
        assert entry in top, f"{step}: {top}"
        assert "## " + history == before.removeprefix(CHANGELOG_TITLE + "\n"), step

        check_is_quiet_and_the_package_passes_its_tests(project)
        git(project, "commit", "--quiet", "--all", "--message", step)
