"""Making, copying and closing a client, written as a vendor user writes it, with either SDK.

Each test is a snippet of vendor code run with `scenario_sdk` 2.4.0 and with `scenario_train`; see
`switch_support`.
"""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
import scenario_sdk

import scenario_train
from scenario_train.testing import MockScenarioAPI
from tests.support.switch import (
    JWT,
    OURS,
    SDK,
    VENDOR,
    by_sdk,
    calls,
    connect,
    sent_headers,
    wire,
)


@pytest.mark.parametrize("ending", ["close", "with"])
def test_an_injected_http_client_carries_the_calls_with_its_own_headers_and_is_closed_with_the_client(
    sdk: SDK, mock: MockScenarioAPI, ending: str
) -> None:
    seen: list[str] = []

    def hook(request: httpx.Request) -> None:
        seen.append(f"{request.method} {request.url.path}")

    http_client = httpx.Client(headers={"X-Mine": "yes"}, event_hooks={"request": [hook]})
    client = connect(sdk, mock, http_client=http_client)
    if ending == "with":
        with client:
            result = client.models.train.trigger("model-1")
            assert not http_client.is_closed
    else:
        result = client.models.train.trigger("model-1")
        assert not http_client.is_closed
        client.close()

    assert (result.model.id, result.model.status) == ("model-1", "training")

    assert http_client.is_closed
    assert client.is_closed()
    assert seen == ["PUT /v1/models/model-1/train"]
    assert sent_headers(mock)["x-mine"] == "yes"
    assert (sent_headers(mock)["authorization"], mock.requests[0].api_key) == ("Basic [redacted]", mock.api_key)


def test_an_injected_client_with_a_mock_transport_carries_the_calls(sdk: SDK, mock: MockScenarioAPI) -> None:
    seen: list[str] = []
    with httpx.Client() as upstream:

        def forward(sent: httpx.Request) -> httpx.Response:
            seen.append(f"{sent.method} {sent.url.path}")
            return upstream.send(sent)  # a test double that records, then lets the request through

        with connect(sdk, mock, http_client=httpx.Client(transport=httpx.MockTransport(forward))) as client:
            result = client.models.train.trigger("model-1")

    job_id = mock.model("model-1")["jobId"]
    assert (result.model.id, result.model.status, result.job.job_id) == ("model-1", "training", job_id)
    assert seen == calls(mock) == ["PUT /v1/models/model-1/train"]


def test_the_timeout_of_an_injected_http_client_is_adopted_by_the_vendor_only(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock, http_client=httpx.Client(timeout=0.2), max_retries=0)
    mock.delay_next(1.5, method="GET")  # far past 0.2 s: a busy machine cannot let the answer win

    try:
        outcome = client.models.retrieve("model-1").model.id
    except sdk.APITimeoutError as error:
        outcome = type(error).__name__

    assert client.timeout == by_sdk(sdk, vendor=httpx.Timeout(0.2), ours=httpx.Timeout(60, connect=5))
    assert outcome == by_sdk(sdk, vendor="APITimeoutError", ours="model-1")


def test_copy_and_with_options_take_the_constructors_options(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock, default_headers={"X-A": "1", "X-B": "1"}, default_query={"team": "a"})

    merged = client.with_options(default_headers={"X-B": "2"}, default_query={"trace": "t"}, max_retries=0)
    replaced = client.copy(set_default_headers={"X-C": "3"}, set_default_query={"only": "o"})
    someone_else = client.copy(api_key="someone-else")

    assert (client.max_retries, merged.max_retries, replaced.max_retries) == (2, 0, 2)
    assert (client.api_key, merged.api_key, someone_else.api_key) == (mock.api_key, mock.api_key, "someone-else")
    assert merged.models.retrieve("model-1").model.id == "model-1"
    assert replaced.models.retrieve("model-1").model.id == "model-1"
    with pytest.raises(sdk.AuthenticationError):
        someone_else.models.retrieve("model-1")
    client.models.retrieve("model-1")

    assert [(sent.query, sent.status) for sent in wire(mock)] == [
        ({"team": "a", "trace": "t"}, 200),
        ({"only": "o"}, 200),
        ({"team": "a"}, 401),
        ({"team": "a"}, 200),
    ]
    assert [request.api_key for request in mock.requests] == [mock.api_key, mock.api_key, "someone-else", mock.api_key]
    custom = [
        {name: value for name, value in r.headers.items() if name in ("x-a", "x-b", "x-c")} for r in mock.requests
    ]
    assert custom == [{"x-a": "1", "x-b": "2"}, {"x-c": "3"}, {"x-a": "1", "x-b": "1"}, {"x-a": "1", "x-b": "1"}]


def test_closing_a_copy_closes_the_parents_pool_with_the_vendor_only(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock, max_retries=0)
    copy = client.with_options(timeout=10.0)
    assert (client.is_closed(), copy.is_closed()) == (False, False)

    copy.close()
    assert copy.is_closed()
    assert client.is_closed() is by_sdk(sdk, vendor=True, ours=False)
    try:
        outcome = client.models.retrieve("model-1").model.id
    except sdk.APIConnectionError as error:
        outcome = type(error).__name__
    assert outcome == by_sdk(sdk, vendor="APIConnectionError", ours="model-1")

    other = client.copy()
    client.close()  # closing the client closes the pool, under its copies too
    assert (client.is_closed(), other.is_closed()) == (True, True)
    with pytest.raises(sdk.APIConnectionError):
        other.models.retrieve("model-1")
    assert calls(mock) == by_sdk(sdk, vendor=[], ours=["GET /v1/models/model-1"])


def test_is_closed_says_whether_the_client_was_closed(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    assert client.is_closed() is False
    client.models.retrieve("model-1")
    client.close()
    assert client.is_closed() is True
    client.close()  # closing twice is fine
    with connect(sdk, mock) as scoped:
        assert scoped.is_closed() is False
    assert scoped.is_closed() is True


CREDENTIALS = {
    "key and secret from the environment": ({"SCENARIO_SDK_API_KEY": "key", "SCENARIO_SDK_API_SECRET": "secret"}, {}),
    "JWT from the environment": ({"SCENARIO_SDK_JWT": "jwt"}, {}),
    "bearer_auth=": ({}, {"bearer_auth": "jwt"}),
    "api_key= and api_secret=": ({}, {"api_key": "key", "api_secret": "secret"}),
    "all three: Basic is used": ({"SCENARIO_SDK_JWT": "jwt"}, {"api_key": "key", "api_secret": "secret"}),
}


@pytest.mark.parametrize(("environment", "arguments"), CREDENTIALS.values(), ids=CREDENTIALS.keys())
def test_credentials_and_base_url_by_the_vendors_names_and_environment_variables(
    sdk: SDK,
    mock: MockScenarioAPI,
    monkeypatch: pytest.MonkeyPatch,
    environment: dict[str, str],
    arguments: dict[str, str],
) -> None:
    values = {"key": mock.api_key, "secret": mock.api_secret, "jwt": JWT}
    for name, value in environment.items():
        monkeypatch.setenv(name, values[value])
    monkeypatch.setenv("SCENARIO_BASE_URL", mock.base_url)

    given = {name: values[value] for name, value in arguments.items()}
    client = sdk.Scenario(
        api_key=given.get("api_key"), api_secret=given.get("api_secret"), bearer_auth=given.get("bearer_auth")
    )
    model = client.models.retrieve("model-1").model

    basic = "key" in environment.values() or "key" in arguments.values()
    assert model.id == "model-1"
    assert sent_headers(mock)["authorization"] == ("Basic [redacted]" if basic else "Bearer [redacted]")
    assert (client.api_key, mock.requests[0].api_key) == ((mock.api_key,) * 2 if basic else (None, None))
    assert str(client.base_url) == by_sdk(sdk, vendor=f"{mock.base_url}/", ours=mock.base_url)


def test_the_default_base_url_is_the_vendors(sdk: SDK) -> None:
    client = sdk.Scenario(api_key="key", api_secret="secret")
    assert str(client.base_url).rstrip("/") == "https://api.cloud.scenario.com/v1"


MISSING = {
    "none at all": {},
    "a key without its secret": {"api_key": "key"},
}


@pytest.mark.parametrize("arguments", MISSING.values(), ids=MISSING.keys())
def test_missing_credentials_raise_when_the_client_is_made_not_at_the_first_call(
    sdk: SDK, mock: MockScenarioAPI, arguments: dict[str, str]
) -> None:
    step = "making the client"
    with pytest.raises(Exception) as raised:  # which one, and when, is the point of the test
        client = sdk.Scenario(base_url=mock.base_url, api_key=arguments.get("api_key"))
        step = "calling"
        client.models.retrieve("model-1")

    assert (step, raised.type) == by_sdk(
        sdk, vendor=("calling", TypeError), ours=("making the client", scenario_train.MissingCredentialsError)
    )
    assert mock.requests == []


def test_credentials_from_the_environment_are_stripped_by_ours_only(
    sdk: SDK, mock: MockScenarioAPI, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SCENARIO_SDK_API_KEY", f" {mock.api_key}\n")  # read from a file, newline included
    monkeypatch.setenv("SCENARIO_SDK_API_SECRET", f"{mock.api_secret}\n")
    client = sdk.Scenario(base_url=mock.base_url)

    try:
        status = client.models.retrieve("model-1").model.id
    except sdk.AuthenticationError as error:
        status = str(error.status_code)

    assert status == by_sdk(sdk, vendor="401", ours="model-1")
    assert mock.requests[0].api_key == by_sdk(sdk, vendor=f" {mock.api_key}\n", ours=mock.api_key)


def test_timeout_none_means_the_default_for_ours_and_no_timeout_for_the_vendor(sdk: SDK, mock: MockScenarioAPI) -> None:
    default = httpx.Timeout(60, connect=5)
    client = connect(sdk, mock, timeout=0.2, max_retries=0)
    assert client.timeout == by_sdk(sdk, vendor=0.2, ours=httpx.Timeout(0.2))
    assert connect(sdk, mock).timeout == default
    assert connect(sdk, mock, timeout=None).timeout == by_sdk(sdk, vendor=None, ours=default)
    assert client.with_options(timeout=None).timeout == by_sdk(sdk, vendor=None, ours=default)

    mock.delay_next(1.5, method="GET")  # far past 0.2 s: a busy machine cannot let the answer win
    try:  # a call's timeout=None: the vendor waits as long as it takes; ours keeps the client's 0.2 s
        outcome = client.models.retrieve("model-1", timeout=None).model.id
    except sdk.APITimeoutError as error:
        outcome = type(error).__name__
    assert outcome == by_sdk(sdk, vendor="model-1", ours="APITimeoutError")


def test_ours_sends_no_header_of_the_vendors_sdk(sdk: SDK, mock: MockScenarioAPI) -> None:
    client = connect(sdk, mock)
    client.models.train.with_raw_response.trigger("model-1")
    headers = sent_headers(mock)

    assert (headers["accept"], headers["content-type"]) == ("application/json", "application/json")
    assert headers["user-agent"].split()[0] == by_sdk(
        sdk, vendor="Scenario/Python", ours=f"scenario-train/{scenario_train.__version__}"
    )
    assert sorted(name for name in headers if name.startswith("x-stainless-")) == by_sdk(
        sdk,
        vendor=[
            "x-stainless-arch",
            "x-stainless-async",
            "x-stainless-lang",
            "x-stainless-os",
            "x-stainless-package-version",
            "x-stainless-raw-response",
            "x-stainless-read-timeout",
            "x-stainless-retry-count",
            "x-stainless-runtime",
            "x-stainless-runtime-version",
        ],
        ours=[],
    )


def public(names: list[str]) -> set[str]:
    return {name for name in names if not name.startswith("_")}


def vendor_only(vendor: object, ours: object) -> set[str]:
    return public(dir(vendor)) - public(dir(ours))


SURFACES: dict[str, tuple[Callable[[scenario_sdk.Scenario], object], set[str]]] = {
    "the client": (
        lambda client: client,
        {
            "api_secret",
            "bearer_auth",
            "auth_headers",
            "custom_auth",
            "platform_headers",
            "qs",
            "user_agent",
            "with_streaming_response",
            "get",
            "post",
            "put",
            "patch",
            "delete",
            "get_api_list",
            "request",
            "collections",
            "generate",
            "oscu",
            "pricing",
            "projects",
            "recommendations",
            "search",
            "tags",
            "teams",
            "usages",
            "workflows",
        },
    ),
    "client.models": (
        lambda client: client.models,
        {
            "copy",
            "delete_images",
            "description",
            "download",
            "examples",
            "get_bulk",
            "presets",
            "prompt_guide",
            "restore",
            "scores",
            "transfer",
            "update_tags",
            "with_streaming_response",
        },
    ),
    "client.models.train": (lambda client: client.models.train, {"with_streaming_response"}),
    "client.models.training_images": (lambda client: client.models.training_images, {"with_streaming_response"}),
    "client.uploads": (lambda client: client.uploads, {"with_streaming_response"}),
    "client.jobs": (lambda client: client.jobs, {"list", "trigger_action", "with_streaming_response"}),
    "client.assets": (
        lambda client: client.assets,
        {
            "delete_multiple",
            "download",
            "duplicate",
            "get_bulk",
            "list",
            "list_snapshots",
            "lock",
            "restore_multiple",
            "retrieve",
            "unlock",
            "update_tags",
            "with_streaming_response",
        },
    ),
}


@pytest.mark.parametrize(("surface", "expected"), SURFACES.values(), ids=SURFACES.keys())
def test_what_the_vendors_client_has_and_ours_has_not(
    mock: MockScenarioAPI, surface: Callable[[scenario_sdk.Scenario], object], expected: set[str]
) -> None:
    vendor, ours = (connect(sdk, mock) for sdk in (VENDOR, OURS))
    assert vendor_only(surface(vendor), surface(ours)) == expected


def test_what_the_vendors_package_exports_and_ours_does_not() -> None:
    assert public(scenario_sdk.__all__) - public(scenario_train.__all__) == {
        "AsyncClient",
        "AsyncStream",
        "BaseModel",
        "Client",
        "DEFAULT_CONNECTION_LIMITS",
        "DefaultAioHttpClient",
        "DefaultAsyncHttpxClient",
        "DefaultHttpxClient",
        "NOT_GIVEN",
        "NoneType",
        "NotGiven",
        "Omit",
        "ProxiesTypes",
        "RequestOptions",
        "Stream",
        "Timeout",
        "Transport",
        "file_from_path",
        "not_given",
        "omit",
        "types",
    }
