"""Atomic output: a failure or a kill at any moment leaves the output exactly old or new."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Mapping
from pathlib import Path

import pytest

from generator.cli import main
from generator.output.manifest import manifest_file
from generator.release.drift import tree_files
from generator.sdk import generate
from generator.sdk.syntax import GeneratedCodeError
from tests.support.pages import REPO, SEED, place_seed


@pytest.fixture()
def two_pages(tmp_path: Path) -> tuple[Path, Path]:
    """The seed and a variant whose generated tree differs, each with the seed's config."""
    text = SEED.read_text(encoding="utf-8").replace("List your current orders.", "Changed.")
    return place_seed(tmp_path / "a"), place_seed(tmp_path / "b", text)


def test_a_failure_after_rendering_leaves_the_output_as_it_was(
    two_pages: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    assert main(["generate", str(two_pages[0]), "--out", str(out)]) == 0
    before = tree_files(out)

    def failing_check(files: Mapping[str, str]) -> None:
        # Everything is rendered; the last step before writing finds a module broken.
        assert any(path.endswith("models.py") for path in files)
        raise GeneratedCodeError("src/kucoin_futures/models.py: rendered code does not compile")

    monkeypatch.setattr(generate, "check_python", failing_check)
    assert main(["generate", str(two_pages[1]), "--out", str(out)]) == 2
    assert tree_files(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "out"]


@pytest.mark.slow
def test_a_kill_at_any_moment_leaves_one_complete_tree(
    two_pages: tuple[Path, Path], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    trees = []
    for page in two_pages:
        scratch = tmp_path / f"expected-{page.parent.name}"
        assert main(["generate", str(page), "--out", str(scratch)]) == 0
        trees.append(tree_files(scratch))
    # CHANGELOG and version depend on what was there before; compare the rest.
    ignored = {"CHANGELOG.md", "pyproject.toml", "src/kucoin_futures/__init__.py"}

    def settled(files: dict[str, str]) -> dict[str, str]:
        return {k: v for k, v in files.items() if k not in ignored}

    assert main(["generate", str(two_pages[0]), "--out", str(out)]) == 0
    env = {**os.environ, "PYTHONPATH": str(REPO)}

    def command(page: Path) -> list[str]:
        return [sys.executable, "-m", "generator", "generate", str(page), "--out", str(out)]

    # Kill moments spread over a whole run as long as one takes on this machine now, so the
    # kills land midway however fast or loaded the machine is.
    started = time.perf_counter()
    subprocess.run(command(two_pages[1]), env=env, check=True, capture_output=True)
    whole_run = time.perf_counter() - started
    rng = random.Random(1234)
    kills = 0
    for attempt in range(12):
        process = subprocess.Popen(
            command(two_pages[attempt % 2]),
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(rng.uniform(0.1, 1.0) * whole_run)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait(timeout=60)
        assert settled(tree_files(out)) in [settled(tree) for tree in trees]
    assert kills >= 3, "no run was killed midway: the timings need adjusting"
    # A later run cleans up whatever the kills left beside the output.
    assert main(["generate", str(two_pages[0]), "--out", str(out)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.slow
def test_concurrent_runs_into_one_folder_leave_one_whole_tree(
    market_page: Path, tmp_path: Path
) -> None:
    """As a pre-commit hook and an editor would: pairs of runs started together. The second
    run of a pair waits for the first and must find (and leave) a complete tree. (Ten pairs
    keep this under half a minute; tests/test_write.py forces the overlap deterministically.)"""
    reference = tmp_path / "reference"
    assert main(["generate", str(market_page), "--out", str(reference)]) == 0
    expected = {**tree_files(reference), **manifest_file(reference)}
    out = tmp_path / "out"
    command = [sys.executable, "-m", "generator", "generate", str(market_page), "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for pair in range(10):
        runs = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        for run in runs:
            stdout, stderr = run.communicate(timeout=120)
            assert (run.returncode, stdout, stderr) == (0, b"", b""), f"pair {pair}"
        assert {**tree_files(out), **manifest_file(out)} == expected, f"pair {pair}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "reference"]
