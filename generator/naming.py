"""Identifier decisions: how the page's human names become stable Python-friendly names."""

from __future__ import annotations

import re
import unicodedata

_ACRONYM_THEN_WORD = re.compile(r"([A-Z]+)([A-Z][a-z])")
_LOWER_THEN_UPPER = re.compile(r"([a-z0-9])([A-Z])")
_NOT_WORD = re.compile(r"[^0-9a-zA-Z]+")


def snake_case(text: str) -> str:
    """`Get Order By OrderId` → `get_order_by_order_id`; `Cancel All Orders - V1` →
    `cancel_all_orders_v1`; `clientOid` → `client_oid`. Accents are folded to ASCII and
    anything that is not a letter or digit separates words. May return "" for text with no
    letters or digits; callers decide what that means."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    spaced = _LOWER_THEN_UPPER.sub(r"\1_\2", _ACRONYM_THEN_WORD.sub(r"\1_\2", ascii_text))
    return _NOT_WORD.sub("_", spaced).strip("_").lower()
