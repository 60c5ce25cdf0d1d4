"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING, Literal


class WithdrawType(StrEnum):
    """Values of `withdrawType`."""

    ADDRESS = "ADDRESS"
    UID = "UID"
    MAIL = "MAIL"
    PHONE = "PHONE"


if TYPE_CHECKING:
    WithdrawTypeLiteral = Literal["ADDRESS", "UID", "MAIL", "PHONE"]
    """The values of `WithdrawType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    WithdrawTypeLiteral = WithdrawType


class CancelType(StrEnum):
    """Values of `cancelType`."""

    CANCELABLE = "CANCELABLE"
    """CANCELABLE: Cancellable"""
    CANCELING = "CANCELING"
    """CANCELING: Cancelling"""
    NON_CANCELABLE = "NON_CANCELABLE"
    """NON_CANCELABLE: Non-Cancellable"""


if TYPE_CHECKING:
    CancelTypeLiteral = Literal["CANCELABLE", "CANCELING", "NON_CANCELABLE"]
    """The values of `CancelType` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    CancelTypeLiteral = CancelType


class ReturnStatus(StrEnum):
    """Values of `returnStatus`."""

    NOT_RETURN = "NOT_RETURN"
    """NOT_RETURN: No returned"""
    PROCESSING = "PROCESSING"
    """PROCESSING: To be returned"""
    SUCCESS = "SUCCESS"
    """SUCCESS: Returned"""


if TYPE_CHECKING:
    ReturnStatusLiteral = Literal["NOT_RETURN", "PROCESSING", "SUCCESS"]
    """The values of `ReturnStatus` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    ReturnStatusLiteral = ReturnStatus


class GetWithdrawalHistoryStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    REVIEW = "REVIEW"
    WALLET_PROCESSING = "WALLET_PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    GetWithdrawalHistoryStatusLiteral = Literal[
        "PROCESSING", "REVIEW", "WALLET_PROCESSING", "SUCCESS", "FAILURE"
    ]
    """The values of `GetWithdrawalHistoryStatus` as written, which requests take as well
    as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetWithdrawalHistoryStatusLiteral = GetWithdrawalHistoryStatus


class GetWithdrawalHistoryOldStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


if TYPE_CHECKING:
    GetWithdrawalHistoryOldStatusLiteral = Literal["PROCESSING", "SUCCESS", "FAILURE"]
    """The values of `GetWithdrawalHistoryOldStatus` as written, which requests take as
    well as its members; at run time the enum itself, which reads them as its members.
    """
else:
    GetWithdrawalHistoryOldStatusLiteral = GetWithdrawalHistoryOldStatus
