"""An image file, checked and read for the API: what is sent before a training, and by which route.

Checks come before anything is sent: the path exists, is a regular file, is an image by its first
bytes (PNG, JPEG, WebP, GIF, TIFF, AVIF, HEIC/HEIF: the raster formats of the API's upload docs;
SVG is text and is not taken), and is within the size its upload route accepts:

- `POST /assets` takes images under 6 MB, base64 in its JSON body; `POST /uploads` takes the rest,
  in parts of `PART_SIZE` sent to the URLs it returns (workflow-api-facts.md §7). "6 MB" is read as
  6,000,000 bytes, the smaller reading: a file between it and 6 MiB goes through `/uploads`, which
  takes any size, so neither reading of the docs can refuse it.
- No source gives `/uploads` a limit. Its part URLs are presigned multipart URLs, which S3 takes
  at most 10,000 of: `MAX_UPLOAD_BYTES` is 10,000 parts, an assumption, far above any image.

A file is read once for each use: `encoded_body` checks it, hashes it and writes its base64 straight
into the JSON body it is sent in, so memory holds that body (4/3 of the image) and a chunk, not the
image, its base64 and the JSON text at once. `data_url` and `base64_image` give the same as strings,
for the `data=` and `image=` arguments of the vendor's calls: a string is made from a copy, so they
hold twice the base64 at their peak. `file_parts` reads the parts of an upload one at a time.
A file that changes while it is read (its size differs from what `fstat` said when it was opened)
raises `ImageChangedError`. Every message names the file on one line (`display_path`).
"""

from __future__ import annotations

import binascii
import hashlib
import itertools
import json
import os
import stat
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from contextlib import contextmanager
from io import FileIO
from pathlib import Path
from typing import Literal, NamedTuple

import httpx

from ._errors import ScenarioError
from ._json import JSONValue

__all__ = [
    "ASSETS_LIMIT",
    "FORMATS",
    "HEAD_BYTES",
    "MAX_UPLOAD_BYTES",
    "PART_SIZE",
    "EncodedBody",
    "FileParts",
    "ImageChangedError",
    "ImageFile",
    "ImageFileError",
    "NotAnImageError",
    "Part",
    "Route",
    "api_name",
    "base64_image",
    "check_image",
    "data_url",
    "display_path",
    "encoded_body",
    "file_parts",
    "open_regular",
    "os_reason",
    "plan_parts",
    "read_image",
    "read_start",
    "route_for",
    "sha256_file",
    "sniff",
]

ASSETS_LIMIT = 6_000_000
"""Images of fewer bytes go through `POST /assets`; the others through `POST /uploads`."""
PART_SIZE = 7 * 1024 * 1024
"""The bytes of each upload part but the last (the docs suggest about 7 MB; S3 wants 5 MiB or more)."""
MAX_PARTS = 10_000
MAX_UPLOAD_BYTES = PART_SIZE * MAX_PARTS
"""The largest file `/uploads` is assumed to take."""
HEAD_BYTES = 64
"""How many first bytes tell an image's format (an AVIF or HEIC `ftyp` box lists its brands there)."""
CHUNK = 3 * 64 * 1024
"""Bytes read at a time: a multiple of 3, so each chunk's base64 joins the next without padding."""
SEND_CHUNK = 64 * 1024

FORMATS = "PNG, JPEG, WebP, GIF, TIFF, AVIF or HEIC"
Route = Literal["assets", "uploads"]

_HEIC_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"}
_HEIF_BRANDS = {b"mif1", b"msf1"}
_AVIF_BRANDS = {b"avif", b"avis"}
_SHORT_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


class ImageFileError(ScenarioError, ValueError):
    """A file that cannot be sent as an image. The message names it, on one line, and says why."""

    path: Path
    reason: str

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        super().__init__(f"{display_path(path)}: {reason}")
        self.path = Path(path)
        self.reason = reason


class NotAnImageError(ImageFileError):
    """The file is no image: empty, not a regular file, or not an image the API takes by its first bytes."""


class ImageChangedError(ImageFileError):
    """The file changed while it was read: what was read is not one version of it."""


class ImageFile(NamedTuple):
    path: Path
    size: int
    mime: str
    """`image/png`, `image/jpeg`, ...: what its first bytes say, whatever its name says."""
    mtime_ns: int

    @property
    def route(self) -> Route:
        return route_for(self.size)


class Part(NamedTuple):
    number: int
    """From 1, as the API numbers `parts[]`."""
    offset: int
    length: int


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as a person can read it on one line.

    A printable path is shown as it is. Any other is quoted, with `\\n`, `\\r`, `\\t`, `\\'`, `\\\\`,
    `\\uXXXX` for any other character that does not print, and `\\xff` for a byte that was not
    UTF-8: a newline, a terminal escape or a right-to-left mark cannot break a line or hide a
    character, and two paths never show alike.
    """
    text = os.fspath(path)
    if text.isprintable() and not (text.startswith("'") and text.endswith("'")):
        return text
    return "'" + "".join(_escaped(character) for character in text) + "'"


def _escaped(character: str) -> str:
    code = ord(character)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that was not UTF-8, as os.fsdecode keeps it
        return f"\\x{code - 0xDC00:02x}"
    if character in "'\\":
        return "\\" + character
    if character.isprintable():
        return character
    if character in _SHORT_ESCAPES:
        return _SHORT_ESCAPES[character]
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def api_name(path: str | os.PathLike[str]) -> str:
    """The file's name as sent to the API: bytes that were not UTF-8 become U+FFFD, which JSON can carry."""
    return os.path.basename(os.fspath(path)).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def sniff(head: bytes) -> str | None:
    """The MIME type of an image the API takes, from its first bytes (`HEAD_BYTES` suffice); None if none."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "image/gif"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "image/tiff"
    if head[4:8] == b"ftyp" and len(head) >= 12:
        return _iso_image(head)
    return None


def _iso_image(head: bytes) -> str | None:
    """AVIF or HEIC/HEIF from an ISO media file's `ftyp` box: its major brand, then its compatible ones."""
    box_end = min(int.from_bytes(head[:4], "big"), len(head))
    brands = {head[8:12]} | {head[at : at + 4] for at in range(16, box_end - 3, 4)}
    if brands & _AVIF_BRANDS:
        return "image/avif"
    if brands & _HEIC_BRANDS:
        return "image/heic"
    if brands & _HEIF_BRANDS:
        return "image/heif"
    return None


def route_for(size: int) -> Route:
    return "assets" if size < ASSETS_LIMIT else "uploads"


def plan_parts(size: int, part_size: int = PART_SIZE) -> tuple[Part, ...]:
    """The parts of an upload of `size` bytes: `part_size` each, the last one shorter; one part at least."""
    if part_size <= 0:
        raise ValueError(f"part_size must be positive, not {part_size}")
    offsets = range(0, size, part_size) if size else range(1)
    return tuple(Part(number, offset, min(part_size, size - offset)) for number, offset in enumerate(offsets, 1))


def open_regular(path: str | os.PathLike[str]) -> tuple[FileIO, os.stat_result]:
    """The file open for reading, and its `fstat`; `ImageFileError` if it is missing, not a regular file, or unreadable.

    It is opened without blocking, then checked: a pipe or a device named like an image cannot hang the
    check, and a file swapped for something else between a check and the open cannot slip through.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise ImageFileError(path, "does not exist") from None
    except OSError as exc:
        raise ImageFileError(path, f"cannot be opened ({os_reason(exc)})") from None
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            raise NotAnImageError(path, f"is not a regular file (it is {_file_kind(status.st_mode)})")
        return FileIO(descriptor, "rb"), status
    except BaseException:
        os.close(descriptor)
        raise


def read_start(path: str | os.PathLike[str], size: int) -> tuple[bytes, os.stat_result]:
    """The first `size` bytes of a regular file (fewer if it is shorter), and its `fstat`; `ImageFileError` if none."""
    stream, status = open_regular(path)
    with stream:
        return _read(path, stream, size), status


def check_image(path: str | os.PathLike[str], *, max_bytes: int = MAX_UPLOAD_BYTES) -> ImageFile:
    """The file as an image the API takes, from its first bytes only; `ImageFileError` saying why not."""
    head, status = read_start(path, HEAD_BYTES)
    return _checked(path, status, head, max_bytes=max_bytes)


def read_image(path: str | os.PathLike[str], *, max_bytes: int = MAX_UPLOAD_BYTES) -> tuple[ImageFile, str]:
    """The file checked as `check_image` does, and its sha256 (hex), in one reading of it."""
    stream, status = open_regular(path)
    with stream:
        head = _read(path, stream, HEAD_BYTES)
        image = _checked(path, status, head, max_bytes=max_bytes)
        digest = hashlib.sha256(head)
        _hash_rest(path, stream, digest, image.size - len(head))
        return image, digest.hexdigest()


def sha256_file(path: str | os.PathLike[str]) -> str:
    """The sha256 (hex) of a regular file, read a chunk at a time."""
    stream, status = open_regular(path)
    with stream:
        digest = hashlib.sha256()
        _hash_rest(path, stream, digest, status.st_size)
        return digest.hexdigest()


_UPLOAD = "an upload (POST /uploads)"
_JSON_BODY = "a JSON body (POST /assets)"


def _checked(
    path: str | os.PathLike[str], status: os.stat_result, head: bytes, *, max_bytes: int, route: str = _UPLOAD
) -> ImageFile:
    if status.st_size == 0:
        raise NotAnImageError(path, "is empty")
    mime = sniff(head)
    if mime is None:
        raise NotAnImageError(path, f"is not an image the API takes ({FORMATS}), by its first bytes")
    if status.st_size > max_bytes:
        raise ImageFileError(path, f"is {status.st_size:,} bytes, more than the {max_bytes:,} {route} takes")
    return ImageFile(Path(path), status.st_size, mime, status.st_mtime_ns)


def _read(path: str | os.PathLike[str], stream: FileIO, size: int) -> bytes:
    """Up to `size` bytes, fewer only at the end of the file."""
    parts = []
    while size > 0:
        try:
            data = stream.read(size)
        except OSError as exc:
            raise ImageFileError(path, f"cannot be read ({os_reason(exc)})") from None
        if not data:
            break
        parts.append(data)
        size -= len(data)
    return b"".join(parts)


def _read_exactly(path: str | os.PathLike[str], stream: FileIO, size: int) -> bytes:
    data = _read(path, stream, size)
    if len(data) < size:
        raise ImageChangedError(path, "changed while it was read: it is shorter than when it was opened")
    return data


def _check_end(path: str | os.PathLike[str], stream: FileIO) -> None:
    if _read(path, stream, 1):
        raise ImageChangedError(path, "changed while it was read: it is longer than when it was opened")


def _chunks(path: str | os.PathLike[str], stream: FileIO, size: int) -> Iterator[bytes]:
    """The next `size` bytes a `CHUNK` at a time, then the end of the file; `ImageChangedError` if it ends elsewhere."""
    while size > 0:
        chunk = _read_exactly(path, stream, min(CHUNK, size))
        yield chunk
        size -= len(chunk)
    _check_end(path, stream)


def _hash_rest(path: str | os.PathLike[str], stream: FileIO, digest: hashlib._Hash, remaining: int) -> None:
    for chunk in _chunks(path, stream, remaining):
        digest.update(chunk)


class EncodedBody(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A JSON request body holding one image in base64, written once and sent as often as needed.

    It is an httpx stream for either client, sent a `SEND_CHUNK` at a time, again on each attempt,
    without another copy of it: `request = client.build_request(method, url, headers=body.headers)`,
    then `request.stream = body`.
    """

    image: ImageFile
    sha256: str
    """The hash of the bytes encoded: what was read is what is sent, whatever the file holds since."""

    def __init__(self, buffer: bytearray, image: ImageFile, sha256: str) -> None:
        self._buffer = buffer
        self.image = image
        self.sha256 = sha256

    def __len__(self) -> int:
        return len(self._buffer)

    @property
    def headers(self) -> dict[str, str]:
        return {"Content-Type": "application/json", "Content-Length": str(len(self._buffer))}

    def __iter__(self) -> Iterator[bytes]:
        view = memoryview(self._buffer)
        for start in range(0, len(view), SEND_CHUNK):
            yield bytes(view[start : start + SEND_CHUNK])

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self:
            yield chunk


def encoded_body(
    path: str | os.PathLike[str],
    key: str,
    fields: Mapping[str, JSONValue] | None = None,
    *,
    as_data_url: bool,
    max_bytes: int = ASSETS_LIMIT - 1,
) -> EncodedBody:
    """The JSON object `fields` with `key` set to the image's base64, last; the file is read once.

    `as_data_url` puts it in a data URL (`data:image/png;base64,...`, the `data` of
    `training_images.add`); otherwise it is bare base64 (the `image` of `assets.upload`).
    """
    others = {name: value for name, value in (fields or {}).items() if name != key}
    opening = json.dumps({**others, key: ""})[:-2].encode("ascii")  # up to the value's opening quote

    def start(image: ImageFile) -> bytes:
        return opening + (f"data:{image.mime};base64,".encode("ascii") if as_data_url else b"")

    buffer, image, sha256 = _encode(path, start, b'"}', max_bytes=max_bytes)
    return EncodedBody(buffer, image, sha256)


def data_url(path: str | os.PathLike[str], *, max_bytes: int = ASSETS_LIMIT - 1) -> str:
    """`data:image/...;base64,...` of the image. At its peak, memory holds it twice, as bytes then as text."""
    buffer, _, _ = _encode(path, lambda image: f"data:{image.mime};base64,".encode("ascii"), b"", max_bytes=max_bytes)
    return buffer.decode("ascii")


def base64_image(path: str | os.PathLike[str], *, max_bytes: int = ASSETS_LIMIT - 1) -> str:
    """The image's base64. At its peak, memory holds it twice, as bytes then as text."""
    buffer, _, _ = _encode(path, lambda image: b"", b"", max_bytes=max_bytes)
    return buffer.decode("ascii")


def _encode(
    path: str | os.PathLike[str], start: Callable[[ImageFile], bytes], end: bytes, *, max_bytes: int
) -> tuple[bytearray, ImageFile, str]:
    """`start(image)`, the image's base64 and `end`, in one buffer of their exact size, with the image's sha256.

    The file is read a chunk at a time, each chunk hashed and encoded into its place in the buffer.
    """
    stream, status = open_regular(path)
    with stream:
        chunks = _chunks(path, stream, status.st_size)
        first = next(chunks, b"")
        image = _checked(path, status, first[:HEAD_BYTES], max_bytes=max_bytes, route=_JSON_BODY)
        opening = start(image)
        buffer = bytearray(len(opening) + _encoded_size(image.size) + len(end))
        buffer[: len(opening)] = opening
        at = len(opening)
        digest = hashlib.sha256()
        for chunk in itertools.chain([first], chunks):
            digest.update(chunk)
            size = _encoded_size(len(chunk))
            buffer[at : at + size] = binascii.b2a_base64(chunk, newline=False)
            at += size
        buffer[at:] = end
        return buffer, image, digest.hexdigest()


def _encoded_size(size: int) -> int:
    return 4 * -(-size // 3)


@contextmanager
def file_parts(path: str | os.PathLike[str], *, part_size: int = PART_SIZE) -> Iterator[FileParts]:
    """The file's upload parts, read within the `with` block:

    ```
    with file_parts(path) as parts:
        parts.plan                     # every part, before any is read
        for part, data in parts: ...   # each part's bytes, read in order, once
        parts.sha256                   # once every part was read
    ```
    """
    stream, status = open_regular(path)
    with stream:
        yield FileParts(path, stream, plan_parts(status.st_size, part_size))


class FileParts:
    """An upload's parts read from disk in order, one at a time, hashed as they are read (see `file_parts`)."""

    def __init__(self, path: str | os.PathLike[str], stream: FileIO, plan: tuple[Part, ...]) -> None:
        self.path = path
        self.plan = plan
        self._stream = stream
        self._digest = hashlib.sha256()
        self._started = False
        self._done = False

    def __iter__(self) -> Iterator[tuple[Part, bytes]]:
        if self._stream.closed:
            raise RuntimeError("the parts are read within `with file_parts(path) as parts:`")
        if self._started:
            raise RuntimeError("the parts are read once")
        self._started = True
        for part in self.plan:
            data = _read_exactly(self.path, self._stream, part.length)
            self._digest.update(data)
            yield part, data
        _check_end(self.path, self._stream)
        self._done = True

    @property
    def sha256(self) -> str:
        if not self._done:
            raise RuntimeError("the hash is known once every part was read")
        return self._digest.hexdigest()


def os_reason(exc: OSError) -> str:
    """The system's words for an error, as a message's parenthesis: `permission denied`."""
    return exc.strerror.lower() if exc.strerror else type(exc).__name__


_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFIFO: "a pipe", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device"}


def _file_kind(mode: int) -> str:
    return _KINDS.get(stat.S_IFMT(mode), "not a regular file")
