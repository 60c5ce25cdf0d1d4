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
