"""Enumerations of account: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import StrEnum


class WithdrawType(StrEnum):
    """Values of `withdrawType`."""

    ADDRESS = "ADDRESS"
    UID = "UID"
    MAIL = "MAIL"
    PHONE = "PHONE"


class CancelType(StrEnum):
    """Values of `cancelType`."""

    CANCELABLE = "CANCELABLE"
    """CANCELABLE: Cancellable"""
    CANCELING = "CANCELING"
    """CANCELING: Cancelling"""
    NON_CANCELABLE = "NON_CANCELABLE"
    """NON_CANCELABLE: Non-Cancellable"""


class ReturnStatus(StrEnum):
    """Values of `returnStatus`."""

    NOT_RETURN = "NOT_RETURN"
    """NOT_RETURN: No returned"""
    PROCESSING = "PROCESSING"
    """PROCESSING: To be returned"""
    SUCCESS = "SUCCESS"
    """SUCCESS: Returned"""


class GetWithdrawalHistoryStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    REVIEW = "REVIEW"
    WALLET_PROCESSING = "WALLET_PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"


class GetWithdrawalHistoryOldStatus(StrEnum):
    """Values of `status`."""

    PROCESSING = "PROCESSING"
    SUCCESS = "SUCCESS"
    FAILURE = "FAILURE"
