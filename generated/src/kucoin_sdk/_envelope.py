"""How an API wraps the data of its answers, and says it refused a request.

`Envelope` is the seam between reading an answer (its body decoded as bounded JSON, its HTTP
status, the errors they stand for: `_http.read_envelope`) and the API's own wrapping. KuCoin
wraps every answer in `{"code": "200000", "data": ..., "msg": ...}` (`KucoinEnvelope`); an API
that wraps nothing answers with its data alone, its HTTP status saying success (`NoEnvelope`);
an API that answers otherwise adds its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol


@dataclass(frozen=True)
class Success:
    """The envelope of a success: its data (None for `data: null`)."""

    data: Any


@dataclass(frozen=True)
class Refusal:
    """The envelope of a refusal: its code as text and its message, each None when the
    envelope gives none."""

    code: str | None
    message: str | None


class Envelope(Protocol):
    """How the API wraps an answer's data."""

    def read(self, document: Any, status: int) -> Success | Refusal | None:
        """What the answer's JSON `document` (read by `_json`: Decimal numbers, huge ones
        as text), sent with HTTP `status`, says; None when it is no envelope at all."""

    def wrap(self, code: str, success_code: str, data: Any, message: str | None) -> Any:
        """The JSON of an answer with `code` (a success when it is `success_code`), `data`
        and `message`, as the API would send it (the fake server's answers)."""

    def data_of(self, answer: Any) -> Any:
        """The data of a success `wrap` wrote (a fixture's answer)."""


@dataclass(frozen=True)
class KucoinEnvelope:
    """KuCoin's envelope: an object whose `code` key holds the success code or an error
    code, with the data and the message under their own keys (all from the settings)."""

    code: str
    data: str
    message: str
    success_code: str

    def read(self, document: Any, status: int) -> Success | Refusal | None:
        if not isinstance(document, dict):
            return None
        code = _code_text(document.get(self.code))
        if code == self.success_code:
            return Success(document.get(self.data))
        message = document.get(self.message)
        return Refusal(code, None if message is None else str(message))

    def wrap(self, code: str, success_code: str, data: Any, message: str | None) -> Any:
        body: dict[str, Any] = {self.code: code}
        if data is not None or code == success_code:
            body[self.data] = data
        if message is not None:
            body[self.message] = message
        return body

    def data_of(self, answer: Any) -> Any:
        return answer[self.data]


@dataclass(frozen=True)
class NoEnvelope:
    """An API that wraps nothing (`api.envelope: none`): the whole JSON body is the data of
    a 2xx answer; any other status is a refusal, whose `code` and `message` are read where
    the body is an object holding them."""

    def read(self, document: Any, status: int) -> Success | Refusal | None:
        if 200 <= status < 300:
            return Success(document)
        if not isinstance(document, dict):
            return Refusal(None, None)
        message = document.get("message")
        return Refusal(_code_text(document.get("code")), None if message is None else str(message))

    def wrap(self, code: str, success_code: str, data: Any, message: str | None) -> Any:
        if code == success_code:
            return data
        return {"code": code, "message": message}

    def data_of(self, answer: Any) -> Any:
        return answer


def _code_text(code: Any) -> str | None:
    """An envelope's code as text: a string as sent, a whole number in its digits (so 200000
    and 200000.0 are the success code), any other number as written. Anything else (true, an
    object, null) is no code."""
    if isinstance(code, str):
        return code
    if isinstance(code, bool) or not isinstance(code, (int, Decimal)):
        return None
    if isinstance(code, Decimal) and code == code.to_integral_value():
        # Exponents are bounded by the JSON reader: int() has at most a few hundred digits.
        return str(int(code))
    return str(code)
