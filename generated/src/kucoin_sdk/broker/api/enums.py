"""Enumerations of broker: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from kucoin_sdk._enums import TradeType, TradeTypeLiteral

__all__ = ["TradeType", "TradeTypeLiteral"]
