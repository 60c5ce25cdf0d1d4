"""What a field's name says its example looks like: one table of name patterns → value makers.

Used by `generator.sdk.examples` for a field the page gives no value for (no example, default
or enum), so that fixtures and README examples read like an exchange's data: a price is a
numeric text (or a number, as the schema types it), a currency a code, an id id-shaped, a time
plausible milliseconds. The value a rule makes is only a preference: examples.py moves it into
the schema's bounds, and drops it for the schema-built value when it breaks a length or a
pattern. The page's own examples of a field of the same name or rule come before the rule's
value (so a futures page's `XBTUSDTM` beats `BTC-USDT`).

A name is matched as its words, lower case, joined by spaces (`clientOid` → "client oid",
`best_bid_size` → "best bid size"); most rules look at its last word, the noun: `feeCurrency`
is a currency, `bestBidSize` a size. The first rule that matches wins.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from generator.ir.model import JsonValue, Schema

Maker = Callable[[Schema], "JsonValue | Decimal"]
"""The preferred value for a schema of the rule's kind: a text, an int, a bool, or a Decimal
for a number; None when the rule has no value of the schema's type (a symbol as an integer)."""


def _decimal(text: str, integer: int) -> Maker:
    """A quantity: the text for a string, the Decimal for a number, `integer` for an integer."""

    def make(schema: Schema) -> JsonValue | Decimal:
        if schema.type == "string":
            return text
        if schema.type == "number":
            return Decimal(text)
        return integer if schema.type == "integer" else None

    return make


def _text(text: str, integer: int | None = None) -> Maker:
    """A code or an id: `text` for a string, `integer` (when there is one) for a number."""

    def make(schema: Schema) -> JsonValue | Decimal:
        if schema.type == "string":
            return text
        return integer if schema.type in ("integer", "number") else None

    return make


_MILLISECONDS = 1_729_176_273_859  # 2024-10-17, a time the exchange could have answered


def _time(schema: Schema) -> JsonValue | Decimal:
    """Milliseconds since the epoch, or nanoseconds where the description says so, or seconds
    where the format is 32 bits wide; a text of digits for a string."""
    if "nano" in (schema.description or "").lower():
        value = _MILLISECONDS * 1_000_000
    elif schema.format == "int32":
        value = _MILLISECONDS // 1000
    else:
        value = _MILLISECONDS
    if schema.type == "string":
        return str(value)
    return value if schema.type in ("integer", "number") else None


def _date(schema: Schema) -> JsonValue | Decimal:
    """A day: its first millisecond for a number, ISO 8601 for a text."""
    if schema.type == "string":
        return "2024-10-17"
    return _MILLISECONDS - _MILLISECONDS % 86_400_000 if schema.type == "integer" else None


@dataclass(frozen=True)
class NameRule:
    kind: str
    pattern: re.Pattern[str]
    """Matched against the name's words, lower case, joined by spaces."""
    make: Maker
    shared: bool = False
    """Whether the page's example for one field of this kind serves every field of it: a
    currency code or a symbol is one whatever the field, an id or a time is not (a page's
    `chainId` example `eth` is no withdrawal id)."""


def _rule(kind: str, pattern: str, make: Maker, *, shared: bool = False) -> NameRule:
    return NameRule(kind, re.compile(pattern), make, shared)


_LAST = r"(?:^| )"
"""Before a pattern's last word: the start of the name or a space."""

NAME_RULES: tuple[NameRule, ...] = (
    _rule("client id", r"\bclient\b.* (?:id|oid)$", _text("5c52e112-03aa-4f7a-9c3d-93fb0c2b1a6d")),
    _rule("user id", _LAST + r"(?:uid|uids)$", _text("10000001", 10_000_001)),
    _rule("id", _LAST + r"(?:id|ids|oid|no)$", _text("5c35c02703aa673ceec2a168", 10_000_001)),
    _rule("time", _LAST + r"(?:time|at|timestamp|ts)$", _time),
    _rule("date", _LAST + r"date$", _date),
    _rule("sequence", _LAST + r"(?:sequence|seq)$", _decimal("14610502970", 14_610_502_970)),
    _rule("page", _LAST + r"(?:page|pages)$", _decimal("1", 1)),
    _rule("page size", r"\bpage (?:size|limit)$", _decimal("50", 50)),
    _rule("count", r"^total$|" + _LAST + r"(?:count|num|limit)$", _decimal("1", 1)),
    _rule("symbol", _LAST + r"(?:symbol|symbols)$", _text("BTC-USDT"), shared=True),
    _rule("base currency", r"\bbase (?:currency|coin)$", _text("BTC"), shared=True),
    _rule("currency", _LAST + r"(?:currency|currencies|coin)$", _text("USDT"), shared=True),
    _rule(
        "price",
        _LAST + r"(?:price|bids?|asks?|high|low|open|close|last)$",
        _decimal("67000.5", 67000),
    ),
    _rule("size", _LAST + r"(?:size|qty|quantity|volume|vol|lots?)$", _decimal("0.001", 1)),
    _rule("fee", _LAST + r"(?:fee|fees|commission|tax)$", _decimal("0.067", 1)),
    _rule("rate", _LAST + r"(?:rate|ratio|percent)$", _decimal("0.001", 1)),
    _rule("increment", _LAST + r"(?:increment|tick)$", _decimal("0.00001", 1)),
    _rule("leverage", _LAST + r"leverage$", _decimal("3", 3)),
    _rule(
        "amount",
        _LAST + r"(?:funds|amount|value|balance|available|holds?|cost|margin|pnl|equity|total)$",
        _decimal("100.5", 100),
    ),
)

LIMIT_ORDER_KINDS = frozenset({"price", "size"})
"""The kinds of field a limit order states: a request choosing `limit` as its type gets an
example of each such optional field it has (by its bare name: `price`, not `stopPrice`)."""

_WORD = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")


# A package's examples ask about the same few hundred names thousands of times.
@functools.lru_cache(maxsize=4096)
def words(name: str) -> str:
    """`name`'s words, lower case, joined by spaces: `bestBidSize` → "best bid size"."""
    return " ".join(word.lower() for word in _WORD.findall(name))


@functools.lru_cache(maxsize=4096)
def name_rule(name: str) -> NameRule | None:
    """The first rule of NAME_RULES that `name` matches, or None."""
    said = words(name)
    return next((rule for rule in NAME_RULES if rule.pattern.search(said)), None)
