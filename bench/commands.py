"""The sdkgen commands the sections run, each run into a new folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from bench.paths import PYTHON, TMP, fresh_dir
from bench.timing import CHILD_ENV, run_once


def sdkgen_generate(page: Path, out: Path, config: Path | None = None) -> list[str]:
    """`sdkgen generate PAGE --out OUT`, the page's own config unless `config` is given."""
    cmd = [PYTHON, "-m", "generator", "generate", str(page), "--out", str(out)]
    return cmd + (["--config", str(config)] if config else [])


def sdkgen_runs(
    pages: Sequence[Path], name: str, config: Path | None = None
) -> Callable[[int], list[list[str]]]:
    """Run i: `sdkgen generate` of each page, each into a new folder (no previous version to
    compare with: the release step sees a first release)."""

    def commands(i: int) -> list[list[str]]:
        run = fresh_dir(f"{name}-{i}")
        return [sdkgen_generate(page, run / page.stem, config) for page in pages]

    return commands


def generate_into(pages: Sequence[Path], package: str, out: Path) -> Path:
    """Generate (untimed) one package `package` of `pages` into `out`; its src/ folder."""
    cmd = [PYTHON, "-m", "generator", "generate", *map(str, pages), "--package", package]
    run_once([*cmd, "--out", str(out)])
    return out / "src"


def runtime_env(src: Path, pycache: str) -> dict[str, str]:
    """The environment that imports a generated package from `src`, its .pyc files in
    bench/.tmp/`pycache` (not in the generated tree), as an installed package has them."""
    return dict(CHILD_ENV, PYTHONPATH=str(src), PYTHONPYCACHEPREFIX=str(TMP / pycache))
