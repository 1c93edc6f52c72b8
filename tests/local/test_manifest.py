"""The manifest of a training folder (`_manifest`): what it records reads back the same, it is always
whole when a process is killed while saving it, and a manifest that cannot be read is never lost."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_train import ScenarioError
from scenario_train._dataset import check_folder
from scenario_train._images import display_path
from scenario_train._manifest import (
    FORMAT,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    Manifest,
    ManifestError,
    ManifestImage,
    ManifestModel,
    ManifestPair,
    ManifestStore,
)
from tests.local.manifest_child import number_of, version
from tests.support.images import png, sparse

REPO = Path(__file__).resolve().parents[2]
SHA = "ab" * 32
TEXT = st.text(st.characters(exclude_categories=()) | st.sampled_from(["\n", "\udcff", '"', "\\"]), max_size=12)
IDS = st.text(max_size=8)
MANIFESTS = st.builds(
    Manifest,
    model=st.none() | st.builds(ManifestModel, id=IDS, type=IDS, name=st.none() | TEXT),
    images=st.lists(
        st.builds(
            ManifestImage,
            sha256=st.text("0123456789abcdef", min_size=64, max_size=64),
            name=TEXT,
            asset_id=st.none() | IDS,
            training_image_id=st.none() | IDS,
            caption=st.none() | TEXT,
        ),
        max_size=4,
        unique_by=lambda image: image.sha256,
    ).map(tuple),
    pairs=st.none() | st.lists(st.builds(ManifestPair, IDS, IDS, st.none() | TEXT), max_size=3).map(tuple),
    job_id=st.none() | IDS,
)


def saved(folder: Path, manifest: Manifest) -> ManifestStore:
    store = ManifestStore(folder)
    store.load()
    store.save(manifest)
    return store


def loaded(folder: Path) -> Manifest:
    return ManifestStore(folder).load()


# What it records ------------------------------------------------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(MANIFESTS)
def test_a_saved_manifest_loads_back_the_same(tmp_path: Path, manifest: Manifest) -> None:
    saved(tmp_path, manifest)

    assert loaded(tmp_path) == manifest
    assert Manifest.from_json(json.loads(json.dumps(manifest.to_json()))) == manifest


def test_a_folder_without_a_manifest_has_an_empty_one(tmp_path: Path) -> None:
    assert loaded(tmp_path) == Manifest()
    assert Manifest().to_json() == {
        "format": FORMAT,
        "version": 1,
        "model": None,
        "images": [],
        "pairs": None,
        "jobId": None,
    }


def test_the_manifest_is_json_with_the_api_s_names(tmp_path: Path) -> None:
    manifest = Manifest(
        ManifestModel("model_1", "flux.2-dev-lora", "Cats"),
        (ManifestImage(SHA, "tabby.png", "asset_1", "asset_1", "a tabby cat"),),
        (ManifestPair("asset_1", "asset_2", "paint it red"),),
        "job_1",
    )
    saved(tmp_path, manifest)

    assert json.loads((tmp_path / MANIFEST_NAME).read_text()) == {
        "format": "scenario-train/manifest",
        "version": 1,
        "model": {"id": "model_1", "type": "flux.2-dev-lora", "name": "Cats"},
        "images": [
            {
                "sha256": SHA,
                "name": "tabby.png",
                "assetId": "asset_1",
                "trainingImageId": "asset_1",
                "caption": "a tabby cat",
            }
        ],
        "pairs": [{"sourceId": "asset_1", "targetId": "asset_2", "instruction": "paint it red"}],
        "jobId": "job_1",
    }


def test_each_step_updates_one_part() -> None:
    first, second = ManifestImage(SHA, "a.png"), ManifestImage("cd" * 32, "b.png")
    manifest = Manifest().with_model(ManifestModel("m", "t")).with_image(first).with_image(second)

    attached = manifest.with_image(ManifestImage(SHA, "a.png", "asset_a", "asset_a", "a caption"))

    assert attached.images == (ManifestImage(SHA, "a.png", "asset_a", "asset_a", "a caption"), second)
    assert attached.image(SHA) == attached.images[0]
    assert attached.image("ef" * 32) is None
    assert attached.image_named("b.png") == second
    assert attached.image_named("c.png") is None
    assert attached.without_image(SHA).images == (second,)
    assert attached.with_pairs(()).pairs == ()
    assert attached.with_job("job_1").job_id == "job_1"
    assert attached.model == ManifestModel("m", "t", None)


def test_the_manifest_and_its_temporary_files_are_not_part_of_the_dataset(tmp_path: Path) -> None:
    (tmp_path / "a.png").write_bytes(png())
    saved(tmp_path, Manifest(job_id="job_1"))
    (tmp_path / f"{MANIFEST_NAME}.x1y2.tmp").write_text("left by a killed run")

    dataset = check_folder(tmp_path, "flux.2-dev-lora")

    assert [image.file.name for image in dataset.images] == ["a.png"]
    assert dataset.seen == {"a.png"}
    assert dataset.ignored == ()


# A manifest that cannot be read ---------------------------------------------------------------------------------------


BROKEN: list[tuple[bytes, str]] = [
    (b"", "is not JSON, or not whole (JSONDecodeError: Expecting value: line 1 column 1 (char 0))"),
    (b'{"format": "scenario-train/manifest", "vers', "is not JSON, or not whole (JSONDecodeError: "),
    (b"\xff\xfe{}", "is not JSON, or not whole (UnicodeDecodeError: "),
    (b"[" * 100_000 + b"]" * 100_000, "is not JSON, or not whole (RecursionError: "),
    (b'{"name": "my notes"}', 'is not a manifest of scenario-train (it has no "format": "scenario-train/manifest")'),
    (b"[1, 2]", 'is not a manifest of scenario-train (it has no "format": "scenario-train/manifest")'),
]


def document(**changes: Any) -> bytes:
    base = Manifest(ManifestModel("m", "t"), (ManifestImage(SHA, "a.png"),), None, None).to_json()
    return json.dumps({**base, **changes}).encode()


INVALID: list[tuple[bytes, str]] = [
    (document(version=2), "was written by a newer scenario-train (manifest version 2; this one reads 1)"),
    (document(version=0), "$.version: the version must be 1, not 0"),
    (document(version=True), "$.version: the version must be 1, not true"),
    (document(version="1"), '$.version: the version must be 1, not "1"'),
    (document(jobid="job_1"), '$: unknown field "jobid"'),
    (json.dumps({"format": FORMAT, "version": 1}).encode(), "$.model: missing"),
    (document(model=[]), "$.model: expected an object, not an array"),
    (document(model={"id": 1, "type": "t", "name": None}), "$.model.id: expected a string, not a number"),
    (document(images={}), "$.images: expected an array, not an object"),
    (document(images=[{"sha256": "AB" * 32}]), "$.images[0].name: missing"),
    (
        document(images=[{"sha256": "xyz", "name": "a", "assetId": None, "trainingImageId": None, "caption": None}]),
        "$.images[0].sha256: expected 64 lowercase hexadecimal digits",
    ),
    (
        document(images=[{"sha256": SHA, "name": "a", "assetId": None, "trainingImageId": None, "caption": None}] * 2),
        "$.images: the same sha256 twice",
    ),
    (
        document(pairs=[{"sourceId": "a", "targetId": None, "instruction": None}]),
        "$.pairs[0].targetId: expected a string, not null",
    ),
    (document(jobId=False), "$.jobId: expected a string, not a boolean"),
    (document(jobId=1.5), "$.jobId: expected a string, not a number"),
]


@pytest.mark.parametrize(("content", "reason"), BROKEN + INVALID)
def test_a_manifest_that_cannot_be_read_is_refused_saying_why_and_is_never_overwritten(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / MANIFEST_NAME
    path.write_bytes(content)
    store = ManifestStore(tmp_path)

    with pytest.raises(ManifestError) as caught:
        store.load()
    with pytest.raises(RuntimeError, match=r"load\(\) first"):
        store.save(Manifest())

    assert caught.value.reason.startswith(reason)
    assert str(caught.value) == f"{display_path(path)}: {caught.value.reason}; the file is left as it is"
    assert isinstance(caught.value, ScenarioError)
    assert isinstance(caught.value, ValueError)
    assert path.read_bytes() == content


def test_a_manifest_too_large_to_be_one_is_refused(tmp_path: Path) -> None:
    sparse(tmp_path / MANIFEST_NAME, b"{", MAX_MANIFEST_BYTES + 1)

    with pytest.raises(ManifestError, match=f"is over {MAX_MANIFEST_BYTES:,} bytes: not a manifest of scenario-train"):
        loaded(tmp_path)


def test_a_manifest_that_is_not_a_file_is_refused(tmp_path: Path) -> None:
    (tmp_path / MANIFEST_NAME).mkdir()

    with pytest.raises(ManifestError, match=r"is not a regular file \(it is a folder\); the file is left as it is"):
        loaded(tmp_path)


@pytest.mark.parametrize(
    ("change", "happened"),
    [("rewrite", "changed"), ("remove", "was removed"), ("create", "appeared")],
)
def test_a_manifest_changed_by_someone_else_since_it_was_read_is_not_overwritten(
    tmp_path: Path, change: str, happened: str
) -> None:
    path = tmp_path / MANIFEST_NAME
    store = ManifestStore(tmp_path)
    if change != "create":
        saved(tmp_path, Manifest(job_id="job_1"))
    store.load()
    if change == "remove":
        path.unlink()
    else:
        ManifestStore(tmp_path).load()
        saved(tmp_path, Manifest(job_id="job_other"))
    left = path.read_bytes() if path.exists() else None

    with pytest.raises(ManifestError, match=f"{happened} since this run read it: is another run using the folder"):
        store.save(Manifest(job_id="job_2"))

    assert (path.read_bytes() if path.exists() else None) == left


def test_a_store_saves_again_and_again_over_its_own_manifest(tmp_path: Path) -> None:
    store = ManifestStore(tmp_path)
    store.load()
    for number in range(5):
        store.save(Manifest(job_id=f"job_{number}"))

    assert loaded(tmp_path).job_id == "job_4"
    assert [path.name for path in tmp_path.iterdir()] == [MANIFEST_NAME]


def test_a_save_that_fails_leaves_the_old_manifest_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = saved(tmp_path, Manifest(job_id="job_1"))

    def full_disk(source: str, destination: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left on device"):
        store.save(Manifest(job_id="job_2"))

    assert loaded(tmp_path).job_id == "job_1"
    assert [path.name for path in tmp_path.iterdir()] == [MANIFEST_NAME]


# Killed while saving --------------------------------------------------------------------------------------------------


@contextmanager
def child(mode: str, folder: Path) -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.local.manifest_child", mode, str(folder)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        yield process
    finally:
        process.kill()
        process.wait(timeout=60)
        assert process.stdout is not None
        process.stdout.close()


def said(process: subprocess.Popen[str]) -> str:
    assert process.stdout is not None
    return process.stdout.readline().strip()


@pytest.mark.parametrize("mode", ["before-fsync", "before-replace"])
def test_a_process_killed_inside_a_save_leaves_the_old_manifest_whole(tmp_path: Path, mode: str) -> None:
    with child(mode, tmp_path) as process:
        assert said(process) == "paused"
        process.send_signal(signal.SIGKILL)

    assert loaded(tmp_path) == version(0)
    [temporary] = [path for path in tmp_path.iterdir() if path.name != MANIFEST_NAME]
    assert temporary.name.startswith(MANIFEST_NAME + ".")
    assert temporary.name.endswith(".tmp")


def test_a_process_killed_at_any_moment_of_its_saves_leaves_one_manifest_whole(tmp_path: Path) -> None:
    pick = random.Random(0)
    seen = set()
    for _ in range(12):
        with child("loop", tmp_path) as process:
            assert said(process) == "ready"
            try:
                process.wait(timeout=pick.uniform(0.0, 0.2))
            except subprocess.TimeoutExpired:
                process.send_signal(signal.SIGKILL)
        manifest = loaded(tmp_path)  # a partial manifest would raise here
        assert manifest == version(number_of(manifest))
        seen.add(number_of(manifest))

    assert len(seen) > 1  # the kills landed after different numbers of saves
