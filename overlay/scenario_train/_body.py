"""Answer bodies within fixed limits: decoded size (after gzip or deflate) and JSON nesting depth.

A few kilobytes of gzip can inflate to gigabytes, so bodies are decoded here, a bounded piece at a
time, rather than by httpx, which inflates each chunk it receives whole.
"""

from __future__ import annotations

import zlib

from . import _json
from ._json import JSONValue

__all__ = [
    "ACCEPT_ENCODING",
    "MAX_BODY_BYTES",
    "BodyDecoder",
    "BodyError",
    "decode_json",
    "json_or_text",
]

MAX_BODY_BYTES = 16 * 1024 * 1024
"""The largest answer body read, after decoding; the API's answers are a few tens of kilobytes."""

ACCEPT_ENCODING = "gzip, deflate"
"""The codings the client can decode within its limits, and so the only ones it asks for."""


class BodyError(Exception):
    """The body is over a limit or cannot be decoded; the message says which, in words."""


class _Inflater:
    """One gzip or deflate layer. Deflate is sent both with and without its zlib wrapper, as httpx also accepts."""

    def __init__(self, coding: str, limit: int) -> None:
        self._coding = coding
        self._limit = limit
        self._raw_deflate = False
        self._started = False
        self._inflate = zlib.decompressobj(zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        try:
            out = self._inflate.decompress(data, room + 1)
        except zlib.error:
            if self._coding != "deflate" or self._started or self._raw_deflate:
                raise BodyError(f"the body is not valid {self._coding} data") from None
            self._raw_deflate = True
            self._inflate = zlib.decompressobj(-zlib.MAX_WBITS)
            return self.feed(data, room)
        self._started = True
        if len(out) > room:
            raise _too_large(self._limit)
        return out

    def finish(self, room: int) -> bytes:
        try:
            out = self._inflate.flush(room + 1)
        except zlib.error:
            raise BodyError(f"the body is not valid {self._coding} data") from None
        if len(out) > room:
            raise _too_large(self._limit)
        return out


class BodyDecoder:
    """Decodes a body fed in raw chunks, raising `BodyError` past `limit` bytes, raw or decoded."""

    def __init__(self, content_encoding: str | None, limit: int = MAX_BODY_BYTES) -> None:
        self._limit = limit
        self._raw = 0
        self._parts: list[bytes] = []
        self._size = 0
        self._layers = (
            [_inflater(coding, limit) for coding in reversed(_codings(content_encoding))] if content_encoding else []
        )

    def feed(self, chunk: bytes) -> None:
        self._raw += len(chunk)
        if self._raw > self._limit:
            raise _too_large(self._limit)
        for layer in self._layers:
            chunk = layer.feed(chunk, self._limit - self._size)
        self._add(chunk)

    def finish(self) -> bytes:
        """The whole decoded body."""
        for index, layer in enumerate(self._layers):
            tail = layer.finish(self._limit - self._size)
            for later in self._layers[index + 1 :]:
                tail = later.feed(tail, self._limit - self._size)
            self._add(tail)
        return b"".join(self._parts)

    def _add(self, chunk: bytes) -> None:
        if chunk:
            self._size += len(chunk)
            if self._size > self._limit:
                raise _too_large(self._limit)
            self._parts.append(chunk)


def decode_json(content: bytes) -> JSONValue:
    """The JSON body; its text when it is not JSON; None when empty. Raises `BodyError` when it nests too deep."""
    if not content:
        return None
    try:
        return _json.loads(content)
    except _json.JSONLimitError as exc:
        raise BodyError(f"the body's JSON {str(exc).removeprefix('the JSON ')}") from None
    except ValueError:
        return content.decode("utf-8", "replace")


def json_or_text(content: bytes) -> JSONValue:
    """What an error carries as its `body`: `decode_json`, or the text when the JSON nests too deep."""
    try:
        return decode_json(content)
    except BodyError:
        return content.decode("utf-8", "replace")


def _codings(content_encoding: str | None) -> list[str]:
    codings = [coding.strip().lower() for coding in (content_encoding or "").split(",")]
    return [coding for coding in codings if coding and coding != "identity"]


def _inflater(coding: str, limit: int) -> _Inflater:
    if coding in ("gzip", "x-gzip"):
        return _Inflater("gzip", limit)
    if coding == "deflate":
        return _Inflater("deflate", limit)
    raise BodyError(f"the body is encoded with {coding[:40]!r}, which the client did not ask for")


def _too_large(limit: int) -> BodyError:
    return BodyError(f"the body is larger than the limit of {limit} bytes")
