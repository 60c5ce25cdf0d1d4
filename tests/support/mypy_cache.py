"""mypy over generated packages, every run starting from a cache of what they import.

A cold `mypy --strict` over one generated package takes about 3 s of CPU, nearly all of it
on what the package imports (the standard library's stubs, pydantic, httpx, pytest); with
those already in its cache, about 0.5 s. The suite runs mypy over generated packages in
several tests, so the cache of those imports is built once, by the first test that needs it,
and kept in pytest's cache folder (`.pytest_cache/d/sdkgen-mypy/`, under a key naming the
versions it was built with) for later runs; each run gets a copy of its own, so no two mypy
processes ever write to one cache folder.

A copy never changes an answer: mypy checks every cached module against its source file
(size, then content hash) and against the options of the run, and checks again what differs.
A stale cache costs time, not correctness.
"""

from __future__ import annotations

import ast
import fcntl
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path

from tests.support.pages import SEED, SEED_CONFIG

KEYED_BY = ("mypy", "pydantic", "httpx", "pytest", "typing_extensions")
"""The distributions whose versions name the cache: another version, another cache."""


def cache_key() -> str:
    python = "py{}.{}".format(*sys.version_info[:2])
    return "-".join([python, *(f"{name}{version(name)}" for name in KEYED_BY)])


def seeded_cache(folder: Path, store: Path) -> Path:
    """`folder`, created as a copy of the cache kept in `store` (built there first when it is
    not, by one process at a time): a `--cache-dir` for one mypy run."""
    seed = store / cache_key()
    if not seed.is_dir():
        store.mkdir(parents=True, exist_ok=True)
        with _locked(store / "lock"):
            if not seed.is_dir():  # another process may have built it while this one waited
                _build(seed)
    shutil.copytree(seed, folder)
    return folder


def _build(seed: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="sdkgen-mypy-", dir=seed.parent) as scratch:
        module = Path(scratch) / "sdkgen_mypy_seed.py"
        module.write_text("".join(f"import {name}\n" for name in generated_imports()))
        cache = Path(scratch) / "cache"
        args = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", str(cache), str(module)]
        result = subprocess.run(args, capture_output=True, text=True, check=False, cwd=scratch)
        if result.returncode != 0:
            raise RuntimeError(
                f"mypy could not check the imports of a generated package:\n"
                f"{result.stdout}{result.stderr}"
            )
        cache.rename(seed)


def generated_imports() -> list[str]:
    """Every module the package generated from the seed page imports, but its own."""
    from generator.config import load_config
    from generator.read.parse import parse_file
    from generator.sdk.generate import generate_files

    config = load_config(SEED_CONFIG)
    assert config.package is not None
    own = config.package.name
    files = generate_files(parse_file(SEED).api, config)
    found: set[str] = set()
    for path, text in files.items():
        if path.startswith("src/") and path.endswith(".py"):
            found.update(_absolute_imports(text))
    return sorted(name for name in found if name.split(".")[0] not in (own, "__future__"))


def _absolute_imports(source: str) -> Iterator[str]:
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
