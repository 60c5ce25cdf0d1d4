"""Compressed answers inflated within a size limit.

httpx inflates each chunk that arrives whole: 64 KiB of gzip can become 64 MiB before the
client could count a byte of it. The client therefore asks for the encodings it inflates
itself (`ACCEPTED`), reads the raw chunks, and inflates them with zlib in pieces no larger
than what the answer may still grow by. An answer in an encoding it did not ask for (br,
zstd) is left to httpx.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator

import httpx

ACCEPTED = "gzip, deflate"
"""The client's Accept-Encoding: what `Inflater` inflates."""


def inflater(content_encoding: str) -> Inflater | None:
    """The Inflater for an answer's Content-Encoding; None for one it does not know."""
    codings = [part.strip().lower() for part in content_encoding.split(",")]
    codings = [coding for coding in codings if coding not in ("", "identity")]
    if not codings:
        return Inflater(None)
    if codings in (["gzip"], ["x-gzip"], ["deflate"]):
        return Inflater(codings[0])
    return None


class Inflater:
    """Inflates one answer's body, raw chunk by raw chunk (`coding` None: as it is)."""

    def __init__(self, coding: str | None) -> None:
        self._coding = coding
        self._first = True
        self._zlib = None
        if coding is not None:
            # gzip with its header; deflate as zlib data first (httpx does the same).
            wbits = zlib.MAX_WBITS | 16 if coding != "deflate" else zlib.MAX_WBITS
            self._zlib = zlib.decompressobj(wbits)

    def pieces(self, data: bytes, most: int | None) -> Iterator[bytes]:
        """The inflated bytes of `data`, in pieces of at most `most` bytes (None: any
        size). Raises httpx.DecodingError for data that does not inflate."""
        if self._zlib is None:
            yield data
            return
        first, self._first = self._first, False
        try:
            yield from self._inflate(data, most)
        except zlib.error as error:
            if not (first and self._coding == "deflate"):
                raise httpx.DecodingError(f"the answer does not inflate: {error}") from None
            # Deflate without the zlib wrapper, as some servers send it.
            self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
            yield from self.pieces(data, most)

    def rest(self) -> bytes:
        """What is left once the raw body has ended."""
        return b"" if self._zlib is None else self._zlib.flush()

    def _inflate(self, data: bytes, most: int | None) -> Iterator[bytes]:
        assert self._zlib is not None
        pending = data
        while pending:
            piece = self._zlib.decompress(pending, most or 0)
            pending = self._zlib.unconsumed_tail
            if piece:
                yield piece
            elif pending:  # no output for input left over: zlib wants more (never here)
                return
