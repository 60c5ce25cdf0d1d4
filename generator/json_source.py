"""Load a JSON block from the page, remembering the line where each object starts.

The parser needs those lines to report a disagreement between a JSON schema node and the
table row that repeats it. The standard library's pure-Python scanner lets us wrap its
object parser; objects come back as `LocatedObject`, a dict that knows its starting line.
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import re
from collections.abc import Callable
from typing import Any, cast

_NEWLINE = re.compile("\n")


class LocatedObject(dict[str, Any]):
    """A JSON object and the 1-based line, within its block, of its opening brace."""

    line: int


class JsonBlockError(ValueError):
    """Malformed JSON: `line` and `column` are 1-based within the block."""

    def __init__(self, message: str, line: int, column: int) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


# Not in typeshed, but public in CPython's json package since 2.6: the pure-Python scanner
# and object parser, which the C accelerator replaces when a decoder does not override them.
_PY_PARSE_OBJECT = cast(
    Callable[..., tuple["LocatedObject", int]], vars(json.decoder)["JSONObject"]
)
_PY_MAKE_SCANNER = cast(Callable[[json.JSONDecoder], Any], vars(json.scanner)["py_make_scanner"])


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> LocatedObject:
    result = LocatedObject()
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _LocatingDecoder(json.JSONDecoder):
    def __init__(self, line_starts: list[int]) -> None:
        super().__init__(object_pairs_hook=_reject_duplicates)
        original = _PY_PARSE_OBJECT

        def parse_object(
            s_and_end: tuple[str, int], *args: Any, **kwargs: Any
        ) -> tuple[LocatedObject, int]:
            _, end = s_and_end
            try:
                obj, new_end = original(s_and_end, *args, **kwargs)
            except _DuplicateKey as duplicate:
                line, column = _position(line_starts, end - 1)
                raise JsonBlockError(
                    f"duplicate key {duplicate.key!r} in the object that starts here",
                    line,
                    column,
                ) from None
            obj.line = _position(line_starts, end - 1)[0]
            return obj, new_end

        self.parse_object = parse_object
        # The C scanner ignores `parse_object`; the Python one calls it for every object.
        self.scan_once = _PY_MAKE_SCANNER(self)


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(line_starts, offset) - 1
    return index + 1, offset - line_starts[index] + 1


def load_located_json(text: str) -> Any:
    """Parse `text`; every object in the result is a `LocatedObject`.

    Raises JsonBlockError for malformed JSON and for an object with a repeated key.
    """
    line_starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
    try:
        return _LocatingDecoder(line_starts).decode(text)
    except json.JSONDecodeError as error:
        raise JsonBlockError(error.msg, error.lineno, error.colno) from None
    except RecursionError:
        raise JsonBlockError("JSON nested too deeply", 1, 1) from None
