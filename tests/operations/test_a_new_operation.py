"""A read added to the spec reaches the sync and async clients, `with_raw_response`, the mock and api.md
once the packages are regenerated (the generator, then tools/operations.py and tools/unasync.py), with no
code written for it; and `mypy --strict` types its calls."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.support.env import for_a_tool
from tests.support.mock import REPO, spec

GENERATOR = Path(sys.executable).with_name("openapi-python-client")
WRITTEN = ("_async_operations.py", "_sync_operations.py")
"""What the regeneration writes into the client's package; every other file of it stays as written by hand."""
TYPED = """
from typing import assert_type

from scenario_train import AsyncScenario, RawResponse, Scenario
from scenario_train_api.models.model_thumbnail import ModelThumbnail


def blocking(client: Scenario) -> None:
    assert_type(client.models.retrieve_thumbnail("m1", width=128), ModelThumbnail)
    assert_type(client.models.with_raw_response.retrieve_thumbnail("m1"), RawResponse[ModelThumbnail])
    client.models.retrieve_thumbnail("m1", width="wide")  # the one error
    client.models.retrieve_thumbnail(model_id="m1", extra_headers={"X-A": "1"}, timeout=5.0)


async def awaited(client: AsyncScenario) -> None:
    assert_type(await client.models.retrieve_thumbnail("m1"), ModelThumbnail)
"""
THROUGH_THE_CLIENTS = """
import asyncio, json, sys
import scenario_train, scenario_train_api
from scenario_train import AsyncScenario, Scenario
from scenario_train.testing import MockScenarioAPI

def thumbnail(model_id, query, body):
    return {"url": f"https://cdn.example/{model_id}.png", "width": query.get("width") or 64}

with MockScenarioAPI(polls_per_step=0) as api:
    unsimulated = Scenario(api_key=api.api_key, api_secret=api.api_secret, base_url=api.base_url, max_retries=0)
    try:
        unsimulated.models.retrieve_thumbnail("m1")
    except Exception as error:
        refused = [type(error).__name__, error.status_code]
    api.simulate("get_model_thumbnail", thumbnail)
    with Scenario(api_key=api.api_key, api_secret=api.api_secret, base_url=api.base_url) as client:
        blocking = client.models.retrieve_thumbnail("m1", width=128)
        raw = client.models.with_raw_response.retrieve_thumbnail("m2")
        try:
            client.models.retrieve_thumbnail("m1", width="wide")
        except TypeError as error:
            checked = str(error)

    async def awaited():
        async with AsyncScenario(api_key=api.api_key, api_secret=api.api_secret, base_url=api.base_url) as client:
            return await client.models.retrieve_thumbnail("m3")

    answered = asyncio.run(awaited())
    sent = [(request.method, request.path, request.query) for request in api.requests]
json.dump(
    {
        "package": scenario_train_api.__file__,
        "client": scenario_train.__file__,
        "refused": refused,
        "blocking": [type(blocking).__name__, blocking.to_dict()],
        "raw": [raw.status_code, type(raw.parse()).__name__, raw.parse().to_dict()],
        "awaited": [type(answered).__name__, answered.to_dict()],
        "checked": checked,
        "doc": client.models.retrieve_thumbnail.__doc__,
        "sent": sent,
    },
    sys.stdout,
)
"""


def spec_with_a_thumbnail() -> dict[str, Any]:
    """The spec with `GET /models/{modelId}/thumbnail`, a read answering a small object."""
    changed = copy.deepcopy(spec())
    changed["components"]["schemas"]["ModelThumbnail"] = {
        "type": "object",
        "required": ["url"],
        "properties": {"url": {"type": "string"}, "width": {"type": "integer"}},
    }
    changed["paths"]["/models/{modelId}/thumbnail"] = {
        "get": {
            "operationId": "getModelThumbnail",
            "summary": "Read a model's thumbnail",
            "description": "The picture that stands for the model in lists.",
            "x-effect": "read",
            "x-sdk-method": "models.retrieve_thumbnail",
            "tags": ["models"],
            "parameters": [
                {"$ref": "#/components/parameters/modelId"},
                {"name": "width", "in": "query", "required": False, "schema": {"type": "integer"}},
            ],
            "responses": {
                "200": {
                    "description": "The thumbnail.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ModelThumbnail"}}},
                },
                "404": {"$ref": "#/components/responses/Error"},
            },
        }
    }
    return changed


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not GENERATOR.exists():
        pytest.skip("the generator is installed by `make setup`")
    folder = tmp_path_factory.mktemp("regenerated")
    shutil.copytree(REPO / "openapi" / "examples", folder / "examples")
    (folder / "spec.json").write_text(json.dumps(spec_with_a_thumbnail()), encoding="utf-8")
    generate = [sys.executable, str(REPO / "openapi" / "generate.py"), "--spec", str(folder / "spec.json")]
    subprocess.run([*generate, str(folder / "scenario_train_api")], check=True, capture_output=True, timeout=180)
    package = folder / "scenario_train"
    shutil.copytree(REPO / "overlay" / "scenario_train", package, ignore=shutil.ignore_patterns("__pycache__"))
    run(folder, sys.executable, str(REPO / "tools" / "operations.py"), "--package", str(package))
    run(folder, sys.executable, str(REPO / "tools" / "unasync.py"), "--package", str(package))
    return folder


def run(folder: Path, *argv: str) -> str:
    environment = {**os.environ, "PYTHONPATH": str(folder)}
    ran = subprocess.run(argv, env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stderr
    return ran.stdout


def test_the_new_read_is_called_sync_async_and_raw_against_the_mock(regenerated: Path) -> None:
    seen = json.loads(run(regenerated, sys.executable, "-c", THROUGH_THE_CLIENTS))

    assert Path(seen["package"]).is_relative_to(regenerated)
    assert Path(seen["client"]).is_relative_to(regenerated)
    assert seen["refused"] == ["InternalServerError", 501]
    assert seen["blocking"] == ["ModelThumbnail", {"url": "https://cdn.example/m1.png", "width": 128}]
    assert seen["raw"] == [200, "ModelThumbnail", {"url": "https://cdn.example/m2.png", "width": 64}]
    assert seen["awaited"] == ["ModelThumbnail", {"url": "https://cdn.example/m3.png", "width": 64}]
    assert seen["checked"] == "width must be an int or None, not str"
    assert seen["doc"].startswith("Read a model's thumbnail (`GET /models/{modelId}/thumbnail`).")
    assert "The picture that stands for the model in lists." in seen["doc"]
    assert [method for method, _, _ in seen["sent"]] == ["GET"] * 4
    assert seen["sent"][1] == ["GET", "/v1/models/m1/thumbnail", {"width": "128"}]


def test_the_new_read_is_in_the_generated_api_reference(regenerated: Path) -> None:
    output = regenerated / "api.md"
    run(regenerated, sys.executable, str(REPO / "tools" / "api_reference.py"), "--output", str(output))

    written = output.read_text(encoding="utf-8")
    section = written[written.index("## `client.models.retrieve_thumbnail`") :]
    assert "def retrieve_thumbnail(" in section
    assert "width: int | None = None" in section
    assert "`GET /models/{modelId}/thumbnail` — Read a model's thumbnail" in section
    assert "Returns: `ModelThumbnail` (200)" in section


def test_only_the_generated_modules_of_the_client_changed_and_they_hold_the_new_read(regenerated: Path) -> None:
    ours, theirs = REPO / "overlay" / "scenario_train", regenerated / "scenario_train"
    files = sorted(path.relative_to(ours) for path in ours.rglob("*.py"))

    changed = [str(name) for name in files if (ours / name).read_bytes() != (theirs / name).read_bytes()]
    assert sorted(changed) == sorted(WRITTEN)
    assert "async def retrieve_thumbnail(" in (theirs / WRITTEN[0]).read_text(encoding="utf-8")
    assert "    def retrieve_thumbnail(" in (theirs / WRITTEN[1]).read_text(encoding="utf-8")


def test_the_new_read_is_typed_for_mypy(regenerated: Path) -> None:
    snippet = regenerated / "typed.py"
    snippet.write_text(TYPED, encoding="utf-8")
    lines = TYPED.splitlines()
    error_line = lines.index('    client.models.retrieve_thumbnail("m1", width="wide")  # the one error') + 1
    mypy = [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--no-color-output"]
    environment = {**for_a_tool(), "MYPYPATH": str(regenerated)}
    ran = subprocess.run(
        [*mypy, "--cache-dir", str(regenerated / ".mypy_cache"), str(snippet)],
        cwd=regenerated,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )

    # orjson is optional: where it is not installed (the matrix's lowest cell), mypy says so of _json.py.
    errors = [
        line
        for line in ran.stdout.splitlines()
        if ": error: " in line and not ('"orjson"' in line and line.endswith("[import-not-found]"))
    ]
    assert len(errors) == 1, ran.stdout + ran.stderr
    assert errors[0].startswith(f'typed.py:{error_line}: error: Argument "width"')
    assert errors[0].endswith("[arg-type]")
