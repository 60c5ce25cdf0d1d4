"""The API change report as text: Markdown for people, JSON for tools (`sdkgen diff`), for
a pair of pages or for a package's services (one section per service)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from generator.release.changes import CATEGORY_TITLES, ApiDiff, Category, Change

if TYPE_CHECKING:
    from generator.release.services import PackageDiff


def to_markdown(diff: ApiDiff) -> str:
    """The report as Markdown: a heading, the level, then one section per kind of change."""
    old = f"{diff.old_title} v{diff.old_version}"
    new = f"{diff.new_title} v{diff.new_version}"
    lines = [f"# API change report: {old} → {new}" if old != new else f"# API change report: {new}"]
    lines.append("")
    if not diff.changes:
        lines.append("No changes.")
        return "\n".join(lines) + "\n"
    counts = ", ".join(
        _count(len(diff.by_category(category)), category)
        for category, _ in CATEGORY_TITLES
        if diff.by_category(category)
    )
    lines.append(f"Version bump: **{diff.level}** ({counts}).")
    lines += markdown_sections(diff, "##")
    return "\n".join(lines) + "\n"


def package_markdown(diff: PackageDiff) -> str:
    """The report of a package's services: the bump, then each service that changed."""
    lines = ["# API change report", ""]
    changed = [service for service in diff.services if service.diff.changes]
    if not changed:
        lines.append("No changes.")
        return "\n".join(lines) + "\n"
    counts = ", ".join(f"`{service.service}` {service.diff.level}" for service in changed)
    lines.append(f"Version bump: **{diff.level}** ({counts}).")
    lines += service_sections(diff, "##")
    return "\n".join(lines) + "\n"


def service_sections(diff: PackageDiff, heading: str) -> list[str]:
    """One section per service that changed (`heading` its Markdown marker), each with one
    subsection per kind of change, as lines (the report's, and the changelog entry's). The
    page the client serves itself (service "") has no section of its own: its kinds of
    change are sections at `heading`."""
    lines: list[str] = []
    for service in diff.services:
        if not service.diff.changes:
            continue
        kinds = heading
        if service.service:
            lines += ["", f"{heading} `{service.service}`"]
            kinds = heading + "#"
        lines += markdown_sections(service.diff, kinds)
    return lines


def markdown_sections(diff: ApiDiff, heading: str) -> list[str]:
    """One section per kind of change (`heading` is the Markdown heading marker), as lines."""
    lines: list[str] = []
    for category, title in CATEGORY_TITLES:
        changes = diff.by_category(category)
        if not changes:
            continue
        lines += ["", f"{heading} {title}", ""]
        lines += [f"- {_markdown_item(change)}" for change in changes]
    return lines


def _count(number: int, category: Category) -> str:
    if category == "addition":
        return f"{number} addition" + ("" if number == 1 else "s")
    return f"{number} {'documentation' if category == 'docs' else category}"


def _markdown_item(change: Change) -> str:
    where = [_code(change.operation) if change.operation else "the page"]
    if change.location:
        where.append(_code(change.location))
    detail = " ".join(change.detail.split())
    return f"{' '.join(where)}: {detail}"


def _code(text: str) -> str:
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def to_json(diff: ApiDiff) -> str:
    """The report as JSON: stable key order, indent 2, one object per change."""
    return json.dumps(_json_document(diff), indent=2, ensure_ascii=False) + "\n"


def package_json(diff: PackageDiff) -> str:
    """The report of a package's services as JSON: the bump, and each service's report."""
    document = {
        "level": diff.level,
        "breaking": diff.breaking,
        "services": {service.service: _json_document(service.diff) for service in diff.services},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _json_document(diff: ApiDiff) -> dict[str, Any]:
    return {
        "old": {"title": diff.old_title, "version": diff.old_version},
        "new": {"title": diff.new_title, "version": diff.new_version},
        "level": diff.level,
        "breaking": diff.breaking,
        "changes": [
            {
                "kind": change.kind,
                "category": change.category,
                "breaking": change.breaking,
                "operation": change.operation,
                "location": change.location,
                "detail": change.detail,
                "old": change.old,
                "new": change.new,
            }
            for change in diff.changes
        ],
    }
