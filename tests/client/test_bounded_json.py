"""The runtime's bounded JSON reader (generator/runtime/_json.py): its shortcuts for ordinary
answers read exactly what its careful path reads.

Two shortcuts keep an ordinary answer's cost near `json.loads`: integers are read without a
check per integer when no run of digits in the text is long enough to be out of bounds, and
the depth of nesting is measured from the brackets outside strings, found with bytes methods
instead of a regex.
"""

from __future__ import annotations

import json
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.runtime import _json

# JSON values whose strings are rich in what the shortcuts must get right: brackets, quotes
# and backslashes inside strings, numbers of every shape.
_TRICKY_TEXT = st.text(alphabet=st.sampled_from(list('[]{}"\\ab\n\u00e9e0')), max_size=12)
_NUMBERS = st.one_of(
    st.integers(min_value=-(10**150), max_value=10**150),
    st.decimals(allow_nan=False, allow_infinity=False, places=None).map(str).map(float),
    st.sampled_from(["1e5", "2E-7", "1e999999", "-0.5", "1" * 120, "0." + "3" * 120]),
    st.sampled_from(["9" * 99, "9" * 100, "-" + "9" * 100, "9" * 101]),
)
_VALUES = st.recursive(
    st.one_of(st.none(), st.booleans(), _TRICKY_TEXT, _NUMBERS),
    lambda children: st.one_of(
        st.lists(children, max_size=4), st.dictionaries(_TRICKY_TEXT, children, max_size=4)
    ),
    max_leaves=40,
)


def _text(value: Any) -> str:
    """`value` as JSON, its number placeholders (strings of digits) written as numbers."""
    text = json.dumps(value, ensure_ascii=False)
    return re.sub(r'"(1{120}|0\.3{120}|1e999999|1e5|2E-7|-0\.5|-?9{99,101})"', r"\1", text)


def _careful(text: str) -> Any:
    return json.loads(
        text, parse_float=_json._fraction, parse_int=_json._integer, parse_constant=_json._as_text
    )


def _brackets_by_regex(text: str) -> bytes:
    strings = re.compile(_json._STRING_TEXT, re.DOTALL)
    outside = strings.sub("", text).encode("utf-8", "surrogatepass")
    return bytes(byte for byte in outside if byte in b"[]{}")


@settings(max_examples=300)
@given(_VALUES)
def test_the_number_shortcut_reads_what_the_careful_path_reads(value: Any) -> None:
    text = _text(value)
    assert _json.loads(text) == _careful(text)
    assert type(_json.loads(text)) is type(_careful(text))


@settings(max_examples=300)
@given(_VALUES.map(_text), st.floats(min_value=0, max_value=1))
def test_brackets_outside_strings_are_those_a_regex_lexer_finds(text: str, cut: float) -> None:
    # A JSON text, or the start of one (a string may then never close). In text that is not
    # JSON the two may differ after the first character that is not JSON, where a JSON reader
    # stops: `\"` outside a string is no escape to a reader, and the regex takes it as one.
    start = text[: round(len(text) * cut)]
    assert _json._brackets_outside_strings(start) == _brackets_by_regex(start)


def test_an_answer_at_risk_takes_the_careful_path() -> None:
    assert _json.loads('{"a": 1e999999}') == {"a": "1e999999"}
    assert _json.loads('{"a": ' + "9" * 5000 + "}") == {"a": "9" * 5000}
    assert _json.loads('{"a": 12, "b": "1e999999"}') == {"a": 12, "b": "1e999999"}
