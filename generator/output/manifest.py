"""The manifest: the files sdkgen wrote, kept inside the tree it wrote them to.

Its presence marks a folder as sdkgen's own, and its list is what regenerating may replace:
files an older sdkgen wrote and the new one does not are listed, so they go; a file someone
else put there is not, so it stops the run. (openapi-generator keeps `.openapi-generator/FILES`
for the same purpose.)

Each file is listed with the SHA-256 of its text as written (as a wheel's RECORD does), so a
file edited by hand since is told from what sdkgen wrote; and the header records what made
the tree (`made_by`: sdkgen's version, the digests of its templates and runtime), given by
the caller as labelled values this module only writes and reads back. A manifest of an
earlier sdkgen lists bare paths and records nothing else: it is still read.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

MANIFEST = ".sdkgen/FILES"
"""Where the manifest lives, relative to the tree's root."""

_HEADER = (
    "# The files sdkgen generated in this folder, each after the SHA-256 of its text as\n"
    "# written. Regenerating replaces exactly these and refuses to run while any other file\n"
    "# is here (tool caches aside).\n"
)
_MADE_BY = re.compile(r"# made by (?P<label>[^=\n]+?) = (?P<value>[^\n]*)")
_DIGESTED = re.compile(r"(?P<digest>[0-9a-f]{64})  (?P<path>.+)")


@dataclass(frozen=True)
class Record:
    """What a manifest says of its tree."""

    paths: frozenset[str]
    made_by: Mapping[str, str]
    """The labelled values the tree was written with ({} when the manifest records none)."""
    digests: Mapping[str, str]
    """Each listed file's SHA-256 (hex) as written; a path listed bare has none."""


def digest(text: str) -> str:
    """The SHA-256 of `text` written as UTF-8, in hex: what the manifest records of a file."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def manifest_text(files: Mapping[str, str], made_by: Sequence[tuple[str, str]] = ()) -> str:
    """The manifest of `files` (relative POSIX path → text): `made_by` in the header, then
    each file's digest and path, one a line, sorted by path."""
    for path in files:
        if "\n" in path or "\r" in path:
            raise ValueError(f"a generated file name holds a line break: {path!r}")
    for label, value in made_by:
        if _MADE_BY.fullmatch(f"# made by {label} = {value}") is None:
            raise ValueError(f"cannot record {label!r} = {value!r} in the manifest")
    made = "".join(f"# made by {label} = {value}\n" for label, value in made_by)
    listed = "".join(f"{digest(files[path])}  {path}\n" for path in sorted(files))
    return _HEADER + made + listed


def with_manifest(
    files: Mapping[str, str], made_by: Sequence[tuple[str, str]] = ()
) -> dict[str, str]:
    """`files` and the manifest that lists them, recording `made_by`."""
    if any(path == MANIFEST or path.startswith(".sdkgen/") for path in files):
        raise ValueError(f"{MANIFEST} is sdkgen's own file; a generated tree cannot hold it")
    return {**files, MANIFEST: manifest_text(files, made_by)}


def read_record(root: Path) -> Record | None:
    """What the manifest in `root` says; None when `root` holds no readable manifest (a
    folder sdkgen did not write, or wrote before it kept one)."""
    text = manifest_file(root).get(MANIFEST)
    if text is None:
        return None
    paths, made_by, digests = set(), {}, {}
    for line in text.splitlines():
        if line.startswith("#"):
            made = _MADE_BY.fullmatch(line)
            if made is not None:
                made_by[made["label"]] = made["value"]
        elif line:
            digested = _DIGESTED.fullmatch(line)
            path = line if digested is None else digested["path"]
            paths.add(path)
            if digested is not None:
                digests[path] = digested["digest"]
    return Record(frozenset(paths), made_by, digests)


def read_manifest(root: Path) -> frozenset[str] | None:
    """The paths the manifest in `root` lists; None when `root` holds no readable manifest."""
    record = read_record(root)
    return None if record is None else record.paths


def edited_files(files: Mapping[str, str], record: Record) -> tuple[str, ...]:
    """The files `record` has a digest of that `files` (the tree as it is) holds otherwise,
    or not at all: edited or removed by hand since sdkgen wrote them. Sorted."""
    return tuple(
        path
        for path, recorded in sorted(record.digests.items())
        if path not in files or digest(files[path]) != recorded
    )


def manifest_file(root: Path) -> dict[str, str]:
    """{MANIFEST: its text} when `root` holds a manifest, else {}: for the drift check, which
    compares the committed manifest with the one a fresh generation would write."""
    path = root / MANIFEST
    if path.is_symlink() or not path.is_file():
        return {}
    try:
        return {MANIFEST: path.read_text(encoding="utf-8")}
    except (OSError, UnicodeDecodeError):
        return {}
