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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.distribution import Version, normalized_name, parse_version
from generator.ir.model import Api
from generator.ir.snapshot import load_api
from generator.release.changes import LEVELS
from generator.release.sdk_changes import RECORDED_SINCE, SdkChange, changes_since, largest

CHANGELOG = "CHANGELOG.md"
_TITLE = "# Changelog\n"


@dataclass(frozen=True)
class Release:
    version: str
    changelog: str


@dataclass(frozen=True)
class Snapshot:
    """One page's IR as the output keeps it: `text` at `path` (`api.ir.yaml` for the page
    the client serves itself, `api/<service>.ir.yaml` for a service of the client)."""

    path: str
    service: str | None
    """The client attribute serving the page; None when the client serves it itself."""
    api: Api
    text: str


_LAYOUT_CHANGE = "- The package's layout changed: {now}. Every operation moved; see the README."


def next_release(
    snapshots: Sequence[Snapshot],
    initial_version: str,
    previous: Mapping[str, str],
    distribution: str | None = None,
    provenance: Provenance | None = None,
) -> Release:
    """The version and CHANGELOG.md for generating the pages of `snapshots` over the
    `previous` output files.

    Each page is compared with its own previous snapshot: the package moves by the largest
    change of any page (a page new to the package adds all its operations; a page gone
    removes them). `initial_version` (the config's) is used for a first generation, and wins
    whenever it is higher than the version the previous output carries (a manual bump).

    When `distribution` (the package's name on an index) is not the previous output's, the
    output holds another package now: its first version, whose changelog names the package
    it replaces there, since the old one's users keep its name and versions.

    `provenance` says which sdkgen made the previous output and which makes this one: what
    the newer one changed in every generated SDK (`sdk_changes`) moves the version too, by
    the largest of those and of the API's changes, and the changelog lists them.
    """
    old_version = _previous_version(previous)
    old_paths = {path for path in previous if _is_snapshot(path)}
    old_name = _previous_distribution(previous)
    if (
        old_version is not None
        and distribution is not None
        and old_name not in (None, normalized_name(distribution))
    ):
        note = _SUCCEEDS.format(name=old_name, version=old_version)
        return Release(initial_version, _first_changelog(initial_version, note))
    if old_version is None or not old_paths:
        return Release(initial_version, _first_changelog(initial_version))
    old_changelog = previous.get(CHANGELOG) or _first_changelog(old_version)
    if (SNAPSHOT in old_paths) != any(snapshot.path == SNAPSHOT for snapshot in snapshots):
        # The page the client served itself became a service, or a service became the
        # client's own page: every operation moved.
        level, lines = "major", ["", "### Package layout", "", _layout_text(snapshots)]
    else:
        level, lines = _page_changes(snapshots, previous, old_paths)
    sdk_changes = sdk_changes_of(provenance)
    if provenance is not None and sdk_changes:
        level = max(level, largest(sdk_changes), key=LEVELS.index)
        lines += ["", "### SDK", "", _sdk_heading(provenance), ""]
        lines += [f"- {change.text}" for change in sdk_changes]
    version = old_version if level == "none" else bump(old_version, level)
    if _version(initial_version).sort_key() > _version(version).sort_key():
        version = initial_version
    if version == old_version:
        return Release(version, old_changelog)
    history = old_changelog.removeprefix(_TITLE).lstrip("\n")
    entry = "\n".join([f"## {version}", *lines])
    return Release(version, f"{_TITLE}\n{entry}\n\n{history}")


def _page_changes(
    snapshots: Sequence[Snapshot],
    previous: Mapping[str, str],
    old_paths: set[str],
) -> tuple[str, list[str]]:
    """The largest change of any page, and the changelog lines (grouped by service, where
    the client serves pages as services)."""
    # A first generation compares nothing: it does not pay for importing the comparison.
    from generator.release.report import service_sections
    from generator.release.services import diff_packages

    # By service ("" for a page the client serves itself); a page new to the package has no
    # old snapshot, and one gone has no new one: diff_packages pairs them with nothing.
    new = {snapshot.service or "": snapshot.api for snapshot in snapshots}
    old = {}
    for snapshot in snapshots:
        old_text = previous.get(snapshot.path)
        if old_text == snapshot.text:
            old[snapshot.service or ""] = snapshot.api  # unchanged: no need to read it back
        elif old_text is not None:
            old[snapshot.service or ""] = load_api(old_text)
    for path in sorted(old_paths - {snapshot.path for snapshot in snapshots}):
        old[_service_of(path) or ""] = load_api(previous[path])
    report = diff_packages(old, new)
    return report.level, service_sections(report, "###")


SNAPSHOT = "api.ir.yaml"
"""The IR snapshot of the page the client serves itself (a flat package)."""


def _is_snapshot(path: str) -> bool:
    return path == SNAPSHOT or (path.startswith("api/") and path.endswith(".ir.yaml"))


def _service_of(path: str) -> str | None:
    return None if path == SNAPSHOT else path.removeprefix("api/").removesuffix(".ir.yaml")


def _layout_text(snapshots: Sequence[Snapshot]) -> str:
    """What the client serves now, for the changelog of a package whose layout changed."""
    services = [f"`client.{s.service}`" for s in snapshots if s.service is not None]
    now = (
        f"the client serves {len(services)} pages as services: {', '.join(services)}"
        if services
        else "the client serves one page's operations itself (`client.<operation>`)"
    )
    return _LAYOUT_CHANGE.format(now=now)


@dataclass(frozen=True)
class Maker:
    """What makes a tree, as its manifest records it: sdkgen's version, and the SHA-256 of
    the templates it renders and of the runtime it copies into every package."""

    version: str
    templates: str
    runtime: str

    def recorded(self) -> tuple[tuple[str, str], ...]:
        """The labelled values the manifest records (generator.output.manifest)."""
        return (("sdkgen", self.version), ("templates", self.templates), ("runtime", self.runtime))

    @staticmethod
    def from_record(made_by: Mapping[str, str]) -> Maker | None:
        """The maker a manifest recorded (`recorded`'s values); None if it recorded none."""
        version, templates, runtime = (made_by.get(k) for k in ("sdkgen", "templates", "runtime"))
        if version is None or templates is None or runtime is None:
            return None
        return Maker(version, templates, runtime)


@dataclass(frozen=True)
class Provenance:
    """How the previous output was made, beside its API, and what makes the new one: what a
    release of code whose API did not change says it comes from."""

    maker: Maker
    previous_maker: Maker | None
    """As the previous output's manifest records it; None when it records none."""
    edited: tuple[str, ...] = ()
    """The previous output's files that differ from what its manifest says sdkgen wrote (or
    are gone): edited by hand since."""


def sdk_changes_of(provenance: Provenance | None) -> tuple[SdkChange, ...]:
    """What the sdkgen making the new output changed in generated SDKs since the one that
    made the previous output (nothing when the caller knows neither)."""
    if provenance is None:
        return ()
    before = provenance.previous_maker
    return changes_since(None if before is None else before.version, provenance.maker.version)


def _sdk_heading(provenance: Provenance) -> str:
    before, now = provenance.previous_maker, provenance.maker.version
    if before is None:
        return (
            f"sdkgen {now} generated this over an output that records no sdkgen (one older"
            f" than {RECORDED_SINCE}, which began recording it). What it changes:"
        )
    return f"sdkgen {before.version} → {now}. What it changes:"


def regenerated_release(
    release: Release,
    previous: Mapping[str, str],
    files: Mapping[str, str],
    provenance: Provenance | None = None,
) -> Release | None:
    """A patch release when the API did not change but the generated code did: `release`
    kept the previous version, yet `files`, generated with it, differ from the `previous`
    output. None when there is nothing to release. Its changelog entry says why, from
    `provenance` (what made each output): it does not guess what it does not know.

    Installing one version must always give the same code."""
    if release.version != _previous_version(previous):
        return None
    changed = {
        path for path in {*files, *previous} - {CHANGELOG} if files.get(path) != previous.get(path)
    }
    if not changed:
        return None
    version = bump(release.version, "patch")
    reasons = "".join(f"{line}\n" for line in _regenerated_because(provenance, changed))
    entry = f"## {version}\n\n### Generated code\n\n{reasons}"
    history = release.changelog.removeprefix(_TITLE).lstrip("\n")
    return Release(version, f"{_TITLE}\n{entry}\n{history}")


def _regenerated_because(provenance: Provenance | None, changed: set[str]) -> list[str]:
    """The changelog lines saying why code whose API did not change was generated anew:
    each cause the outputs' records show, or that they do not show one."""
    lines = ["- The code was generated anew; the API did not change."]
    if provenance is None:
        return lines
    edited = [path for path in provenance.edited if path in changed]
    if edited:
        lines.append(
            "- Files were edited by hand after sdkgen wrote them, and are now as sdkgen writes"
            f" them: {', '.join(f'`{path}`' for path in edited)}."
        )
    now, before = provenance.maker, provenance.previous_maker
    if before is None:
        lines.append("- The previous output does not record which sdkgen made it.")
        return lines
    parts = [
        part for part in ("templates", "runtime") if getattr(before, part) != getattr(now, part)
    ]
    what = f"its {' and '.join(parts)} changed" if parts else ""
    if before.version != now.version:
        lines.append(f"- sdkgen {before.version} → {now.version}" + (f": {what}." if what else "."))
    elif parts:
        lines.append(f"- sdkgen {now.version}'s {' and '.join(parts)} changed (the same version).")
    elif not set(changed) - set(edited):
        return lines
    else:
        lines.append(
            f"- sdkgen {now.version}, its templates and its runtime are those that made the"
            " previous output: the package's config changed, or sdkgen's own code did at the"
            " same version."
        )
    return lines


_SUCCEEDS = (
    "\n\nIt replaces `{name}` {version} in this output: a package of another name, so it starts"
    " at its own first version, and `{name}` keeps its own. Code written for `{name}` moves:"
    " the README says where each service is now."
)


def _first_changelog(version: str, note: str = "") -> str:
    return f"{_TITLE}\n## {version}\n\nFirst version, generated from the API documentation.{note}\n"


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
    version = _previous_project(previous).get("version")
    parsed = parse_version(version) if isinstance(version, str) else None
    return None if parsed is None else str(parsed)


def _previous_distribution(previous: Mapping[str, str]) -> str | None:
    """The previous output's distribution name, normalized as PEP 503 compares names."""
    name = _previous_project(previous).get("name")
    return normalized_name(name) if isinstance(name, str) else None


def _previous_project(previous: Mapping[str, str]) -> dict[str, object]:
    """The `[project]` table of the previous output's pyproject.toml ({} without one)."""
    text = previous.get("pyproject.toml")
    if text is None:
        return {}
    import tomllib  # here: only a regeneration over an earlier output reads its pyproject

    try:
        project = tomllib.loads(text).get("project", {})
    except tomllib.TOMLDecodeError:
        return {}
    return project if isinstance(project, dict) else {}
