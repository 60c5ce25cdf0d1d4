"""The generated package's version and changelog, from what changed since the last generation.

The committed output holds the IR snapshot it was generated from. Generating again compares
that snapshot with the page's IR: breaking changes bump the major version, additions the
minor, documentation the patch, and the change is recorded at the top of CHANGELOG.md.
Nothing changed, nothing moves, so regenerating is idempotent and the drift check quiet.

Versions are PEP 440 (the config's is validated and padded to MAJOR.MINOR.PATCH). A bump
counts on the first three numbers and drops a pre-, post- or dev-release suffix and a local
label: `1.0.0rc1` bumped by "patch" is `1.0.1`, always higher than what it bumps.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass

from generator.distribution import Version, parse_version
from generator.ir.model import Api
from generator.ir.snapshot import load_api
from generator.release.diff import diff_apis
from generator.release.report import markdown_sections

CHANGELOG = "CHANGELOG.md"
_TITLE = "# Changelog\n"


@dataclass(frozen=True)
class Release:
    version: str
    changelog: str


def next_release(
    api: Api, snapshot: str, initial_version: str, previous: Mapping[str, str], snapshot_name: str
) -> Release:
    """The version and CHANGELOG.md for generating `api` over the `previous` output files.

    `snapshot` is `api`'s IR snapshot text, kept in the output as `snapshot_name`.
    `initial_version` (the config's) is used for a first generation, and wins whenever it is
    higher than the version the previous output carries (a deliberate manual bump).
    """
    old_snapshot = previous.get(snapshot_name)
    old_version = _previous_version(previous)
    if old_snapshot is None or old_version is None:
        return Release(initial_version, _first_changelog(initial_version))
    # An unchanged snapshot is an unchanged API: no need to read the old one back.
    old_api = api if old_snapshot == snapshot else load_api(old_snapshot)
    diff = diff_apis(old_api, api)
    old_changelog = previous.get(CHANGELOG) or _first_changelog(old_version)
    version = old_version if diff.level == "none" else bump(old_version, diff.level)
    if _version(initial_version).sort_key() > _version(version).sort_key():
        version = initial_version
    if version == old_version:
        return Release(version, old_changelog)
    lines = [f"## {version}", *markdown_sections(diff, "###")]
    history = old_changelog.removeprefix(_TITLE).lstrip("\n")
    return Release(version, f"{_TITLE}\n" + "\n".join(lines) + "\n\n" + history)


def regenerated_release(
    release: Release, previous: Mapping[str, str], files: Mapping[str, str]
) -> Release | None:
    """A patch release when the API did not change but the generated code did (a newer
    sdkgen, new templates): `release` kept the previous version, yet `files`, generated with
    it, differ from the `previous` output. None when there is nothing to release.

    Installing one version must always give the same code."""
    if release.version != _previous_version(previous):
        return None
    generated = {path: text for path, text in files.items() if path != CHANGELOG}
    if generated == {path: text for path, text in previous.items() if path != CHANGELOG}:
        return None
    version = bump(release.version, "patch")
    entry = f"## {version}\n\n### Generated code\n\n{_REGENERATED}\n"
    history = release.changelog.removeprefix(_TITLE).lstrip("\n")
    return Release(version, f"{_TITLE}\n{entry}\n{history}")


_REGENERATED = "- The code was generated anew (a newer sdkgen); the API did not change."


def _first_changelog(version: str) -> str:
    return f"{_TITLE}\n## {version}\n\nFirst version, generated from the API documentation.\n"


def bump(version: str, level: str) -> str:
    """`1.4.2` bumped by "major" is `2.0.0`, by "minor" `1.5.0`, by "patch" `1.4.3`; an epoch
    (`1!`) is kept, the numbers after the third dropped."""
    parsed = _version(version)
    major, minor, patch = parsed.release[:3]
    if level == "major":
        release = (major + 1, 0, 0)
    elif level == "minor":
        release = (major, minor + 1, 0)
    elif level == "patch":
        release = (major, minor, patch + 1)
    else:
        return version
    return str(Version(parsed.epoch, release))


def _version(version: str) -> Version:
    parsed = parse_version(version)
    if parsed is None:
        raise ValueError(f"version {version!r} is not a PEP 440 version")
    return parsed


def _previous_version(previous: Mapping[str, str]) -> str | None:
    text = previous.get("pyproject.toml")
    if text is None:
        return None
    try:
        version = tomllib.loads(text).get("project", {}).get("version")
    except tomllib.TOMLDecodeError:
        return None
    parsed = parse_version(version) if isinstance(version, str) else None
    return None if parsed is None else str(parsed)
