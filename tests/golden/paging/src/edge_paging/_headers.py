"""Header values read strictly: a header that is missing, malformed or absurd reads as None,
never as an error, so that no header can turn an answer (a placed order) into one."""

from __future__ import annotations

import re
from email.utils import parsedate_to_datetime

import httpx

# A header integer of more digits is no count KuCoin sends (nor one int() reads at once).
_INTEGER = re.compile(r"-?[0-9]{1,18}")


def header_int(headers: httpx.Headers, name: str) -> int | None:
    """The integer a header holds; None when it is missing, malformed or absurdly long."""
    text = (headers.get(name) or "").strip()
    return int(text) if _INTEGER.fullmatch(text) else None


def server_date(headers: httpx.Headers) -> float | None:
    """The server's clock from its `Date` header, in seconds since the epoch."""
    return http_date(headers.get("date") or "")


def http_date(text: str) -> float | None:
    """An HTTP date in seconds since the epoch; None when there is none (an unreadable
    header says nothing)."""
    if not text:
        return None
    try:
        return parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
