"""The manifest: the list of the files sdkgen wrote, kept inside the tree it wrote them to.

Its presence marks a folder as sdkgen's own, and its list is what regenerating may replace:
files an older sdkgen wrote and the new one does not are listed, so they go; a file someone
else put there is not, so it stops the run. (openapi-generator keeps `.openapi-generator/FILES`
for the same purpose.)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

MANIFEST = ".sdkgen/FILES"
"""Where the manifest lives, relative to the tree's root."""

_HEADER = (
    "# The files sdkgen generated in this folder. Regenerating replaces exactly these and\n"
    "# refuses to run while any other file is here (tool caches aside).\n"
)


def manifest_text(paths: Iterable[str]) -> str:
    """The manifest listing `paths` (relative POSIX paths), one a line, sorted."""
    lines = sorted(paths)
    for path in lines:
        if "\n" in path or "\r" in path:
            raise ValueError(f"a generated file name holds a line break: {path!r}")
    return _HEADER + "".join(f"{path}\n" for path in lines)


def with_manifest(files: Mapping[str, str]) -> dict[str, str]:
    """`files` and the manifest that lists them."""
    if any(path == MANIFEST or path.startswith(".sdkgen/") for path in files):
        raise ValueError(f"{MANIFEST} is sdkgen's own file; a generated tree cannot hold it")
    return {**files, MANIFEST: manifest_text(files)}


def read_manifest(root: Path) -> frozenset[str] | None:
    """The paths the manifest in `root` lists; None when `root` holds no readable manifest
    (a folder sdkgen did not write, or wrote before it kept one)."""
    text = manifest_file(root).get(MANIFEST)
    if text is None:
        return None
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


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
