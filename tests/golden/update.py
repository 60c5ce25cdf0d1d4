"""Regenerate the golden SDK projects: tests/golden/NAME/ for every tests/data/edge/NAME.md.

Run from anywhere as `python tests/golden/update.py`, then review the diff (`git diff
tests/golden`) before committing: every change in it is a change in what sdkgen generates.
Each page is generated through the command line, exactly as tests/test_golden.py does, with
its NAME.yaml beside it as the config, into an empty tests/golden/NAME: `generate` reads the
output it replaces (the previous IR snapshot, version and CHANGELOG.md), and a golden project
must be what the page alone generates. The old project is moved aside first and put back if
generation fails.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EDGE_PAGES = REPO / "tests" / "data" / "edge"
GOLDEN = REPO / "tests" / "golden"


def pages() -> list[Path]:
    """The edge pages, sorted by name."""
    return sorted(EDGE_PAGES.glob("*.md"))


def generate_command(page: Path, out: Path) -> list[str]:
    """The command that writes the project for `page` into `out` (run with cwd=REPO)."""
    return [
        sys.executable,
        "-m",
        "generator",
        "generate",
        str(page.relative_to(REPO)),
        "--out",
        str(out),
    ]


def main() -> int:
    found = pages()
    if not found:
        print(f"update.py: no pages in {EDGE_PAGES}", file=sys.stderr)
        return 1
    failed = 0
    for page in found:
        out = GOLDEN / page.stem
        backup = GOLDEN / f".{page.stem}.previous"
        shutil.rmtree(backup, ignore_errors=True)
        if out.exists():
            out.rename(backup)
        result = subprocess.run(
            generate_command(page, out.relative_to(REPO)),
            cwd=REPO,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            shutil.rmtree(out, ignore_errors=True)
            if backup.exists():
                backup.rename(out)
            failed += 1
            print(f"update.py: {page.name}: exit {result.returncode}", file=sys.stderr)
            sys.stderr.write(result.stderr)
            continue
        shutil.rmtree(backup, ignore_errors=True)
        sys.stderr.write(result.stderr)  # warnings, if any
        print(f"{out.relative_to(REPO)}: regenerated from {page.relative_to(REPO)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
