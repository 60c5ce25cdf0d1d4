"""The command line: output on stdout, one-line errors on stderr, documented exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.cli import main
from generator.output.manifest import read_manifest
from generator.sdk.render import _NOT_COPIED as NOT_COPIED
from generator.sdk.render import RUNTIME
from tests.support.cli_runner import run_cli
from tests.support.pages import REPO, SEED


def test_ir_command_prints_yaml(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ir", str(SEED)]) == 0
    data = yaml.safe_load(capsys.readouterr().out)
    assert data["title"] == "futures" and len(data["operations"]) == 18


def test_openapi_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["openapi", str(SEED)]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["paths"]["/api/v1/orders"].keys() == {"post", "get", "delete"}


@pytest.mark.parametrize("command", [[], ["ir"], ["openapi"], ["generate"]])
def test_every_command_has_help(command: list[str]) -> None:
    result = run_cli(*command, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: sdkgen")


def test_missing_file_is_a_one_line_error_with_exit_code_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.md"
    result = run_cli("openapi", str(missing))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip() == f"{missing}: error: No such file or directory"


def test_a_page_that_is_not_utf8_is_a_located_error(tmp_path: Path) -> None:
    page = tmp_path / "latin1.md"
    page.write_bytes(SEED.read_bytes().replace(b"order", b"ord\xe9r", 1))
    result = run_cli("ir", str(page))
    assert result.returncode == 2
    assert result.stderr.startswith(f"{page}:")
    assert "not valid UTF-8" in result.stderr and "Traceback" not in result.stderr


def test_strict_turns_warnings_into_exit_code_1(tmp_path: Path) -> None:
    page = tmp_path / "contradiction.md"
    page.write_text(
        SEED.read_text(encoding="utf-8").replace(
            "| » leverage      | body | integer |", "| » leverage      | body | string  |", 1
        ),
        encoding="utf-8",
    )
    lenient = run_cli("openapi", str(page))
    strict = run_cli("openapi", "--strict", str(page))
    assert lenient.returncode == 0 and "warning:" in lenient.stderr
    assert strict.returncode == 1
    assert len(strict.stderr.strip().splitlines()) == 1


def test_generate_writes_the_package_and_the_snapshots(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(SEED), "--out", str(out)]) == 0
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    fixtures = [name for name in written if name.startswith("src/kucoin_futures/fixtures/")]
    modules = ["__init__", "_settings", "async_client", "client", "enums", "models"]
    modules += ["operations", "pytest_plugin", "testing"]
    runtime = sorted(p.name for p in RUNTIME.glob("*.py") if p.name not in NOT_COPIED)
    expected = [".sdkgen/FILES", "CHANGELOG.md", "README.md", "api.ir.yaml"]
    expected += [f"src/kucoin_futures/{module}.py" for module in modules]
    expected += [f"src/kucoin_futures/{name}" for name in runtime]
    expected += ["src/kucoin_futures/py.typed", "openapi.json", "pyproject.toml"]
    expected += ["tests/conftest.py", "tests/test_fake_server.py"]
    assert [name for name in written if name not in fixtures] == sorted(expected)
    assert len(fixtures) == 18
    assert "src/kucoin_futures/fixtures/get_order_by_order_id.json" in fixtures


def test_generate_package_option_renames_the_package(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(SEED), "--out", str(out), "--package", "kf_orders"]) == 0
    assert (out / "src" / "kf_orders" / "client.py").is_file()
    assert (
        "from kf_orders.operations import" in (out / "src" / "kf_orders" / "client.py").read_text()
    )


def test_generate_leaves_the_output_untouched_when_a_page_is_bad(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(SEED), "--out", str(out)]) == 0
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    bad = tmp_path / "futures-order.md"
    bad.write_text(SEED.read_text(encoding="utf-8").replace("`GET /api/v1/orders`", "`GET`"))
    config = SEED.with_suffix(".yaml")
    assert main(["generate", str(bad), "--config", str(config), "--out", str(out)]) == 2
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_the_command_line_raises_the_collector_thresholds_before_importing_the_generator() -> None:
    """Importing generator.cli and what it needs ran the cyclic collector dozens of times
    before `main` raised the thresholds; `run` (python -m generator, the sdkgen script) raises
    them first. A meta path probe notes the thresholds when generator.cli is imported."""
    probe = """
import gc, sys
seen = []
class Probe:
    def find_spec(self, name, path=None, target=None):
        if name == "generator.cli":
            seen.append(gc.get_threshold()[0])
        return None
sys.meta_path.insert(0, Probe())
import generator.__main__ as entry
sys.argv = ["sdkgen", "--version"]
try:
    entry.run()
except SystemExit:
    pass
print(seen)
"""
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines()[-1] == "[100000]"


def test_the_command_line_exits_without_teardown_after_flushing_everything(tmp_path: Path) -> None:
    """`run` leaves with os._exit once the command is done (freeing every object of the run
    one by one was 7% of it): an atexit hook never runs, yet everything printed arrives and
    the generated tree is whole."""
    probe = """
import atexit, sys
atexit.register(lambda: sys.stderr.write("torn down\\n"))
import generator.__main__ as entry
sys.argv = ["sdkgen", *sys.argv[1:]]
sys.exit(entry.run())
"""
    command = [sys.executable, "-c", probe]
    printed = subprocess.run(
        [*command, "ir", str(SEED)], cwd=tmp_path, capture_output=True, text=True
    )
    assert (printed.returncode, printed.stderr) == (0, "")
    plain_main = "import sys; from generator.cli import main; sys.exit(main())"
    in_process = subprocess.run(
        [sys.executable, "-c", plain_main, "ir", str(SEED)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert printed.stdout == in_process.stdout
    assert len(printed.stdout) > 100_000  # more than a pipe holds: flushed, not lost

    out = tmp_path / "out"
    generated = subprocess.run(
        [*command, "generate", str(SEED), "--out", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert (generated.returncode, generated.stderr) == (0, "")
    listed = read_manifest(out)
    assert listed and all((out / path).is_file() for path in listed)
