"""Format generated Python with black, in-process, cached by content hash.

black is most of a generation's cost (about 80% on the seed), yet its output depends only on
its version, its mode and the input text. So every formatted file is kept in a cache keyed
by a hash of those three: a regeneration whose rendered code did not change skips black
entirely. The cache lives in $SDKGEN_CACHE_DIR, else $XDG_CACHE_HOME/sdkgen, else
~/.cache/sdkgen; a cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Mapping
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
    for path, text in files.items():
        if not path.endswith(".py") or not text:
            formatted[path] = text
            continue
        entry = cache / hashlib.sha256(key_prefix + text.encode()).hexdigest()
        formatted[path] = _cached(entry) or _format(path, text, entry)
    return formatted


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


def _format(path: str, text: str, entry: Path) -> str:
    import black
    from black.mode import Mode, TargetVersion
    from black.parsing import InvalidInput

    mode = Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})
    try:
        result = black.format_str(text, mode=mode)
        # black accepts some code Python rejects (`1 = "a"` in a class body): compile too.
        compile(result, path, "exec", dont_inherit=True)
    except (InvalidInput, SyntaxError) as error:
        raise FormattingError(f"{path}: rendered code does not parse: {error}") from None
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
