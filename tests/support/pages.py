"""The repository's paths and the tests' own pages, and copies of them placed as spec/ holds
them.

The suite tests sdkgen on pages of its own: tests/data/pages holds copies of the shared pages
(the seed, futures-order.md, with its config among them) and tests/data/edge the edge-case
pages. spec/ and generated/ belong to the project (tests/conftest.py says which tests read
them); spec/defaults.yaml, the KuCoin facts every page's config extends, is machinery like
generator/ and templates/.
"""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
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
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / MARKET.name
    shutil.copy(MARKET, page)
    if config:
        shutil.copy(MARKET.with_suffix(".yaml"), page.with_suffix(".yaml"))
    return page


def place_seed(directory: Path, text: str | None = None) -> Path:
    """Write the seed page (or `text` in its place), its config and the shared defaults into
    `directory`, as spec/ holds them; returns the page's path."""
    directory.mkdir(parents=True, exist_ok=True)
    page = directory / SEED.name
    page.write_text(SEED.read_text(encoding="utf-8") if text is None else text, encoding="utf-8")
    shutil.copy(SEED_CONFIG, page.with_suffix(".yaml"))
    shutil.copy(DEFAULTS, directory / DEFAULTS.name)
    return page
