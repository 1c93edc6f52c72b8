"""`scenario-train inspect FILE...`: what answers saved from the API hold that the spec does not describe.

A file holds one JSON document or several in a row, as `--json` prints them (with `--wait`, the
trigger's answer then `{"model": ...}`). Each document is read with the response model its shape
names, and its drift (`_drift`) is printed one line each, then a summary line. Exit codes: 0 no
drift; 1 drift (an answer that does not parse counts), as `diff` exits 1 on a difference; 2 a file
that cannot be read, is not JSON, is past the limits of an answer (`_cli_input`), or holds a document
that is no answer of the API.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from scenario_train_api.errors import ParseError
from scenario_train_api.models import DryRunEstimate, ModelResponse, TrainModelResponse

from ._cli_input import InputError, check_nesting, decode, not_json, read_file, read_stream
from ._drift import find_drift

__all__ = ["EXIT_DRIFT", "EXIT_NO_DRIFT", "UnreadableError", "response_model", "run_inspect"]

EXIT_NO_DRIFT = 0
EXIT_DRIFT = 1

ResponseModel = type[TrainModelResponse] | type[ModelResponse] | type[DryRunEstimate]
_SHAPES = "job and model (TrainModelResponse), model (ModelResponse), creativeUnitsCost (DryRunEstimate)"
_UNPARSED = "answer that does not parse"
_PLURALS = {
    "field": "fields not described",
    "enum value": "enum values not listed",
    _UNPARSED: "answers that do not parse",
}


class UnreadableError(ValueError):
    """A file that cannot be inspected; the command line prints it on one line and exits 2."""


def response_model(document: object) -> ResponseModel | None:
    """The response model of the three operations whose shape the document has; None if none has it."""
    if not isinstance(document, dict):
        return None
    if "model" in document:
        return TrainModelResponse if "job" in document else ModelResponse
    if "creativeUnitsCost" in document and "job" not in document:
        return DryRunEstimate
    return None


def run_inspect(files: Sequence[Path], *, out: TextIO) -> int:
    """Print the drift of every document of `files` (`-` is stdin), then a summary; returns the exit code.

    Every file is read before anything is printed: `UnreadableError` names the first one that cannot be.
    """
    answers = [answer for file in files for answer in _answers(file)]
    counts: Counter[str] = Counter()
    for file, line, model, document in answers:
        for kind, text in _findings(model, document):
            counts[kind] += 1
            out.write(f"{file}:{line}: {text}\n")
    out.write(_summary(counts, len(answers), len(files)) + "\n")
    return EXIT_DRIFT if counts else EXIT_NO_DRIFT


def _answers(file: Path) -> Iterator[tuple[Path, int, ResponseModel, dict[str, Any]]]:
    for line, document in _documents(file):
        model = response_model(document)
        if model is None or not isinstance(document, dict):
            raise UnreadableError(f"{file}:{line}: not an answer of the API: it has none of {_SHAPES}")
        yield file, line, model, document


def _findings(model: ResponseModel, document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(kind, line text) for each drift of one document."""
    try:
        parsed = model.from_dict(document)
    except ParseError as exc:
        yield _UNPARSED, f"{exc.path}: {model.__name__} does not parse it ({exc.problem})"
        return
    for drift in find_drift(parsed, document):
        yield drift.kind, str(drift)


def _documents(file: Path) -> Iterator[tuple[int, Any]]:
    """(line, document) for each JSON document of the file, in order."""
    try:
        data = read_stream(sys.stdin.buffer) if str(file) == "-" else read_file(file)
        check_nesting(data)
        text = decode(data)
    except InputError as exc:
        raise UnreadableError(f"{file}: {exc}") from None
    decoder = json.JSONDecoder(parse_constant=_refuse_constant)
    position = _skip_space(text, 0)
    if position == len(text):
        raise UnreadableError(f"{file}: not JSON: it is empty")
    line, counted = 1, 0
    while position < len(text):
        try:
            document, end = decoder.raw_decode(text, position)
        except ValueError as exc:
            raise UnreadableError(f"{file}: {not_json(exc)}") from None
        line, counted = line + text.count("\n", counted, position), position
        yield line, document
        position = _skip_space(text, end)


def _skip_space(text: str, position: int) -> int:
    while position < len(text) and text[position] in " \t\r\n":
        position += 1
    return position


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def _summary(counts: Counter[str], documents: int, files: int) -> str:
    read = f"{_count(documents, 'document')} of {_count(files, 'file')}"
    if not counts:
        return f"no drift in {read}"
    return f"drift in {read}: " + ", ".join(f"{_PLURALS[kind]}: {counts[kind]}" for kind in _PLURALS if counts[kind])


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"
