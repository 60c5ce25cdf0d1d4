"""Write a generated tree all at once, into a folder sdkgen may replace, one run at a time.

`claim_output` checks the folder (generator.output.target: never a file, the home folder,
the project, or a folder holding files sdkgen did not write) and locks it against other
runs; inside the claim the caller reads the previous tree and `replace`s it. Files are
written into a staging folder beside the output, then swapped with it in one step: on Linux
with renameat2(RENAME_EXCHANGE), which exchanges two directories atomically, so an error or
a kill at any moment leaves the output either entirely old or entirely new. Elsewhere two
renames do the swap, and a run that finds the output missing after a kill between them
restores the old tree first. The new tree carries the manifest of the files it holds.

Runs are kept apart by an exclusive flock on the output's parent folder, held from the
check to the swap: a second run waits for the first, then sees its tree. A staging folder
is locked by the run that fills it, so recovery removes only those whose run has ended.
A new output folder gets the mode the umask gives; a replaced one keeps its mode.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from generator.output.lock import LockTimeout, is_abandoned, locked_folder, open_folder, try_lock
from generator.output.manifest import with_manifest
from generator.output.target import OutputError, check_replaceable, real_target

LOCK_TIMEOUT = 120.0
"""Seconds a run waits for another run writing the same output folder."""

_RENAME_EXCHANGE = 2
_AT_FDCWD = -100
_MAX_NAME_BYTES = 150
"""Of the output's name in its staging folder's name, which must fit in 255 bytes."""


if TYPE_CHECKING:
    import ctypes


class Output:
    """An output folder claimed by this run: checked, and locked against other runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        """The real folder written (a link given as the output is resolved)."""

    def replace(self, files: Mapping[str, str]) -> None:
        """Replace the folder with exactly `files` (relative POSIX path → text, written as
        UTF-8) and the manifest listing them."""
        tree = with_manifest(files)
        relative = {path: _safe_relative(path) for path in tree}
        staging = self._staging()
        try:
            # The run holds the lock until the swap: recovery in another run leaves it alone.
            owner = open_folder(staging)
            try:
                _lock_or_fail(owner, staging)
                for path, text in sorted(tree.items()):
                    target = staging / relative[path]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with open(target, "w", encoding="utf-8", newline="\n") as handle:
                        handle.write(text)
                if self.path.is_dir():
                    os.chmod(staging, stat.S_IMODE(self.path.stat().st_mode))
                _swap(staging, self.path)
            finally:
                os.close(owner)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        # After the swap `staging` holds the old tree; a read-only root would keep its files.
        with contextlib.suppress(OSError):
            os.chmod(staging, stat.S_IRWXU)
        shutil.rmtree(staging, ignore_errors=True)

    def _staging(self) -> Path:
        """A new, empty folder beside the output, named after it and this process; made with
        the umask's mode, as the output folder would be."""
        while True:
            name = f"{_sibling_prefix(self.path)}.new-{os.getpid()}-{os.urandom(4).hex()}"
            staging = self.path.parent / name
            try:
                staging.mkdir()
            except FileExistsError:
                continue
            return staging


@contextlib.contextmanager
def claim_output(
    out_dir: Path,
    *,
    protected: Iterable[Path] = (),
    overwrite: bool = False,
    timeout: float = LOCK_TIMEOUT,
) -> Iterator[Output]:
    """Claim `out_dir` for this run: check that it may be replaced (`protected` paths, such
    as the page and its config, must not be inside it), wait up to `timeout` seconds for
    any other run writing it, undo what a killed run left, and check it again.

    Raises OutputError when the folder may not be replaced or the wait runs out."""
    target = real_target(out_dir, protected)
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        with locked_folder(target.parent, timeout):
            _recover(target)
            check_replaceable(out_dir, target, overwrite)
            yield Output(target)
    except LockTimeout:
        raise OutputError(
            out_dir,
            f"another sdkgen run has been writing here for {timeout:g} s; try again when it "
            "has finished",
        ) from None


def write_tree(out_dir: Path, files: Mapping[str, str], *, overwrite: bool = False) -> None:
    """Replace `out_dir` with exactly `files` (and their manifest), as one claim."""
    with claim_output(out_dir, overwrite=overwrite) as output:
        output.replace(files)


def _lock_or_fail(fd: int, folder: Path) -> None:
    if not try_lock(fd):  # a folder we just made: nobody else can hold it
        raise OSError(f"cannot lock the staging folder {folder}")


def _sibling_prefix(out_dir: Path) -> str:
    """`.NAME`, for the staging and retired folders beside `out_dir`; a name too long to
    leave room for a suffix is cut and told apart from others by a hash of it."""
    name = out_dir.name
    encoded = name.encode("utf-8", "surrogateescape")
    if len(encoded) > _MAX_NAME_BYTES:
        digest = hashlib.sha256(encoded).hexdigest()[:12]
        cut = encoded[:_MAX_NAME_BYTES].decode("utf-8", "ignore")
        name = f"{cut}-{digest}"
    return f".{name}"


def _safe_relative(relative: str) -> Path:
    path = PurePosixPath(relative)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"refusing to write outside the output directory: {relative!r}")
    return Path(*path.parts)


def _swap(staging: Path, out_dir: Path) -> None:
    """Put `staging` at `out_dir`; afterwards `staging` holds the old tree, if there was one."""
    if not out_dir.exists():
        os.rename(staging, out_dir)
        staging.mkdir()
        return
    if _exchange(staging, out_dir):
        return
    retired = out_dir.parent / f"{_sibling_prefix(out_dir)}.old"
    shutil.rmtree(retired, ignore_errors=True)
    os.rename(out_dir, retired)
    try:
        os.rename(staging, out_dir)
    except BaseException:
        os.rename(retired, out_dir)
        raise
    os.rename(retired, staging)


def _exchange(first: Path, second: Path) -> bool:
    """Atomically exchange two directories (Linux renameat2); False where unsupported."""
    renameat2 = getattr(_libc(), "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    return bool(result == 0)


def _libc() -> ctypes.CDLL | None:
    """The C library's symbols as this process already has them loaded: no search for the
    library file (`ctypes.util.find_library` runs `ldconfig` and costs tens of ms)."""
    import ctypes  # only a run that replaces an existing tree needs it

    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _recover(out_dir: Path) -> None:
    """Undo what a killed run left behind (the caller holds the output's lock): restore a
    retired tree, remove the staging folders whose run has ended. A staging folder still
    locked belongs to a live run and is left alone."""
    prefix = _sibling_prefix(out_dir)
    retired = out_dir.parent / f"{prefix}.old"
    if retired.is_dir() and not retired.is_symlink() and not out_dir.exists():
        os.rename(retired, out_dir)
    for stale in out_dir.parent.glob(f"{_glob_escape(prefix)}.new-*"):
        if stale.is_dir() and not stale.is_symlink() and is_abandoned(stale):
            shutil.rmtree(stale, ignore_errors=True)


def _glob_escape(text: str) -> str:
    """`text` matched literally by Path.glob (`[`, `*` and `?` in a folder name)."""
    return "".join(f"[{char}]" if char in "[]*?" else char for char in text)
