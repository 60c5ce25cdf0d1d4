"""Request and response models of margin.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel


class GetMarginRiskLimitRequest(RequestModel):
    """The inputs of Get Margin Risk Limit."""

    is_isolated: bool | None = Field(
        default=None, alias="isIsolated", description="True-isolated, false-cross"
    )
    currency: str | None = Field(
        default=None, description="Currency: This field is only required for cross margin"
    )
    symbol: str | None = Field(
        default=None, description="Symbol: This field is only required for isolated margin"
    )


class GetMarginRiskLimitData(ResponseModel):
    """One item of the `data` of the Get Margin Risk Limit response."""

    timestamp: int | None = Field(default=None, description="Time stamp")
    currency: str | None = Field(default=None, description="CROSS MARGIN RESPONSES, Currency")
    borrow_max_amount: str | None = Field(
        default=None,
        alias="borrowMaxAmount",
        description="CROSS MARGIN RESPONSES, Maximum personal borrow amount. If the platform has no borrowing amount, this value will still be displayed.",
    )
    buy_max_amount: str | None = Field(
        default=None, alias="buyMaxAmount", description="CROSS MARGIN RESPONSES, Maximum buy amount"
    )
    hold_max_amount: str | None = Field(
        default=None,
        alias="holdMaxAmount",
        description="CROSS MARGIN RESPONSES, Maximum holding amount",
    )
    borrow_coefficient: str | None = Field(
        default=None,
        alias="borrowCoefficient",
        description="CROSS MARGIN RESPONSES, [Borrow Coefficient](https://www.kucoin.com/land/price-protect)",
    )
    margin_coefficient: str | None = Field(
        default=None,
        alias="marginCoefficient",
        description="CROSS MARGIN RESPONSES, [Margin Coefficient](https://www.kucoin.com/land/price-protect)",
    )
    precision: int | None = Field(
        default=None,
        description="CROSS MARGIN RESPONSES, Currency precision. The minimum repayment amount of a single transaction should be >= currency precision. For example, the precision of ETH is 8, and the minimum repayment amount is 0.00000001",
    )
    borrow_min_amount: str | None = Field(
        default=None,
        alias="borrowMinAmount",
        description="CROSS MARGIN RESPONSES, Minimum personal borrow amount",
    )
    borrow_min_unit: str | None = Field(
        default=None,
        alias="borrowMinUnit",
        description="CROSS MARGIN RESPONSES, Minimum unit for borrowing; the borrowed amount must be an integer multiple of this value",
    )
    borrow_enabled: bool | None = Field(
        default=None,
        alias="borrowEnabled",
        description="CROSS MARGIN RESPONSES, Whether to support borrowing",
    )
    symbol: str | None = Field(default=None, description="ISOLATED MARGIN RESPONSES, Symbol")
    base_max_borrow_amount: str | None = Field(
        default=None,
        alias="baseMaxBorrowAmount",
        description="ISOLATED MARGIN RESPONSES, Base maximum personal borrow amount. If the platform has no borrowing amount, this value will still be displayed.",
    )
    quote_max_borrow_amount: str | None = Field(
        default=None,
        alias="quoteMaxBorrowAmount",
        description="ISOLATED MARGIN RESPONSES, Quote maximum personal borrow amount. If the platform has no borrowing amount, this value will still be displayed.",
    )
    base_max_buy_amount: str | None = Field(
        default=None,
        alias="baseMaxBuyAmount",
        description="ISOLATED MARGIN RESPONSES, Base maximum buy amount\n",
    )
    quote_max_buy_amount: str | None = Field(
        default=None,
        alias="quoteMaxBuyAmount",
        description="ISOLATED MARGIN RESPONSES, Quote maximum buy amount",
    )
    base_max_hold_amount: str | None = Field(
        default=None,
        alias="baseMaxHoldAmount",
        description="ISOLATED MARGIN RESPONSES, Base maximum holding amount\n",
    )
    quote_max_hold_amount: str | None = Field(
        default=None,
        alias="quoteMaxHoldAmount",
        description="ISOLATED MARGIN RESPONSES, Quote maximum holding amount\n",
    )
    base_precision: int | None = Field(
        default=None,
        alias="basePrecision",
        description="ISOLATED MARGIN RESPONSES, Base currency precision. The minimum repayment amount of a single transaction should be >= currency precision. For example, the precision of ETH is 8, and the minimum repayment amount is 0.00000001",
    )
    quote_precision: int | None = Field(
        default=None,
        alias="quotePrecision",
        description="ISOLATED MARGIN RESPONSES, Quote currency precision. The minimum repayment amount of a single transaction should be >= currency precision. For example, the precision of ETH is 8, and the minimum repayment amount is 0.00000001\n",
    )
    base_borrow_min_amount: str | None = Field(
        default=None,
        alias="baseBorrowMinAmount",
        description="ISOLATED MARGIN RESPONSES, Base minimum personal borrow amount\n",
    )
    quote_borrow_min_amount: str | None = Field(
        default=None,
        alias="quoteBorrowMinAmount",
        description="ISOLATED MARGIN RESPONSES, Quote minimum personal borrow amount",
    )
    base_borrow_min_unit: str | None = Field(
        default=None,
        alias="baseBorrowMinUnit",
        description="ISOLATED MARGIN RESPONSES, Base minimum unit for borrowing, the borrowed amount must be an integer multiple of this value",
    )
    quote_borrow_min_unit: str | None = Field(
        default=None,
        alias="quoteBorrowMinUnit",
        description="ISOLATED MARGIN RESPONSES, Quote minimum unit for borrowing, the borrowed amount must be an integer multiple of this value",
    )
    base_borrow_enabled: bool | None = Field(
        default=None,
        alias="baseBorrowEnabled",
        description="ISOLATED MARGIN RESPONSES, Base whether to support borrowing\n",
    )
    quote_borrow_enabled: bool | None = Field(
        default=None,
        alias="quoteBorrowEnabled",
        description="ISOLATED MARGIN RESPONSES, Quote whether to support borrowing\n",
    )
    base_borrow_coefficient: str | None = Field(
        default=None,
        alias="baseBorrowCoefficient",
        description="ISOLATED MARGIN RESPONSES, [Base Borrow Coefficient](https://www.kucoin.com/land/price-protect)",
    )
    quote_borrow_coefficient: str | None = Field(
        default=None,
        alias="quoteBorrowCoefficient",
        description="ISOLATED MARGIN RESPONSES, [Quote Borrow Coefficient](https://www.kucoin.com/land/price-protect)",
    )
    base_margin_coefficient: str | None = Field(
        default=None,
        alias="baseMarginCoefficient",
        description="ISOLATED MARGIN RESPONSES, [Base Margin Coefficient](https://www.kucoin.com/land/price-protect)",
    )
    quote_margin_coefficient: str | None = Field(
        default=None,
        alias="quoteMarginCoefficient",
        description="ISOLATED MARGIN RESPONSES, [Quote Margin Coefficient](https://www.kucoin.com/land/price-protect)",
    )


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_margin_risk_limit": GetMarginRiskLimitRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_margin_risk_limit": list[GetMarginRiskLimitData],
}
"""The type of every operation's response `data`, by operation name."""
