"""What `trigger` puts on the wire, and where the client's credentials and base URL come from."""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote

import httpx
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from scenario_train import (
    AsyncScenario,
    MissingCredentialsError,
    Scenario,
    TrainingParameters,
    __version__,
)
from scenario_train_api.errors import ParseError
from scenario_train_api.models import LrScheduler
from tests.support.client import (
    API_KEY,
    API_SECRET,
    BEARER_AUTHORIZATION,
    EXAMPLE,
    JWT,
    ROOT,
    Api,
    LoopbackServer,
    MakeApi,
    Received,
    Reply,
    basic_authorization,
    train_answer,
)

ENV_NAMES = ("SCENARIO_SDK_API_KEY", "SCENARIO_SDK_API_SECRET", "SCENARIO_SDK_JWT")


def only_request(server: LoopbackServer) -> Received:
    assert len(server.received) == 1
    return server.received[0]


def test_trigger_sends_put_with_basic_auth_an_empty_object_and_the_user_agent(api: Api, server: LoopbackServer) -> None:
    api.trigger("model-1")

    request = only_request(server)
    assert request.method == "PUT"
    assert request.target == "/v1/models/model-1/train"
    assert request.headers["Authorization"] == basic_authorization()
    assert request.headers["Content-Type"] == "application/json"
    assert request.json == {}
    assert request.headers["User-Agent"].startswith(f"scenario-train/{__version__} ")


def test_trigger_sends_the_jwt_as_bearer(make_api: MakeApi, server: LoopbackServer) -> None:
    make_api(server.url, jwt=JWT).trigger("model-1")

    assert only_request(server).headers["Authorization"] == BEARER_AUTHORIZATION


@pytest.mark.parametrize(
    "parameters",
    [
        {"batchSize": 2, "seed": 123456789, "lrScheduler": "cosine", "samplePrompts": ["a cat"]},
        TrainingParameters(batch_size=2, seed=123456789, lr_scheduler=LrScheduler.COSINE, sample_prompts=["a cat"]),
    ],
    ids=["wire-names", "TrainingParameters"],
)
def test_parameters_are_sent_under_parameters_with_wire_names(
    api: Api, server: LoopbackServer, parameters: dict[str, Any] | TrainingParameters
) -> None:
    api.trigger("model-1", parameters=parameters)

    expected = {"batchSize": 2, "seed": 123456789, "lrScheduler": "cosine", "samplePrompts": ["a cat"]}
    assert only_request(server).json == {"parameters": expected}


def test_query_parameters_use_the_api_names(api: Api, server: LoopbackServer) -> None:
    api.trigger("model-1", project_id="proj-7", original_assets=True, training_images_count=12)

    assert only_request(server).query == {"projectId": "proj-7", "originalAssets": "true", "trainingImagesCount": "12"}


@pytest.mark.parametrize(("dry_run", "sent"), [(True, "true"), ("true", "true"), ("api", "api")])
def test_dry_run_is_sent_as_dryrun(api: Api, server: LoopbackServer, dry_run: object, sent: str) -> None:
    server.reply(Reply(status=269, json={"creativeUnitsCost": 1}))
    api.trigger("model-1", dry_run=dry_run)

    assert only_request(server).query == {"dryRun": sent}


def test_no_query_string_without_query_arguments(api: Api, server: LoopbackServer) -> None:
    api.trigger("model-1", dry_run=False)

    assert only_request(server).target == "/v1/models/model-1/train"


@pytest.mark.parametrize("model_id", ["", " ", "\t\n"])
def test_a_blank_model_id_is_refused_before_anything_is_sent(api: Api, server: LoopbackServer, model_id: str) -> None:
    with pytest.raises(ValueError, match="model_id"):
        api.trigger(model_id)

    assert server.received == []
    assert server.connections == 0


DOT_ONLY_IDS = [".", ".."]
ODD_MODEL_IDS = [
    *DOT_ONLY_IDS,
    "a/b",
    "with space",
    "50%",
    "%2F",
    "ünï-çødé",
    "../../admin",
    "a?b=c#d",
    "x;y",
    "./.",
    "a\\b",
]
OPERATIONS = {"trigger": ("PUT", "/train"), "retrieve": ("GET", ""), "action": ("POST", "/train/action")}


def sent_segment(api: Api, server: LoopbackServer, operation: str, model_id: str) -> str | None:
    """The path segment that carried `model_id`, or None when the path is not the operation's."""
    method, suffix = OPERATIONS[operation]
    server.received.clear()
    getattr(api, operation)(model_id)
    received = only_request(server)
    assert received.method == method
    assert received.query == {}
    path = received.path
    if not (path.startswith("/v1/models/") and path.endswith(suffix)):
        return None
    return path.removeprefix("/v1/models/").removesuffix(suffix)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_any_other_model_id_is_one_percent_encoded_path_segment(
    api: Api, server: LoopbackServer, operation: str
) -> None:
    model_ids = list(ODD_MODEL_IDS)
    segments = {model_id: sent_segment(api, server, operation, model_id) for model_id in model_ids}

    wrong = {
        model_id: segment
        for model_id, segment in segments.items()
        if segment is None or "/" in segment or not segment.isascii() or unquote(segment) != model_id
    }
    assert wrong == {}


@pytest.mark.parametrize("model_id", DOT_ONLY_IDS)
def test_retrieve_keeps_a_dot_only_model_id_in_its_segment(api: Api, server: LoopbackServer, model_id: str) -> None:
    segment = sent_segment(api, server, "retrieve", model_id)

    assert segment is not None
    assert unquote(segment) == model_id


# Credentials and base URL -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
def test_no_credentials_at_all_raise_at_construction_naming_the_variables(client_class: type[Scenario]) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        client_class(base_url="http://127.0.0.1:9/v1")

    for name in ENV_NAMES:
        assert name in str(caught.value)


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
@pytest.mark.parametrize(
    "arguments", [{"api_key": API_KEY}, {"api_secret": API_SECRET}, {"api_key": API_KEY, "api_secret": ""}]
)
def test_incomplete_arguments_raise_at_construction(client_class: type[Scenario], arguments: dict[str, Any]) -> None:
    with pytest.raises(MissingCredentialsError) as caught:
        client_class(base_url="http://127.0.0.1:9/v1", **arguments)

    for name in ENV_NAMES:
        assert name in str(caught.value)


@pytest.mark.parametrize(
    "environment",
    [{"SCENARIO_SDK_API_KEY": API_KEY}, {"SCENARIO_SDK_API_SECRET": API_SECRET}],
    ids=["key-only", "secret-only"],
)
def test_incomplete_environment_raises_at_construction(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str]
) -> None:
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(MissingCredentialsError) as caught:
        Scenario(base_url="http://127.0.0.1:9/v1")

    for name in ENV_NAMES:
        assert name in str(caught.value)


def test_key_and_secret_are_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_api: MakeApi, server: LoopbackServer
) -> None:
    monkeypatch.setenv("SCENARIO_SDK_API_KEY", "env-key")
    monkeypatch.setenv("SCENARIO_SDK_API_SECRET", "env-secret")

    make_api(server.url, api_key=None, api_secret=None).trigger("model-1")

    assert only_request(server).headers["Authorization"] == basic_authorization("env-key", "env-secret")


def test_the_jwt_is_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_api: MakeApi, server: LoopbackServer
) -> None:
    monkeypatch.setenv("SCENARIO_SDK_JWT", JWT)

    make_api(server.url, api_key=None, api_secret=None).trigger("model-1")

    assert only_request(server).headers["Authorization"] == BEARER_AUTHORIZATION


@pytest.mark.parametrize("source", ["arguments", "environment"])
def test_basic_wins_when_basic_and_bearer_are_both_configured(
    monkeypatch: pytest.MonkeyPatch, make_api: MakeApi, server: LoopbackServer, source: str
) -> None:
    if source == "arguments":
        api = make_api(server.url, api_key=API_KEY, api_secret=API_SECRET, jwt=JWT)
    else:
        monkeypatch.setenv("SCENARIO_SDK_API_KEY", API_KEY)
        monkeypatch.setenv("SCENARIO_SDK_API_SECRET", API_SECRET)
        monkeypatch.setenv("SCENARIO_SDK_JWT", JWT)
        api = make_api(server.url, api_key=None, api_secret=None)

    api.trigger("model-1")

    assert only_request(server).headers["Authorization"] == basic_authorization()


def test_arguments_win_over_the_environment(
    monkeypatch: pytest.MonkeyPatch, make_api: MakeApi, server: LoopbackServer
) -> None:
    monkeypatch.setenv("SCENARIO_SDK_API_KEY", "env-key")
    monkeypatch.setenv("SCENARIO_SDK_API_SECRET", "env-secret")

    make_api(server.url, api_key=None, api_secret=None, jwt=JWT).trigger("model-1")

    assert only_request(server).headers["Authorization"] == BEARER_AUTHORIZATION


def test_scenario_base_url_is_honoured(
    monkeypatch: pytest.MonkeyPatch, make_api: MakeApi, server: LoopbackServer
) -> None:
    monkeypatch.setenv("SCENARIO_BASE_URL", server.url)

    api = make_api(None)
    api.trigger("model-1")

    assert api.client.base_url == server.url
    assert only_request(server).target == "/v1/models/model-1/train"


@pytest.mark.parametrize(
    ("base_path", "target"),
    [
        ("", "/models/model-1/train"),
        ("/", "/models/model-1/train"),
        ("/v1", "/v1/models/model-1/train"),
        ("/v1/", "/v1/models/model-1/train"),
        ("/api/v2", "/api/v2/models/model-1/train"),
    ],
)
def test_the_call_path_goes_under_the_base_url_path(
    make_api: MakeApi, server: LoopbackServer, base_path: str, target: str
) -> None:
    make_api(server.origin + base_path).trigger("model-1", project_id="p")

    assert only_request(server).target == f"{target}?projectId=p"


def test_a_cookie_the_server_sets_goes_back_on_the_next_call(api: Api, server: LoopbackServer) -> None:
    server.reply(Reply(json=train_answer(), headers={"Set-Cookie": "route=b2; Path=/"}), Reply(json=train_answer()))

    api.trigger("model-1")
    api.trigger("model-2")

    first, second = server.received
    assert "Cookie" not in first.headers
    assert second.headers["Cookie"] == "route=b2"


def test_an_explicit_base_url_wins_over_scenario_base_url(
    monkeypatch: pytest.MonkeyPatch, make_api: MakeApi, servers: Any
) -> None:
    used, ignored = servers(), servers()
    monkeypatch.setenv("SCENARIO_BASE_URL", ignored.url)

    make_api(used.url).trigger("model-1")

    assert len(used.received) == 1
    assert ignored.received == []


# The parameters' types -----------------------------------------------------------------------------------------

SPEC = yaml.safe_load((ROOT / "openapi" / "scenario-train.yaml").read_text(encoding="utf-8"))
WIRE_NAMES = sorted(SPEC["components"]["schemas"]["TrainingParameters"]["properties"])
SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()


def _spec_accepts(parameters: dict[str, Any]) -> bool:
    try:
        TrainingParameters.from_dict(parameters)
    except ParseError:
        return False
    return True


@given(st.dictionaries(st.sampled_from(WIRE_NAMES), SCALARS, max_size=3), st.integers(1, 3))
def test_parameters_are_refused_exactly_when_the_spec_types_refuse_them(parameters: dict[str, Any], calls: int) -> None:
    """Hypothesis draws the same names with the same types but other values again and again: what the
    client remembers of an earlier check must give the answer a fresh check would."""
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=EXAMPLE)

    accepted = _spec_accepts(parameters)
    given_as: Any = parameters
    http_client = httpx.Client(transport=httpx.MockTransport(answer))
    with Scenario(api_key=API_KEY, api_secret=API_SECRET, max_retries=0, http_client=http_client) as client:
        for _ in range(calls):
            if accepted:
                client.models.train.trigger("model-1", parameters=given_as)
            else:
                with pytest.raises(ValueError, match=r"^parameters\."):
                    client.models.train.trigger("model-1", parameters=given_as)
    assert len(sent) == (calls if accepted else 0)
