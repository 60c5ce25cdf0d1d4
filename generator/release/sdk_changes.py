"""What each sdkgen version changed in the SDKs it generates, as their users see it.

The release side compares two IRs, so it sees what the API documentation changed; it cannot
see that sdkgen itself now types a price as `Decimal` or raises another error class. Those
changes are stated here, once, by the release of sdkgen that makes them: regenerating a
package made by an older sdkgen bumps its version by the largest of them (a breaking one is
a new major version, even when the API did not change) and lists them in its changelog.

The output's manifest records which sdkgen made it (`Maker`); a tree that records none was
made before records were kept, by an sdkgen older than `RECORDED_SINCE`. Whoever changes
what generated code does for its users adds an entry here, and raises sdkgen's version
(`generator/__init__.py`, `pyproject.toml`) to the entry's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from generator.distribution import parse_version
from generator.release.changes import LEVELS, Level

SdkLevel = Literal["major", "minor", "patch"]


@dataclass(frozen=True)
class SdkChange:
    """One change to every generated SDK: the sdkgen version that makes it, how far it moves
    a package's version, and the changelog's line on it."""

    since: str
    level: SdkLevel
    text: str


RECORDED_SINCE = "0.2.0"
"""The first sdkgen whose output's manifest records which sdkgen made it."""

SDK_CHANGES: tuple[SdkChange, ...] = (
    SdkChange(
        "0.2.0",
        "major",
        "A bad argument raises the package's `KucoinRequestValidationError` (a `ValueError`"
        " and a `KucoinError`, naming each field), no longer pydantic's `ValidationError`;"
        " a client option that cannot work raises `KucoinConfigurationError` when given.",
    ),
    SdkChange(
        "0.2.0",
        "major",
        "Decimals: a field the API documents as a decimal number, or as text holding one"
        " (prices, sizes, amounts), is returned as `Decimal`, and accepted as `Decimal`,"
        " `int` or numeric text; it is sent in the form the API documents.",
    ),
    SdkChange(
        "0.2.0",
        "minor",
        'Enum arguments take their values as plain strings too (`side="buy"`), typed as'
        " `Literal`s, so a type checker catches a misspelt value.",
    ),
    SdkChange(
        "0.2.0",
        "minor",
        "Every list that pages (by page number, or by a cursor such as `lastId`) has an"
        " `iter_` twin walking its pages; the fake server answers several pages"
        " (`respond_pages`).",
    ),
    SdkChange(
        "0.2.0",
        "minor",
        "An operation the API answers with a 2xx other than 200 (and no 200) returns that"
        " answer's data, typed, where it returned None.",
    ),
    SdkChange(
        "0.3.0",
        "patch",
        "The runtime now sends header and cookie parameters, form bodies and explicit JSON"
        " nulls (`Null()`), and reads recursive models and answers without an envelope, for"
        " the APIs whose documentation has them; where it has none, every call sends and"
        " reads the same bytes as before.",
    ),
)


def changes_since(before: str | None, now: str) -> tuple[SdkChange, ...]:
    """The changes of the sdkgen versions after `before` (None: an output that records no
    sdkgen, so made before `RECORDED_SINCE`) up to `now`, in the table's order."""
    # A record that is no version (edited by hand) says no more than no record.
    low = _key(before) if before is not None and parse_version(before) else None
    high = _key(now)
    return tuple(
        change
        for change in SDK_CHANGES
        if (_key(change.since) > low if low is not None else _key(change.since) >= _FIRST)
        and _key(change.since) <= high
    )


def _key(version: str) -> tuple[object, ...]:
    parsed = parse_version(version)
    if parsed is None:
        raise ValueError(f"sdkgen version {version!r} is not a PEP 440 version")
    return parsed.sort_key()


_FIRST = _key(RECORDED_SINCE)


def largest(changes: Sequence[SdkChange]) -> Level:
    """The largest level of `changes` ("none" for none)."""
    return max((change.level for change in changes), key=LEVELS.index, default="none")
