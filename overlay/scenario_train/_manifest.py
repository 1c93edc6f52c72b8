"""The manifest of a training folder: what was made for it, so that a run that was cut short resumes.

It lives beside the images, as `.scenario-train.json` (a name the dataset does not read), and
records the model (id, type, name), each image's content hash with its asset and training-image
ids and the caption set on it, the pairs set, and the trigger's job. It is JSON:

```
{"format": "scenario-train/manifest", "version": 1,
 "model": {"id": "model_...", "type": "flux.2-dev-lora", "name": "Cats"},
 "images": [{"sha256": "9f86...", "name": "tabby.png", "assetId": "asset_...",
             "trainingImageId": "asset_...", "caption": "a tabby cat"}],
 "pairs": [{"sourceId": "asset_...", "targetId": "asset_...", "instruction": "paint it red"}],
 "jobId": "job_..."}
```

`pairs` is null until pairs are set; `caption` is null until a caption is set.

**Written atomically**: each save writes a temporary file in the same folder, flushes it to disk,
then renames it over the manifest (`os.replace`), and flushes the folder. A process killed at any
point leaves the old manifest or the new one, whole, and at worst a stray temporary file, whose
name starts with `.` too.

**Never lost**: a manifest that cannot be read (not JSON, cut short, written by something else, or by
a newer version) is refused with `ManifestError`, and a store whose load failed cannot save: the
file stays as it was, for a person to look at. A store also refuses to save over a manifest that
changed since it read or wrote it (another run on the same folder, say): it is not a lock, but two
runs cannot silently take turns overwriting each other.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple, TypeVar

from ._errors import ScenarioError
from ._images import ImageFileError, display_path, read_start

__all__ = [
    "FORMAT",
    "MANIFEST_NAME",
    "MAX_MANIFEST_BYTES",
    "VERSION",
    "Manifest",
    "ManifestError",
    "ManifestImage",
    "ManifestModel",
    "ManifestPair",
    "ManifestStore",
]

MANIFEST_NAME = ".scenario-train.json"
FORMAT = "scenario-train/manifest"
VERSION = 1
MAX_MANIFEST_BYTES = 16 * 1024 * 1024
"""What a manifest of about 60,000 images takes; a larger file is no manifest of ours."""
_SHA256 = re.compile(r"[0-9a-f]{64}")
T = TypeVar("T")


class ManifestError(ScenarioError, ValueError):
    """A manifest that cannot be read or written. The file is left as it is; the message says why."""

    path: Path
    reason: str

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{display_path(path)}: {reason}; the file is left as it is")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class ManifestModel:
    id: str
    type: str
    name: str | None = None


@dataclass(frozen=True)
class ManifestImage:
    sha256: str
    """The hex sha256 of the file's content when it was uploaded."""
    name: str
    """The file's name in the folder then."""
    asset_id: str | None = None
    training_image_id: str | None = None
    caption: str | None = None
    """The caption set on the training image; None while none is."""


@dataclass(frozen=True)
class ManifestPair:
    source_id: str
    target_id: str
    instruction: str | None = None


@dataclass(frozen=True)
class Manifest:
    model: ManifestModel | None = None
    images: tuple[ManifestImage, ...] = ()
    pairs: tuple[ManifestPair, ...] | None = None
    """None until pairs are set (an empty tuple: set to none)."""
    job_id: str | None = None

    def image(self, sha256: str) -> ManifestImage | None:
        return next((image for image in self.images if image.sha256 == sha256), None)

    def image_named(self, name: str) -> ManifestImage | None:
        """The image last uploaded from the file `name`, whatever its content is now."""
        return next((image for image in self.images if image.name == name), None)

    def with_model(self, model: ManifestModel) -> Manifest:
        return dataclasses.replace(self, model=model)

    def with_image(self, image: ManifestImage) -> Manifest:
        """The manifest with `image` in place of the one of the same content, or added last."""
        if self.image(image.sha256) is None:
            return dataclasses.replace(self, images=(*self.images, image))
        images = tuple(image if known.sha256 == image.sha256 else known for known in self.images)
        return dataclasses.replace(self, images=images)

    def without_image(self, sha256: str) -> Manifest:
        return dataclasses.replace(self, images=tuple(image for image in self.images if image.sha256 != sha256))

    def with_pairs(self, pairs: tuple[ManifestPair, ...]) -> Manifest:
        return dataclasses.replace(self, pairs=pairs)

    def with_job(self, job_id: str) -> Manifest:
        return dataclasses.replace(self, job_id=job_id)

    def to_json(self) -> dict[str, Any]:
        model = self.model
        return {
            "format": FORMAT,
            "version": VERSION,
            "model": None if model is None else {"id": model.id, "type": model.type, "name": model.name},
            "images": [
                {
                    "sha256": image.sha256,
                    "name": image.name,
                    "assetId": image.asset_id,
                    "trainingImageId": image.training_image_id,
                    "caption": image.caption,
                }
                for image in self.images
            ],
            "pairs": None
            if self.pairs is None
            else [
                {"sourceId": pair.source_id, "targetId": pair.target_id, "instruction": pair.instruction}
                for pair in self.pairs
            ],
            "jobId": self.job_id,
        }

    @classmethod
    def from_json(cls, document: object) -> Manifest:
        """The manifest a document holds; `ValueError` saying where it is not one (`$.images[2].sha256: ...`)."""
        if not isinstance(document, dict) or document.get("format") != FORMAT:
            raise ValueError(f'is not a manifest of scenario-train (it has no "format": "{FORMAT}")')
        version = document.get("version")
        if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
            raise ValueError(
                f"was written by a newer scenario-train (manifest version {version}; this one reads {VERSION})"
            )
        reader = _Reader(document, "$")
        reader.fields("format", "version", "model", "images", "pairs", "jobId")
        reader.take("version", _exact(VERSION, "the version"))
        manifest = cls(
            model=reader.take("model", _optional(_object(_model))),
            images=tuple(reader.take("images", _array(_object(_image)))),
            pairs=_tuple_or_none(reader.take("pairs", _optional(_array(_object(_pair))))),
            job_id=reader.take("jobId", _optional(_string)),
        )
        hashes = [image.sha256 for image in manifest.images]
        if len(set(hashes)) != len(hashes):
            raise ValueError("$.images: the same sha256 twice")
        return manifest


class Stamp(NamedTuple):
    """What tells one version of the manifest file from another."""

    device: int
    inode: int
    size: int
    mtime_ns: int


class ManifestStore:
    """The manifest of one folder: `load()` once, then `save()` after each step.

    ```
    store = ManifestStore(folder)
    manifest = store.load()          # an empty Manifest when the folder has none yet
    manifest = manifest.with_model(ManifestModel(id, type, name))
    store.save(manifest)
    ```
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.path = self.folder / MANIFEST_NAME
        self._loaded = False
        self._stamp: Stamp | None = None

    def load(self) -> Manifest:
        """The folder's manifest, an empty one if it has none; `ManifestError` if its file is not one."""
        manifest, stamp = (Manifest(), None) if _stamp(self.path) is None else _read(self.path)
        self._loaded, self._stamp = True, stamp
        return manifest

    def save(self, manifest: Manifest) -> None:
        """Replace the manifest with `manifest`, atomically; `ManifestError` if the file changed since it was read."""
        if not self._loaded:
            raise RuntimeError("a manifest is saved after it was loaded: load() first")
        now = _stamp(self.path)
        if now != self._stamp:
            happened = "appeared" if self._stamp is None else "was removed" if now is None else "changed"
            raise ManifestError(self.path, f"{happened} since this run read it: is another run using the folder?")
        self._stamp = _write(self.path, (json.dumps(manifest.to_json(), indent=2) + "\n").encode("ascii"))


def _read(path: Path) -> tuple[Manifest, Stamp]:
    try:
        data, status = read_start(path, MAX_MANIFEST_BYTES + 1)
    except ImageFileError as exc:
        raise ManifestError(path, exc.reason) from None
    if len(data) > MAX_MANIFEST_BYTES:
        raise ManifestError(path, f"is over {MAX_MANIFEST_BYTES:,} bytes: not a manifest of scenario-train")
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ManifestError(path, f"is not JSON, or not whole ({type(exc).__name__}: {exc})") from None
    try:
        return Manifest.from_json(document), _stamp_of(status)
    except ValueError as exc:
        raise ManifestError(path, str(exc)) from None


def _write(path: Path, data: bytes) -> Stamp:
    """`data` written to `path` atomically: a temporary file beside it, flushed to disk, then renamed over it."""
    descriptor, temporary = tempfile.mkstemp(prefix=f"{MANIFEST_NAME}.", suffix=".tmp", dir=path.parent)
    try:
        with open(descriptor, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
            stamp = _stamp_of(os.fstat(file.fileno()))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    _flush_folder(path.parent)
    return stamp


def _flush_folder(folder: Path) -> None:
    """The rename made durable: on POSIX, the folder's entry is on disk only once the folder is flushed."""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _stamp(path: Path) -> Stamp | None:
    try:
        return _stamp_of(os.stat(path))
    except FileNotFoundError:
        return None


def _stamp_of(status: os.stat_result) -> Stamp:
    return Stamp(status.st_dev, status.st_ino, status.st_size, status.st_mtime_ns)


# Reading the document strictly: each value's type, each object's fields, with the path of what is wrong.


class _Reader:
    def __init__(self, document: dict[str, Any], where: str) -> None:
        self.document = document
        self.where = where

    def fields(self, *names: str) -> None:
        for name in self.document:
            if name not in names:
                raise ValueError(f"{self.where}: unknown field {json.dumps(name)}")
        for name in names:
            if name not in self.document:
                raise ValueError(f"{self.where}.{name}: missing")

    def take(self, name: str, read: Callable[[object, str], T]) -> T:
        return read(self.document[name], f"{self.where}.{name}")


Read = Callable[[object, str], T]


def _string(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected a string, not {_kind(value)}")
    return value


def _optional(read: Read[T]) -> Read[T | None]:
    return lambda value, where: None if value is None else read(value, where)


def _array(read: Read[T]) -> Read[list[T]]:
    def array(value: object, where: str) -> list[T]:
        if not isinstance(value, list):
            raise ValueError(f"{where}: expected an array, not {_kind(value)}")
        return [read(item, f"{where}[{index}]") for index, item in enumerate(value)]

    return array


def _object(read: Callable[[_Reader], T]) -> Read[T]:
    def object_(value: object, where: str) -> T:
        if not isinstance(value, dict):
            raise ValueError(f"{where}: expected an object, not {_kind(value)}")
        return read(_Reader(value, where))

    return object_


def _exact(expected: int, what: str) -> Read[int]:
    def exact(value: object, where: str) -> int:
        if type(value) is not int or value != expected:
            raise ValueError(f"{where}: {what} must be {expected}, not {json.dumps(value)}")
        return value

    return exact


def _sha256(value: object, where: str) -> str:
    text = _string(value, where)
    if not _SHA256.fullmatch(text):
        raise ValueError(f"{where}: expected 64 lowercase hexadecimal digits")
    return text


def _model(reader: _Reader) -> ManifestModel:
    reader.fields("id", "type", "name")
    return ManifestModel(
        reader.take("id", _string), reader.take("type", _string), reader.take("name", _optional(_string))
    )


def _image(reader: _Reader) -> ManifestImage:
    reader.fields("sha256", "name", "assetId", "trainingImageId", "caption")
    return ManifestImage(
        sha256=reader.take("sha256", _sha256),
        name=reader.take("name", _string),
        asset_id=reader.take("assetId", _optional(_string)),
        training_image_id=reader.take("trainingImageId", _optional(_string)),
        caption=reader.take("caption", _optional(_string)),
    )


def _pair(reader: _Reader) -> ManifestPair:
    reader.fields("sourceId", "targetId", "instruction")
    return ManifestPair(
        reader.take("sourceId", _string),
        reader.take("targetId", _string),
        reader.take("instruction", _optional(_string)),
    )


def _tuple_or_none(items: list[T] | None) -> tuple[T, ...] | None:
    return None if items is None else tuple(items)


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, Mapping):
        return "an object"
    names = {bool: "a boolean", str: "a string", list: "an array", int: "a number", float: "a number"}
    return names.get(type(value), type(value).__name__)
