"""Shared paths, fixtures and hypothesis settings for the test suite.

The suite tests sdkgen on pages of its own: tests/data/pages holds copies of the shared pages
(the seed, futures-order.md, with its config among them) and tests/data/edge the edge-case
pages. spec/ and generated/ belong to the project: a maintainer copies a newer page over
spec/futures-order.md and regenerates whenever KuCoin updates its docs, so no test reads them
but the ones whose subject they are: tests/test_committed_tree.py (generated/ is what spec/
generates and passes its own tests) and tests/test_maintainer_loop.py (page edits replayed
through `make generate` in a copy of the project). spec/defaults.yaml, the KuCoin facts every
page's config extends, is machinery like generator/ and templates/.
"""

from __future__ import annotations

import importlib
import os
import shutil
import sys
import tempfile
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

# Property tests run under one hypothesis profile, chosen by $HYPOTHESIS_PROFILE: "ci" (the
# default, and what CI and `make test` use) draws the same examples on every run, so a failure
# is reproducible and no run fails at random; "dev" draws new examples each run, to explore.
# A test sets only what is its own business (max_examples, phases), never the randomness.
_PROPERTY_TESTS = settings(
    deadline=None,  # generation and black make example times vary with the machine's load
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile("ci", _PROPERTY_TESTS, derandomize=True, database=None)
settings.register_profile("dev", _PROPERTY_TESTS, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

REPO = Path(__file__).resolve().parents[1]
PAGES_DIR = REPO / "tests" / "data" / "pages"
SEED = PAGES_DIR / "futures-order.md"
"""The tests' copy of the seed page, as the project was first generated from it."""
SEED_CONFIG = SEED.with_suffix(".yaml")
SHARED_PAGES = sorted(PAGES_DIR.glob("*.md"))
DEFAULTS = REPO / "spec" / "defaults.yaml"
"""The shared config every page's config extends: machinery, not a page."""
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


def place_seed(directory: Path, text: str | None = None) -> Path:
    """Write the seed page (or `text` in its place), its config and the shared defaults into
    `directory`, as spec/ holds them; returns the page's path."""
    directory.mkdir(parents=True, exist_ok=True)
    page = directory / SEED.name
    page.write_text(SEED.read_text(encoding="utf-8") if text is None else text, encoding="utf-8")
    shutil.copy(SEED_CONFIG, page.with_suffix(".yaml"))
    shutil.copy(DEFAULTS, directory / DEFAULTS.name)
    return page


# --- the seed's SDK --------------------------------------------------------------------------
#
# The package generated from the tests' seed page, imported under its own name (kucoin_futures)
# before any test module is: modules that import it at collection time get the same one the
# `sdk` fixture returns. The committed generated/kucoin_futures is tested by its own tests, in
# tests/test_committed_tree.py.

_SEED_SDK: ModuleType | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _SEED_SDK
    from generator.cli import main
    from generator.config import load_config

    package = load_config(SEED_CONFIG).package
    assert package is not None, f"{SEED_CONFIG} names no package"
    root = Path(tempfile.mkdtemp(prefix="sdkgen-seed-sdk-"))
    config.add_cleanup(lambda: shutil.rmtree(root, ignore_errors=True))
    status = main(["generate", str(SEED), "--config", str(SEED_CONFIG), "--out", str(root)])
    assert status == 0, f"{SEED} did not generate (exit {status})"
    sys.path.insert(0, str(root / "src"))
    _SEED_SDK = importlib.import_module(package.name)
    for module in ("models", "enums", "operations", "testing", "client", "async_client"):
        importlib.import_module(f"{package.name}.{module}")  # so that `sdk.models` works


@pytest.fixture(scope="session")
def sdk() -> ModuleType:
    """The package generated from the tests' seed page (tests/data/pages/futures-order.md)."""
    assert _SEED_SDK is not None
    return _SEED_SDK


# --- a project of the test's own -------------------------------------------------------------


@pytest.fixture(scope="session")
def _seed_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from generator.cli import main

    root = tmp_path_factory.mktemp("seed-project")
    page = place_seed(root / "spec")
    assert main(["generate", str(page), "--out", str(root / "generated")]) == 0
    return root


@pytest.fixture()
def project(tmp_path: Path, _seed_project: Path) -> Path:
    """A project of the tests' own: spec/ holds the seed page, its config and the defaults,
    generated/ what they generate (version 1.0.0, a one-entry changelog), as a clone would
    have them the day the seed was first generated. Run the CLI with `cwd=project`."""
    shutil.copytree(_seed_project, tmp_path, dirs_exist_ok=True)
    return tmp_path
