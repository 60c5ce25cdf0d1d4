"""Object bodies sent as forms, as the API documents them: `application/x-www-form-urlencoded`
(`name=value&...`) or `multipart/form-data` (one part per field), and read back by the
fake server.

A field's value is written as a query value is (true/false, enum values, decimals as
written); a list repeats its field once per item; a nested object goes as its JSON text.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from enum import Enum
from typing import Any, Literal
from urllib.parse import parse_qsl, urlencode

from ._json import dumps

Form = Literal["urlencoded", "multipart"]
FORMS: dict[str, Form] = {
    "application/x-www-form-urlencoded": "urlencoded",
    "multipart/form-data": "multipart",
}
"""The form a body of each form media type goes out as."""


def form_of(media_type: str | None) -> Form | None:
    """The form a body of `media_type` goes out as; None for JSON."""
    return None if media_type is None else FORMS.get(media_type)


def form_body(form: Form, fields: Mapping[str, Any]) -> tuple[bytes, str]:
    """`fields` (wire name → plain value, None left out) as a form: its bytes and the
    Content-Type that says how to read them."""
    pairs = list(_pairs(fields))
    if form == "urlencoded":
        return urlencode(pairs).encode("ascii"), "application/x-www-form-urlencoded"
    boundary = secrets.token_hex(16)
    if not pairs:
        # A multipart body holds one part at least (RFC 2046): no field, no body.
        return b"", f"multipart/form-data; boundary={boundary}"
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{_quoted(name)}"\r\n\r\n'
        f"{text}\r\n"
        for name, text in pairs
    ]
    parts.append(f"--{boundary}--\r\n")
    return "".join(parts).encode("utf-8"), f"multipart/form-data; boundary={boundary}"


def form_values(
    content_type: str, content: bytes, is_list: Callable[[str], bool]
) -> dict[str, Any]:
    """A form body read back (by the fake server): each field's values in order where
    `is_list(name)`, else its last. Raises ValueError for a body that is no form."""
    if not content:
        return {}
    if content_type.startswith("application/x-www-form-urlencoded"):
        pairs = parse_qsl(content.decode("utf-8"), keep_blank_values=True, strict_parsing=True)
    elif content_type.startswith("multipart/form-data"):
        pairs = list(_parts(content_type, content))
    else:
        raise ValueError(f"the body is not a form but {content_type or 'untyped'}")
    fields: dict[str, list[str]] = {}
    for name, value in pairs:
        fields.setdefault(name, []).append(value)
    return {name: texts if is_list(name) else texts[-1] for name, texts in fields.items()}


def _pairs(fields: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                yield name, _field_text(item)


def _field_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _field_text(value.value)
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, (dict, list)):
        return dumps(value, _not_json)
    return str(value)


def _not_json(value: Any) -> Any:
    raise TypeError(f"{type(value).__name__} is not JSON")


def _quoted(name: str) -> str:
    """A field name inside `name="..."`: the quote and line breaks percent-encoded (as
    browsers do), so no name ends the header."""
    return name.replace('"', "%22").replace("\r", "%0D").replace("\n", "%0A")


def _parts(content_type: str, content: bytes) -> Iterator[tuple[str, str]]:
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message: Message = BytesParser(policy=HTTP).parsebytes(head + content)
    parts = message.get_payload()
    if not message.is_multipart() or not isinstance(parts, list):
        raise ValueError("the body is not multipart")
    for part in parts:
        if not isinstance(part, Message):
            raise ValueError("the body is not multipart")
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        if not isinstance(name, str) or not isinstance(payload, bytes):
            raise ValueError("a part of the form has no name")
        for encoded, character in (("%22", '"'), ("%0D", "\r"), ("%0A", "\n")):
            name = name.replace(encoded, character)
        yield name, payload.decode("utf-8")
