"""Enumerations of spot: one class per set of values, shared by every field that
takes the same values. Responses also accept values not listed here (kept as plain text)."""

from __future__ import annotations

from enum import IntEnum, StrEnum
from typing import TYPE_CHECKING, Literal

from kucoin_sdk._enums import Protocol, ProtocolLiteral, Side, SideLiteral

__all__ = [
    "AnnType",
    "AnnTypeLiteral",
    "FeeCategory",
    "FeeCategoryLiteral",
    "Lang",
    "LangLiteral",
    "MakerCoefficient",
    "MakerCoefficientLiteral",
    "Protocol",
    "ProtocolLiteral",
    "Side",
    "SideLiteral",
    "Status",
    "StatusLiteral",
    "TakerCoefficient",
    "TakerCoefficientLiteral",
    "Type",
    "TypeLiteral",
]


class AnnType(StrEnum):
    """Values of `annType`."""

    LATEST_ANNOUNCEMENTS = "latest-announcements"
    ACTIVITIES = "activities"
    PRODUCT_UPDATES = "product-updates"
    VIP = "vip"
    MAINTENANCE_UPDATES = "maintenance-updates"
    DELISTINGS = "delistings"
    OTHERS = "others"
    API_CAMPAIGNS = "api-campaigns"
    NEW_LISTINGS = "new-listings"


if TYPE_CHECKING:
    AnnTypeLiteral = Literal[
        "latest-announcements",
        "activities",
        "product-updates",
        "vip",
        "maintenance-updates",
        "delistings",
        "others",
        "api-campaigns",
        "new-listings",
    ]
    """The values of `AnnType` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    AnnTypeLiteral = AnnType


class Lang(StrEnum):
    """Values of `lang`."""

    ZH_HK = "zh_HK"
    JA_JP = "ja_JP"
    KO_KR = "ko_KR"
    EN_US = "en_US"
    PL_PL = "pl_PL"
    ES_ES = "es_ES"
    FR_FR = "fr_FR"
    AR_AE = "ar_AE"
    IT_IT = "it_IT"
    ID_ID = "id_ID"
    NL_NL = "nl_NL"
    PT_PT = "pt_PT"
    VI_VN = "vi_VN"
    DE_DE = "de_DE"
    TR_TR = "tr_TR"
    MS_MY = "ms_MY"
    RU_RU = "ru_RU"
    TH_TH = "th_TH"
    HI_IN = "hi_IN"
    BN_BD = "bn_BD"
    FIL_PH = "fil_PH"
    UR_PK = "ur_PK"


if TYPE_CHECKING:
    LangLiteral = Literal[
        "zh_HK",
        "ja_JP",
        "ko_KR",
        "en_US",
        "pl_PL",
        "es_ES",
        "fr_FR",
        "ar_AE",
        "it_IT",
        "id_ID",
        "nl_NL",
        "pt_PT",
        "vi_VN",
        "de_DE",
        "tr_TR",
        "ms_MY",
        "ru_RU",
        "th_TH",
        "hi_IN",
        "bn_BD",
        "fil_PH",
        "ur_PK",
    ]
    """The values of `Lang` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    LangLiteral = Lang


class FeeCategory(IntEnum):
    """Values of `feeCategory`."""

    CLASS_A = 1
    """classA: classA"""
    CLASS_B = 2
    """classB: classB"""
    CLASS_C = 3
    """classC: classC"""


if TYPE_CHECKING:
    FeeCategoryLiteral = Literal[1, 2, 3]
    """The values of `FeeCategory` as written, which requests take as well as its members;
    at run time the enum itself, which reads them as its members.
    """
else:
    FeeCategoryLiteral = FeeCategory


class TakerCoefficient(StrEnum):
    """Values of `takerCoefficient`."""

    VALUE_1 = "1"
    """1: The taker fee coefficient is 1"""
    VALUE_0 = "0"
    """No fee"""


if TYPE_CHECKING:
    TakerCoefficientLiteral = Literal["1", "0"]
    """The values of `TakerCoefficient` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    TakerCoefficientLiteral = TakerCoefficient


class MakerCoefficient(StrEnum):
    """Values of `makerCoefficient`."""

    VALUE_1 = "1"
    """1: The maker fee coefficient is 1"""
    VALUE_0 = "0"
    """No fee"""


if TYPE_CHECKING:
    MakerCoefficientLiteral = Literal["1", "0"]
    """The values of `MakerCoefficient` as written, which requests take as well as its
    members; at run time the enum itself, which reads them as its members.
    """
else:
    MakerCoefficientLiteral = MakerCoefficient


class Type(StrEnum):
    """Values of `type`."""

    VALUE_1MIN = "1min"
    VALUE_3MIN = "3min"
    VALUE_5MIN = "5min"
    VALUE_15MIN = "15min"
    VALUE_30MIN = "30min"
    VALUE_1HOUR = "1hour"
    VALUE_2HOUR = "2hour"
    VALUE_4HOUR = "4hour"
    VALUE_6HOUR = "6hour"
    VALUE_8HOUR = "8hour"
    VALUE_12HOUR = "12hour"
    VALUE_1DAY = "1day"
    VALUE_1WEEK = "1week"
    VALUE_1MONTH = "1month"


if TYPE_CHECKING:
    TypeLiteral = Literal[
        "1min",
        "3min",
        "5min",
        "15min",
        "30min",
        "1hour",
        "2hour",
        "4hour",
        "6hour",
        "8hour",
        "12hour",
        "1day",
        "1week",
        "1month",
    ]
    """The values of `Type` as written, which requests take as well as its members; at run
    time the enum itself, which reads them as its members.
    """
else:
    TypeLiteral = Type


class Status(StrEnum):
    """Values of `status`."""

    OPEN = "open"
    """OPEN: normal transaction"""
    CLOSE = "close"
    """CLOSE: Stop Trading/Maintenance"""
    CANCELONLY = "cancelonly"
    """CANCELONLY: can only cancel the order but not place order"""


if TYPE_CHECKING:
    StatusLiteral = Literal["open", "close", "cancelonly"]
    """The values of `Status` as written, which requests take as well as its members; at
    run time the enum itself, which reads them as its members.
    """
else:
    StatusLiteral = Status
