"""The training parameters of `scenario-train trigger`: `--param KEY=VALUE` and `--parameters-file FILE`.

A parameter may be named by its API name (`batchSize`) or its snake_case name (`batch_size`).
Each `--param` VALUE is read by the type the spec gives that parameter: a string stays text as
typed; a number, boolean or array is read as JSON. An unknown parameter is read as JSON when it
parses, else as text. JSON is read within the limits of an answer (`_cli_input`), and a VALUE must
be UTF-8 text. `--param` overrides the file on purpose, but a parameter given twice within
`--param`, or under both its names within the file, is refused: the library refuses the same.
"""

from __future__ import annotations

import functools
import types
import typing
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from scenario_train_api.errors import ParseError
from scenario_train_api.models import TrainingParameters
from scenario_train_api.models.training_parameters import TrainingParametersDict

from ._cli_input import InputError, InputLimitError, load_json, read_file
from ._trigger import wire_name

__all__ = ["ParameterError", "read_parameters"]

T = TypeVar("T")

_JSON_KINDS: dict[object, str] = {
    float: "a number",
    int: "a whole number",
    bool: "true or false",
    list: "a JSON array",
    dict: "a JSON object",
}


class ParameterError(ValueError):
    """A parameter that cannot be sent as given; the message names it as the command line does."""


def read_parameters(options: Sequence[str], file: Path | None) -> TrainingParameters | None:
    """The parameters the options give, checked against the spec's types; None when there are none."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    if file is not None:
        for name, (key, value) in _by_api_name(_read_file(file).items(), str(file)).items():
            values[name], origins[name] = value, f"{file}: {key}"
    for name, (key, text) in _by_api_name(map(_split, options), "--param").items():
        values[name], origins[name] = _read_value(name, key, text), f"--param {key}"
    if not values:
        return None
    try:
        return TrainingParameters.from_dict(values)
    except ParseError as exc:
        first, *inside = exc.location or ("",)
        where = origins.get(str(first), "the parameters") + "".join(f"[{part}]" for part in inside)
        raise ParameterError(f"{where}: {exc.problem}") from None


def _read_file(file: Path) -> dict[str, Any]:
    try:
        loaded = load_json(read_file(file))
    except InputError as exc:
        raise ParameterError(f"{file}: {exc}") from None
    if isinstance(loaded, dict) and set(loaded) == {"parameters"}:
        loaded = loaded["parameters"]
    if not isinstance(loaded, dict):
        raise ParameterError(f"{file} must hold a JSON object of parameters")
    return loaded


def _split(option: str) -> tuple[str, str]:
    key, sep, text = option.partition("=")
    if not sep or not key.strip():
        raise ParameterError(f"--param takes KEY=VALUE, not {option!r}")
    return key.strip(), text


def _by_api_name(pairs: Iterable[tuple[str, T]], where: str) -> dict[str, tuple[str, T]]:
    """Each (key as given, value) by the parameter's API name; a parameter given twice is refused."""
    found: dict[str, tuple[str, T]] = {}
    for key, value in pairs:
        name = wire_name(key)
        if name in found:
            raise ParameterError(f"{where} gives {name} twice (as {found[name][0]} and {key}): give it once")
        found[name] = (key, value)
    return found


def _read_value(name: str, key: str, text: str) -> Any:
    hint = _spec_types().get(name)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # bytes of the argument that are not UTF-8, which Python read as lone surrogates
        raise ParameterError(f"--param {key}: not UTF-8 text") from None
    if hint is not None and _is_text(hint):
        return text
    try:
        value = load_json(data)
    except InputLimitError as exc:
        raise ParameterError(f"--param {key}: {exc}") from None
    except InputError:
        if hint is None:
            return text
        value = None
    if value is None and hint is not None:  # the spec allows no null: a parameter is given, or left out
        kind = _JSON_KINDS.get(typing.get_origin(hint) or hint, "a JSON value")
        raise ParameterError(f"--param {key} takes {kind}, not {text!r}")
    return value


@functools.cache
def _spec_types() -> dict[str, Any]:
    """Each training parameter's type in the spec, by API name (and snake_case name)."""
    return typing.get_type_hints(TrainingParametersDict)


def _is_text(hint: Any) -> bool:
    """Whether the type takes strings only: `str`, a string enum, a Literal of strings, or a union of them."""
    union = typing.get_origin(hint) in (typing.Union, types.UnionType)
    return all(_is_text_option(option) for option in (typing.get_args(hint) if union else (hint,)))


def _is_text_option(option: Any) -> bool:
    if typing.get_origin(option) is typing.Literal:
        return all(isinstance(value, str) for value in typing.get_args(option))
    return isinstance(option, type) and issubclass(option, str)
