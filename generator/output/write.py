"""Write a generated tree all at once, into a folder sdkgen may replace, one run at a time.

`claim_output` checks the folder (generator.output.target: never a file, the home folder,
the project, a folder holding a repository, or one holding files sdkgen did not write) and
locks it against other runs; inside the claim the caller reads the previous tree and
`replace`s it. Files are written into a staging folder beside the output, then swapped with
it in one step: on Linux with renameat2(RENAME_EXCHANGE), which exchanges two directories
atomically, so an error or a kill at any moment leaves the output either entirely old or
entirely new. Elsewhere two renames do the swap, and a run that finds the output missing
after a kill between them restores the old tree first. The new tree carries the manifest of
the files it holds.

The only folders sdkgen creates beside the output are its staging folders,
`.NAME.sdkgen-RUN/`: the new tree in `tree/`, the old one (two-rename swap) in `old/`, and
`SDKGEN-STAGING`, a marker naming the output and the run. Recovery removes, or restores
from, only a folder that carries that marker and whose run has ended (its lock is free);
any other folder beside the output, whatever its name, is never touched.

Runs are kept apart by an exclusive flock on the output's parent folder, held from the
check to the swap: a second run waits for the first, then sees its tree. A staging folder
is locked by the run that fills it, so recovery removes only those whose run has ended.
A new output folder gets the mode the umask gives; a replaced one keeps its mode.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import stat
from collections.abc import Iterable, Iterator, Mapping, Sequence
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
_STAGING_INFIX = ".sdkgen-"
"""`.NAME.sdkgen-RUN`: a staging folder's name, RUN the process id and a random suffix."""
_MARKER = "SDKGEN-STAGING"
"""The file in a staging folder that says it is sdkgen's, for which output and which run."""
_RUN_BYTES = 4
_RUN = re.compile(rf"[0-9]+-[0-9a-f]{{{2 * _RUN_BYTES}}}")
"""A run id: the process id and random hex digits."""
_MARKER_LIMIT = 512
_TREE = "tree"
_RETIRED = "old"


if TYPE_CHECKING:
    import ctypes


class Output:
    """An output folder claimed by this run: checked, and locked against other runs."""

    def __init__(self, path: Path) -> None:
        self.path = path
        """The real folder written (a link given as the output is resolved)."""

    def replace(self, files: Mapping[str, str], made_by: Sequence[tuple[str, str]] = ()) -> None:
        """Replace the folder with exactly `files` (relative POSIX path → text, written as
        UTF-8) and the manifest listing them, recording `made_by` (generator.output.manifest)."""
        tree = with_manifest(files, made_by)
        relative = {path: _safe_relative(path) for path in tree}
        staging, run = _new_staging(self.path)
        try:
            # The run holds the lock until the swap: recovery in another run leaves it alone.
            owner = open_folder(staging)
            try:
                _lock_or_fail(owner, staging)
                _write_marker(staging, _marker(self.path, run))
                new = staging / _TREE
                new.mkdir()
                for path, text in sorted(tree.items()):
                    target = new / relative[path]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    with open(target, "w", encoding="utf-8", newline="\n") as handle:
                        handle.write(text)
                if self.path.is_dir():
                    os.chmod(new, stat.S_IMODE(self.path.stat().st_mode))
                _swap(new, self.path)
            finally:
                os.close(owner)
        except BaseException:
            _finish(staging, self.path)
            raise
        _finish(staging, self.path)


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


def _new_staging(out_dir: Path) -> tuple[Path, str]:
    """A new, empty staging folder beside `out_dir`, and the run id in its name."""
    prefix = _sibling_prefix(out_dir) + _STAGING_INFIX
    while True:
        run = f"{os.getpid()}-{os.urandom(_RUN_BYTES).hex()}"
        staging = out_dir.parent / f"{prefix}{run}"
        try:
            staging.mkdir(mode=0o700)
        except FileExistsError:
            continue
        return staging, run


def _marker(out_dir: Path, run: str) -> bytes:
    """What the marker of run `run`'s staging folder for `out_dir` holds, to the byte."""
    name = os.fsencode(out_dir.name)
    return b"sdkgen staging folder of run " + run.encode() + b" for " + name + b"\n"


def _write_marker(staging: Path, marker: bytes) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW | os.O_CLOEXEC
    fd = os.open(staging / _MARKER, flags, 0o600)
    try:
        os.write(fd, marker)  # one small write: a kill leaves all of it or a prefix
    finally:
        os.close(fd)


def _read_marker(staging: Path) -> bytes | None:
    """The marker's bytes (at most a little more than any marker holds); None when there is
    no regular file by that name."""
    try:
        fd = os.open(staging / _MARKER, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        return os.read(fd, _MARKER_LIMIT)
    finally:
        os.close(fd)


def _is_own_staging(folder: Path, out_dir: Path) -> bool:
    """Whether `folder` is a staging folder sdkgen made for `out_dir`: it holds the marker
    naming `out_dir` and the run in its name, or (a run killed while making it) nothing but
    an empty or partly written marker. Anything else is someone else's and never touched."""
    run = folder.name.removeprefix(_sibling_prefix(out_dir) + _STAGING_INFIX)
    if not _RUN.fullmatch(run):
        return False
    expected = _marker(out_dir, run)
    found = _read_marker(folder)
    if found == expected:
        return True
    try:
        entries = os.listdir(folder)
    except OSError:
        return False
    if not entries:
        return True
    return entries == [_MARKER] and found is not None and expected.startswith(found)


def _finish(staging: Path, out_dir: Path) -> None:
    """Remove a staging folder of this run or of a dead one: first put a retired tree back
    where the output is missing (a kill between the two renames of a swap); a staging folder
    holding the only copy of the output is kept for the next run to try again."""
    retired = staging / _RETIRED
    if _is_folder(retired) and not os.path.lexists(out_dir):
        try:
            os.rename(retired, out_dir)
        except OSError:
            return
    for part in (_TREE, _RETIRED):
        tree = staging / part
        if _is_folder(tree):
            # After a swap this holds the old tree; a read-only root would keep its files.
            with contextlib.suppress(OSError):
                os.chmod(tree, stat.S_IRWXU)
            shutil.rmtree(tree, ignore_errors=True)
    if any(os.path.lexists(staging / part) for part in (_TREE, _RETIRED)):
        return  # a file we may not remove: the marker keeps the folder known as ours
    # The marker goes last: a kill before this point leaves a folder recovery knows as ours.
    with contextlib.suppress(OSError):
        os.unlink(staging / _MARKER)
    with contextlib.suppress(OSError):
        staging.rmdir()


def _is_folder(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _sibling_prefix(out_dir: Path) -> str:
    """`.NAME`, for the staging folders beside `out_dir`; a name too long to
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


def _swap(tree: Path, out_dir: Path) -> None:
    """Put `tree` (a staging folder's new tree) at `out_dir`; the old tree, if there was one,
    is left in the staging folder (at `tree`, or at `old` after a two-rename swap)."""
    if not out_dir.exists():
        os.rename(tree, out_dir)
        return
    if _exchange(tree, out_dir):
        return
    retired = tree.parent / _RETIRED
    os.rename(out_dir, retired)
    try:
        os.rename(tree, out_dir)
    except BaseException:
        os.rename(retired, out_dir)
        raise


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
    """Undo what a killed run left behind (the caller holds the output's lock): in each of
    sdkgen's own staging folders whose run has ended, put back a retired tree the output
    lacks, then remove the folder. A staging folder still locked belongs to a live run; a
    folder without sdkgen's marker is not sdkgen's: both are left alone."""
    prefix = _sibling_prefix(out_dir) + _STAGING_INFIX
    for folder in out_dir.parent.glob(f"{_glob_escape(prefix)}*"):
        if _is_folder(folder) and is_abandoned(folder) and _is_own_staging(folder, out_dir):
            _finish(folder, out_dir)


def _glob_escape(text: str) -> str:
    """`text` matched literally by Path.glob (`[`, `*` and `?` in a folder name)."""
    return "".join(f"[{char}]" if char in "[]*?" else char for char in text)
