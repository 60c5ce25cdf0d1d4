"""Shared paths for the test suite. Every page a test reads lives inside the repository."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PAGES_DIR = REPO / "tests" / "data" / "pages"
SEED = REPO / "spec" / "futures-order.md"
SHARED_PAGES = sorted(PAGES_DIR.glob("*.md"))
MARKET = PAGES_DIR / "futures-market.md"
"""A page whose config (futures-market.yaml) needs nothing but sdkgen's built-in defaults, so
a copy of the two works anywhere; its package is `kucoin_futures_market`."""


def copy_market_page(folder: Path, *, config: bool = True) -> Path:
    """The market page, with its config unless `config` is False, copied into `folder`."""
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    page = folder / MARKET.name
    shutil.copy(MARKET, page)
    if config:
        shutil.copy(MARKET.with_suffix(".yaml"), page.with_suffix(".yaml"))
    return page


@pytest.fixture(scope="session")
def market_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The market page and its config in a folder of their own, shared by the session: for
    tests that generate from it without editing it."""
    return copy_market_page(tmp_path_factory.mktemp("market"))


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
