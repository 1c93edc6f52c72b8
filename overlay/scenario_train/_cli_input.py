"""The JSON the command line reads (a parameters file, a `--param` VALUE, a file or stdin to inspect).

It is read within the limits of an answer's body (`_body.MAX_BODY_BYTES`, `_json.MAX_NESTING`): a
file is read a bounded piece only, so an endless or huge one cannot fill the memory, and the nesting
is measured before parsing, so a deep one cannot exhaust the stack. The messages say what is wrong
without naming the input: the caller puts its name in front, as the person typed it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, BinaryIO

from . import _json
from ._body import MAX_BODY_BYTES

__all__ = ["InputError", "InputLimitError", "check_nesting", "decode", "load_json", "read_file", "read_stream"]


class InputError(ValueError):
    """Input that cannot be read as JSON; the message says why."""


class InputLimitError(InputError):
    """Input over a limit: larger than `MAX_BODY_BYTES`, or nested deeper than `_json.MAX_NESTING`."""


def read_file(file: Path) -> bytes:
    """The file's bytes: `InputError` if it cannot be read, `InputLimitError` past `MAX_BODY_BYTES`."""
    try:
        stream = file.open("rb")
    except OSError as exc:
        raise _unreadable(exc) from None
    with stream:
        return read_stream(stream)


def read_stream(stream: BinaryIO) -> bytes:
    """The stream's bytes, up to `MAX_BODY_BYTES`: one byte more is `InputLimitError`, and nothing further is read."""
    try:
        data = stream.read(MAX_BODY_BYTES + 1)
    except OSError as exc:
        raise _unreadable(exc) from None
    _check_size(data)
    return data


def load_json(data: bytes) -> Any:
    """One JSON document, read as answers are (`_json.loads`); `InputError` saying why it is not one."""
    _check_size(data)
    try:
        return _json.loads(data)
    except _json.JSONLimitError:
        raise _too_deep() from None
    except UnicodeDecodeError as exc:
        raise _not_text(exc) from None
    except ValueError as exc:
        raise InputError(not_json(exc)) from None


def check_nesting(data: bytes) -> None:
    """`InputLimitError` if the JSON nests deeper than answers may, for input read otherwise than by `load_json`."""
    if _json.nests_deeper_than(data):
        raise _too_deep()


def decode(data: bytes) -> str:
    """The text of JSON bytes, in the encoding JSON allows that they are in (UTF-8 unless a BOM or nulls say else)."""
    try:
        return data.decode(json.detect_encoding(data))
    except UnicodeDecodeError as exc:
        raise _not_text(exc) from None


def not_json(exc: ValueError) -> str:
    """What `json` said is wrong, with where when it says where."""
    if isinstance(exc, json.JSONDecodeError):
        return f"not JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
    return f"not JSON: {exc}"


def _check_size(data: bytes) -> None:
    if len(data) > MAX_BODY_BYTES:
        raise InputLimitError(f"it is larger than the limit of {MAX_BODY_BYTES} bytes")


def _unreadable(exc: OSError) -> InputError:
    return InputError(f"cannot read it: {exc.strerror or exc}")


def _too_deep() -> InputLimitError:
    return InputLimitError(f"its JSON nests deeper than {_json.MAX_NESTING} levels")


def _not_text(exc: UnicodeDecodeError) -> InputError:
    return InputError(f"not JSON: not text in {exc.encoding}")
