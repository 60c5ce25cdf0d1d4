"""Plain data (dicts, lists, text, numbers, booleans, None) as block-style YAML, fast and the
same on every machine.

PyYAML's pure-Python emitter was the largest cost of a generation after black, and libyaml's
writes some strings differently, so which one ran would show in the output. This emitter
writes one fixed style any YAML 1.1 loader reads back to the same data:

- mappings and lists in block style (`key: value`, `- item`), `{}` and `[]` when empty;
- text plain where that cannot be misread (no indicator at the start, no `: ` or ` #`, no
  word YAML would take for a boolean, number, null or date), as a literal block (`|-`) when
  it spans several lines of printable text, and double-quoted with escapes otherwise;
- numbers as PyYAML writes them (`1.0e-07`, never a bare exponent YAML 1.1 reads as text).

Lines are never folded, so a changed description is a one-line diff.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from yaml.nodes import ScalarNode
from yaml.resolver import Resolver

_STR_TAG = "tag:yaml.org,2002:str"
_RESOLVER = Resolver()
_PLAIN_START = re.compile(r"[A-Za-z0-9_(/.$]")
# Inside plain text: anything printable but what a YAML reader could take for a key (`: `),
# a comment (` #`) or a line break, and trailing white space, which it would drop.
_PLAIN_FORBIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff]|: | #|:$|\s$")
# Characters a double-quoted scalar must escape: the quote, the backslash, and whatever YAML
# does not allow as is (controls, line breaks it folds, the BOM, unpaired surrogates).
_NEEDS_ESCAPE = re.compile(r"[\x00-\x1f\x7f-\x9f\"\\\u2028\u2029\ufeff\ud800-\udfff\ufffe\uffff]")
# A YAML reader looks no further than 1024 characters for the `:` after a key; a longer key
# is written explicitly (`? key` then `: value`).
_SIMPLE_KEY_LIMIT = 1000
_SHORT_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\t": "\\t", "\r": "\\r", "\0": "\\0"}


def dump_yaml(data: Any) -> str:
    """`data` as YAML text ending in a newline."""
    lines: list[str] = []
    if isinstance(data, dict) and data:
        _mapping(data, 0, lines)
    elif isinstance(data, list) and data:
        _sequence(data, 0, lines)
    else:
        lines.append(_inline(data, 0))
    return "\n".join(lines) + "\n"


def _mapping(data: dict[Any, Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for key, value in data.items():
        key_text = _scalar(key, indent)
        if len(key_text) <= _SIMPLE_KEY_LIMIT:
            head = f"{pad}{key_text}:"
        else:
            lines.append(f"{pad}? {key_text}")
            head = f"{pad}:"
        _member(head, value, indent, lines, nested_indent=indent + 2, list_indent=indent)


def _sequence(data: list[Any], indent: int, lines: list[str]) -> None:
    pad = " " * indent
    for item in data:
        if isinstance(item, dict) and item:
            # The first key shares the line with the dash, the others align under it.
            first = len(lines)
            _mapping(item, indent + 2, lines)
            lines[first] = f"{pad}- " + lines[first][indent + 2 :]
        elif isinstance(item, list) and item:
            first = len(lines)
            _sequence(item, indent + 2, lines)
            lines[first] = f"{pad}- " + lines[first][indent + 2 :]
        else:
            _member(f"{pad}-", item, indent, lines, nested_indent=indent + 2, list_indent=indent)


def _member(
    head: str, value: Any, indent: int, lines: list[str], *, nested_indent: int, list_indent: int
) -> None:
    if isinstance(value, dict) and value:
        lines.append(head)
        _mapping(value, nested_indent, lines)
    elif isinstance(value, list) and value:
        lines.append(head)
        _sequence(value, list_indent, lines)
    elif isinstance(value, str) and _is_literal_block(value):
        lines.append(f"{head} {_block_indicator(value)}")
        pad = " " * nested_indent
        lines.extend(f"{pad}{line}" if line else "" for line in _block_lines(value))
    else:
        lines.append(f"{head} {_inline(value, indent)}")


def _inline(value: Any, indent: int) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _scalar(value, indent)


def _scalar(value: Any, indent: int) -> str:
    if isinstance(value, str):  # most scalars, and no str is any of the values below
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float(value)
    raise TypeError(f"cannot write a {type(value).__name__} as YAML")


def _float(value: float) -> str:
    # As PyYAML's representer writes floats: YAML 1.1 needs a dot in the mantissa.
    if value != value:
        return ".nan"
    if value in (float("inf"), float("-inf")):
        return ".inf" if value > 0 else "-.inf"
    text = repr(value).lower()
    if "." not in text and "e" in text:
        text = text.replace("e", ".0e", 1)
    return text


# A snapshot writes the same few hundred strings (field names, types, formats) thousands of
# times; deciding each one's style again cost more than the rest of the emitter.
@functools.lru_cache(maxsize=4096)
def _string(text: str) -> str:
    return text if _is_plain(text) else _double_quoted(text)


def _is_plain(text: str) -> bool:
    if not text or not _PLAIN_START.match(text) or _PLAIN_FORBIDDEN.search(text):
        return False
    if not text.isprintable():
        return False
    # A word YAML would read as something other than text (true, null, 1_000, 2001-12-14).
    tag: object = _RESOLVER.resolve(ScalarNode, text, (True, False))  # type: ignore[no-untyped-call]
    return tag == _STR_TAG


def _is_literal_block(text: str) -> bool:
    if "\n" not in text or text.startswith((" ", "\n")):
        return False
    lines = text.rstrip("\n").split("\n")
    return all(line == line.rstrip() and _printable(line) for line in lines)


def _printable(line: str) -> bool:
    return (line.isprintable() or all(c.isprintable() or c == "\t" for c in line)) and not any(
        c in "\u2028\u2029\ufeff\x85" for c in line
    )


def _block_indicator(text: str) -> str:
    if not text.endswith("\n"):
        return "|-"
    return "|" if not text.endswith("\n\n") else "|+"


def _block_lines(text: str) -> list[str]:
    body = text[:-1] if text.endswith("\n") else text
    return body.split("\n")


def _double_quoted(text: str) -> str:
    return '"' + _NEEDS_ESCAPE.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    char = match.group(0)
    short = _SHORT_ESCAPES.get(char)
    if short is not None:
        return short
    return f"\\u{ord(char):04x}"
