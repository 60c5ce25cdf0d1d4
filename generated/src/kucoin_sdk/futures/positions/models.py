"""Request and response models of futures.

Request models hold every input of an operation (path, query and body fields), validate them
and reject unknown names; response models read whatever the API returns, leniently.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any

from pydantic import Field

from kucoin_sdk._base import RequestModel, RequestRootModel, ResponseModel
from kucoin_sdk._decimals import DecimalNumber, DecimalString
from kucoin_sdk.futures.positions.enums import (
    MarginMode,
    MarginModeLiteral,
    PositionSide,
)


class GetMarginModeRequest(RequestModel):
    """The inputs of Get Margin Mode."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetMarginModeData(ResponseModel):
    """The `data` of the Get Margin Mode response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).",
    )


class SwitchMarginModeRequest(RequestModel):
    """The inputs of Switch Margin Mode."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    margin_mode: MarginMode | MarginModeLiteral = Field(
        alias="marginMode",
        description="Modified margin model: ISOLATED (isolated), CROSS (cross margin).",
    )


class SwitchMarginModeData(ResponseModel):
    """The `data` of the Switch Margin Mode response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin mode: ISOLATED (isolated), CROSS (cross margin).",
    )


class BatchSwitchMarginModeRequest(RequestModel):
    """The inputs of Batch Switch Margin Mode."""

    margin_mode: MarginMode | MarginModeLiteral = Field(
        alias="marginMode",
        description="Modified margin model: ISOLATED (isolated), CROSS (cross margin).",
    )
    symbols: list[str] = Field(
        description="Symbol list of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )


class BatchSwitchMarginModeDataError(ResponseModel):
    """One item of `errors` in the Batch Switch Margin Mode response."""

    code: str | None = Field(default=None, description="Error code")
    msg: str | None = Field(default=None, description="Error message")
    symbol: str | None = Field(default=None, description="Symbol")


class BatchSwitchMarginModeData(ResponseModel):
    """The `data` of the Batch Switch Margin Mode response."""

    margin_mode: dict[str, str] | None = Field(
        default=None,
        alias="marginMode",
        description="Target Margin Model, Symbols that failed to be modified will also be included",
    )
    errors: list[BatchSwitchMarginModeDataError] | None = Field(
        default=None, description="Symbol which modification failed"
    )


class GetMaxOpenSizeRequest(RequestModel):
    """The inputs of Get Max Open Size."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )
    price: DecimalString = Field(description="Order Price")
    leverage: int = Field(description="Leverage")


class GetMaxOpenSizeData(ResponseModel):
    """The `data` of the Get Max Open Size response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    max_buy_open_size: int | None = Field(
        default=None, alias="maxBuyOpenSize", description="Maximum buy size (unit: lot)\n"
    )
    max_sell_open_size: int | None = Field(
        default=None, alias="maxSellOpenSize", description="Maximum buy size (unit: lot)\n"
    )


class GetPositionDetailsRequest(RequestModel):
    """The inputs of Get Position Details."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetPositionDetailsData(ResponseModel):
    """The `data` of the Get Position Details response."""

    id: str | None = Field(default=None, description="Position ID\n")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    cross_mode: bool | None = Field(
        default=None, alias="crossMode", description="Whether it is cross margin."
    )
    delev_percentage: Decimal | None = Field(
        default=None, alias="delevPercentage", description="ADL ranking percentile\n"
    )
    opening_timestamp: int | None = Field(
        default=None, alias="openingTimestamp", description="First opening time"
    )
    current_timestamp: int | None = Field(
        default=None, alias="currentTimestamp", description="Current timestamp\n"
    )
    current_qty: int | None = Field(
        default=None, alias="currentQty", description="Current postion quantity\n"
    )
    current_cost: Decimal | None = Field(
        default=None, alias="currentCost", description="Current postion value\n"
    )
    current_comm: Decimal | None = Field(
        default=None, alias="currentComm", description="Current commission\n"
    )
    unrealised_cost: Decimal | None = Field(
        default=None, alias="unrealisedCost", description="Unrealised value\n"
    )
    realised_gross_cost: Decimal | None = Field(
        default=None,
        alias="realisedGrossCost",
        description="Accumulated realised gross profit value\n",
    )
    realised_cost: Decimal | None = Field(
        default=None, alias="realisedCost", description="Current realised position value\n"
    )
    is_open: bool | None = Field(
        default=None, alias="isOpen", description="Opened position or not\n"
    )
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price\n")
    mark_value: Decimal | None = Field(default=None, alias="markValue", description="Mark Value\n")
    pos_cost: Decimal | None = Field(default=None, alias="posCost", description="Position value\n")
    pos_init: Decimal | None = Field(
        default=None,
        alias="posInit",
        description="Inital margin Cross = opening value/cross leverage; isolated = accumulation of initial margin for each transaction\n",
    )
    pos_margin: Decimal | None = Field(
        default=None,
        alias="posMargin",
        description="Bankruptcy cost Cross = mark value * imr; Isolated = position margin (accumulation of initial margin, additional margin, generated funding fees, etc.)\n",
    )
    realised_gross_pnl: Decimal | None = Field(
        default=None,
        alias="realisedGrossPnl",
        description="Accumulated realised gross profit value\n",
    )
    realised_pnl: Decimal | None = Field(
        default=None, alias="realisedPnl", description="Realised profit and loss\n"
    )
    unrealised_pnl: Decimal | None = Field(
        default=None, alias="unrealisedPnl", description="Unrealised profit and loss\n"
    )
    unrealised_pnl_pcnt: Decimal | None = Field(
        default=None, alias="unrealisedPnlPcnt", description="Profit-loss ratio of the position\n"
    )
    unrealised_roe_pcnt: Decimal | None = Field(
        default=None, alias="unrealisedRoePcnt", description="Rate of return on investment\n"
    )
    avg_entry_price: Decimal | None = Field(
        default=None, alias="avgEntryPrice", description="Average entry price\n"
    )
    liquidation_price: Decimal | None = Field(
        default=None,
        alias="liquidationPrice",
        description="Liquidation price For Cross Margin, you can refer to the liquidationPrice, and the liquidation is based on the risk rate.\n",
    )
    bankrupt_price: Decimal | None = Field(
        default=None,
        alias="bankruptPrice",
        description="Bankruptcy price For Cross Margin, you can refer to the bankruptPrice, and the liquidation is based on the risk rate.\n",
    )
    settle_currency: str | None = Field(
        default=None,
        alias="settleCurrency",
        description="Currency used to clear and settle the trades\n",
    )
    is_inverse: bool | None = Field(
        default=None, alias="isInverse", description="Reverse contract or not\n"
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin Mode: CROSS，ISOLATED\n",
    )
    position_side: PositionSide | str | None = Field(
        default=None,
        alias="positionSide",
        union_mode="left_to_right",
        description="Position Side\n",
    )
    leverage: Decimal | None = Field(default=None, description="Leverage")
    auto_deposit: bool | None = Field(
        default=None,
        alias="autoDeposit",
        description="Auto deposit margin or not **Only applicable to Isolated Margin**\n",
    )
    maint_margin_req: Decimal | None = Field(
        default=None, alias="maintMarginReq", description="Maintenance margin requirement\n"
    )
    risk_limit: int | None = Field(
        default=None,
        alias="riskLimit",
        description="Risk limit **Only applicable to Isolated Margin**\n",
    )
    real_leverage: Decimal | None = Field(
        default=None,
        alias="realLeverage",
        description="Leverage of the order **Only applicable to Isolated Margin**\n",
    )
    pos_cross: Decimal | None = Field(
        default=None,
        alias="posCross",
        description="added margin **Only applicable to Isolated Margin**\n",
    )
    pos_cross_margin: int | None = Field(
        default=None,
        alias="posCrossMargin",
        description="Additional margin calls (automatic, manual, adjusted risk limits) **Only applicable to Isolated Margin**\n",
    )
    pos_comm: Decimal | None = Field(
        default=None,
        alias="posComm",
        description="Bankruptcy cost **Only applicable to Isolated Margin**\n",
    )
    pos_comm_common: Decimal | None = Field(
        default=None,
        alias="posCommCommon",
        description="Part of bankruptcy cost (positioning, add margin) **Only applicable to Isolated Margin**\n",
    )
    pos_loss: Decimal | None = Field(
        default=None,
        alias="posLoss",
        description="Funding fees paid out **Only applicable to Isolated Margin**\n",
    )
    pos_funding: Decimal | None = Field(
        default=None,
        alias="posFunding",
        description="The current remaining unsettled funding fee for the position **Only applicable to Isolated Margin**\n",
    )
    pos_maint: Decimal | None = Field(
        default=None, alias="posMaint", description="Maintenance margin\n"
    )
    maint_margin: Decimal | None = Field(
        default=None,
        alias="maintMargin",
        description="Position margin **Only applicable to Isolated Margin**\n",
    )
    maintain_margin: Decimal | None = Field(
        default=None,
        alias="maintainMargin",
        description="Maintenance margin rate **Only applicable to Isolated Margin**\n",
    )


class GetPositionListRequest(RequestModel):
    """The inputs of Get Position List."""

    currency: str | None = Field(
        default=None,
        description="Quote currency code, Please refer to [rootSymbol](https://www.kucoin.com/docs-new/api-221752070) , such as USDT,XBT. Query all positions when empty",
    )


class GetPositionListData(ResponseModel):
    """One item of the `data` of the Get Position List response."""

    id: str | None = Field(default=None, description="Position ID\n")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    cross_mode: bool | None = Field(
        default=None, alias="crossMode", description="Whether it is cross margin."
    )
    delev_percentage: Decimal | None = Field(
        default=None, alias="delevPercentage", description="ADL ranking percentile\n"
    )
    opening_timestamp: int | None = Field(
        default=None, alias="openingTimestamp", description="First opening time"
    )
    current_timestamp: int | None = Field(
        default=None, alias="currentTimestamp", description="Current timestamp\n"
    )
    current_qty: int | None = Field(
        default=None, alias="currentQty", description="Current postion quantity\n"
    )
    current_cost: Decimal | None = Field(
        default=None, alias="currentCost", description="Current postion value\n"
    )
    current_comm: Decimal | None = Field(
        default=None, alias="currentComm", description="Current commission\n"
    )
    unrealised_cost: Decimal | None = Field(
        default=None, alias="unrealisedCost", description="Unrealised value\n"
    )
    realised_gross_cost: Decimal | None = Field(
        default=None,
        alias="realisedGrossCost",
        description="Accumulated realised gross profit value\n",
    )
    realised_cost: Decimal | None = Field(
        default=None, alias="realisedCost", description="Current realised position value\n"
    )
    is_open: bool | None = Field(
        default=None, alias="isOpen", description="Opened position or not\n"
    )
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price\n")
    mark_value: Decimal | None = Field(default=None, alias="markValue", description="Mark Value\n")
    pos_cost: Decimal | None = Field(default=None, alias="posCost", description="Position value\n")
    pos_init: Decimal | None = Field(
        default=None,
        alias="posInit",
        description="Inital margin Cross = opening value/cross leverage; isolated = accumulation of initial margin for each transaction\n",
    )
    pos_margin: Decimal | None = Field(
        default=None,
        alias="posMargin",
        description="Bankruptcy cost Cross = mark value * imr; Isolated = position margin (accumulation of initial margin, additional margin, generated funding fees, etc.)\n",
    )
    realised_gross_pnl: Decimal | None = Field(
        default=None,
        alias="realisedGrossPnl",
        description="Accumulated realised gross profit value\n",
    )
    realised_pnl: Decimal | None = Field(
        default=None, alias="realisedPnl", description="Realised profit and loss\n"
    )
    unrealised_pnl: Decimal | None = Field(
        default=None, alias="unrealisedPnl", description="Unrealised profit and loss\n"
    )
    unrealised_pnl_pcnt: Decimal | None = Field(
        default=None, alias="unrealisedPnlPcnt", description="Profit-loss ratio of the position\n"
    )
    unrealised_roe_pcnt: Decimal | None = Field(
        default=None, alias="unrealisedRoePcnt", description="Rate of return on investment\n"
    )
    avg_entry_price: Decimal | None = Field(
        default=None, alias="avgEntryPrice", description="Average entry price\n"
    )
    liquidation_price: Decimal | None = Field(
        default=None,
        alias="liquidationPrice",
        description="Liquidation price For Cross Margin, you can refer to the liquidationPrice, and the liquidation is based on the risk rate.\n",
    )
    bankrupt_price: Decimal | None = Field(
        default=None,
        alias="bankruptPrice",
        description="Bankruptcy price For Cross Margin, you can refer to the bankruptPrice, and the liquidation is based on the risk rate.\n",
    )
    settle_currency: str | None = Field(
        default=None,
        alias="settleCurrency",
        description="Currency used to clear and settle the trades\n",
    )
    is_inverse: bool | None = Field(
        default=None, alias="isInverse", description="Reverse contract or not\n"
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin Mode: CROSS，ISOLATED\n",
    )
    position_side: PositionSide | str | None = Field(
        default=None,
        alias="positionSide",
        union_mode="left_to_right",
        description="Position Side\n",
    )
    leverage: Decimal | None = Field(default=None, description="Leverage")
    auto_deposit: bool | None = Field(
        default=None,
        alias="autoDeposit",
        description="Auto deposit margin or not **Only applicable to Isolated Margin**\n",
    )
    maint_margin_req: Decimal | None = Field(
        default=None, alias="maintMarginReq", description="Maintenance margin requirement\n"
    )
    risk_limit: Decimal | None = Field(
        default=None,
        alias="riskLimit",
        description="Risk limit **Only applicable to Isolated Margin**\n",
    )
    real_leverage: Decimal | None = Field(
        default=None,
        alias="realLeverage",
        description="Leverage of the order **Only applicable to Isolated Margin**\n",
    )
    pos_cross: Decimal | None = Field(
        default=None,
        alias="posCross",
        description="added margin **Only applicable to Isolated Margin**\n",
    )
    pos_cross_margin: Decimal | None = Field(
        default=None,
        alias="posCrossMargin",
        description="Additional margin calls (automatic, manual, adjusted risk limits) **Only applicable to Isolated Margin**\n",
    )
    pos_comm: Decimal | None = Field(
        default=None,
        alias="posComm",
        description="Bankruptcy cost **Only applicable to Isolated Margin**\n",
    )
    pos_comm_common: Decimal | None = Field(
        default=None,
        alias="posCommCommon",
        description="Part of bankruptcy cost (positioning, add margin) **Only applicable to Isolated Margin**\n",
    )
    pos_loss: Decimal | None = Field(
        default=None,
        alias="posLoss",
        description="Funding fees paid out **Only applicable to Isolated Margin**\n",
    )
    pos_funding: Decimal | None = Field(
        default=None,
        alias="posFunding",
        description="The current remaining unsettled funding fee for the position **Only applicable to Isolated Margin**\n",
    )
    pos_maint: Decimal | None = Field(
        default=None, alias="posMaint", description="Maintenance margin"
    )
    maint_margin: Decimal | None = Field(
        default=None,
        alias="maintMargin",
        description="Position margin **Only applicable to Isolated Margin**\n",
    )
    maintain_margin: Decimal | None = Field(
        default=None,
        alias="maintainMargin",
        description="Maintenance margin rate **Only applicable to Isolated Margin**\n",
    )


class GetPositionsHistoryRequest(RequestModel):
    """The inputs of Get Positions History."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )
    from_: int | None = Field(default=None, alias="from", description="Closing start time(ms)")
    to: int | None = Field(default=None, description="Closing end time(ms)")
    limit: int | None = Field(
        default=None, ge=1, le=200, description="Number of requests per page, max 200, default 10"
    )
    page_id: int | None = Field(
        default=None, alias="pageId", description="Current page number, default 1"
    )


class GetPositionsHistoryDataItem(ResponseModel):
    """One item of `items` in the Get Positions History response."""

    close_id: str | None = Field(default=None, alias="closeId", description="Close ID\n")
    user_id: str | None = Field(default=None, alias="userId", description="User ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    settle_currency: str | None = Field(
        default=None, alias="settleCurrency", description="Currency used to settle trades\n"
    )
    leverage: str | None = Field(default=None, description="Leverage applied to the order\n")
    type: str | None = Field(default=None, description="Type of closure\n")
    pnl: str | None = Field(
        default=None, description="Net profit and loss (after deducting fees and funding costs)\n"
    )
    realised_gross_cost: str | None = Field(
        default=None,
        alias="realisedGrossCost",
        description="Accumulated realised gross profit value\n",
    )
    withdraw_pnl: str | None = Field(
        default=None,
        alias="withdrawPnl",
        description="Accumulated realised profit withdrawn from the position\n",
    )
    trade_fee: Decimal | None = Field(
        default=None, alias="tradeFee", description="Accumulated trading fees\n"
    )
    funding_fee: str | None = Field(
        default=None, alias="fundingFee", description="Accumulated funding fees\n"
    )
    open_time: int | None = Field(
        default=None, alias="openTime", description="Time when the position was opened\n"
    )
    close_time: int | None = Field(
        default=None,
        alias="closeTime",
        description="Time when the position was closed (default sorted in descending order)\n",
    )
    open_price: Decimal | None = Field(
        default=None, alias="openPrice", description="Opening price of the position\n"
    )
    close_price: str | None = Field(
        default=None, alias="closePrice", description="Closing price of the position\n"
    )
    margin_mode: MarginMode | str | None = Field(
        default=None,
        alias="marginMode",
        union_mode="left_to_right",
        description="Margin Mode: CROSS，ISOLATED",
    )
    realised_gross_cost_new: str | None = Field(default=None, alias="realisedGrossCostNew")
    tax: str | None = Field(default=None, description="Tax")
    roe: str | None = Field(default=None)
    liquid_amount: str | None = Field(default=None, alias="liquidAmount")
    liquid_price: str | None = Field(default=None, alias="liquidPrice")
    side: str | None = Field(default=None, description="Position side")


class GetPositionsHistoryData(ResponseModel):
    """The `data` of the Get Positions History response."""

    current_page: int | None = Field(
        default=None, alias="currentPage", description="Current page number\n"
    )
    page_size: int | None = Field(
        default=None, alias="pageSize", description="Number of results per page\n"
    )
    total_num: int | None = Field(
        default=None, alias="totalNum", description="Total number of results\n"
    )
    total_page: int | None = Field(
        default=None, alias="totalPage", description="Total number of pages\n"
    )
    items: list[GetPositionsHistoryDataItem] | None = Field(default=None)


class GetMaxWithdrawMarginRequest(RequestModel):
    """The inputs of Get Max Withdraw Margin."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetCrossMarginLeverageRequest(RequestModel):
    """The inputs of Get Cross Margin Leverage."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetCrossMarginLeverageData(ResponseModel):
    """The `data` of the Get Cross Margin Leverage response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    leverage: str | None = Field(default=None, description="Leverage multiple")


class ModifyCrossMarginLeverageRequest(RequestModel):
    """The inputs of Modify Cross Margin Leverage."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    leverage: str = Field(description="Leverage multiple")


class AddIsolatedMarginRequest(RequestModel):
    """The inputs of Add Isolated Margin."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    margin: DecimalNumber = Field(description="Margin amount (min. margin amount≥0.00001667XBT）")
    biz_no: str = Field(
        alias="bizNo",
        max_length=36,
        description="A unique ID generated by the user, to ensure the operation is processed by the system only once, The maximum length cannot exceed 36",
    )


class AddIsolatedMarginData(ResponseModel):
    """The `data` of the Add Isolated Margin response."""

    id: str | None = Field(default=None, description="Position ID")
    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    auto_deposit: bool | None = Field(
        default=None, alias="autoDeposit", description="Auto deposit margin or not"
    )
    maint_margin_req: Decimal | None = Field(
        default=None, alias="maintMarginReq", description="Maintenance margin requirement\n\n"
    )
    risk_limit: int | None = Field(default=None, alias="riskLimit", description="Risk limit\n")
    real_leverage: Decimal | None = Field(
        default=None, alias="realLeverage", description="Leverage o the order"
    )
    cross_mode: bool | None = Field(
        default=None, alias="crossMode", description="Cross mode or not"
    )
    delev_percentage: Decimal | None = Field(
        default=None, alias="delevPercentage", description="ADL ranking percentile"
    )
    opening_timestamp: int | None = Field(
        default=None, alias="openingTimestamp", description="Open time"
    )
    current_timestamp: int | None = Field(
        default=None, alias="currentTimestamp", description="Current timestamp\n"
    )
    current_qty: int | None = Field(
        default=None, alias="currentQty", description="Current postion quantity"
    )
    current_cost: Decimal | None = Field(
        default=None, alias="currentCost", description="Current postion value"
    )
    current_comm: Decimal | None = Field(
        default=None, alias="currentComm", description="Current commission"
    )
    unrealised_cost: Decimal | None = Field(
        default=None, alias="unrealisedCost", description="Unrealised value"
    )
    realised_gross_cost: Decimal | None = Field(
        default=None,
        alias="realisedGrossCost",
        description="Accumulated realised gross profit value",
    )
    realised_cost: Decimal | None = Field(
        default=None, alias="realisedCost", description="Current realised position value"
    )
    is_open: bool | None = Field(default=None, alias="isOpen", description="Opened position or not")
    mark_price: Decimal | None = Field(default=None, alias="markPrice", description="Mark price")
    mark_value: Decimal | None = Field(default=None, alias="markValue", description="Mark value\n")
    pos_cost: Decimal | None = Field(default=None, alias="posCost", description="Position value")
    pos_cross: Decimal | None = Field(default=None, alias="posCross", description="added margin")
    pos_init: Decimal | None = Field(default=None, alias="posInit", description="Leverage margin")
    pos_comm: Decimal | None = Field(default=None, alias="posComm", description="Bankruptcy cost")
    pos_loss: Decimal | None = Field(
        default=None, alias="posLoss", description="Funding fees paid out"
    )
    pos_margin: Decimal | None = Field(
        default=None, alias="posMargin", description="Position margin"
    )
    pos_maint: Decimal | None = Field(
        default=None, alias="posMaint", description="Maintenance margin"
    )
    maint_margin: Decimal | None = Field(
        default=None, alias="maintMargin", description="Position margin"
    )
    realised_gross_pnl: Decimal | None = Field(
        default=None,
        alias="realisedGrossPnl",
        description="Accumulated realised gross profit value",
    )
    realised_pnl: Decimal | None = Field(
        default=None, alias="realisedPnl", description="Realised profit and loss"
    )
    unrealised_pnl: Decimal | None = Field(
        default=None, alias="unrealisedPnl", description="Unrealised profit and loss"
    )
    unrealised_pnl_pcnt: Decimal | None = Field(
        default=None, alias="unrealisedPnlPcnt", description="Profit-loss ratio of the position"
    )
    unrealised_roe_pcnt: Decimal | None = Field(
        default=None, alias="unrealisedRoePcnt", description="Rate of return on investment"
    )
    avg_entry_price: Decimal | None = Field(
        default=None, alias="avgEntryPrice", description="Average entry price"
    )
    liquidation_price: Decimal | None = Field(
        default=None, alias="liquidationPrice", description="Liquidation price"
    )
    bankrupt_price: Decimal | None = Field(
        default=None, alias="bankruptPrice", description="Bankruptcy price"
    )
    user_id: int | None = Field(default=None, alias="userId", description="userId")
    settle_currency: str | None = Field(
        default=None,
        alias="settleCurrency",
        description="Currency used to clear and settle the trades",
    )


class RemoveIsolatedMarginRequest(RequestModel):
    """The inputs of Remove Isolated Margin."""

    symbol: str = Field(
        description="Symbol of the contract, Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    withdraw_amount: DecimalString = Field(
        alias="withdrawAmount",
        description="The size of the position that can be deposited. If it is USDT-margin, it represents the amount of USDT. If it is coin-margin, this value represents the number of coins\n",
    )


class GetCrossMarginRiskLimitRequest(RequestModel):
    """The inputs of Get Cross Margin Risk Limit."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220), (You may add up to 50 symbols. Use a halfwidth comma to each IP)"
    )
    total_margin: str | None = Field(
        default=None,
        alias="totalMargin",
        description="The position opening amount, in the contract's settlement currency. Defaults to 10,000 in margin currency for max position calculation. For USDT/USDC, it's 10,000 USD; for others, it's 10,000 divided by the token's USDT price.",
    )
    leverage: int | None = Field(
        default=None,
        description="Calculates the max position size at the specified leverage. Defaults to the symbol’s max cross leverage.",
    )


class GetCrossMarginRiskLimitData(ResponseModel):
    """One item of the `data` of the Get Cross Margin Risk Limit response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)",
    )
    max_open_size: int | None = Field(
        default=None,
        alias="maxOpenSize",
        description="Maximum amount of open position(Unit is **lots**)\n",
    )
    max_open_value: str | None = Field(
        default=None,
        alias="maxOpenValue",
        description="Maximum value of open position(Unit is **quoteCcy**)\n",
    )
    total_margin: str | None = Field(
        default=None,
        alias="totalMargin",
        description="Margin amount used for max position calculation.",
    )
    price: Decimal | None = Field(
        default=None,
        description="Price used for max position calculation. Defaults to latest transaction price",
    )
    leverage: str | None = Field(
        default=None, description="Leverage used for max position calculation."
    )
    mmr: str | None = Field(default=None, description="Maintenance Margin Rate")
    imr: str | None = Field(default=None, description="Initial Margin Rate")
    currency: str | None = Field(default=None, description="Margin Currency")


class GetIsolatedMarginRiskLimitRequest(RequestModel):
    """The inputs of Get Isolated Margin Risk Limit."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220)"
    )


class GetIsolatedMarginRiskLimitData(ResponseModel):
    """One item of the `data` of the Get Isolated Margin Risk Limit response."""

    symbol: str | None = Field(
        default=None,
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) ",
    )
    level: int | None = Field(default=None, description="Level\n")
    max_risk_limit: int | None = Field(
        default=None, alias="maxRiskLimit", description="Upper limit USDT (included)\n"
    )
    min_risk_limit: int | None = Field(
        default=None, alias="minRiskLimit", description="Lower limit USDT\n"
    )
    max_leverage: int | None = Field(
        default=None, alias="maxLeverage", description="Max. leverage\n"
    )
    initial_margin: Decimal | None = Field(
        default=None, alias="initialMargin", description="Initial margin rate\n"
    )
    maintain_margin: Decimal | None = Field(
        default=None, alias="maintainMargin", description="Maintenance margin rate\n"
    )


class ModifyIsolatedMarginRiskLimitRequest(RequestModel):
    """The inputs of Modify Isolated Margin Risk Limit."""

    symbol: str = Field(
        description="Symbol of the contract. Please refer to [Get Symbol endpoint: symbol](https://www.kucoin.com/docs-new/api-3470220) "
    )
    level: int = Field(description="Level")


class ModifyIsolatedMarginAutoDepositStatusRequest(RequestModel):
    """The inputs of Modify Isolated Margin Auto-Deposit Status."""

    symbol: str = Field(description="Symbol of the contract\n")
    status: bool = Field(description="Status")


REQUEST_MODELS: Mapping[str, type[RequestModel] | type[RequestRootModel[Any]]] = {
    "get_margin_mode": GetMarginModeRequest,
    "switch_margin_mode": SwitchMarginModeRequest,
    "batch_switch_margin_mode": BatchSwitchMarginModeRequest,
    "get_max_open_size": GetMaxOpenSizeRequest,
    "get_position_details": GetPositionDetailsRequest,
    "get_position_list": GetPositionListRequest,
    "get_positions_history": GetPositionsHistoryRequest,
    "get_max_withdraw_margin": GetMaxWithdrawMarginRequest,
    "get_cross_margin_leverage": GetCrossMarginLeverageRequest,
    "modify_cross_margin_leverage": ModifyCrossMarginLeverageRequest,
    "add_isolated_margin": AddIsolatedMarginRequest,
    "remove_isolated_margin": RemoveIsolatedMarginRequest,
    "get_cross_margin_risk_limit": GetCrossMarginRiskLimitRequest,
    "get_isolated_margin_risk_limit": GetIsolatedMarginRiskLimitRequest,
    "modify_isolated_margin_risk_limit": ModifyIsolatedMarginRiskLimitRequest,
    "modify_isolated_margin_auto_deposit_status": ModifyIsolatedMarginAutoDepositStatusRequest,
}
"""The model of every operation's inputs, by operation name."""

RESPONSE_TYPES: Mapping[str, Any] = {
    "get_margin_mode": GetMarginModeData,
    "switch_margin_mode": SwitchMarginModeData,
    "batch_switch_margin_mode": BatchSwitchMarginModeData,
    "get_max_open_size": GetMaxOpenSizeData,
    "get_position_details": GetPositionDetailsData,
    "get_position_list": list[GetPositionListData],
    "get_positions_history": GetPositionsHistoryData,
    "get_max_withdraw_margin": str,
    "get_cross_margin_leverage": GetCrossMarginLeverageData,
    "modify_cross_margin_leverage": bool,
    "add_isolated_margin": AddIsolatedMarginData,
    "remove_isolated_margin": str,
    "get_cross_margin_risk_limit": list[GetCrossMarginRiskLimitData],
    "get_isolated_margin_risk_limit": list[GetIsolatedMarginRiskLimitData],
    "modify_isolated_margin_risk_limit": bool,
    "modify_isolated_margin_auto_deposit_status": bool,
}
"""The type of every operation's response `data`, by operation name."""
