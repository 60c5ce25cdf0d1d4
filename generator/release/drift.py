"""Drift: how the committed output differs from what the pages generate now."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path


def tree_files(root: Path) -> dict[str, str]:
    """Every file under `root` by relative POSIX path, read as UTF-8 (empty if no `root`).

    Tool caches (hidden directories, __pycache__, *.egg-info) are not generated output, and
    neither is the manifest sdkgen keeps in `.sdkgen/`: it lists the files, so the release
    side (versions, changelog) never sees it; the drift check compares it on its own."""
    if not root.is_dir():
        return {}
    files = {}
    for path in sorted(root.rglob("*")):
        parts = path.relative_to(root).parts
        if not path.is_file() or any(_is_cache(part) for part in parts):
            continue
        files["/".join(parts)] = path.read_text(encoding="utf-8", errors="replace")
    return files


def _is_cache(part: str) -> bool:
    return part.startswith(".") or part == "__pycache__" or part.endswith((".egg-info", ".pyc"))


def tree_diff(committed: Mapping[str, str], expected: Mapping[str, str], label: str) -> str:
    """A unified diff from the committed files to the expected ones ("" when equal)."""
    import difflib  # only `check` prints a diff: `generate` does not pay for it

    chunks: list[str] = []
    for name in sorted(set(committed) | set(expected)):
        old, new = committed.get(name), expected.get(name)
        if old == new:
            continue
        fromfile = f"{label}/{name}" if old is not None else "/dev/null"
        tofile = f"{label}/{name} (regenerated)" if new is not None else "/dev/null"
        lines = list(
            difflib.unified_diff(
                (old or "").splitlines(keepends=True),
                (new or "").splitlines(keepends=True),
                fromfile=fromfile,
                tofile=tofile,
            )
        )
        # difflib prints nothing for an empty file that exists on one side only.
        chunks.extend(lines or [f"--- {fromfile}\n", f"+++ {tofile}\n"])
    return "".join(line if line.endswith("\n") else line + "\n" for line in chunks)
