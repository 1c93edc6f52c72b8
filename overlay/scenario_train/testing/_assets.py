"""The assets of the mock: images sent inline (`POST /assets`, a training image's `data`) or through an upload.

An image is recognised by its first bytes. Only its size and type are kept, not its bytes.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import re
from dataclasses import dataclass
from uuid import uuid4

from ._state import Refused

INLINE_IMAGE_LIMIT = 6_000_000
"""`POST /assets` takes images under 6 MB (the vendor's docs); larger ones go through `/uploads`."""
_DATA_URL = re.compile(r"data:([^,;]*)(;[^,]*)?;base64,(.*)", re.S)
_SIGNATURES: tuple[tuple[bytes, int, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"WEBP", 8, "image/webp"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"ftypavif", 4, "image/avif"),
    (b"ftypheic", 4, "image/heic"),
    (b"ftypheix", 4, "image/heic"),
    (b"ftypmif1", 4, "image/heic"),
)
"""The first bytes of the formats the vendor's docs list for assets (SVG aside), and where they sit."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Asset:
    id: str
    name: str
    mime_type: str
    size: int
    created_at: float
    updated_at: float
    description: str = ""
    hidden: bool = False
    parent_id: str = ""
    collection_ids: tuple[str, ...] = ()


def new_asset_id() -> str:
    return f"asset_{uuid4().hex[:22]}"


def decoded(text: str, field: str) -> bytes:
    """The bytes of an image sent as a data URL or as bare base64; 400 naming `field` otherwise."""
    match = _DATA_URL.fullmatch(text)
    payload = match.group(3) if match else text
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise Refused(f"Invalid body: $.{field}: not an image in base64 or a base64 data URL") from None


def image_type(data: bytes) -> str | None:
    """The MIME type of an image by its first bytes, or None if it is none the API accepts."""
    for signature, offset, mime_type in _SIGNATURES:
        if data[offset : offset + len(signature)] == signature and (mime_type != "image/webp" or data[:4] == b"RIFF"):
            return mime_type
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in head):
        return "image/svg+xml"
    return None


NOT_AN_IMAGE = "not a PNG, JPEG, GIF, WebP, AVIF, HEIC, TIFF or SVG image"


def image_asset(
    asset_id: str,
    name: str,
    data: bytes,
    now: float,
    field: str,
    *,
    hidden: bool = False,
    parent_id: str = "",
    collection_ids: tuple[str, ...] = (),
) -> Asset:
    """An asset of the image `data`; 400 naming `field` if it is no image the API accepts."""
    mime_type = image_type(data)
    if mime_type is None:
        raise Refused(f"Invalid body: $.{field}: {NOT_AN_IMAGE}")
    return Asset(
        id=asset_id,
        name=name,
        mime_type=mime_type,
        size=len(data),
        created_at=now,
        updated_at=now,
        hidden=hidden,
        parent_id=parent_id,
        collection_ids=collection_ids,
    )


def updated(asset: Asset, *, description: str | None, name: str | None, now: float) -> Asset:
    """The asset with what `PUT /assets/{assetId}` changes of an image: its description (a training image's
    caption) and its name; None leaves one as it is."""
    return dataclasses.replace(
        asset,
        description=asset.description if description is None else description,
        name=asset.name if name is None else name,
        updated_at=now,
    )
