"""Shared paths, fixtures and hypothesis settings for the test suite.

The suite tests sdkgen on pages of its own (tests/support/pages.py). spec/ and generated/
belong to the project: a maintainer copies a newer page over spec/futures-order.md and
regenerates whenever KuCoin updates its docs, so no test reads them but the ones whose subject
they are: tests/test_committed_tree.py (generated/ is what spec/ generates and passes its own
tests) and tests/test_maintainer_loop.py (page edits replayed through `make generate` in a copy
of the project).
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

from tests.support.mypy_cache import seeded_cache
from tests.support.pages import (
    DEFAULTS,
    MARKET,
    PAGES_DIR,
    REPO,
    SEED,
    SEED_CONFIG,
    SHARED_PAGES,
    copy_market_page,
    place_seed,
)
from tests.support.run_order import is_xdist_controller, slow_modules_first

# Test modules import these from tests/support/pages.py; they stay importable from here for
# test modules written before it existed.
__all__ = [
    "DEFAULTS",
    "MARKET",
    "PAGES_DIR",
    "REPO",
    "SEED",
    "SEED_CONFIG",
    "SHARED_PAGES",
    "copy_market_page",
    "place_seed",
]

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


@pytest.fixture(scope="session")
def market_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The market page and its config in a folder of their own, shared by the session: for
    tests that generate from it without editing it."""
    return copy_market_page(tmp_path_factory.mktemp("market"))


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


# --- the order of the run ------------------------------------------------------------------


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    slow_modules_first(items)


# --- the seed's SDK --------------------------------------------------------------------------
#
# The package generated from the tests' seed page, imported under its own name (kucoin_futures)
# before any test module is: modules that import it at collection time get the same one the
# `sdk` fixture returns. The committed generated/kucoin_futures is tested by its own tests, in
# tests/test_committed_tree.py.

_SEED_SDK: ModuleType | None = None


def pytest_configure(config: pytest.Config) -> None:
    global _SEED_SDK
    if is_xdist_controller(config):
        return  # it runs no test: its workers generate the package each for themselves
    from generator.cli import main
    from generator.config import load_config

    package = load_config(SEED_CONFIG).package_section
    assert package is not None and package.name, f"{SEED_CONFIG} names no package"
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


# --- mypy runs ------------------------------------------------------------------------------


@pytest.fixture()
def mypy_cache(
    request: pytest.FixtureRequest, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    """A `--cache-dir` for one mypy run over generated packages, already holding what they
    import (tests/support/mypy_cache.py): kept in pytest's cache folder, or for this session
    only when the cache plugin is off (`-p no:cacheprovider`)."""
    cache: pytest.Cache | None = getattr(request.config, "cache", None)
    if cache is not None:
        store = cache.mkdir("sdkgen-mypy")
    else:
        store = tmp_path_factory.getbasetemp().parent / "sdkgen-mypy"
    return seeded_cache(tmp_path / "mypy-cache", store)


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
