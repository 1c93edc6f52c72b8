"""The API secret, the JWT and the Authorization header never show, and never leave the configured origin."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scenario_train import APIError, AsyncScenario, AuthenticationError, RedirectError, Scenario
from tests.support.client import (
    API_KEY,
    API_SECRET,
    BEARER_AUTHORIZATION,
    EXAMPLE,
    JWT,
    NO_TRAINING,
    LoopbackServer,
    MakeApi,
    Reply,
    assert_no_secret,
    basic_authorization,
    model_answer,
)
from tests.support.net import unused_base_url

CREDENTIALS: dict[str, dict[str, Any]] = {
    "basic": {"api_key": API_KEY, "api_secret": API_SECRET},
    "bearer": {"jwt": JWT},
    "both": {"api_key": API_KEY, "api_secret": API_SECRET, "jwt": JWT},
}
AUTHORIZATION = {"basic": basic_authorization(), "bearer": BEARER_AUTHORIZATION, "both": basic_authorization()}
LOGGERS = ("", "httpx", "httpcore", "scenario_train")


@pytest.fixture(params=list(CREDENTIALS))
def credentials(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


def assert_error_shows_no_secret(error: BaseException) -> None:
    assert_no_secret(str(error))
    assert_no_secret(repr(error))
    assert_no_secret("".join(traceback.format_exception(error)))
    if isinstance(error, APIError):
        assert_no_secret(error.message)
        assert_no_secret(repr(error.args))


def assert_logs_show_no_secret(caplog: pytest.LogCaptureFixture) -> None:
    formatter = logging.Formatter("%(name)s %(levelname)s %(message)s")
    for record in caplog.records:
        assert_no_secret(formatter.format(record))
        assert_no_secret(repr(record.args))


@pytest.mark.parametrize("client_class", [Scenario, AsyncScenario])
def test_repr_and_str_of_the_client_show_no_secret(client_class: type[Scenario], credentials: str) -> None:
    client = client_class(base_url="http://127.0.0.1:9/v1", **CREDENTIALS[credentials])

    assert_no_secret(repr(client))
    assert_no_secret(str(client))
    assert_no_secret(repr(client.with_options(max_retries=0)))
    assert "127.0.0.1:9" in repr(client)


@pytest.mark.usefixtures("no_retry_waits")  # the dropped trigger's retries: logged and counted, not timed
def test_nothing_logged_at_debug_and_no_error_shows_a_secret(
    make_api: MakeApi, server: LoopbackServer, caplog: pytest.LogCaptureFixture, credentials: str
) -> None:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    api = make_api(server.url, **CREDENTIALS[credentials])
    fast = {"retry-after-ms": "10"}

    server.answer_reads(NO_TRAINING)
    server.reply(Reply(json=EXAMPLE))
    api.trigger("model-1", parameters={"seed": 1})
    server.reply(Reply(status=503, headers=fast), Reply(status=429, headers=fast), Reply(json=EXAMPLE))
    api.trigger("model-1")
    server.reply(Reply(status=401, json={"message": "Unauthorized"}))
    with pytest.raises(AuthenticationError) as unauthorized:
        api.trigger("model-1")
    server.reply(Reply(status=503, json={"message": "down"}, headers=fast))
    with pytest.raises(APIError) as exhausted:
        api.trigger("model-1")
    server.reply(Reply(drop=True))
    with pytest.raises(APIError) as dropped:
        api.trigger("model-1")
    with pytest.raises(APIError) as unreachable:
        make_api(unused_base_url(), max_retries=0, **CREDENTIALS[credentials]).trigger("model-1")

    assert {request.headers["Authorization"] for request in server.received} == {AUTHORIZATION[credentials]}
    for error in (unauthorized.value, exhausted.value, dropped.value, unreachable.value):
        assert_error_shows_no_secret(error)
    assert_logs_show_no_secret(caplog)
    # The capture saw the transport's debug logs and the package's request logs, headers included:
    names = {record.name.split(".")[0] for record in caplog.records}
    assert {"httpx", "httpcore", "scenario_train"} <= names
    requests_logged = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Request ")]
    assert len(requests_logged) == len(server.received) + 1
    assert all("[redacted]" in message for message in requests_logged)


def test_scenario_log_debug_logs_requests_with_the_authorization_redacted(
    scenario_log: Callable[[str], None],
    make_api: MakeApi,
    server: LoopbackServer,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
    credentials: str,
) -> None:
    scenario_log("debug")
    api = make_api(server.url, **CREDENTIALS[credentials])

    api.trigger("model-1")

    package_records = [record for record in caplog.records if record.name == "scenario_train"]
    assert any(record.levelno == logging.DEBUG for record in package_records)
    request_log = next(r.getMessage() for r in package_records if r.getMessage().startswith("Request PUT"))
    assert "authorization" in request_log.lower()
    assert "[redacted]" in request_log
    assert_logs_show_no_secret(caplog)
    printed = capsys.readouterr().err
    assert "Request PUT" in printed
    assert "[redacted]" in printed
    assert_no_secret(printed)


def test_scenario_log_info_logs_retries_but_not_requests(
    scenario_log: Callable[[str], None], make_api: MakeApi, server: LoopbackServer, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario_log("info")
    api = make_api(server.url)
    server.reply(Reply(status=503, headers={"retry-after-ms": "10"}), Reply(json=EXAMPLE))
    server.answer_reads(NO_TRAINING)

    api.trigger("model-1")

    printed = capsys.readouterr().err
    assert "retrying" in printed
    assert "Request PUT" not in printed
    assert_no_secret(printed)


# Redirects -----------------------------------------------------------------------------------------------------------


def redirect_to(location: str) -> Reply:
    return Reply(status=307, headers={"Location": location})


def test_a_redirected_trigger_goes_nowhere_else(
    make_api: MakeApi, servers: Callable[..., LoopbackServer], credentials: str
) -> None:
    home, elsewhere = servers(), servers()
    home.reply(redirect_to(f"{elsewhere.url}/models/model-1/train"))

    with pytest.raises(RedirectError) as caught:
        make_api(home.url, **CREDENTIALS[credentials]).trigger("model-1", parameters={"seed": 3})

    assert caught.value.location == f"{elsewhere.url}/models/model-1/train"
    assert elsewhere.received == []
    assert_error_shows_no_secret(caught.value)


def test_credentials_are_not_sent_to_another_origin_on_a_redirected_read(
    make_api: MakeApi, servers: Callable[..., LoopbackServer], credentials: str
) -> None:
    home, elsewhere = servers(), servers()
    home.reply(redirect_to(f"{elsewhere.url}/models/model-1"))

    with pytest.raises(RedirectError):
        make_api(home.url, **CREDENTIALS[credentials]).retrieve("model-1")

    assert home.received[0].headers["Authorization"] == AUTHORIZATION[credentials]
    assert elsewhere.received == []


def test_credentials_are_not_sent_to_another_host_name_on_the_same_port(
    make_api: MakeApi, server: LoopbackServer
) -> None:
    server.reply(redirect_to(f"http://localhost:{server.port}/v1/models/model-1"), Reply(json=model_answer("model-1")))

    with pytest.raises(RedirectError):
        make_api(server.url).retrieve("model-1")

    [first] = server.received
    assert first.headers["Authorization"] == basic_authorization()


def test_credentials_are_kept_on_a_same_origin_redirect(
    make_api: MakeApi, server: LoopbackServer, credentials: str
) -> None:
    server.reply(redirect_to(f"{server.url}/models/moved-model"), Reply(json=model_answer("moved-model")))

    make_api(server.url, **CREDENTIALS[credentials]).retrieve("model-1")

    first, followed = server.received
    assert followed.path == "/v1/models/moved-model"
    assert first.headers["Authorization"] == followed.headers["Authorization"] == AUTHORIZATION[credentials]


def test_a_copy_follows_the_same_rules(make_api: MakeApi, servers: Callable[..., LoopbackServer]) -> None:
    home, elsewhere = servers(), servers()
    home.reply(redirect_to(f"{elsewhere.url}/models/model-1"))

    with pytest.raises(RedirectError):
        make_api(home.url).with_options(max_retries=0).retrieve("model-1")

    assert elsewhere.received == []


def test_a_wandb_key_in_the_parameters_is_not_logged(
    make_api: MakeApi, server: LoopbackServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="scenario_train")
    api = make_api(server.url, **CREDENTIALS["basic"])
    wandb_key = "wandb-key-0123456789abcdef"

    server.reply(Reply(json=EXAMPLE))
    api.trigger("model-1", parameters={"wandbKey": wandb_key, "seed": 7})

    assert server.received[0].json["parameters"]["wandbKey"] == wandb_key
    request_log = next(r.getMessage() for r in caplog.records if r.getMessage().startswith("Request PUT"))
    assert '"seed": 7' in request_log
    assert wandb_key not in caplog.text


# Secrets whatever their bytes -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("padding", ["\n", "\r\n", " ", "\t", " \n "])
def test_credentials_read_with_surrounding_whitespace_are_sent_without_it(
    server: LoopbackServer, monkeypatch: pytest.MonkeyPatch, padding: str
) -> None:
    monkeypatch.setenv("SCENARIO_SDK_JWT", JWT + padding)  # as `export SCENARIO_SDK_JWT="$(cat token)"` leaves it
    with Scenario(base_url=server.url) as client:
        client.models.train.trigger("model-1")
    with Scenario(api_key=padding + API_KEY, api_secret=API_SECRET + padding, base_url=server.url) as client:
        client.models.train.trigger("model-1")

    assert [request.headers["Authorization"] for request in server.received] == [
        BEARER_AUTHORIZATION,
        basic_authorization(),
    ]


@pytest.mark.parametrize(
    ("variables", "named"),
    [
        ({"SCENARIO_SDK_JWT": "abc\ndef"}, "SCENARIO_SDK_JWT"),
        ({"SCENARIO_SDK_JWT": "abc def"}, "SCENARIO_SDK_JWT"),
        ({"SCENARIO_SDK_JWT": "jwt-\u00e9t\u00e9"}, "SCENARIO_SDK_JWT"),
        ({"SCENARIO_SDK_API_KEY": "key-value-1", "SCENARIO_SDK_API_SECRET": "se\x7fcret"}, "SCENARIO_SDK_API_SECRET"),
        ({"SCENARIO_SDK_API_KEY": "k\u200bey", "SCENARIO_SDK_API_SECRET": "secret-value-2"}, "SCENARIO_SDK_API_KEY"),
        ({"SCENARIO_SDK_API_KEY": "key:part", "SCENARIO_SDK_API_SECRET": "secret-value-2"}, "SCENARIO_SDK_API_KEY"),
    ],
    ids=["newline-inside", "space-inside", "non-ascii-jwt", "delete", "zero-width", "colon-in-key"],
)
def test_a_credential_no_header_can_carry_is_refused_naming_the_variable_not_the_value(
    monkeypatch: pytest.MonkeyPatch, variables: dict[str, str], named: str
) -> None:
    for name, value in variables.items():
        monkeypatch.setenv(name, value)

    with pytest.raises(ValueError, match=named) as caught:
        Scenario()

    for value in variables.values():
        assert value not in str(caught.value)
        assert repr(value) not in str(caught.value)


@pytest.mark.parametrize(
    "base_url",
    [
        "https://user:hunter2-secret@api.example.com/v1",
        "https://hunter2-secret@api.example.com/v1",
        "https://hunter2-secret#x@api.example.com/v1",
        "https://api.example.com/v1?token=hunter2-secret",
        "https://api.example.com/v1#hunter2-secret",
        "https://api.exa mple.com/hunter2-secret",
        "ftp://hunter2-secret/v1",
    ],
)
def test_a_base_url_that_may_hold_a_secret_is_refused_without_echoing_it(base_url: str) -> None:
    with pytest.raises(ValueError) as caught:
        Scenario(api_key=API_KEY, api_secret=API_SECRET, base_url=base_url)

    assert "hunter2-secret" not in str(caught.value)
    assert "base_url" in str(caught.value)


SECRET_TEXT = st.text(min_size=1, max_size=24).map(lambda text: f"s3cr3t-{text}")


class _Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(f"{record.getMessage()} {record.args!r} {record.exc_text or ''}")


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(secret=SECRET_TEXT, as_jwt=st.booleans())
def test_no_secret_shows_whatever_its_characters(server: LoopbackServer, secret: str, as_jwt: bool) -> None:
    credentials: dict[str, Any] = {"jwt": secret} if as_jwt else {"api_key": API_KEY, "api_secret": secret}
    forms = [secret, secret.strip(), basic_authorization(API_KEY, secret.strip()).removeprefix("Basic ")]
    records = _Records()
    root = logging.getLogger()
    level = root.level
    root.addHandler(records)
    root.setLevel(logging.DEBUG)
    server.reply(Reply(status=401, json={"message": "Unauthorized"}))
    errors: list[BaseException] = []
    try:
        try:
            client = Scenario(base_url=server.url, max_retries=0, **credentials)
        except (ValueError, TypeError) as refused:
            errors.append(refused)
        else:
            with client:
                errors.append(repr(client))  # type: ignore[arg-type]
                for base_url in (server.url, unused_base_url()):
                    copy = Scenario(base_url=base_url, max_retries=0, **credentials)
                    with copy, pytest.raises(APIError) as failed:
                        copy.models.train.trigger("model-1")
                    errors.append(failed.value)
    finally:
        root.removeHandler(records)
        root.setLevel(level)

    shown = [*records.texts]
    for error in errors:
        if isinstance(error, BaseException):
            shown += [str(error), repr(error), "".join(traceback.format_exception(error))]
        else:
            shown.append(str(error))
    for text in shown:
        for form in forms:
            assert form not in text


def test_a_credential_argument_with_a_nul_is_refused_too() -> None:
    with pytest.raises(ValueError, match="api_secret") as caught:
        Scenario(api_key=API_KEY, api_secret="se\x00cret-value")

    assert "cret-value" not in str(caught.value)
