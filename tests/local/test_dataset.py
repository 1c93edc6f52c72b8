"""A folder read as a dataset (`_dataset`): the documented layout, every problem listed at once, odd
names, links, and the files that change during a run."""

from __future__ import annotations

import hashlib
import os
import shutil
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scenario_train import ScenarioError
from scenario_train._dataset import (
    MAX_TEXT_BYTES,
    Change,
    Dataset,
    DatasetError,
    Problem,
    changes,
    check_folder,
    dataset_kind,
)
from scenario_train._images import MAX_UPLOAD_BYTES, display_path
from scenario_train_api.models import ModelType
from tests.support.images import HEADS, noise, png, sparse, write

# workflow-api-facts.md §8, from the training guides and the help center.
IMAGE_TYPES = [
    "flux.2-dev-lora",
    *(f"flux.2-klein-{size}-lora" for size in ("4b", "9b", "base-4b", "base-9b")),
    "qwen-image-lora",
    "qwen-image-2512-lora",
    "zimage-lora",
    "zimage-turbo-lora",
    "zimage-de-turbo-lora",
    "flux.1-lora",
    "flux.1-krea-lora",
]
EDIT_TYPES = [
    "flux.2-dev-edit-lora",
    *(f"flux.2-klein-{size}-edit-lora" for size in ("4b", "9b", "base-4b", "base-9b")),
    "qwen-image-edit-lora",
    "qwen-image-edit-2509-lora",
    "qwen-image-edit-2511-lora",
    "flux.1-kontext-lora",
]
IMAGES, EDIT = "flux.2-dev-lora", "flux.2-dev-edit-lora"
NON_IMAGE = b'{"not": "an image"}\n'


def folder_of(root: Path, files: dict[str, bytes | str]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (root / name).write_bytes(content.encode() if isinstance(content, str) else content)
    return root


def problems(dataset: Dataset) -> list[str]:
    return [str(problem) for problem in dataset.problems]


def warnings(dataset: Dataset) -> list[str]:
    return [str(warning) for warning in dataset.warnings]


def five_images(tag: str = "") -> dict[str, bytes | str]:
    return {f"img{index}.png": png(f"{tag}{index}".encode()) for index in range(5)}


# The layout -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("model_type", list(ModelType))
def test_the_edit_types_the_guides_list_read_pairs_and_every_other_type_of_the_spec_images(model_type: str) -> None:
    assert dataset_kind(model_type) == ("pairs" if model_type in EDIT_TYPES else "images")


def test_every_type_the_guides_list_is_in_the_spec() -> None:
    assert set(EDIT_TYPES) | set(IMAGE_TYPES) <= set(ModelType)


@given(st.text(min_size=1).filter(str.strip))
def test_a_type_the_spec_does_not_list_is_an_edit_type_when_named_as_one(name: str) -> None:
    assert dataset_kind(name + "-edit-lora") == "pairs"
    assert dataset_kind("x-edit-" + name) == "pairs"


def test_a_blank_type_is_refused() -> None:
    with pytest.raises(ValueError, match="model_type must not be blank"):
        check_folder(".", " ")


def test_images_with_their_captions_and_the_rest_left_out(tmp_path: Path) -> None:
    folder = folder_of(
        tmp_path,
        {
            **five_images(),
            "img0.txt": "\ufeff  a red cat\n",  # a byte-order mark and white space are dropped
            "img1.TXT": "a dog",
            "photo": HEADS["image/jpeg"] + b"1",  # an image by its content, without an extension
            "photo.txt": "a photo",
            "notes.md": "not an image",
            "data.bin": NON_IMAGE,
            ".DS_Store": NON_IMAGE,
            ".scenario-train.json": "{}",
        },
    )
    (folder / "sub").mkdir()

    dataset = check_folder(folder, IMAGES)

    assert (dataset.problems, dataset.warnings) == ((), ())
    assert [(image.file.name, image.caption.text if image.caption else None) for image in dataset.images] == [
        ("img0.png", "a red cat"),
        ("img1.png", "a dog"),
        ("img2.png", None),
        ("img3.png", None),
        ("img4.png", None),
        ("photo", "a photo"),
    ]
    assert dataset.ignored == ("data.bin", "notes.md", "sub")
    assert dataset.pairs == ()
    first = dataset.images[0].file
    assert (first.size, first.mime, first.sha256) == (
        len(png(b"0")),
        "image/png",
        hashlib.sha256(png(b"0")).hexdigest(),
    )
    assert first.mtime_ns == (folder / "img0.png").stat().st_mtime_ns
    dataset.raise_for_problems()


def test_pairs_with_their_instructions(tmp_path: Path) -> None:
    folder = folder_of(
        tmp_path,
        {
            "red.before.png": png(b"car"),
            "red.after.jpg": HEADS["image/jpeg"] + b"red car",
            "red.txt": "paint the car red",
            "night.before.png": png(b"street"),
            "night.after.png": png(b"street at night"),
        },
    )

    dataset = check_folder(folder, EDIT)

    assert dataset.problems == ()
    assert [(pair.name, pair.before.name, pair.after.name) for pair in dataset.pairs] == [
        ("night", "night.before.png", "night.after.png"),
        ("red", "red.before.png", "red.after.jpg"),
    ]
    assert [pair.instruction.text if pair.instruction else None for pair in dataset.pairs] == [
        None,
        "paint the car red",
    ]
    assert warnings(dataset) == ["the folder holds 2 pairs; 5 to 15 are recommended"]
    assert len(dataset.uploads()) == 4


def test_a_before_image_may_serve_in_two_pairs_and_is_uploaded_once(tmp_path: Path) -> None:
    folder = folder_of(
        tmp_path,
        {
            "red.before.png": png(b"car"),
            "red.after.png": png(b"red car"),
            "blue.before.png": png(b"car"),
            "blue.after.png": png(b"blue car"),
        },
    )

    dataset = check_folder(folder, EDIT)

    assert dataset.problems == ()
    assert [image.name for image in dataset.uploads()] == ["blue.after.png", "blue.before.png", "red.after.png"]


# Every problem at once ------------------------------------------------------------------------------------------------


def test_every_problem_of_a_folder_of_images_is_listed_at_once(tmp_path: Path) -> None:
    folder = folder_of(
        tmp_path / "set",
        {
            **five_images(),
            "copy.png": png(b"3"),  # the same content as img3.png
            "empty.png": b"",
            "text.jpg": "not a jpeg",
            "old.bmp": b"BM6\x00\x00\x00",
            "latin.png": png(b"latin"),
            "latin.txt": b"caf\xe9",
            "big.png": png(b"x" * 100),
            "twin.png": png(b"twin png"),
            "twin.webp": HEADS["image/webp"] + b"twin",
            "twin.txt": "shared",
            "two.png": png(b"two captions"),
            "two.txt": "one",
            "two.TXT": "two",
            "orphan.txt": "no image",
            "text.txt": "the caption of a broken image: no warning of its own",
        },
    )
    (tmp_path / "outside.png").write_bytes(png(b"outside"))
    (folder / "leaves.png").symlink_to(tmp_path / "outside.png")
    (folder / "nothing.png").symlink_to(folder / "missing.png")

    dataset = check_folder(folder, IMAGES, max_bytes=100)

    not_an_image = "is not an image the API takes (PNG, JPEG, WebP, GIF, TIFF, AVIF or HEIC), by its first bytes"
    assert problems(dataset) == [
        "big.png: is 116 bytes, more than the 100 an upload (POST /uploads) takes",
        "empty.png: is empty",
        "img3.png: is the same image as copy.png",
        "latin.txt: is not UTF-8 text (byte 0xe9 at offset 3)",
        "leaves.png: is a link that leaves the folder: copy the file in instead",
        "nothing.png: is a link to nothing",
        f"old.bmp: {not_an_image}",
        f"text.jpg: {not_an_image}",
        "twin.txt: is the caption of twin.png and twin.webp: rename all but one of them",
        "two.TXT: and two.txt are both captions of two.png",
    ]
    assert warnings(dataset) == ["orphan.txt: is not used: no image is named orphan.EXT"]
    with pytest.raises(DatasetError) as caught:
        dataset.raise_for_problems()
    assert isinstance(caught.value, ScenarioError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.problems == dataset.problems
    assert str(caught.value).splitlines() == [
        f"{display_path(folder)}: 10 problems to fix before training:",
        *(f"  {line}" for line in problems(dataset)),
    ]


def test_every_problem_of_a_folder_of_pairs_is_listed_at_once(tmp_path: Path) -> None:
    folder = folder_of(
        tmp_path,
        {
            "ok.before.png": png(b"a"),
            "ok.after.png": png(b"b"),  # the same pair as again
            "again.before.png": png(b"a"),
            "again.after.png": png(b"b"),
            "same.before.png": png(b"c"),
            "same.after.png": png(b"c"),
            "half.before.png": png(b"d"),
            "half.txt": "an instruction of a pair with a half missing",
            "other.after.png": png(b"e"),
            "two.before.png": png(b"f"),
            "two.before.jpg": HEADS["image/jpeg"] + b"g",
            "two.after.png": png(b"h"),
            "plain.png": png(b"i"),
            "plain.txt": "the instruction of an image that is in no pair: no warning of its own",
            "ok.before.txt": "a caption of a half: not used",
            "ok.txt": "first",
            "ok.TXT": "second",
        },
    )

    dataset = check_folder(folder, EDIT)

    assert problems(dataset) == [
        "half.before.png: has no after image: name it half.after.EXT",
        "ok.TXT: and ok.txt are both instructions of the pair ok",
        "ok.before.png: and ok.after.png are the same pair as again",
        "other.after.png: has no before image: name it other.before.EXT",
        "plain.png: is neither a before nor an after image: name a pair's images NAME.before.EXT and NAME.after.EXT",
        "same.after.png: is the same image as same.before.png: nothing is edited",
        "two.before.jpg: and two.before.png are both before images",
    ]
    assert warnings(dataset) == [
        "the folder holds 2 pairs; 5 to 15 are recommended",
        "ok.before.txt: is not used: no pair is named ok.before",
    ]
    assert "plain.png" in [image.file.name for image in dataset.images]
    assert "plain.png" not in [file.name for file in dataset.uploads()]


@pytest.mark.parametrize(
    ("files", "model_type", "problem", "warning"),
    [
        ({}, IMAGES, f"the folder holds no images; {IMAGES} needs at least 1 (files of an image format)", None),
        ({"a.png": png()}, IMAGES, None, "the folder holds 1 image; 5 to 15 are recommended"),
        (five_images(), IMAGES, None, None),
        (
            {"a.png": png()},
            EDIT,
            f"the folder holds no pairs; {EDIT} needs at least 2 (NAME.before.EXT and NAME.after.EXT)",
            None,
        ),
        (
            {"a.before.png": png(b"1"), "a.after.png": png(b"2")},
            EDIT,
            f"the folder holds 1 pair; {EDIT} needs at least 2 (NAME.before.EXT and NAME.after.EXT)",
            None,
        ),
    ],
)
def test_the_minimum_is_one_image_or_two_pairs_and_fewer_than_five_is_a_warning(
    tmp_path: Path, files: dict[str, bytes | str], model_type: str, problem: str | None, warning: str | None
) -> None:
    dataset = check_folder(folder_of(tmp_path, files), model_type)

    assert Problem(None, problem) in dataset.problems if problem else all(p.name for p in dataset.problems)
    assert [str(w) for w in dataset.warnings if w.name is None] == ([warning] if warning else [])


def test_duplicates_count_once_toward_the_minimum(tmp_path: Path) -> None:
    dataset = check_folder(folder_of(tmp_path, {"a.png": png(), "b.png": png()}), IMAGES)

    assert problems(dataset) == ["b.png: is the same image as a.png"]
    assert warnings(dataset) == ["the folder holds 1 image; 5 to 15 are recommended"]


def test_a_folder_that_cannot_be_listed_is_the_one_problem(tmp_path: Path) -> None:
    missing = check_folder(tmp_path / "missing", IMAGES)
    a_file = check_folder(write(tmp_path / "file.png", png()), IMAGES)

    assert problems(missing)[0] == f"{display_path(tmp_path / 'missing')} cannot be listed (no such file or directory)"
    assert problems(a_file)[0] == f"{display_path(tmp_path / 'file.png')} cannot be listed (not a directory)"


# Captions -------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "text", "problem", "warning"),
    [
        (b"  \n\t", None, None, "a.txt: is empty: no caption is set"),
        (b"", None, None, "a.txt: is empty: no caption is set"),
        (b"line one\nline two\n", "line one\nline two", None, None),
        ("été".encode(), "été", None, None),
        (b"\xff\xfea\x00", None, "a.txt: is not UTF-8 text (byte 0xff at offset 0)", None),
        (b"\xef\xbb\xbfab\xff", None, "a.txt: is not UTF-8 text (byte 0xff at offset 5)", None),
        (b"x" * MAX_TEXT_BYTES, "x" * MAX_TEXT_BYTES, None, None),
        (
            b"x" * (MAX_TEXT_BYTES + 1),
            None,
            "a.txt: is over 65,536 bytes: too large for a caption or an instruction",
            None,
        ),
    ],
)
def test_a_caption_is_utf8_text_and_an_empty_one_sets_nothing(
    tmp_path: Path, content: bytes, text: str | None, problem: str | None, warning: str | None
) -> None:
    dataset = check_folder(folder_of(tmp_path, {**five_images(), "a.png": png(b"a"), "a.txt": content}), IMAGES)

    [image] = [image for image in dataset.images if image.file.name == "a.png"]
    assert (image.caption.text if image.caption else None) == text
    assert problems(dataset) == ([problem] if problem else [])
    assert warnings(dataset) == ([warning] if warning else [])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_an_image_or_a_caption_is_a_problem_and_is_not_opened_for_long(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, {**five_images(), "a.png": png(b"a")})
    os.mkfifo(folder / "a.txt")
    os.mkfifo(folder / "b.png")
    os.mkfifo(folder / "fifo")

    dataset = check_folder(folder, IMAGES)

    assert problems(dataset) == [
        "a.txt: is not a regular file (it is a pipe)",
        "b.png: is not a regular file (it is a pipe)",
    ]
    assert dataset.ignored == ("fifo",)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file; POSIX permissions")
def test_a_file_that_cannot_be_read_is_a_problem(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, {**five_images(), "locked.png": png(b"l"), "locked.md": "?"})
    for name in ("locked.png", "locked.md"):
        (folder / name).chmod(0)

    assert problems(check_folder(folder, IMAGES)) == [
        "locked.md: cannot be opened (permission denied)",
        "locked.png: cannot be opened (permission denied)",
    ]


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux only")
def test_a_file_that_cannot_be_read_is_a_problem_even_for_root() -> None:
    """`/proc/self` holds regular files that Linux refuses to read, whoever asks."""
    dataset = check_folder("/proc/self", IMAGES)

    write_only = "cannot be read (invalid argument)" if os.geteuid() == 0 else "cannot be opened (permission denied)"
    assert Problem("clear_refs", write_only) in dataset.problems
    assert Problem("mem", "cannot be read (input/output error)") in dataset.problems
    assert Problem("exe", "is a link that leaves the folder: copy the file in instead") in dataset.problems


# Links ----------------------------------------------------------------------------------------------------------------


def test_a_link_within_the_folder_is_followed_and_one_that_leaves_it_is_refused(tmp_path: Path) -> None:
    folder = folder_of(tmp_path / "set", five_images())
    folder_of(folder / "originals", {"inner.png": png(b"inner")})
    folder_of(tmp_path / "elsewhere", {"outer.png": png(b"outer")})
    (folder / "inner.png").symlink_to("originals/inner.png")
    (folder / "round-trip.png").symlink_to("../set/originals/inner.png")
    (folder / "outer.png").symlink_to(tmp_path / "elsewhere" / "outer.png")
    (folder / "outer-folder").symlink_to(tmp_path / "elsewhere")
    (folder / "inner-folder").symlink_to("originals")
    (folder / "loop.png").symlink_to("loop.png")

    dataset = check_folder(folder, IMAGES)

    assert problems(dataset) == [
        "loop.png: is a link to nothing",
        "outer-folder: is a link that leaves the folder: copy the file in instead",
        "outer.png: is a link that leaves the folder: copy the file in instead",
        "round-trip.png: is the same image as inner.png",
    ]
    assert "inner.png" in [image.file.name for image in dataset.images]
    assert dataset.ignored == ("inner-folder", "originals")


# Names ----------------------------------------------------------------------------------------------------------------


FILE_NAMES = st.text(
    st.characters(exclude_characters="/\x00", exclude_categories=()) | st.sampled_from([" ", "\n", "é", "\udcff"]),
    min_size=1,
    max_size=20,
).filter(lambda name: not name.startswith(".") and len(os.fsencode(name)) < 200 and not name.lower().endswith(".txt"))


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(FILE_NAMES)
@example("with space")
@example("a\nb")
@example("été")
@example("bad\udcff")
def test_any_name_works_and_its_problems_print_on_one_line(tmp_path: Path, stem: str) -> None:
    folder = tmp_path / "odd"
    shutil.rmtree(folder, ignore_errors=True)
    folder_of(folder, {**five_images(), f"{stem}.png": png(b"odd " + stem.encode("utf-8", "surrogateescape"))})
    (folder / f"{stem}.txt").write_text("caption", encoding="utf-8")
    (folder / f"{stem}.gif").write_bytes(NON_IMAGE)

    dataset = check_folder(folder, IMAGES)

    [image] = [image for image in dataset.images if image.file.name == f"{stem}.png"]
    assert image.caption is not None
    assert image.caption.text == "caption"
    [problem] = dataset.problems
    assert problem.name == f"{stem}.gif"
    assert str(problem).isprintable()
    assert str(problem).startswith(display_path(f"{stem}.gif") + ": is not an image")


# Size and memory ------------------------------------------------------------------------------------------------------


def test_an_image_over_what_an_upload_takes_is_a_problem_found_without_reading_it(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, five_images())
    sparse(folder / "huge.png", png(), MAX_UPLOAD_BYTES + 1)

    [problem] = check_folder(folder, IMAGES).problems

    assert problem == Problem(
        "huge.png",
        f"is {MAX_UPLOAD_BYTES + 1:,} bytes, more than the {MAX_UPLOAD_BYTES:,} an upload (POST /uploads) takes",
    )


def test_checking_a_large_image_hashes_it_in_chunks(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, {**five_images(), "large.png": png(noise(24 * 1024 * 1024))})
    tracemalloc.start()
    try:
        check_folder(folder, IMAGES)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 2 * 1024 * 1024


def test_a_folder_of_ten_thousand_entries_most_not_images(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, five_images())
    for index in range(9_995):
        (folder / f"log{index:04}.json").write_bytes(NON_IMAGE)

    dataset = check_folder(folder, IMAGES)

    assert (len(dataset.images), len(dataset.ignored), dataset.problems) == (5, 9_995, ())


# Files that change during the run -------------------------------------------------------------------------------------


def moved(path: Path, content: bytes | None = None) -> None:
    """Write `content` (or the same bytes) and move the file's time a second on: what an edit looks like."""
    if content is not None:
        path.write_bytes(content)
    status = path.stat()
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))


def test_changes_name_the_files_whose_content_changed_went_or_came(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, {**five_images(), "img0.txt": "a cat", "img1.txt": "a dog", "notes.md": "x"})
    dataset = check_folder(folder, IMAGES)
    assert changes(dataset) == ()

    moved(folder / "img0.png", png(b"X"))  # the same size, other content
    moved(folder / "img1.png")  # touched: the same content
    (folder / "img2.png").unlink()
    moved(folder / "img0.txt", b"a lion")
    moved(folder / "img1.txt", b"a dog\n")  # the same caption
    moved(folder / "notes.md", b"y")  # not part of the dataset
    (folder / "new.png").write_bytes(png(b"new"))
    (folder / ".hidden").write_bytes(b"")

    assert changes(dataset) == (
        Change("img0.png", "changed"),
        Change("img0.txt", "changed"),
        Change("img2.png", "removed"),
        Change("new.png", "added"),
    )
    assert str(changes(dataset)[0]) == "img0.png: changed"


def test_an_image_that_became_something_else_or_a_caption_gone_is_a_change(tmp_path: Path) -> None:
    folder = folder_of(tmp_path, {**five_images(), "img0.txt": "a cat"})
    dataset = check_folder(folder, IMAGES)

    (folder / "img1.png").unlink()
    (folder / "img1.png").mkdir()
    (folder / "img0.txt").unlink()

    assert changes(dataset) == (Change("img0.txt", "removed"), Change("img1.png", "changed"))


def test_a_folder_that_went_away_lost_every_file(tmp_path: Path) -> None:
    folder = folder_of(tmp_path / "set", five_images())
    dataset = check_folder(folder, IMAGES)
    shutil.rmtree(folder)

    assert changes(dataset) == tuple(Change(f"img{index}.png", "removed") for index in range(5))
