"""The storage an upload's parts are sent to, as the URLs of `POST /uploads` name it: `PUT /parts/{uploadId}/{n}`.

It is served on a second origin (its own port) and knows no credentials of the API: the signature in the
URL is the only authorisation. A request that carries an `Authorization` header is refused, as a storage
service refuses a presigned URL used with a second way to authenticate, so that a test sees any leak.
"""

from __future__ import annotations

import hashlib
import hmac

from . import _uploads
from ._handlers import Handlers
from ._server import Answer, Request, error
from ._state import Refused

PART_BODY_BYTES = 32 * 1024 * 1024
"""The largest part taken (the vendor's guide suggests parts of about 7 MB)."""
PREFIX = "/parts/"


def body_limit(method: str, path: str) -> int:
    return PART_BODY_BYTES


def serve_part(handlers: Handlers, request: Request) -> Answer:
    """Keep the bytes of one part; 200 with its ETag, as a storage service answers."""
    segments = request.path[len(PREFIX) :].split("/") if request.path.startswith(PREFIX) else []
    if len(segments) != 2 or not segments[1].isdigit():
        return error(404, f"Not found: {request.path}")
    if request.method != "PUT":
        return error(405, f"Method {request.method} not allowed", {"Allow": "PUT"})
    if "authorization" in request.headers:
        return error(400, "Only one auth mechanism allowed: the URL is presigned, and an Authorization header came")
    upload_id, number = segments[0], int(segments[1])
    try:
        upload = handlers.uploads.get(upload_id)
        given = request.query.get("X-Amz-Signature", "")
        if not hmac.compare_digest(given.encode(), _uploads.signature(upload, number).encode()):
            return error(403, "The request signature does not match: use the URL the upload answered")
        handlers.receive_part(upload_id, number, request.body)
    except Refused as refused:
        return error(refused.status, str(refused))
    return Answer(200, b"", {"ETag": f'"{hashlib.md5(request.body, usedforsecurity=False).hexdigest()}"'})
