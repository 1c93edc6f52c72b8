"""The JSON bodies of the asset and upload calls: every field of the spec, patched with the mock's state."""

from __future__ import annotations

from typing import Any

from scenario_train_api.models import (
    AssetEditCapability,
    AssetKind,
    AssetResponse,
    AssetStatus,
    AssetType,
    AssetUploadResponse,
    UploadResponse,
    UploadSource,
    UploadStatus,
)

from ._answers import OWNER_ID, iso
from ._assets import Asset
from ._template import ABSENT, filled, patched
from ._uploads import PART_URL_SECONDS, Upload, signature

_ASSETS_URL = "https://cdn.example.invalid/assets"


def asset_answer(asset: Asset) -> dict[str, Any]:
    answer: dict[str, Any] = patched(filled(AssetResponse), {"asset": _asset(asset)})
    return answer


def asset_upload_answer(asset: Asset) -> dict[str, Any]:
    # An image needs no processing job: none is sent.
    answer: dict[str, Any] = patched(filled(AssetUploadResponse), {"asset": _asset(asset), "job": ABSENT})
    return answer


def upload_answer(upload: Upload, parts_origin: str) -> dict[str, Any]:
    """The upload; while it waits for its parts, with the presigned URL of each, on `parts_origin`."""
    expires = iso(upload.created_at + PART_URL_SECONDS)
    parts = [
        {
            "expires": expires,
            "number": number,
            "url": f"{parts_origin}/parts/{upload.id}/{number}"
            f"?X-Amz-Expires={PART_URL_SECONDS}&X-Amz-Signature={signature(upload, number)}",
        }
        for number in range(1, upload.parts_count + 1)
    ]
    patch = {
        "id": upload.id,
        "authorId": OWNER_ID,
        "createdAt": iso(upload.created_at),
        "fileName": upload.file_name,
        "kind": upload.kind.value,
        "ownerId": OWNER_ID,
        "source": UploadSource.MULTIPART.value,
        "status": upload.status.value,
        "updatedAt": iso(upload.updated_at),
        "assetOptions": dict(upload.asset_options),
        "config": ABSENT,
        "contentType": upload.content_type,
        "entityId": upload.entity_id or ABSENT,
        "errorMessage": upload.error or ABSENT,
        "fileSize": upload.file_size,
        "jobId": ABSENT,
        "originalFileName": upload.file_name,
        "parts": parts if upload.status is UploadStatus.PENDING else ABSENT,
        "partsCount": upload.parts_count,
        "provider": ABSENT,
        "url": ABSENT,
    }
    answer: dict[str, Any] = patched(filled(UploadResponse), {"upload": patch})
    return answer


def _asset(asset: Asset) -> dict[str, Any]:
    url = f"{_ASSETS_URL}/{asset.id}"
    return {
        "id": asset.id,
        "authorId": OWNER_ID,
        "collectionIds": list(asset.collection_ids),
        "createdAt": iso(asset.created_at),
        "editCapabilities": [capability.value for capability in AssetEditCapability],
        "kind": AssetKind.IMAGE.value,
        "metadata": {
            "kind": AssetKind.IMAGE.value,
            "type": AssetType.UPLOADED.value,
            "name": asset.name,
            "parentId": asset.parent_id or ABSENT,
        },
        "mimeType": asset.mime_type,
        "ownerId": OWNER_ID,
        "privacy": "private",
        "properties": {"size": asset.size},
        "source": "uploaded",
        "status": AssetStatus.SUCCESS.value,
        "tags": [],
        "updatedAt": iso(asset.updated_at),
        "url": url,
        "automaticCaptioning": f"an image named {asset.name}",
        "deletedAt": ABSENT,
        "description": asset.description,
        "isHidden": asset.hidden,
        "originalFileUrl": url,
        "originalMimeType": asset.mime_type,
    }
