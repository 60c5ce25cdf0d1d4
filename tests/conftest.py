"""Shared paths for the test suite. Every page a test reads lives inside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PAGES_DIR = REPO / "tests" / "data" / "pages"
SEED = REPO / "spec" / "futures-order.md"
SHARED_PAGES = sorted(PAGES_DIR.glob("*.md"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


GENERATED = REPO / "generated"


@pytest.fixture(scope="session")
def sdk():  # type: ignore[no-untyped-def]
    """The committed generated package (generated/kucoin_futures), imported from the tree."""
    import importlib
    import sys

    if str(GENERATED) not in sys.path:
        sys.path.insert(0, str(GENERATED))
    return importlib.import_module("kucoin_futures")


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A copy of the project's spec/ and generated/, as a fresh clone has them (its
    manifest included, tool caches left out)."""
    import shutil

    shutil.copytree(REPO / "spec", tmp_path / "spec")
    caches = ("__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache", "*.egg-info")
    shutil.copytree(GENERATED, tmp_path / "generated", ignore=shutil.ignore_patterns(*caches))
    return tmp_path
