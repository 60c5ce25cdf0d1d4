"""Plain data as indented JSON: the text `json.dumps(data, indent=2, ensure_ascii=False)`
writes, byte for byte, in a third of its time.

With `indent` set, the standard library leaves its C encoder for a pure-Python one that
passes every piece of text up a chain of nested generators, one per level: the OpenAPI
snapshot was the slowest file of a generation to write. This writer walks the data once,
appending to one list; strings still go through the standard library's own (C) string
encoder, and numbers through the same `repr`. Data of any other shape (a key that is not a
string, an object JSON cannot hold, a cycle) is handed to `json.dumps` itself, so its output
and errors are the standard library's.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any

_INDENT = "  "


class _NotPlain(Exception):
    """The data holds something this writer leaves to `json.dumps`."""


def dump_json(data: Any) -> str:
    """`json.dumps(data, indent=2, ensure_ascii=False)`."""
    parts: list[str] = []
    try:
        _write(data, "\n", parts)
    except (_NotPlain, RecursionError):
        return json.dumps(data, indent=2, ensure_ascii=False)
    return "".join(parts)


def _write(value: Any, newline: str, parts: list[str]) -> None:
    # The order of the checks is json.encoder's: a bool is an int, and a str subclass is text.
    if isinstance(value, str):
        parts.append(encode_basestring(value))
    elif value is None:
        parts.append("null")
    elif value is True:
        parts.append("true")
    elif value is False:
        parts.append("false")
    elif isinstance(value, int):
        parts.append(int.__repr__(value))
    elif isinstance(value, float):
        parts.append(_float(value))
    elif isinstance(value, (list, tuple)):
        _array(value, newline, parts)
    elif isinstance(value, dict):
        _object(value, newline, parts)
    else:
        raise _NotPlain


def _array(items: list[Any] | tuple[Any, ...], newline: str, parts: list[str]) -> None:
    if not items:
        parts.append("[]")
        return
    inner = newline + _INDENT
    separator = "[" + inner
    for item in items:
        parts.append(separator)
        _write(item, inner, parts)
        separator = "," + inner
    parts.append(newline + "]")


def _object(members: dict[Any, Any], newline: str, parts: list[str]) -> None:
    if not members:
        parts.append("{}")
        return
    inner = newline + _INDENT
    separator = "{" + inner
    for key, value in members.items():
        if not isinstance(key, str):
            raise _NotPlain  # json.dumps turns numbers, booleans and None into keys its way
        parts.append(separator + encode_basestring(key) + ": ")
        _write(value, inner, parts)
        separator = "," + inner
    parts.append(newline + "}")


def _float(value: float) -> str:
    # json.encoder's floatstr with allow_nan=True.
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == float("-inf"):
        return "-Infinity"
    return float.__repr__(value)
