"""Load a JSON block from the page, remembering the line where each object starts.

The parser needs those lines to report a disagreement between a JSON schema node and the
table row that repeats it. Objects come back as `LocatedObject`, a dict that knows its
starting line. A well-formed block is read by the standard library's C scanner, each object
given its line from the order its braces close; anything else goes through the pure-Python
scanner, whose object parser is wrapped to locate each object as it is read and to report
what is wrong (tests/test_json_source.py checks the two agree).
"""

from __future__ import annotations

import bisect
import json
import json.decoder
import json.scanner
import math
import re
from collections.abc import Callable
from typing import Any, cast

_NEWLINE = re.compile("\n")

MAX_DEPTH = 64
"""Deepest nesting of objects and arrays a block may have. Widdershins cuts schemas at depth
10 (20 levels of JSON); the limit keeps every later recursive stage far from Python's."""


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
_PY_PARSE_ARRAY = cast(Callable[..., tuple[list[Any], int]], vars(json.decoder)["JSONArray"])
_SCANSTRING = cast(Callable[[str, int, bool], tuple[str, int]], vars(json.decoder)["scanstring"])
_PY_MAKE_SCANNER = cast(Callable[[json.JSONDecoder], Any], vars(json.scanner)["py_make_scanner"])


class _NotPortable(Exception):
    """A value Python's scanner accepts but JSON (and the JSON we print) cannot hold."""


def _portable_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise _NotPortable
    return value


def _portable_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
        raise _NotPortable from None


def _reject_constant(name: str) -> Any:
    raise _NotPortable


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


_SURROGATE = re.compile("[\ud800-\udfff]")
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|-?Infinity|NaN|-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?')


def _first_unportable(text: str) -> tuple[int, str]:
    """Where the first value that `_NotPortable` rejected starts, and what is wrong with it.

    The scanner reads the block left to right and stops at the first such value, so the
    first token that fails the same checks is the one."""
    for match in _TOKEN.finditer(text):
        token = match.group()
        if token in ("NaN", "Infinity", "-Infinity"):
            return match.start(), f"{token} is not a JSON value"
        if token.startswith('"'):
            try:
                decoded = json.loads(token, strict=False)
            except ValueError:
                continue
            if _has_surrogate(decoded):
                return match.start(), "string holds an unpaired UTF-16 surrogate escape"
            continue
        try:
            _portable_float(token) if any(c in token for c in ".eE") else _portable_int(token)
        except _NotPortable:
            shown = token if len(token) <= 20 else token[:20] + "..."
            return match.start(), f"number {shown} is out of range"
    return 0, "a value JSON cannot hold"


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> LocatedObject:
    result = LocatedObject()
    for key, value in pairs:
        if _has_surrogate(key):
            raise _NotPortable
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


class _LocatingDecoder(json.JSONDecoder):
    def __init__(self, line_starts: list[int]) -> None:
        super().__init__(
            object_pairs_hook=_reject_duplicates,
            parse_float=_portable_float,
            parse_int=_portable_int,
            parse_constant=_reject_constant,
        )
        depth = 0

        def enter(end: int) -> None:
            nonlocal depth
            depth += 1
            if depth > MAX_DEPTH:
                line, column = _position(line_starts, end - 1)
                raise JsonBlockError(f"nested more than {MAX_DEPTH} levels deep", line, column)

        def parse_object(
            s_and_end: tuple[str, int], *args: Any, **kwargs: Any
        ) -> tuple[LocatedObject, int]:
            nonlocal depth
            _, end = s_and_end
            enter(end)
            try:
                obj, new_end = _PY_PARSE_OBJECT(s_and_end, *args, **kwargs)
            except _DuplicateKey as duplicate:
                line, column = _position(line_starts, end - 1)
                raise JsonBlockError(
                    f"duplicate key {duplicate.key!r} in the object that starts here",
                    line,
                    column,
                ) from None
            finally:
                depth -= 1
            obj.line = _position(line_starts, end - 1)[0]
            return obj, new_end

        def parse_array(s_and_end: tuple[str, int], *args: Any) -> tuple[list[Any], int]:
            nonlocal depth
            enter(s_and_end[1])
            try:
                return _PY_PARSE_ARRAY(s_and_end, *args)
            finally:
                depth -= 1

        def parse_string(string: str, end: int, strict: bool) -> tuple[str, int]:
            value, new_end = _SCANSTRING(string, end, strict)
            if _has_surrogate(value):
                raise _NotPortable
            return value, new_end

        self.parse_object = parse_object
        self.parse_array = parse_array
        self.parse_string = parse_string
        # The C scanner ignores `parse_object`; the Python one calls it for every object.
        self.scan_once = _PY_MAKE_SCANNER(self)


_DECLINED = object()
# A string token, or a bracket outside strings (valid JSON only: the C scanner checks first).
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"|[{}\[\]]')
# An escaped UTF-16 surrogate (`\ud83d`): the Python path's string check rejects it unpaired.
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _load_with_c_scanner(text: str, line_starts: list[int]) -> Any:
    """The same result as `_LocatingDecoder`, from the standard library's C scanner, for a
    well-formed block; `_DECLINED` for anything else (a malformed block, a repeated key, a
    value JSON cannot hold, nesting past MAX_DEPTH), whose error the Python path then reports.

    The C scanner calls `object_pairs_hook` once per object as the object closes, so the
    objects' opening braces, listed in the order of their closing braces, give each its line."""
    if _SURROGATE.search(text) or _SURROGATE_ESCAPE.search(text):
        return _DECLINED
    openings: list[int] = []
    stack: list[int] = []
    for match in _STRING_OR_BRACKET.finditer(text):
        bracket = match.group()
        if bracket in "{[":
            stack.append(match.start())
            if len(stack) > MAX_DEPTH:
                return _DECLINED
        elif bracket in "}]":
            if not stack:
                return _DECLINED
            opening = stack.pop()
            if bracket == "}":
                openings.append(opening)
    lines = iter([_position(line_starts, offset)[0] for offset in openings])

    def located(pairs: list[tuple[str, Any]]) -> LocatedObject:
        result = _reject_duplicates(pairs)
        result.line = next(lines)
        return result

    decoder = json.JSONDecoder(
        object_pairs_hook=located,
        parse_float=_portable_float,
        parse_int=_portable_int,
        parse_constant=_reject_constant,
    )
    try:
        return decoder.decode(text)
    except (ValueError, _NotPortable, _DuplicateKey, StopIteration, RecursionError):
        return _DECLINED


def _position(line_starts: list[int], offset: int) -> tuple[int, int]:
    index = bisect.bisect_right(line_starts, offset) - 1
    return index + 1, offset - line_starts[index] + 1


def load_located_json(text: str) -> Any:
    """Parse `text`; every object in the result is a `LocatedObject`.

    Raises JsonBlockError for malformed JSON and for an object with a repeated key.
    """
    line_starts = [0, *(match.end() for match in _NEWLINE.finditer(text))]
    fast = _load_with_c_scanner(text, line_starts)
    if fast is not _DECLINED:
        return fast
    try:
        return _LocatingDecoder(line_starts).decode(text)
    except json.JSONDecodeError as error:
        raise JsonBlockError(error.msg, error.lineno, error.colno) from None
    except _NotPortable:
        offset, message = _first_unportable(text)
        raise JsonBlockError(message, *_position(line_starts, offset)) from None
    except RecursionError:
        raise JsonBlockError("JSON nested too deeply", 1, 1) from None
