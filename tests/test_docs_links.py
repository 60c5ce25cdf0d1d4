"""The project's documentation holds together: the README stays a five-minute read, and every
link between its pages (to a file, or to a heading of one) leads somewhere."""

from __future__ import annotations

import re
from pathlib import Path

from tests.support.pages import REPO

DOCUMENTATION = [
    REPO / "README.md",
    REPO / "CONTRIBUTING.md",
    REPO / "ARCHITECTURE.md",
    REPO / "bench" / "README.md",
    *sorted((REPO / "docs").glob("*.md")),
]
_LINK = re.compile(r"\[[^\]]*\]\((?P<target>[^)\s]+)\)")
_CODE = re.compile(r"```.*?```|`[^`\n]*`", re.S)


def anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as dashes."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = re.sub(r"```.*?```", "", path.read_text("utf-8"), flags=re.S)
    return {anchor(match[1]) for match in re.finditer(r"^#+ (.+)$", text, re.M)}


def broken_links(path: Path) -> list[str]:
    """Every relative link of `path` whose file or heading does not exist."""
    broken = []
    text = _CODE.sub("", path.read_text("utf-8"))
    for match in _LINK.finditer(text):
        target = match["target"]
        if re.match(r"[a-z]+:", target):
            continue  # https:, mailto:
        file, _, heading = target.partition("#")
        linked = (path.parent / file).resolve() if file else path
        if not linked.exists() or (heading and heading not in anchors(linked)):
            broken.append(target)
    return broken


def test_every_link_between_the_pages_of_the_documentation_leads_somewhere() -> None:
    assert {str(p.relative_to(REPO)): broken_links(p) for p in DOCUMENTATION} == {
        str(p.relative_to(REPO)): [] for p in DOCUMENTATION
    }


def test_a_link_to_a_missing_file_or_heading_is_found(tmp_path: Path) -> None:
    (tmp_path / "other.md").write_text("# Other\n\n## What `generate` may replace\n")
    page = tmp_path / "page.md"
    page.write_text(
        "[a](other.md) [b](other.md#what-generate-may-replace) [c](https://example.com)\n"
        "[d](gone.md) [e](other.md#what-check-may-replace) [f](#nowhere) `[g](code.md)`\n"
    )
    assert broken_links(page) == ["gone.md", "other.md#what-check-may-replace", "#nowhere"]


def test_the_readme_is_a_five_minute_read() -> None:
    lines = (REPO / "README.md").read_text("utf-8").splitlines()
    assert len(lines) < 120
