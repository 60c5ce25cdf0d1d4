"""Shared paths for the test suite. Every page a test reads lives inside the repository."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Property tests run under one hypothesis profile, chosen by $HYPOTHESIS_PROFILE: "ci" (the
# default, and what CI and `make test` use) draws the same examples on every run, so a failure
# is reproducible and no run fails at random; "dev" draws new examples each run, to explore.
# A test sets only what is its own business (max_examples, phases), never the randomness.
_PROPERTY_TESTS = {
    "deadline": None,  # generation and black make example times vary with the machine's load
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("ci", derandomize=True, database=None, **_PROPERTY_TESTS)
settings.register_profile("dev", derandomize=False, **_PROPERTY_TESTS)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
    """A copy of the project's spec/ and generated/, as a fresh clone has them."""
    import shutil

    shutil.copytree(REPO / "spec", tmp_path / "spec")
    shutil.copytree(
        GENERATED, tmp_path / "generated", ignore=shutil.ignore_patterns(".*", "__pycache__")
    )
    return tmp_path
