"""Format generated Python with black, in-process (no subprocess per file)."""

from __future__ import annotations

from collections.abc import Mapping

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

LINE_LENGTH = 100
_MODE = Mode(line_length=LINE_LENGTH, target_versions={TargetVersion.PY311})


class FormattingError(ValueError):
    """A rendered file is not valid Python: a template bug, never the page's fault."""


def format_files(files: Mapping[str, str]) -> dict[str, str]:
    """The same files, every `.py` one formatted by black."""
    formatted: dict[str, str] = {}
    for path, text in files.items():
        if not path.endswith(".py") or not text:
            formatted[path] = text
            continue
        try:
            formatted[path] = black.format_str(text, mode=_MODE)
            # black accepts some code Python rejects (`1 = "a"` in a class body): compile too.
            compile(formatted[path], path, "exec", dont_inherit=True)
        except (InvalidInput, SyntaxError) as error:
            raise FormattingError(f"{path}: rendered code does not parse: {error}") from None
    return formatted
