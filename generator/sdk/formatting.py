"""Format generated Python with black, cached by content hash, on every core.

black is most of a generation's cost, yet its output depends only on its version, its mode
and the input text. So every formatted file is kept in a cache keyed by a hash of those
three: a regeneration whose rendered code did not change skips black entirely. The cache
lives in $SDKGEN_CACHE_DIR, else $XDG_CACHE_HOME/sdkgen, else ~/.cache/sdkgen; a cache that
cannot be read or written is simply not used. Files the cache does not have are formatted
in parallel, in processes forked from this one (on Linux; elsewhere one after the other),
largest first. The renderer already writes black-clean code (generator.sdk.layout), which
spares black its second pass.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import sys
import tempfile
import threading
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

LINE_LENGTH = 100


class FormattingError(ValueError):
    """A rendered file is not valid Python: a template bug, never the page's fault."""


def format_files(files: Mapping[str, str], cache_dir: Path | None = None) -> dict[str, str]:
    """The same files, every `.py` one formatted by black (and checked to compile)."""
    cache = cache_dir if cache_dir is not None else default_cache_dir()
    from importlib.metadata import version  # costs ~20 ms to import; only generation needs it

    # black is imported only on a cache miss: importing it costs more than a warm run's parse.
    key_prefix = f"black {version('black')} line_length={LINE_LENGTH} py311\0".encode()
    formatted: dict[str, str] = {}
    misses: list[tuple[str, str, Path]] = []
    for path, text in files.items():
        if not path.endswith(".py") or not text:
            formatted[path] = text
            continue
        entry = cache / hashlib.sha256(key_prefix + text.encode()).hexdigest()
        cached = _cached(entry)
        if cached is None:
            misses.append((path, text, entry))
        else:
            formatted[path] = cached
    # Largest first, so no process is left with a big file at the end.
    misses.sort(key=lambda miss: (-len(miss[1]), miss[0]))
    for (path, _, _), result in zip(misses, _format_all(misses), strict=True):
        formatted[path] = result
    return {path: formatted[path] for path in files}


def default_cache_dir() -> Path:
    explicit = os.environ.get("SDKGEN_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "sdkgen" / "black"


def _cached(entry: Path) -> str | None:
    try:
        return entry.read_text(encoding="utf-8")
    except OSError:
        return None


def _format_all(misses: list[tuple[str, str, Path]]) -> list[str]:
    workers = min(len(misses), _usable_cores())
    # fork keeps black imported and the parent's state; it is unsafe once threads exist. A
    # daemonic process (a multiprocessing.Pool worker embedding sdkgen) may not have children.
    forkable = threading.active_count() == 1 and not multiprocessing.current_process().daemon
    if workers < 2 or sys.platform != "linux" or not forkable:
        return [_format(*miss) for miss in misses]
    import black  # noqa: F401 - imported once here, inherited by every forked worker

    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            return list(pool.map(_format, *zip(*misses, strict=True)))
    except BrokenProcessPool as error:  # a worker was killed (out of memory, a signal)
        raise FormattingError(f"a formatting process died: {error}") from None


def _usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def _format(path: str, text: str, entry: Path) -> str:
    import black
    from black.mode import Mode, TargetVersion
    from black.parsing import InvalidInput

    mode = Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    # black's syntax tree is one web of parent-linked nodes: the cyclic collector rescanning it
    # while it grows made a 15,000-line file cost 40% more per line than a 1,500-line one.
    # Pause it while black runs; the garbage is collected as usual afterwards.
    collecting = gc.isenabled()
    gc.disable()
    try:
        result = black.format_str(text, mode=mode)
        # black accepts some code Python rejects (`1 = "a"` in a class body): compile too.
        compile(result, path, "exec", dont_inherit=True)
    except (InvalidInput, SyntaxError) as error:
        raise FormattingError(f"{path}: rendered code does not parse: {error}") from None
    finally:
        if collecting:
            gc.enable()
    _store(entry, result)
    return result


def _store(entry: Path, text: str) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=entry.parent, delete=False, suffix=".tmp"
        ) as handle:
            handle.write(text)
        os.replace(handle.name, entry)  # atomic: a reader sees the whole entry or none
    except OSError:
        return
