"""JSON answers read within bounds: whatever a server sends, reading it costs time and memory
in proportion to its size, and raises nothing but ValueError (for text that is not JSON).
And JSON written exactly (`dumps`): a Decimal goes out as the number its digits say.

- Text: JSON is UTF-8 (RFC 8259), whatever charset a header declares (httpx would honour
  `charset=base64` and fail); bytes that are not UTF-8 become U+FFFD.
- Numbers: a fraction is an ExactDecimal, never a float. A number whose text is longer than
  MAX_NUMBER_CHARS, or whose exponent is beyond MAX_EXPONENT either way, is kept as its text:
  `1e999999999` written out is a gigabyte, `1e-99999999` takes minutes to write, and an
  integer of 5000 digits cannot be converted at all (Python's limit on int digits). NaN,
  Infinity and -Infinity (not JSON; Python's reader takes them) are kept as their text too.
- Nesting: an array or object nested deeper than MAX_DEPTH is kept as its JSON text (a
  string): Python's reader raises RecursionError long before a body's end, and so would any
  code walking such a value.
- Duplicate keys: the last one wins, as in most JSON readers.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Callable
from decimal import Decimal
from itertools import accumulate
from typing import Any

MAX_NUMBER_CHARS = 100
"""The longest number (sign, digits, point, exponent) read as a number; longer is text."""
MAX_EXPONENT = 300
"""The largest power of ten a fraction may reach (or go below) and still be read as a number:
within a float's range, and written out in a few hundred characters at most."""
MAX_DEPTH = 64
"""Levels of arrays and objects in one answer (the envelope is the first); deeper ones are
kept as their text. KuCoin's answers nest five or six levels."""

# A string, or the rest of the text after a quote that is never closed: every quote starts
# at most one attempt, so a body of escaped quotes costs no more than its length.
_STRING_TEXT = r'"[^"\\]*(?:\\.[^"\\]*)*\\?(?:"|\Z)'
_TOKEN = re.compile(_STRING_TEXT + r"|[\[{]+|[\]}]+", re.DOTALL)  # brackets in runs
_NOT_STRUCTURE = bytes(sorted(set(range(256)) - set(b'"[]{}')))
_DEPTH_STEPS = bytes.maketrans(b"[{]}", b"\x01\x01\xff\xff")  # +1, +1, -1, -1 as signed bytes


class ExactDecimal(Decimal):
    """A JSON number read exactly, whose text is the number as written: pydantic turns a
    number into text with str(), and str(Decimal) writes 1E-7 for 0.00000010."""

    __slots__ = ()

    def __str__(self) -> str:
        return format(self, "f")


def dumps(value: Any, default: Callable[[Any], Any]) -> str:
    """`value` as compact JSON, as `json.dumps(value, default=default, separators=(",", ":"),
    ensure_ascii=False)` writes it, but for a Decimal, written as a JSON number from its own
    digits (`format(d, "f")`: 30000.5, 0.00000010), never through a float. ValueError for a
    Decimal that is NaN or infinite; `default` turns any other value JSON lacks into one it
    has (or raises TypeError)."""
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if value is None or isinstance(value, (bool, int, float)):
        return json.dumps(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} cannot be sent as a JSON number")
        return format(value, "f")
    if isinstance(value, dict):
        members = (
            f"{json.dumps(key if isinstance(key, str) else str(key), ensure_ascii=False)}:"
            f"{dumps(item, default)}"
            for key, item in value.items()
        )
        return "{" + ",".join(members) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ",".join(dumps(item, default) for item in value) + "]"
    return dumps(default(value), default)


def decode(content: bytes) -> str:
    """An answer's bytes as text: UTF-8 (a byte-order mark dropped), U+FFFD for bad bytes."""
    return content.decode("utf-8-sig", errors="replace")


# Where an integer may be too long: a run of MAX_NUMBER_CHARS digits (found as zeros in the
# text's bytes with every digit made "0" and all else " ", at C speed). Without one (nearly
# every answer), integers are read with no check per integer, which costs more than reading
# the rest of the answer; every fraction and exponent goes through `_fraction` anyway.
_DIGITS_AS_ZEROS = bytes(0x30 if 0x30 <= byte <= 0x39 else 0x20 for byte in range(256))
_LONG_DIGIT_RUN = b"0" * MAX_NUMBER_CHARS


def loads(text: str) -> Any:
    """`text` as JSON within this module's bounds; ValueError when it is not JSON."""
    if text.count("[") + text.count("{") > MAX_DEPTH:
        text = _shallow(text)
    if _LONG_DIGIT_RUN not in text.encode("utf-8", "surrogatepass").translate(_DIGITS_AS_ZEROS):
        return json.loads(text, parse_float=_fraction, parse_constant=_as_text)
    return json.loads(text, parse_float=_fraction, parse_int=_integer, parse_constant=_as_text)


def _fraction(text: str) -> ExactDecimal | str:
    if len(text) > MAX_NUMBER_CHARS:
        return text
    number = ExactDecimal(text)
    exponent = number.as_tuple().exponent
    if (
        isinstance(exponent, int)
        and exponent >= -MAX_EXPONENT
        and number.adjusted() <= MAX_EXPONENT
    ):
        return number
    return text


def _integer(text: str) -> int | str:
    return int(text) if len(text) <= MAX_NUMBER_CHARS else text


def _as_text(text: str) -> str:
    return text


def _brackets_outside_strings(text: str) -> bytes:
    """The brackets of `text` that are not inside a string, in order, found with bytes
    methods alone (C speed): escaped backslashes and quotes dropped, then everything but
    quotes and brackets, then what lies between a quote and the next. A string never closed
    runs to the end, as JSON reads it (and as a JSON reader gets no further than the first
    thing that is not JSON, the brackets before it are the ones it meets)."""
    data = text.encode("utf-8", "surrogatepass")
    if b"\\" in data:
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    data = data.translate(None, _NOT_STRUCTURE)
    return b"".join(data.split(b'"')[::2])


def _shallow(text: str) -> str:
    """`text` with each array or object that opens deeper than MAX_DEPTH replaced by a JSON
    string of its text. ValueError when its brackets do not pair up (it is not JSON)."""
    # First at C speed (the strings removed, the brackets kept as +1 and -1, their running
    # sum): most answers are shallow, and a deep one whose brackets do not pair up (a body of
    # a million `[`) is no JSON whatever else it holds.
    steps = array("b", _brackets_outside_strings(text).translate(_DEPTH_STEPS))
    if max(accumulate(steps), default=0) <= MAX_DEPTH:
        return text
    if sum(steps) != 0 or min(accumulate(steps)) < 0:
        raise ValueError("the brackets of the text do not pair up")
    pieces: list[str] = []
    depth = 0
    done = 0  # text before this is in `pieces`
    start = -1  # where the too-deep container being kept as text opened
    for token in _TOKEN.finditer(text):
        run = token.end() - token.start()
        if text[token.start()] in "[{":
            if depth <= MAX_DEPTH < depth + run:
                start = token.start() + MAX_DEPTH - depth
            depth += run
        elif text[token.start()] in "]}":
            if depth - run <= MAX_DEPTH < depth and start >= 0:
                end = token.start() + depth - MAX_DEPTH
                pieces += (text[done:start], json.dumps(text[start:end]))
                done, start = end, -1
            depth -= run
    pieces.append(text[done:])
    return "".join(pieces)
