"""Edits of a page's text inside one operation's section, as KuCoin edits its docs: for the
tests of `sdkgen diff`, the drift check and the maintainer's loop."""

from __future__ import annotations

import re


def section_bounds(text: str, summary: str) -> tuple[int, int]:
    """Start and end offsets of the `## summary` section."""
    start = text.index(f"\n## {summary}\n") + 1
    end = text.find("\n## ", start)
    return start, len(text) if end == -1 else end + 1


def edit(text: str, summary: str, pattern: str, replacement: str, after: str = "") -> str:
    """Replace the one match of regex `pattern` in the `## summary` section (after the first
    `after` in it); fails when the pattern matches zero or several times."""
    start, end = section_bounds(text, summary)
    if after:
        start = text.index(after, start, end)
    region, count = re.subn(pattern, replacement, text[start:end], flags=re.M)
    assert count == 1, f"{pattern!r} matched {count} times in {summary!r}"
    return text[:start] + region + text[end:]


def remove_response_field(text: str) -> str:
    """Add Order: drop `data.clientOid` from the 200 response."""
    after = "> 200 Response"
    text = edit(
        text,
        "Add Order",
        r',\n\s*"clientOid": \{\n\s*"type": "string",\n\s*"description": '
        r'"The user self-defined order ID."\n\s*\}',
        "",
        after,
    )
    text = edit(
        text,
        "Add Order",
        r'"required": \["orderId", "clientOid"\]',
        '"required": ["orderId"]',
        after,
    )
    return edit(text, "Add Order", r"^\| »» clientOid .*\n", "", after)
