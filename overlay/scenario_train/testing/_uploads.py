"""The life of one upload, as pure functions: created with its parts' URLs, the parts received, completed,
validated, then imported as an asset (or failed).

Each part's URL is presigned: it carries a signature of the upload's secret, and the part's `PUT` carries
no credentials of the API (the parts are served on another origin, as a storage service would).
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from scenario_train_api.models import UploadKind, UploadStatus

from ._assets import NOT_AN_IMAGE, Asset, image_asset
from ._state import Refused

MAX_PARTS = 10_000
PART_URL_SECONDS = 3600
SIMULATED_KINDS = frozenset({UploadKind.IMAGE, UploadKind.ASSET})
"""What the mock imports: images. Other kinds (models, audio, ...) are refused (400), saying so."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Upload:
    id: str
    file_name: str
    content_type: str
    file_size: int
    kind: UploadKind
    parts_count: int
    created_at: float
    updated_at: float
    secret: str
    """Signs the URLs of the parts."""
    asset_options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    received: Mapping[int, bytes] = field(default_factory=lambda: MappingProxyType({}))
    """The bytes of each part received, by number (from 1); dropped once imported."""
    status: UploadStatus = UploadStatus.PENDING
    entity_id: str | None = None
    error: str | None = None


def signature(upload: Upload, number: int) -> str:
    return hmac.new(upload.secret.encode(), f"{upload.id}/{number}".encode(), hashlib.sha256).hexdigest()


def multipart(upload_id: str, body: Mapping[str, Any], secret: str, now: float) -> Upload:
    """A new multipart upload from the body of `POST /uploads` (by wire names); 400 if it cannot be one."""
    if any(key in body for key in ("url", "civitaiModelUrl", "huggingFaceModelName")):
        raise Refused("The mock does not simulate imports from a URL: only multipart uploads")
    missing = [key for key in ("fileName", "contentType", "fileSize", "parts", "kind") if key not in body]
    if missing:
        raise Refused(f"A multipart upload needs {', '.join(missing)}")
    kind = UploadKind(body["kind"])
    if kind not in SIMULATED_KINDS:
        raise Refused(f"The mock simulates uploads of images only, not of kind {kind.value!r}")
    parts, size = body["parts"], body["fileSize"]
    if parts != int(parts) or not 1 <= parts <= MAX_PARTS:
        raise Refused(f"Invalid body: $.parts: a whole number from 1 to {MAX_PARTS}")
    if size != int(size) or size < 1:
        raise Refused("Invalid body: $.fileSize: a whole number of bytes, at least 1")
    return Upload(
        id=upload_id,
        file_name=str(body["fileName"]),
        content_type=str(body["contentType"]),
        file_size=int(size),
        kind=kind,
        parts_count=int(parts),
        created_at=now,
        updated_at=now,
        secret=secret,
        asset_options=MappingProxyType(dict(body.get("assetOptions") or {})),
    )


def receive(upload: Upload, number: int, data: bytes, now: float) -> Upload:
    """The upload with part `number` received (again, if it was: the last bytes count)."""
    if upload.status is not UploadStatus.PENDING:
        raise Refused(f"Upload {upload.id} is {upload.status.value}: it takes no more parts")
    if not 1 <= number <= upload.parts_count:
        raise Refused(f"Upload {upload.id} has no part {number}", 404)
    received = {**upload.received, number: data}
    return dataclasses.replace(upload, received=MappingProxyType(received), updated_at=now)


def complete(upload: Upload, now: float) -> Upload:
    """Every part received and their sizes adding up to `fileSize`: validation starts."""
    if upload.status is not UploadStatus.PENDING:
        raise Refused(f"Upload {upload.id} is {upload.status.value}, not pending")
    missing = [number for number in range(1, upload.parts_count + 1) if number not in upload.received]
    if missing:
        raise Refused(f"Parts not uploaded: {', '.join(map(str, missing))}")
    size = sum(len(data) for data in upload.received.values())
    if size != upload.file_size:
        raise Refused(f"The parts hold {size} bytes; fileSize says {upload.file_size}")
    return dataclasses.replace(upload, status=UploadStatus.VALIDATING, updated_at=now)


def content(upload: Upload) -> bytes:
    """The file, its parts in order."""
    return b"".join(upload.received[number] for number in sorted(upload.received))


def step(upload: Upload, asset_id: str, now: float) -> tuple[Upload, Asset | None]:
    """A read of a completed upload moves it one step: `validating`, `validated`, then `imported` as the
    asset `asset_id` (returned beside it), or `failed` if the file is no image; its bytes are then dropped."""
    if upload.status is UploadStatus.VALIDATING:
        return dataclasses.replace(upload, status=UploadStatus.VALIDATED, updated_at=now), None
    if upload.status is not UploadStatus.VALIDATED:
        return upload, None
    done = dataclasses.replace(upload, received=MappingProxyType({}), updated_at=now)
    options = upload.asset_options
    try:
        asset = image_asset(
            asset_id,
            upload.file_name,
            content(upload),
            now,
            "file",
            hidden=options.get("hide") is True,
            parent_id=str(options.get("parentId") or ""),
            collection_ids=tuple(options.get("collectionIds") or ()),
        )
    except Refused:
        return dataclasses.replace(done, status=UploadStatus.FAILED, error=f"The file is {NOT_AN_IMAGE}"), None
    return dataclasses.replace(done, status=UploadStatus.IMPORTED, entity_id=asset_id), asset
