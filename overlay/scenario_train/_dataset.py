"""A folder of images to train a model on: its layout, and every problem with it, before anything is sent.

The layout (docs/dataset-layout.md says the same for users):

- **Types trained on images** (every type but the edit types): each image in the folder is a training
  image. Its caption, optional, is in the text file of the same name with `.txt` for its extension:
  `cat.png` and `cat.txt`, the convention of common LoRA training tools.
- **Edit types** (`*-edit-*` and `flux.1-kontext-lora`, trained on before/after pairs with an
  instruction, workflow-api-facts.md §8): each pair is `NAME.before.EXT` and `NAME.after.EXT`, and
  its instruction, optional, is in `NAME.txt`. One folder, as for the other types, where the three
  files of a pair sort together.

What counts:

- An image is a regular file whose first bytes are those of a format the API takes (`_images.sniff`),
  whatever its name. A file with an image's extension (`IMAGE_SUFFIXES`) that is not one is a problem;
  any other file that is not one is left out, listed in `ignored`, and only its first bytes are read.
- A text file is UTF-8 (a byte-order mark is dropped), at most `MAX_TEXT_BYTES`; surrounding white
  space is dropped, and one left empty sets nothing (a warning). One that is not UTF-8 is a problem.
- Names that start with `.` are not looked at (`.DS_Store`, the manifest). Folders are left out.
- A link is followed if what it points to, resolved, is in the folder. One that leaves the folder
  is a problem: what it points to could change, or be a file not meant to be sent, without the
  folder showing it. Copy the file in instead.

Every problem is listed at once, each naming its file on one line (`display_path`): files that
cannot be read, files with an image's name that are no image, images over what an upload takes
(`_images.MAX_UPLOAD_BYTES`), the same image twice (by content), pairs with a missing half, captions
that two images would share, and fewer images or pairs than the minimum: 1 image (the API refuses a
training without images; 5 to 15 are recommended, and fewer is a warning), and 2 pairs (the
documented minimum of `flux.2-dev-edit-lora`, taken for every edit type). For pairs, the same image
may serve in several pairs (a before image edited two ways): it is one training image. A pair whose
two images are the same, or that repeats another pair, is a problem.

Files that change during the run: the dataset records each file's size, modification time and (for
images) content hash; `changes()` says which files changed, went or came since. It reads again only
files whose size or time moved, and calls a file changed only if its content did. What is sent is
read again then, and hashed as it is read (`_images.EncodedBody.sha256`), which is the exact check.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, NamedTuple

from ._errors import ScenarioError
from ._images import (
    MAX_UPLOAD_BYTES,
    ImageFileError,
    NotAnImageError,
    display_path,
    os_reason,
    read_image,
    read_start,
    sha256_file,
)

__all__ = [
    "IMAGE_SUFFIXES",
    "MAX_TEXT_BYTES",
    "MIN_IMAGES",
    "MIN_PAIRS",
    "RECOMMENDED",
    "Change",
    "Dataset",
    "DatasetError",
    "Image",
    "ImageRecord",
    "Kind",
    "Pair",
    "Problem",
    "TextRecord",
    "changes",
    "check_folder",
    "dataset_kind",
    "read_text",
]

Kind = Literal["images", "pairs"]

IMAGE_SUFFIXES = frozenset(
    {".png", ".jpg", ".jpeg", ".jpe", ".jfif", ".webp", ".gif", ".tif", ".tiff", ".avif", ".heic", ".heif"}
    | {".bmp", ".svg", ".jxl", ".psd", ".ico"}  # images the API does not take: refused, not left out
)
TEXT_SUFFIX = ".txt"
MAX_TEXT_BYTES = 64 * 1024
"""The largest caption or instruction file read: larger, it is hardly one."""
MIN_IMAGES = 1
MIN_PAIRS = 2
RECOMMENDED = 5
"""Fewer images or pairs than this is a warning (the help center recommends 5 to 15)."""
BEFORE, AFTER = ".before", ".after"


def dataset_kind(model_type: str) -> Kind:
    """`pairs` for the edit types, `images` for any other type.

    The edit types are named `...-edit-...` (`flux.2-dev-edit-lora`, `qwen-image-edit-2509-lora`), and
    `flux.1-kontext-lora`, which the help center lists as an edit family (workflow-api-facts.md §8).
    """
    if not model_type.strip():
        raise ValueError("model_type must not be blank")
    return "pairs" if "-edit-" in model_type or model_type == "flux.1-kontext-lora" else "images"


class ImageRecord(NamedTuple):
    """An image file as it was read."""

    name: str
    size: int
    mtime_ns: int
    sha256: str
    mime: str


class TextRecord(NamedTuple):
    """A caption or instruction file as it was read."""

    name: str
    size: int
    mtime_ns: int
    text: str | None
    """None when the file holds only white space: it sets nothing."""


class Image(NamedTuple):
    file: ImageRecord
    caption: TextRecord | None


class Pair(NamedTuple):
    name: str
    before: ImageRecord
    after: ImageRecord
    instruction: TextRecord | None


class Problem(NamedTuple):
    """What is wrong (or, as a warning, worth knowing) about one file, or about the folder when `name` is None."""

    name: str | None
    reason: str

    def __str__(self) -> str:
        return self.reason if self.name is None else f"{display_path(self.name)}: {self.reason}"


class Change(NamedTuple):
    name: str
    what: Literal["changed", "removed", "added"]

    def __str__(self) -> str:
        return f"{display_path(self.name)}: {self.what}"


class DatasetError(ScenarioError, ValueError):
    """A folder that cannot be trained on as it is; the message lists every problem, one a line."""

    problems: tuple[Problem, ...]

    def __init__(self, folder: Path, problems: tuple[Problem, ...]) -> None:
        lines = "".join(f"\n  {problem}" for problem in problems)
        count = f"{len(problems)} problem{'s' if len(problems) > 1 else ''}"
        super().__init__(f"{display_path(folder)}: {count} to fix before training:{lines}")
        self.problems = problems


@dataclass(frozen=True)
class Dataset:
    folder: Path
    model_type: str
    kind: Kind
    images: tuple[Image, ...]
    """Every image file, by name. For pairs, an image has no caption: its pair has an instruction."""
    pairs: tuple[Pair, ...]
    problems: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    ignored: tuple[str, ...]
    """Files and folders that are not part of the dataset (names starting with `.` are not listed)."""
    texts: tuple[TextRecord, ...]
    """Every caption or instruction file read."""
    seen: frozenset[str]
    """Every name the folder held (but those starting with `.`), to tell later which came since."""

    def uploads(self) -> tuple[ImageRecord, ...]:
        """What is uploaded: one image file for each content, the first by name, of the images or of the pairs."""
        files = (
            [image.file for image in self.images]
            if self.kind == "images"
            else sorted((file for pair in self.pairs for file in (pair.before, pair.after)), key=lambda file: file.name)
        )
        by_hash: dict[str, ImageRecord] = {}
        for file in files:
            by_hash.setdefault(file.sha256, file)
        return tuple(by_hash.values())

    def raise_for_problems(self) -> None:
        if self.problems:
            raise DatasetError(self.folder, self.problems)


def check_folder(folder: str | os.PathLike[str], model_type: str, *, max_bytes: int = MAX_UPLOAD_BYTES) -> Dataset:
    """The folder read as a dataset for `model_type`, with every problem and warning found."""
    return _Checker(Path(folder), model_type, max_bytes).run()


class _Checker:
    def __init__(self, folder: Path, model_type: str, max_bytes: int) -> None:
        self.folder = folder
        self.model_type = model_type
        self.kind = dataset_kind(model_type)
        self.max_bytes = max_bytes
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        self.ignored: list[str] = []
        self.texts: list[TextRecord] = []
        self.failed: set[str] = set()
        """The stems of files that could not be taken: their captions are not "unused"."""

    def problem(self, name: str | None, reason: str) -> None:
        self.problems.append(Problem(name, reason))
        if name is not None:
            self.failed.add(_stem(name))

    def warn(self, name: str | None, reason: str) -> None:
        self.warnings.append(Problem(name, reason))

    def run(self) -> Dataset:
        names = self._names()
        images: list[ImageRecord] = []
        texts: dict[str, list[str]] = defaultdict(list)
        for name in sorted(names):
            if name.lower().endswith(TEXT_SUFFIX):
                texts[name[: -len(TEXT_SUFFIX)]].append(name)
                continue
            image = self._image(name)
            if image is not None:
                images.append(image)
        if self.kind == "images":
            captioned, pairs = self._captioned(images, texts), []
        else:
            captioned, pairs = [Image(image, None) for image in images], self._pairs(images, texts)
        self._duplicates(captioned, pairs)
        self._count(captioned, pairs)
        return Dataset(
            folder=self.folder,
            model_type=self.model_type,
            kind=self.kind,
            images=tuple(captioned),
            pairs=tuple(pairs),
            problems=tuple(sorted(self.problems, key=_by_name)),
            warnings=tuple(sorted(self.warnings, key=_by_name)),
            ignored=tuple(sorted(self.ignored)),
            texts=tuple(self.texts),
            seen=frozenset(names),
        )

    def _names(self) -> list[str]:
        """The folder's names that are part of the dataset or may be; links that leave it are problems."""
        try:
            entries = list(os.scandir(self.folder))
        except OSError as exc:
            self.problem(None, f"{display_path(self.folder)} cannot be listed ({os_reason(exc)})")
            return []
        root = os.path.realpath(self.folder)
        names = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                if os.path.commonpath([root, target]) != root:
                    self.problem(entry.name, "is a link that leaves the folder: copy the file in instead")
                    continue
                if not os.path.exists(entry.path):
                    self.problem(entry.name, "is a link to nothing")
                    continue
            if entry.is_dir():
                self.ignored.append(entry.name)
                continue
            names.append(entry.name)
        return names

    def _image(self, name: str) -> ImageRecord | None:
        path = self.folder / name
        try:
            image, sha256 = read_image(path, max_bytes=self.max_bytes)
        except NotAnImageError as exc:
            if _suffix(name) in IMAGE_SUFFIXES:
                self.problem(name, exc.reason)
            else:
                self.ignored.append(name)
            return None
        except ImageFileError as exc:
            self.problem(name, exc.reason)
            return None
        return ImageRecord(name, image.size, image.mtime_ns, sha256, image.mime)

    def _text(self, name: str, what: str) -> TextRecord | None:
        """The caption or instruction file; None, and a problem, if it cannot be read as one."""
        record, reason = read_text(self.folder / name)
        if record is None:
            self.problem(name, reason)
            return None
        if record.text is None:
            self.warn(name, f"is empty: no {what} is set")
        self.texts.append(record)
        return record

    def _captioned(self, images: list[ImageRecord], texts: dict[str, list[str]]) -> list[Image]:
        by_stem: dict[str, list[ImageRecord]] = defaultdict(list)
        for image in images:
            by_stem[_stem(image.name)].append(image)
        captions: dict[str, TextRecord | None] = {}
        for stem, names in texts.items():
            owners = by_stem.get(stem, [])
            if not owners:
                if stem not in self.failed:
                    self.warn(names[0], f"is not used: no image is named {display_path(stem)}.EXT")
            elif len(names) > 1:
                self.problem(names[0], f"and {_listed(names[1:])} are both captions of {_listed(_names(owners))}")
            elif len(owners) > 1:
                self.problem(names[0], f"is the caption of {_listed(_names(owners))}: rename all but one of them")
            else:
                captions[stem] = self._text(names[0], "caption")
        return [Image(image, captions.get(_stem(image.name))) for image in images]

    def _pairs(self, images: list[ImageRecord], texts: dict[str, list[str]]) -> list[Pair]:
        halves: dict[str, dict[str, list[ImageRecord]]] = defaultdict(lambda: {BEFORE: [], AFTER: []})
        for image in images:
            stem = _stem(image.name)
            role = BEFORE if stem.endswith(BEFORE) else AFTER if stem.endswith(AFTER) else None
            if role is None:
                self.problem(image.name, _NO_ROLE)
            else:
                halves[stem[: -len(role)]][role].append(image)
        pairs = []
        for name, roles in sorted(halves.items()):
            before, after = roles[BEFORE], roles[AFTER]
            if len(before) == 1 and len(after) == 1:
                pairs.append(Pair(name, before[0], after[0], self._instruction(name, texts)))
                continue
            for role, files in ((BEFORE, before), (AFTER, after)):
                if len(files) > 1:
                    self.problem(files[0].name, f"and {_listed(_names(files[1:]))} are both {role[1:]} images")
                elif not files:
                    other = (after or before)[0].name
                    self.problem(other, f"has no {role[1:]} image: name it {display_path(name + role)}.EXT")
        for stem, names in texts.items():
            if stem not in halves and not {stem, stem + BEFORE, stem + AFTER} & self.failed:
                self.warn(names[0], f"is not used: no pair is named {display_path(stem)}")
        return pairs

    def _instruction(self, name: str, texts: dict[str, list[str]]) -> TextRecord | None:
        names = texts.get(name, [])
        if len(names) > 1:
            self.problem(names[0], f"and {_listed(names[1:])} are both instructions of the pair {display_path(name)}")
            return None
        return self._text(names[0], "instruction") if names else None

    def _duplicates(self, images: list[Image], pairs: list[Pair]) -> None:
        if self.kind == "images":
            first: dict[str, str] = {}
            for image in images:
                same = first.setdefault(image.file.sha256, image.file.name)
                if same != image.file.name:
                    self.problem(image.file.name, f"is the same image as {display_path(same)}")
            return
        seen: dict[tuple[str, str], str] = {}
        for pair in pairs:
            if pair.before.sha256 == pair.after.sha256:
                self.problem(
                    pair.after.name, f"is the same image as {display_path(pair.before.name)}: nothing is edited"
                )
            same = seen.setdefault((pair.before.sha256, pair.after.sha256), pair.name)
            if same != pair.name:
                self.problem(
                    pair.before.name, f"and {display_path(pair.after.name)} are the same pair as {display_path(same)}"
                )

    def _count(self, images: list[Image], pairs: list[Pair]) -> None:
        if self.kind == "images":
            count, least, what = len({image.file.sha256 for image in images}), MIN_IMAGES, "image"
        else:
            count, least, what = len({(pair.before.sha256, pair.after.sha256) for pair in pairs}), MIN_PAIRS, "pair"
        layout = "NAME.before.EXT and NAME.after.EXT" if self.kind == "pairs" else "files of an image format"
        if count < least:
            self.problem(
                None, f"the folder holds {_quantity(count, what)}; {self.model_type} needs at least {least} ({layout})"
            )
        elif count < RECOMMENDED:
            self.warn(None, f"the folder holds {_quantity(count, what)}; {RECOMMENDED} to 15 are recommended")


def read_text(path: Path) -> tuple[TextRecord | None, str]:
    """A caption or instruction file, or None and why it cannot be one."""
    try:
        data, status = read_start(path, MAX_TEXT_BYTES + 1)
    except ImageFileError as exc:
        return None, exc.reason
    if len(data) > MAX_TEXT_BYTES:
        return None, f"is over {MAX_TEXT_BYTES:,} bytes: too large for a caption or an instruction"
    try:
        text = data.decode("utf-8-sig").strip()
    except UnicodeDecodeError as exc:
        offset = len(data) - len(exc.object) + exc.start  # the decoder saw the text after any byte-order mark
        return None, f"is not UTF-8 text (byte 0x{data[offset]:02x} at offset {offset})"
    return TextRecord(path.name, status.st_size, status.st_mtime_ns, text or None), ""


def changes(dataset: Dataset) -> tuple[Change, ...]:
    """What changed in the folder since `dataset` was read: files changed (by content), removed, or added.

    A recorded file whose size and modification time are the same is taken as unchanged, as git takes
    it; one whose size or time moved is read again, and is changed if its content differs.
    """
    found: list[Change] = []
    for image in dataset.images:
        found.extend(_image_change(dataset.folder, image.file))
    for text in dataset.texts:
        found.extend(_text_change(dataset.folder, text))
    try:
        now = {name for name in os.listdir(dataset.folder) if not name.startswith(".")}
    except OSError:
        now = set()
    found.extend(Change(name, "added") for name in now - dataset.seen)
    return tuple(sorted(found))


def _image_change(folder: Path, record: ImageRecord) -> Iterator[Change]:
    status = _stat(folder / record.name)
    if status is None:
        yield Change(record.name, "removed")
    elif (status.st_size, status.st_mtime_ns) != (record.size, record.mtime_ns):
        try:
            same = sha256_file(folder / record.name) == record.sha256
        except ImageFileError:
            same = False
        if not same:
            yield Change(record.name, "changed")


def _text_change(folder: Path, record: TextRecord) -> Iterator[Change]:
    status = _stat(folder / record.name)
    if status is None:
        yield Change(record.name, "removed")
    elif (status.st_size, status.st_mtime_ns) != (record.size, record.mtime_ns):
        now, _ = read_text(folder / record.name)
        if now is None or now.text != record.text:
            yield Change(record.name, "changed")


def _stat(path: Path) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


_NO_ROLE = "is neither a before nor an after image: name a pair's images NAME.before.EXT and NAME.after.EXT"


def _suffix(name: str) -> str:
    return os.path.splitext(name)[1].lower()


def _stem(name: str) -> str:
    """The name without its extension: `cat` for `cat.png`, `red.before` for `red.before.png`."""
    return os.path.splitext(name)[0]


def _names(images: Iterable[ImageRecord]) -> list[str]:
    return [image.name for image in images]


def _listed(names: Iterable[str]) -> str:
    shown = [display_path(name) for name in names]
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " and " + shown[-1]


def _quantity(count: int, what: str) -> str:
    return f"{count} {what}{'' if count == 1 else 's'}" if count else f"no {what}s"


def _by_name(problem: Problem) -> tuple[bool, str]:
    return (problem.name is not None, problem.name or "")
