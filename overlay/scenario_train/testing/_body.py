"""A request body read within a size limit (its route's), framed by Content-Length or chunked.

Nothing is read before the framing is known to be sound and within the limit; a chunked body is
counted as it arrives and refused at the first chunk that would pass the limit.
"""

from __future__ import annotations

import re
from email.message import Message
from typing import Protocol

MAX_BODY_BYTES = 1024 * 1024
_MAX_LINE = 4096
"""The longest chunk-size line or trailer field read."""
_MAX_TRAILERS = 32
_LENGTH = re.compile(r"[0-9]+")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]{1,16}")


class Stream(Protocol):
    def read(self, size: int, /) -> bytes: ...

    def readline(self, size: int, /) -> bytes: ...


class BodyError(Exception):
    """The body cannot be read: its framing is malformed (400) or it is too large (413)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def body_length(headers: Message, limit: int = MAX_BODY_BYTES) -> int | None:
    """The body's size from its Content-Length (0 without one), or `None` when it comes chunked; 413 past `limit`."""
    encodings = headers.get_all("Transfer-Encoding") or []
    lengths = headers.get_all("Content-Length") or []
    if encodings:
        if lengths:
            raise BodyError(400, "Content-Length and Transfer-Encoding cannot both frame the body")
        if [coding.strip().lower() for coding in ",".join(encodings).split(",")] != ["chunked"]:
            raise BodyError(400, "The only Transfer-Encoding read is chunked")
        return None
    values = {value.strip() for line in lengths for value in line.split(",")}
    if not values:
        return 0
    if len(values) > 1:
        raise BodyError(400, "Conflicting Content-Length values")
    (value,) = values
    if not _LENGTH.fullmatch(value):
        raise BodyError(400, "Content-Length must be a number of bytes")
    # Compared as text first: int() refuses numbers of more than 4300 digits.
    if len(value.lstrip("0")) > len(str(limit)) or int(value) > limit:
        raise _too_large(limit)
    return int(value)


def read_body(stream: Stream, length: int | None, limit: int = MAX_BODY_BYTES) -> bytes:
    """The body: `length` bytes, or the chunks of a chunked body when `length` is `None`, up to `limit` bytes."""
    if length is None:
        return _read_chunks(stream, limit)
    body = stream.read(length)
    if len(body) < length:
        raise BodyError(400, "The body ended before its Content-Length")
    return body


def _read_chunks(stream: Stream, limit: int) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while size := _chunk_size(_line(stream)):
        total += size
        if total > limit:
            raise _too_large(limit)
        chunk = stream.read(size)
        if len(chunk) < size or _line(stream).strip(b"\r\n"):
            raise BodyError(400, "Malformed chunked body: a chunk is not the size it announced")
        chunks.append(chunk)
    for _ in range(_MAX_TRAILERS):
        if not _line(stream).strip(b"\r\n"):
            return b"".join(chunks)
    raise BodyError(400, "Malformed chunked body: too many trailer fields")


def _line(stream: Stream) -> bytes:
    line = stream.readline(_MAX_LINE + 1)
    if len(line) > _MAX_LINE or not line.endswith(b"\n"):
        raise BodyError(400, "Malformed chunked body: a line is too long or cut short")
    return line


def _chunk_size(line: bytes) -> int:
    size = line.split(b";", 1)[0].strip()
    if not _CHUNK_SIZE.fullmatch(size):
        raise BodyError(400, "Malformed chunked body: a chunk size is not hexadecimal")
    return int(size, 16)


def _too_large(limit: int) -> BodyError:
    return BodyError(413, f"The body is larger than {limit} bytes")
