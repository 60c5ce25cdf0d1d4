"""The import rules of ARCHITECTURE.md are import-linter contracts (pyproject.toml, run by
`make lint`): the contracts say what the table says, row by row, and a forbidden import
fails the check, naming the rule it breaks and the line of the import."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

from tests.support.pages import REPO

LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")
_ROW = re.compile(r"^\| (?P<modules>`[^|]+`) \| [^|]+ \| (?P<allowed>[^|]+) \|$")
_NAME = re.compile(r"`([^`]+)`")


def _top_level_modules() -> set[str]:
    """Every module and package directly inside generator/, by its name there."""
    folder = REPO / "generator"
    packages = {path.parent.name for path in folder.glob("*/__init__.py")}
    modules = {path.stem for path in folder.glob("*.py") if path.stem != "__init__"}
    return packages | modules


def _table() -> dict[str, set[str] | None]:
    """ARCHITECTURE.md's import table: what each module may import of the generator (names
    relative to `generator.`), or None for "any"."""
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    section = text.split("## Stages and what each may import", 1)[1].split("\n## ", 1)[0]
    rows: dict[str, set[str] | None] = {}
    for line in section.splitlines():
        row = _ROW.match(line)
        if row is None:
            continue
        allowed = row["allowed"].strip()
        for module in _NAME.findall(row["modules"]):
            name = module.removesuffix("/").removesuffix(".py")
            rows[name] = None if allowed == "any" else set(_NAME.findall(allowed))
    return rows


def _contracts() -> list[dict[str, Any]]:
    with (REPO / "pyproject.toml").open("rb") as file:
        contracts: list[dict[str, Any]] = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    return contracts


def _row_contracts() -> dict[str, dict[str, Any]]:
    """The forbidden contract of each module that has one, by the module's name."""
    return {
        contract["source_modules"][0].removeprefix("generator."): contract
        for contract in _contracts()
        if contract["type"] == "forbidden" and len(contract["source_modules"]) == 1
    }


def _lint_imports(root: Path) -> subprocess.CompletedProcess[str]:
    """import-linter over the `generator` package in `root`, with the contracts of the
    pyproject.toml there (lint-imports puts its working folder first on the path)."""
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache", "--no-logo"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_every_module_of_the_generator_has_a_row_in_the_import_table() -> None:
    assert set(_table()) == _top_level_modules()


def test_each_row_of_the_import_table_is_a_contract_forbidding_everything_else() -> None:
    contracts = _row_contracts()
    for module, allowed in _table().items():
        if allowed is None:
            assert module not in contracts, f"{module} may import any module"
            continue
        contract = contracts[module]
        whole = {name for name in allowed if "." not in name}
        parts = allowed - whole
        # A row allowing one module of a stage forbids the stage and names that one import.
        forbidden = _top_level_modules() - {module} - whole
        assert set(contract["forbidden_modules"]) == {f"generator.{m}" for m in forbidden}, module
        ignored = {line.split(" -> ")[1] for line in contract.get("ignore_imports", [])}
        assert ignored == {f"generator.{name}" for name in parts}, module
        importers = {line.split(" -> ")[0] for line in contract.get("ignore_imports", [])}
        assert importers <= {f"generator.{module}", f"generator.{module}.**"}, module


def test_the_generator_keeps_the_import_rules() -> None:
    result = _lint_imports(REPO)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken." in result.stdout


# (file, an import it may not make, the rule that refuses it, the import as reported)
_FORBIDDEN = (
    # A stage reaching up to the command line.
    ("ir/model.py", "import generator.cli", "ir/ imports only diagnostics", "generator.cli"),
    # The writer reading pages.
    (
        "output/write.py",
        "from generator.read import parse",
        "output/ imports nothing else of the generator",
        "generator.read.parse",
    ),
    # The runtime, which ships without sdkgen, using sdkgen's names.
    (
        "runtime/errors.py",
        "from generator.naming import snake_case",
        "runtime/ imports nothing of the generator",
        "generator.naming",
    ),
    # The SDK stage using a runtime module besides the echo it may use.
    (
        "sdk/fixtures.py",
        "from generator.runtime._json import loads",
        "sdk/ imports only ir, config, naming",
        "generator.runtime._json",
    ),
    # A stage reading the command line's constants.
    (
        "read/parse.py",
        "from generator import __version__",
        "only cli.py and __main__.py import the package root",
        "generator",
    ),
    # The echo the generator imports pulling in what sdkgen does not depend on.
    ("runtime/_echo.py", "import httpx", "the runtime's echo, which sdk/ imports", "httpx"),
)


def test_a_forbidden_import_fails_the_check_naming_the_rule_and_the_line(
    tmp_path: Path,
) -> None:
    root = tmp_path / "project"
    shutil.copytree(
        REPO / "generator", root / "generator", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(REPO / "pyproject.toml", root)
    expected = []
    for path, statement, rule, imported in _FORBIDDEN:
        file = root / "generator" / path
        text = file.read_text(encoding="utf-8")
        file.write_text(f"{text}\n{statement}\n", encoding="utf-8")
        importer = "generator." + path.removesuffix(".py").replace("/", ".")
        line = text.count("\n") + 2
        expected.append((rule, f"{importer} -> {imported} (l.{line})"))

    result = _lint_imports(root)

    assert result.returncode == 1, result.stdout + result.stderr
    broken = result.stdout.split("Broken contracts", 1)[1]
    for rule, report in expected:
        assert rule in broken and report in broken, (rule, report, result.stdout)
    assert f"{len(_FORBIDDEN)} broken." in result.stdout
