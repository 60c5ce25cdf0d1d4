"""Which folders sdkgen may replace with a generated tree.

Never, whatever the caller says: a file, `/`, the home folder, the working directory, a
folder holding a repository anywhere inside it (`.git`, `.hg`, `.svn`... as a folder or a
file, at any depth), or a folder holding a protected path (the page, its config) or any of
those. Otherwise only a new or empty folder, or one sdkgen wrote (it holds the manifest) that
holds nothing else but tool caches; `overwrite` lifts that second rule, not the first.

A symbolic link is followed: the tree is written where the link points, so the link keeps
working, and every rule applies to that real folder.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable
from pathlib import Path

from generator.output.manifest import MANIFEST, read_manifest


class OutputError(Exception):
    """The output folder cannot be written to as asked; `path` is the folder as given."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path
        self.message = message


# What tools leave in a Python project and may be thrown away with the tree.
_CACHE_FOLDERS = frozenset({"__pycache__", ".pytest_cache", ".mypy_cache", ".ruff_cache"})
_CACHE_FILES = frozenset({".DS_Store"})
# What marks a repository or a working copy (Git, including a submodule's or worktree's `.git`
# file; Mercurial, Subversion, Bazaar, Jujutsu, Darcs, Fossil, CVS).
_VERSION_CONTROL = (".git", ".hg", ".svn", ".bzr", ".jj", "_darcs", ".fslckout", "_FOSSIL_", "CVS")
_SHOWN = 3
"""How many unexpected files an error names before it says 'and N more'."""


def real_target(out_dir: Path, protected: Iterable[Path] = ()) -> Path:
    """The real folder `out_dir` names (links and `..` resolved), once it is known that it
    may be written at all; raises OutputError for the folders sdkgen never replaces."""
    target = Path(os.path.realpath(out_dir))
    link = _through_link(out_dir, target)
    if target.exists() and not target.is_dir():
        raise OutputError(out_dir, f"{link}is a file, not a folder; choose a folder for --out")
    for name, path in _never_replaced(protected):
        if path == target or target in path.parents:
            what = "is" if path == target else "holds"
            raise OutputError(
                out_dir, f"{link}{what} {name}; sdkgen never replaces it, choose another folder"
            )
    for marker in _VERSION_CONTROL:
        if os.path.lexists(target / marker):
            raise OutputError(
                out_dir,
                f"{link}is the root of a repository ({marker}); sdkgen never replaces it, "
                "choose a folder inside it",
            )
    return target


def check_replaceable(out_dir: Path, target: Path, overwrite: bool) -> None:
    """Raise OutputError unless `target` is new, empty, or an sdkgen tree holding nothing
    sdkgen did not write (tool caches aside); `overwrite` allows replacing any of them that
    holds no repository (a repository anywhere inside is refused either way)."""
    if not target.is_dir():
        return
    link = _through_link(out_dir, target)
    repositories = _repositories(target)
    if repositories:
        raise OutputError(
            out_dir,
            f"{link}holds a repository at {_listed(repositories)}; sdkgen never replaces a "
            "folder holding one, even with --overwrite: move it out, or choose another folder",
        )
    if overwrite:
        return
    written = read_manifest(target)
    strays = _unexpected_files(target, written or frozenset())
    if not strays:
        return
    listed = _listed(strays)
    if written is None:
        raise OutputError(
            out_dir,
            f"{link}is not empty and was not written by sdkgen (no {MANIFEST}): it holds "
            f"{listed}; "
            + (
                "it looks like the tree of an sdkgen that kept no manifest yet: pass "
                "--overwrite once to replace it"
                if _older_sdkgen_tree(target)
                else "choose a new or empty folder, or pass --overwrite to replace all of it"
            ),
        )
    raise OutputError(
        out_dir,
        f"{link}holds files sdkgen did not write: {listed}; move them out, or pass --overwrite to "
        "delete them with the old tree",
    )


def _listed(paths: list[str]) -> str:
    listed = ", ".join(paths[:_SHOWN])
    if len(paths) > _SHOWN:
        listed += f" and {len(paths) - _SHOWN} more"
    return listed


def _repositories(root: Path) -> list[str]:
    """Relative paths of the version-control markers anywhere under `root` (folders, files
    or links of those names; a link is not followed), sorted."""
    found = []
    for folder, subfolders, files in os.walk(root):
        relative = Path(folder).relative_to(root)
        for name in [*subfolders, *files]:
            if name in _VERSION_CONTROL:
                found.append((relative / name).as_posix())
        subfolders[:] = [name for name in subfolders if name not in _VERSION_CONTROL]
    return sorted(found)


def _older_sdkgen_tree(root: Path) -> bool:
    try:
        with open(root / "pyproject.toml", encoding="utf-8") as handle:
            return handle.readline().startswith("# Generated by sdkgen")
    except (OSError, UnicodeDecodeError):
        return False


def _through_link(given: Path, target: Path) -> str:
    """`is a link to TARGET, which ` when links made `given` another folder, else "": the
    start of every message about the folder."""
    if os.path.normpath(os.path.abspath(given)) == str(target):
        return ""
    return f"is a link to {target}, which "


def _never_replaced(protected: Iterable[Path]) -> list[tuple[str, Path]]:
    places = [("the root folder", Path("/"))]
    with contextlib.suppress(RuntimeError):  # no home folder can be determined
        places.append(("your home folder", Path(os.path.realpath(Path.home()))))
    with contextlib.suppress(OSError):  # the working directory was deleted
        places.append(("the working directory", Path(os.path.realpath(Path.cwd()))))
    real = [Path(os.path.realpath(path)) for path in protected]
    places += [(str(path), path) for path in real]
    return places


def _unexpected_files(root: Path, written: frozenset[str]) -> list[str]:
    """Relative paths under `root` that are not in `written` and no tool cache: files,
    links and other entries (a link to a folder is not followed). Empty folders are not
    counted: replacing them loses nothing."""
    found = []
    for folder, subfolders, files in os.walk(root):
        relative = Path(folder).relative_to(root)
        for name in list(subfolders):
            if _is_cache_folder(relative / name):
                subfolders.remove(name)
            elif os.path.islink(os.path.join(folder, name)):
                found.append((relative / name).as_posix())
        for name in files:
            file = (relative / name).as_posix()
            if file not in written and file != MANIFEST and not _is_cache_file(name):
                found.append(file)
    return sorted(found)


def _is_cache_folder(path: Path) -> bool:
    name = path.name
    top_level_build = path.as_posix() == "build"
    return name in _CACHE_FOLDERS or name.endswith(".egg-info") or top_level_build


def _is_cache_file(name: str) -> bool:
    return name.endswith((".pyc", ".pyo")) or name in _CACHE_FILES
