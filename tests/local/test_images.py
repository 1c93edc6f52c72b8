"""An image file checked and read for the API (`_images`): the checks before anything is sent, the
encodings read once in bounded memory, the upload's parts, and names that print on one line."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import tracemalloc
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from scenario_train import ScenarioError
from scenario_train._images import (
    ASSETS_LIMIT,
    CHUNK,
    HEAD_BYTES,
    MAX_UPLOAD_BYTES,
    PART_SIZE,
    ImageChangedError,
    ImageFileError,
    NotAnImageError,
    api_name,
    base64_image,
    check_image,
    data_url,
    display_path,
    encoded_body,
    file_parts,
    plan_parts,
    read_image,
    route_for,
    sha256_file,
    sniff,
)
from tests.support.client import LoopbackServer, Reply
from tests.support.images import HEADS, noise, png, sparse, write

MiB = 1024 * 1024
ODD_CHARACTERS = st.sampled_from(["\n", "\r", "\t", "\x1b", "\x00", "\u202e", "\u200b", "\x85", "\udcff", "'", "\\"])
NAMES = st.text(st.characters(exclude_categories=()) | ODD_CHARACTERS, max_size=12)


def undisplay(shown: str) -> str:
    """The text `display_path` showed: its escapes read back."""
    if not (len(shown) >= 2 and shown[0] == shown[-1] == "'"):
        return shown
    inner, out, at = shown[1:-1], [], 0
    while at < len(inner):
        if inner[at] != "\\":
            out.append(inner[at])
            at += 1
            continue
        kind = inner[at + 1]
        if kind in "'\\":
            out.append(kind)
            at += 2
        elif kind in "nrt":
            out.append({"n": "\n", "r": "\r", "t": "\t"}[kind])
            at += 2
        else:
            width = {"x": 2, "u": 4, "U": 8}[kind]
            code = int(inner[at + 2 : at + 2 + width], 16)
            out.append(chr(0xDC00 + code if kind == "x" else code))
            at += 2 + width
    return "".join(out)


# Names ----------------------------------------------------------------------------------------------------------------


@given(NAMES)
@example("a\nb.png")
@example("bad\udcff.png")
@example("\x85")
@example("'quoted'")
def test_a_name_shows_on_one_printable_line_and_reads_back_as_it_was(name: str) -> None:
    shown = display_path(name)

    assert shown.isprintable()
    assert undisplay(shown) == name


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("été 1.png", "été 1.png"),
        ("a\nb.png", "'a\\nb.png'"),
        ("bad\udcff.png", "'bad\\xff.png'"),
        ("\x85.png", "'\\u0085.png'"),
        ("\x1b[31m.png", "'\\u001b[31m.png'"),
    ],
)
def test_a_printable_name_is_shown_as_it_is_and_any_other_escaped(name: str, shown: str) -> None:
    assert display_path(name) == shown


def test_the_name_sent_to_the_api_keeps_the_text_and_replaces_bytes_that_are_not_utf8() -> None:
    assert api_name(Path("folder") / "a\nb\udcff.png") == "a\nb\ufffd.png"
    assert api_name("été.png") == "été.png"


# What an image is, by its first bytes ---------------------------------------------------------------------------------


@given(st.sampled_from(sorted(HEADS)), st.binary(max_size=80))
def test_each_format_is_told_by_its_first_bytes_whatever_follows(mime: str, rest: bytes) -> None:
    assert sniff(HEADS[mime] + rest) == mime


@given(st.binary(max_size=200))
def test_only_the_first_head_bytes_decide(data: bytes) -> None:
    assert sniff(data) == sniff(data[:HEAD_BYTES])


@pytest.mark.parametrize(
    ("head", "mime"),
    [
        (b"\x00\x00\x00\x1cftypmif1\x00\x00\x00\x00mif1avifmiaf", "image/avif"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic", "image/heic"),
        (b"\x00\x00\x00\x14ftypmif1\x00\x00\x00\x00mif1", "image/heif"),
        (b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2", None),  # an MP4 video
        (b"\x00\x00\x00\x10ftypqt  \x00\x00\x00\x00avif", None),  # "avif" past the box's end is not a brand
        (b"MM\x00*\x00\x00\x00\x08", "image/tiff"),
        (b"RIFF\x24\x00\x00\x00WAVEfmt ", None),  # a WAV sound
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", None),
        (b"BM6\x00\x00\x00", None),  # BMP, which the API does not list
        (b"", None),
    ],
)
def test_iso_media_and_riff_files_are_images_only_with_an_image_brand(head: bytes, mime: str | None) -> None:
    assert sniff(head) == mime


# The checks before anything is sent -----------------------------------------------------------------------------------


def test_an_image_is_checked_by_its_content_not_its_name(tmp_path: Path) -> None:
    path = write(tmp_path / "photo.dat", HEADS["image/jpeg"] + noise(1000))

    image = check_image(path)

    assert (image.path, image.size, image.mime, image.route) == (path, 1011, "image/jpeg", "assets")
    assert image.mtime_ns == path.stat().st_mtime_ns


def refusal(path: Path, **options: Any) -> ImageFileError:
    with pytest.raises(ImageFileError) as caught:
        check_image(path, **options)
    assert isinstance(caught.value, ScenarioError)
    assert isinstance(caught.value, ValueError)
    assert caught.value.path == path
    assert str(caught.value) == f"{display_path(path)}: {caught.value.reason}"
    return caught.value


def test_a_missing_file_a_folder_and_an_empty_file_are_refused_saying_which(tmp_path: Path) -> None:
    missing = refusal(tmp_path / "missing.png")
    folder = refusal(tmp_path)
    empty = refusal(write(tmp_path / "empty.png", b""))

    assert (missing.reason, folder.reason, empty.reason) == (
        "does not exist",
        "is not a regular file (it is a folder)",
        "is empty",
    )
    assert not isinstance(missing, NotAnImageError)
    assert isinstance(folder, NotAnImageError)
    assert isinstance(empty, NotAnImageError)


def test_a_file_that_is_not_an_image_is_refused_naming_the_formats(tmp_path: Path) -> None:
    error = refusal(write(tmp_path / "notes.png", b"just some text\n"))

    assert isinstance(error, NotAnImageError)

    assert (
        error.reason == "is not an image the API takes (PNG, JPEG, WebP, GIF, TIFF, AVIF or HEIC), by its first bytes"
    )


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_a_pipe_named_like_an_image_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.png")

    assert refusal(tmp_path / "pipe.png").reason == "is not a regular file (it is a pipe)"


def test_a_file_that_cannot_be_opened_is_refused_with_the_system_s_reason(tmp_path: Path) -> None:
    (tmp_path / "loop.png").symlink_to(tmp_path / "loop.png")

    assert refusal(tmp_path / "loop.png").reason == "cannot be opened (too many levels of symbolic links)"


def test_a_device_is_refused_without_being_read() -> None:
    assert refusal(Path(os.devnull)).reason == "is not a regular file (it is a device)"


WRITE_ONLY = Path("/proc/self/clear_refs")
"""A regular file that Linux opens for its owner, root included, and refuses to read."""


@pytest.mark.skipif(not WRITE_ONLY.exists(), reason="Linux only")
def test_a_file_the_system_refuses_to_read_is_refused_with_its_reason() -> None:
    reason = refusal(WRITE_ONLY).reason

    assert reason in {"cannot be read (invalid argument)", "cannot be opened (permission denied)"}
    with pytest.raises(ImageFileError, match="cannot be"):
        encoded_body(WRITE_ONLY, "image", as_data_url=False)


def test_a_link_to_an_image_is_the_image(tmp_path: Path) -> None:
    write(tmp_path / "real.png", png(b"x"))
    (tmp_path / "link.png").symlink_to("real.png")

    assert check_image(tmp_path / "link.png").size == len(png(b"x"))


def test_an_image_over_what_an_upload_takes_is_refused_from_its_size_alone(tmp_path: Path) -> None:
    path = sparse(tmp_path / "huge.png", png(), MAX_UPLOAD_BYTES + 1)

    assert refusal(path).reason == (
        f"is {MAX_UPLOAD_BYTES + 1:,} bytes, more than the {MAX_UPLOAD_BYTES:,} an upload (POST /uploads) takes"
    )
    assert check_image(sparse(tmp_path / "largest.png", png(), MAX_UPLOAD_BYTES)).route == "uploads"


def test_the_route_is_assets_under_6_000_000_bytes_and_uploads_from_there() -> None:
    assert ASSETS_LIMIT == 6_000_000
    assert route_for(1) == route_for(ASSETS_LIMIT - 1) == "assets"
    assert route_for(ASSETS_LIMIT) == route_for(6 * MiB) == "uploads"


def test_a_name_with_a_newline_and_bytes_that_are_not_utf8_prints_on_one_line(tmp_path: Path) -> None:
    path = write(tmp_path / "a\nb\udcff.png", b"text")

    message = str(refusal(path))

    assert "\n" not in message
    assert message.isprintable()
    assert message.endswith(
        "a\\nb\\xff.png': is not an image the API takes (PNG, JPEG, WebP, GIF, TIFF, AVIF or HEIC), by its first bytes"
    )


# Hashes ---------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK + 5])
def test_the_hash_is_the_sha256_of_the_whole_file_read_in_chunks(tmp_path: Path, size: int) -> None:
    data = noise(size)
    path = write(tmp_path / "file", data)

    assert sha256_file(path) == hashlib.sha256(data).hexdigest()
    if size:
        image, sha256 = read_image(write(tmp_path / "image", png(data)))
        assert (image.size, sha256) == (len(png(data)), hashlib.sha256(png(data)).hexdigest())


def test_hashing_refuses_what_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(ImageFileError, match="is not a regular file"):
        sha256_file(tmp_path)


# Encoding for the API -------------------------------------------------------------------------------------------------


JSON_FIELDS = st.dictionaries(
    st.text(max_size=5), st.none() | st.booleans() | st.integers() | st.text(max_size=5), max_size=3
)


@given(st.binary(max_size=300), JSON_FIELDS, st.text(min_size=1, max_size=5), st.booleans())
def test_the_body_is_the_fields_and_the_image_s_base64_under_its_key(
    tmp_path_factory: pytest.TempPathFactory, content: bytes, fields: dict[str, Any], key: str, as_url: bool
) -> None:
    data = png(content)
    path = write(tmp_path_factory.mktemp("body") / "image.png", data)

    body = encoded_body(path, key, fields, as_data_url=as_url)

    encoded = base64.b64encode(data).decode()
    sent = b"".join(body)
    assert json.loads(sent) == {**fields, key: f"data:image/png;base64,{encoded}" if as_url else encoded}
    assert len(sent) == len(body) == int(body.headers["Content-Length"])
    assert b"".join(body) == sent  # sent again, the same
    assert body.sha256 == hashlib.sha256(data).hexdigest()
    assert body.image.size == len(data)


@pytest.mark.parametrize("size", [CHUNK - 9, CHUNK - 8, CHUNK - 7, 2 * CHUNK, 2 * CHUNK + 1])
def test_the_base64_of_chunk_after_chunk_is_the_base64_of_the_whole(tmp_path: Path, size: int) -> None:
    data = png(noise(size))
    path = write(tmp_path / "image.png", data)

    assert base64_image(path) == base64.b64encode(data).decode()
    assert data_url(path) == "data:image/png;base64," + base64.b64encode(data).decode()


def test_an_image_sent_in_a_json_body_must_be_under_the_assets_limit(tmp_path: Path) -> None:
    path = sparse(tmp_path / "big.png", png(), ASSETS_LIMIT)

    with pytest.raises(ImageFileError) as caught:
        encoded_body(path, "image", {"name": "big.png"}, as_data_url=False)

    assert caught.value.reason == (
        f"is {ASSETS_LIMIT:,} bytes, more than the {ASSETS_LIMIT - 1:,} a JSON body (POST /assets) takes"
    )


@pytest.mark.parametrize("encode", [base64_image, data_url])
def test_a_file_that_is_not_an_image_is_not_encoded(tmp_path: Path, encode: Callable[[Path], str]) -> None:
    with pytest.raises(ImageFileError, match="is not an image"):
        encode(write(tmp_path / "a.png", b"plain text"))


def peak_while(action: Callable[[], object]) -> int:
    """The most memory Python held at once during `action`, beyond what it held before."""
    tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = action()
        _, peak = tracemalloc.get_traced_memory()
        del result
    finally:
        tracemalloc.stop()
    return peak - before


def naive_body(path: Path) -> bytes:
    encoded = base64.b64encode(path.read_bytes()).decode()
    return json.dumps({"name": path.name, "data": f"data:image/png;base64,{encoded}"}).encode()


def test_encoding_a_body_holds_the_body_and_a_chunk_not_the_image_its_base64_and_the_text(tmp_path: Path) -> None:
    path = write(tmp_path / "image.png", png(noise(ASSETS_LIMIT - 100)))
    encoded_size = len(encoded_body(path, "data", {"name": "image.png"}, as_data_url=True))
    bound = encoded_size + MiB

    assert peak_while(lambda: encoded_body(path, "data", {"name": "image.png"}, as_data_url=True)) < bound
    assert peak_while(lambda: naive_body(path)) > bound  # the bound tells the two apart


def test_an_encoded_string_holds_at_most_its_base64_twice(tmp_path: Path) -> None:
    path = write(tmp_path / "image.png", png(noise(ASSETS_LIMIT - 100)))
    text_size = len(data_url(path))

    assert peak_while(lambda: data_url(path)) < 2 * text_size + MiB
    assert peak_while(lambda: base64_image(path)) < 2 * text_size + MiB


class LyingSize:
    """`os.fstat` reporting another size than the file has: the file changed after it was opened."""

    def __init__(self, by: int) -> None:
        self.by = by
        self.real = os.fstat

    def __call__(self, descriptor: int) -> Any:
        status = self.real(descriptor)
        return SimpleNamespace(st_mode=status.st_mode, st_size=status.st_size + self.by, st_mtime_ns=status.st_mtime_ns)


@pytest.mark.parametrize(("by", "says"), [(-1, "it is longer"), (+1, "it is shorter"), (-CHUNK, "it is longer")])
def test_a_file_that_changes_size_while_it_is_encoded_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, by: int, says: str
) -> None:
    path = write(tmp_path / "image.png", png(noise(2 * CHUNK)))
    monkeypatch.setattr(os, "fstat", LyingSize(by))

    with pytest.raises(ImageChangedError, match=f"changed while it was read: {says} than when it was opened"):
        encoded_body(path, "image", as_data_url=False)
    with pytest.raises(ImageChangedError):
        read_image(path)


@pytest.fixture
def server() -> Iterator[LoopbackServer]:
    served = LoopbackServer()
    served.reply(Reply(json={}))
    yield served
    served.close()


def test_a_body_is_sent_whole_with_its_length_by_either_client_and_again_on_a_second_attempt(
    tmp_path: Path, server: LoopbackServer
) -> None:
    path = write(tmp_path / "image.png", png(noise(300_000)))
    body = encoded_body(path, "data", {"name": "image.png"}, as_data_url=True)

    with httpx.Client() as client:
        for _ in range(2):
            request = client.build_request("POST", server.url, headers=body.headers)
            request.stream = body
            client.send(request).raise_for_status()

    async def send_async() -> None:
        async with httpx.AsyncClient() as client:
            request = client.build_request("POST", server.url, headers=body.headers)
            request.stream = body
            (await client.send(request)).raise_for_status()

    asyncio.run(send_async())
    assert [request.body for request in server.received] == [naive_body(path)] * 3
    assert all("transfer-encoding" not in request.headers for request in server.received)


# Upload parts ---------------------------------------------------------------------------------------------------------


SIZES_AND_PARTS = st.integers(0, 10**12).flatmap(
    lambda size: st.tuples(st.just(size), st.integers(max(1, size // 200), 10**12))
)


@given(SIZES_AND_PARTS)
@example((0, 1))
@example((10, 5))
@example((11, 5))
def test_the_parts_cover_the_file_in_order_each_full_but_the_last(size_and_part: tuple[int, int]) -> None:
    size, part_size = size_and_part
    parts = plan_parts(size, part_size)

    assert [part.number for part in parts] == list(range(1, len(parts) + 1))
    assert len(parts) == max(1, -(-size // part_size))
    assert [part.offset for part in parts] == [index * part_size for index in range(len(parts))]
    assert all(part.length == part_size for part in parts[:-1])
    assert sum(part.length for part in parts) == size
    assert 0 < parts[-1].length <= part_size or size == 0


def test_the_default_part_is_7_mib_and_a_part_size_must_be_positive() -> None:
    assert 7 * MiB == PART_SIZE
    assert len(plan_parts(6_000_000)) == 1
    assert len(plan_parts(MAX_UPLOAD_BYTES)) == 10_000
    with pytest.raises(ValueError, match="part_size must be positive, not 0"):
        plan_parts(10, 0)


def test_the_parts_read_back_the_file_and_its_hash(tmp_path: Path) -> None:
    data = noise(10 * MiB + 3)
    path = write(tmp_path / "big.png", data)

    with file_parts(path, part_size=3 * MiB) as parts:
        read = [(part, chunk) for part, chunk in parts]
        sha256 = parts.sha256

    assert [part for part, _ in read] == list(plan_parts(len(data), 3 * MiB))
    assert b"".join(chunk for _, chunk in read) == data
    assert sha256 == hashlib.sha256(data).hexdigest()


def test_reading_the_parts_holds_about_one_part(tmp_path: Path) -> None:
    path = write(tmp_path / "big.png", noise(24 * MiB))

    def read_all() -> str:
        with file_parts(path, part_size=2 * MiB) as parts:
            for _ in parts:
                pass
            return parts.sha256

    assert peak_while(read_all) < 3 * 2 * MiB


@pytest.mark.parametrize(("change", "says"), [("truncate", "shorter"), ("append", "longer")])
def test_a_file_that_changes_between_parts_is_refused(tmp_path: Path, change: str, says: str) -> None:
    path = write(tmp_path / "big.png", noise(4 * MiB))

    with file_parts(path, part_size=MiB) as parts, pytest.raises(ImageChangedError, match=f"it is {says}"):
        for part, _ in parts:
            if part.number == 2:
                with path.open("r+b") as file:
                    file.truncate(3 * MiB) if change == "truncate" else (file.seek(0, 2), file.write(b"!"))


def test_parts_are_read_inside_with_once_and_hashed_when_all_are_read(tmp_path: Path) -> None:
    path = write(tmp_path / "small.png", b"abc")

    with file_parts(path) as parts:
        with pytest.raises(RuntimeError, match="once every part was read"):
            parts.sha256  # noqa: B018
        assert list(parts) == [(plan_parts(3)[0], b"abc")]
        with pytest.raises(RuntimeError, match="the parts are read once"):
            list(parts)
    with file_parts(path) as unread:
        pass
    with pytest.raises(RuntimeError, match="within `with file_parts"):
        list(unread)
