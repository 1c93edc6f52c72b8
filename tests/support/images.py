"""Image files for the local checks: the first bytes of each format the API takes, and files made of them."""

from __future__ import annotations

import os
import random
from pathlib import Path

HEADS = {
    "image/png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00",
    "image/webp": b"RIFF\x24\x00\x00\x00WEBPVP8 ",
    "image/gif": b"GIF89a\x01\x00\x01\x00",
    "image/tiff": b"II*\x00\x08\x00\x00\x00",
    "image/avif": b"\x00\x00\x00\x1cftypavif\x00\x00\x00\x00avifmif1miaf",
    "image/heic": b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic",
}
"""The first bytes of a file of each format, as encoders write them."""


def png(payload: bytes = b"") -> bytes:
    return HEADS["image/png"] + payload


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def noise(size: int, seed: int = 0) -> bytes:
    """`size` bytes that do not compress, the same for the same seed."""
    return random.Random(seed).randbytes(size)


def sparse(path: Path, head: bytes, size: int) -> Path:
    """A file of `size` bytes that starts with `head` and takes no disk space beyond it."""
    with path.open("wb") as file:
        file.write(head)
        file.truncate(size)
    return path


def can_make_fifo() -> bool:
    return hasattr(os, "mkfifo")
