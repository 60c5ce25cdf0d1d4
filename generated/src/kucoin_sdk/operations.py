"""Every operation of the API, by `service.name`: what the docs list and tests walk. The
clients call each service's own table (`<service>.operations`)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from kucoin_sdk._operation import Operation
from kucoin_sdk.account.deposit.operations import OPERATIONS as ACCOUNT_DEPOSIT
from kucoin_sdk.account.fee.operations import OPERATIONS as ACCOUNT_FEE
from kucoin_sdk.account.info.operations import OPERATIONS as ACCOUNT_INFO
from kucoin_sdk.account.sub_account.operations import OPERATIONS as ACCOUNT_SUB_ACCOUNT
from kucoin_sdk.account.transfer.operations import OPERATIONS as ACCOUNT_TRANSFER
from kucoin_sdk.account.withdrawal.operations import OPERATIONS as ACCOUNT_WITHDRAWAL
from kucoin_sdk.affiliate.operations import OPERATIONS as AFFILIATE
from kucoin_sdk.broker.api.operations import OPERATIONS as BROKER_API
from kucoin_sdk.broker.nd.operations import OPERATIONS as BROKER_ND
from kucoin_sdk.copytrading.futures.operations import OPERATIONS as COPYTRADING_FUTURES
from kucoin_sdk.earn.operations import OPERATIONS as EARN
from kucoin_sdk.futures.funding_fees.operations import OPERATIONS as FUTURES_FUNDING_FEES
from kucoin_sdk.futures.market.operations import OPERATIONS as FUTURES_MARKET
from kucoin_sdk.futures.order.operations import OPERATIONS as FUTURES_ORDER
from kucoin_sdk.futures.positions.operations import OPERATIONS as FUTURES_POSITIONS
from kucoin_sdk.margin.credit.operations import OPERATIONS as MARGIN_CREDIT
from kucoin_sdk.margin.debit.operations import OPERATIONS as MARGIN_DEBIT
from kucoin_sdk.margin.market.operations import OPERATIONS as MARGIN_MARKET
from kucoin_sdk.margin.order.operations import OPERATIONS as MARGIN_ORDER
from kucoin_sdk.margin.risk_limit.operations import OPERATIONS as MARGIN_RISK_LIMIT
from kucoin_sdk.spot.market.operations import OPERATIONS as SPOT_MARKET
from kucoin_sdk.spot.order.operations import OPERATIONS as SPOT_ORDER
from kucoin_sdk.viplending.operations import OPERATIONS as VIPLENDING

_BY_SERVICE: Mapping[str, Mapping[str, Operation]] = {
    "spot.order": SPOT_ORDER,
    "spot.market": SPOT_MARKET,
    "margin.order": MARGIN_ORDER,
    "margin.market": MARGIN_MARKET,
    "margin.credit": MARGIN_CREDIT,
    "margin.debit": MARGIN_DEBIT,
    "margin.risk_limit": MARGIN_RISK_LIMIT,
    "futures.order": FUTURES_ORDER,
    "futures.market": FUTURES_MARKET,
    "futures.positions": FUTURES_POSITIONS,
    "futures.funding_fees": FUTURES_FUNDING_FEES,
    "account.info": ACCOUNT_INFO,
    "account.deposit": ACCOUNT_DEPOSIT,
    "account.withdrawal": ACCOUNT_WITHDRAWAL,
    "account.transfer": ACCOUNT_TRANSFER,
    "account.sub_account": ACCOUNT_SUB_ACCOUNT,
    "account.fee": ACCOUNT_FEE,
    "earn": EARN,
    "viplending": VIPLENDING,
    "copytrading.futures": COPYTRADING_FUTURES,
    "affiliate": AFFILIATE,
    "broker.api": BROKER_API,
    "broker.nd": BROKER_ND,
}
OPERATIONS: Mapping[str, Operation] = MappingProxyType(
    {
        f"{service}.{name}": operation
        for service, operations in _BY_SERVICE.items()
        for name, operation in operations.items()
    }
)
"""Every operation, by `service.name` (`spot.order.add_order`)."""
