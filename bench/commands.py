"""The sdkgen commands the sections run, each run into a new folder."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from bench.paths import PRODUCT_CONFIG, PYTHON, TMP, fresh_dir
from bench.timing import CHILD_ENV, run_once


def sdkgen_generate(source: Path, out: Path, config: Path | None = None) -> list[str]:
    """`sdkgen generate SOURCE --out OUT`: SOURCE a page (with its own config unless `config`
    is given) or a composition config (PRODUCT_CONFIG)."""
    cmd = [PYTHON, "-m", "generator", "generate", str(source), "--out", str(out)]
    return cmd + (["--config", str(config)] if config else [])


def sdkgen_runs(
    sources: Sequence[Path], name: str, config: Path | None = None
) -> Callable[[int], list[list[str]]]:
    """Run i: `sdkgen generate` of each source (page or composition config), each into a new
    folder (no previous version to compare with: the release step sees a first release)."""

    def commands(i: int) -> list[list[str]]:
        run = fresh_dir(f"{name}-{i}")
        return [sdkgen_generate(source, run / source.stem, config) for source in sources]

    return commands


def generate_into(pages: Sequence[Path], package: str, out: Path) -> Path:
    """Generate (untimed) one package `package` of `pages` into `out`; its src/ folder."""
    cmd = [PYTHON, "-m", "generator", "generate", *map(str, pages), "--package", package]
    run_once([*cmd, "--out", str(out)])
    return out / "src"


def generate_product(out: Path) -> Path:
    """Generate (untimed) the product, PRODUCT_CONFIG, into `out`; its src/ folder."""
    run_once(sdkgen_generate(PRODUCT_CONFIG, out))
    return out / "src"


def runtime_env(src: Path, pycache: str) -> dict[str, str]:
    """The environment that imports a generated package from `src`, its .pyc files in
    bench/.tmp/`pycache` (not in the generated tree), as an installed package has them."""
    return dict(CHILD_ENV, PYTHONPATH=str(src), PYTHONPYCACHEPREFIX=str(TMP / pycache))
