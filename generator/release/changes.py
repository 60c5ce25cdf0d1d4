"""What a diff is made of: the kinds of change, their categories and the bump they imply.

`diff` produces these values; `report` and `versions` read them. The kind strings and the
category names are part of `sdkgen diff --json`'s output.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from generator.ir.model import JsonValue

Category = Literal["breaking", "addition", "other", "docs"]
Level = Literal["major", "minor", "patch", "none"]
LEVELS: tuple[Level, ...] = ("none", "patch", "minor", "major")
"""The levels, smallest first: a release moves by the largest of its changes'."""

ChangeKind = Literal[
    # The page and its operations.
    "api-title-changed",
    "version-changed",
    "operation-added",
    "operation-removed",
    "operation-renamed",
    "method-changed",
    "operation-id-changed",
    "summary-changed",
    "tags-changed",
    "deprecated-changed",
    "media-type-changed",
    "response-removed",
    # How a caller reaches the API: servers and authentication.
    "server-added",
    "server-removed",
    "server-changed",
    "security-scheme-added",
    "security-scheme-removed",
    "security-scheme-changed",
    "security-changed",
    # Fields: parameters, bodies, responses and their properties.
    "field-added",
    "field-removed",
    "required-changed",
    "type-changed",
    "format-changed",
    "constraint-changed",
    "extension-changed",
    "rule-added",
    "rule-removed",
    # Enums.
    "enum-introduced",
    "enum-dropped",
    "enum-value-added",
    "enum-value-removed",
    "enum-docs-changed",
    # Documentation of anything.
    "description-changed",
    "title-changed",
    "example-changed",
    "default-changed",
]
"""What a `Change` is, as `sdkgen diff --json` prints it: these strings are part of the report's
format, so a new kind is added here and an existing one never renamed."""

CATEGORY_TITLES: tuple[tuple[Category, str], ...] = (
    ("breaking", "Breaking changes"),
    ("addition", "Additions"),
    ("other", "Other changes"),
    ("docs", "Documentation"),
)

ADDITION_KINDS: frozenset[ChangeKind] = frozenset(
    {"operation-added", "field-added", "enum-value-added", "security-scheme-added"}
)
"""Kinds that add to the API (unless they are breaking, as a new required field is)."""

DOC_KINDS: frozenset[ChangeKind] = frozenset(
    {
        "api-title-changed",
        "version-changed",
        "description-changed",
        "summary-changed",
        "title-changed",
        "example-changed",
        "default-changed",
        "enum-docs-changed",
        "tags-changed",
        "operation-id-changed",
        # A format the SDK does not type by; one it types by is marked breaking.
        "format-changed",
    }
)
"""Kinds that change only documentation (what the SDK's docstrings and README say), unless
the change is marked breaking."""


@dataclass(frozen=True)
class Change:
    """One difference between the pages.

    `operation` is "METHOD /path" (None for the page itself); `location` is the field path
    ("" for the operation itself); `old` and `new` are the values on each side (None when
    absent), e.g. the two types of a type change or the enum value added.
    """

    kind: ChangeKind
    operation: str | None
    location: str
    detail: str
    breaking: bool
    old: JsonValue = None
    new: JsonValue = None

    @property
    def category(self) -> Category:
        if self.breaking:
            return "breaking"
        if self.kind in ADDITION_KINDS:
            return "addition"
        if self.kind in DOC_KINDS:
            return "docs"
        return "other"


@dataclass(frozen=True)
class ApiDiff:
    """The changes from `old` to `new`, in a stable order (see the module docstring)."""

    old_title: str
    old_version: str
    new_title: str
    new_version: str
    changes: tuple[Change, ...] = field(default=())

    @property
    def breaking(self) -> bool:
        return any(change.breaking for change in self.changes)

    @property
    def level(self) -> Level:
        """The semantic-version bump the SDK needs: breaking → major, additions and other
        compatible changes → minor, documentation only → patch, nothing → none."""
        categories = {change.category for change in self.changes}
        if "breaking" in categories:
            return "major"
        if categories & {"addition", "other"}:
            return "minor"
        if categories:
            return "patch"
        return "none"

    def by_category(self, category: Category) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.category == category)
