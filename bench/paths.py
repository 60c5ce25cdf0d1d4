"""Where the bench reads and writes, and the interpreter it runs sdkgen with.

Most inputs are the bench's own, not spec/ (which the project changes as KuCoin's docs
change): the seed page and the three other pages of its family, each with its config beside
it. The product's figures (issue 21's targets are about it) take spec/ as it is: its
composition config and every page it composes, generated into bench/.tmp, never generated/.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
TMP = BENCH / ".tmp"  # generated trees, synthetic pages, .pyc caches, the per-call profile
RESULTS = BENCH / "results.json"
PYTHON = sys.executable  # the interpreter sdkgen is installed in (make bench: .venv/bin/python)

PAGES = ROOT / "tests" / "data" / "pages"
SEED = PAGES / "futures-order.md"
SEED_CONFIG = PAGES / "futures-order.yaml"
FAMILY = tuple(
    PAGES / f"futures-{name}.md" for name in ("order", "market", "positions", "fundingfees")
)

SPEC = ROOT / "spec"
PRODUCT_CONFIG = SPEC / "kucoin_sdk.yaml"  # the product: every page of spec/ in one package
PRODUCT_PACKAGE = "kucoin_sdk"  # the package PRODUCT_CONFIG names


def product_pages() -> tuple[Path, ...]:
    """The pages the product composes: every page in spec/ (the Makefile generates any page
    no composition config lists as a package of its own, and the product lists them all)."""
    return tuple(sorted(SPEC.glob("*.md")))


def relative(path: Path) -> str:
    """`path` relative to the project, as results.json records it."""
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def fresh_dir(name: str) -> Path:
    """An empty folder `name` in bench/.tmp (emptied if it was there)."""
    path = TMP / name
    shutil.rmtree(path, ignore_errors=True)
    path.mkdir(parents=True)
    return path
