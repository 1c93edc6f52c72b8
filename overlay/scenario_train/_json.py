"""Reading JSON from the network within fixed limits: nesting depth first, then `json.loads`.

`json.loads` recurses once per level and raises a bare `RecursionError` on deep input; and a parsed
value nested thousands of levels deep breaks `copy.deepcopy`, `pickle` and `repr` later on. So the
depth is measured on the bytes, before parsing, by C-speed byte operations only.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, TypeAlias

__all__ = ["MAX_NESTING", "JSONLimitError", "JSONValue", "loads", "nests_deeper_than"]

JSONValue: TypeAlias = dict[str, "JSONValue"] | list["JSONValue"] | str | int | float | bool | None
"""Any value a JSON document holds, as `json.loads` gives it."""

MAX_NESTING = 128
"""The deepest nesting of arrays and objects read. The API's answers nest 13 levels deep."""

_BRACKETS = bytes.maketrans(b"[]", b"{}")
_NOT_STRUCTURE = bytes(byte for byte in range(256) if byte not in b'[]{}"')
_NOT_OPENING = bytes(byte for byte in range(256) if byte not in b"[{")


class JSONLimitError(ValueError):
    """The document nests deeper than `MAX_NESTING`."""


def nests_deeper_than(data: bytes, limit: int = MAX_NESTING) -> bool:
    """Whether the arrays and objects of a JSON document nest more than `limit` levels deep.

    Brackets inside strings do not count. For input that is not JSON the answer is only an estimate,
    and `json.loads` refuses such input anyway.
    """
    if len(data.translate(None, _NOT_OPENING)) <= limit:  # one pass: the opening brackets, counted
        return False
    return _deeper_than(data, limit)


def _deeper_than(data: bytes, limit: int) -> bool:
    """`nests_deeper_than` once more than `limit` brackets open: the nesting itself, measured."""
    if b"\\" in data:
        # Escaped quotes must not end a string. Pairs go first, so that `\\"` keeps its quote.
        data = data.replace(b"\\\\", b"").replace(b'\\"', b"")
    # Keep the brackets (as braces) and the quotes; two adjacent quotes enclose no bracket.
    shape = data.translate(_BRACKETS, _NOT_STRUCTURE).replace(b'""', b"")
    if b'"' in shape:
        shape = b"".join(shape.split(b'"')[::2])
    # Each pass removes the innermost pairs, one level: the number of passes is the depth.
    for depth in range(limit):
        inner = shape.replace(b"{}", b"")
        if len(inner) == len(shape):
            # What is left is unbalanced, so not JSON; but json.loads still recurses into its opening
            # brackets before it finds that out.
            return depth + shape.count(b"{") > limit
        shape = inner
    return bool(shape)


def loads(data: bytes, limit: int = MAX_NESTING) -> JSONValue:
    """`json.loads` for untrusted bytes: `JSONLimitError` if nested deeper than `limit`, `ValueError` if not JSON.

    `NaN` and `Infinity`, which are not JSON, are refused too; numbers too large for a float read as infinite.
    With orjson installed (the `fast` extra), it reads what it reads exactly as `json` would, faster.
    """
    fast = _fast_loads()
    if fast is None:
        if nests_deeper_than(data, limit):
            raise JSONLimitError(f"the JSON nests deeper than {limit} levels")
    else:
        # One pass serves both checks, which cost as much as orjson's parse: openings become `{`, digits `9`.
        shape = data.translate(_OPENINGS_AND_DIGITS)
        if shape.count(b"{") > limit and _deeper_than(data, limit):
            raise JSONLimitError(f"the JSON nests deeper than {limit} levels")
        # orjson reads an integer beyond 64 bits as a float: a run of 19 digits goes to `json`, which keeps it.
        if shape.find(b"9" * 19) < 0:
            try:
                return fast(data)
            except ValueError:
                pass  # json refuses it too, in its own words, or reads what orjson will not (1e999, a lone surrogate)
    try:
        document: JSONValue = _DECODER.decode(data.decode(json.detect_encoding(data), "surrogatepass"))
    except RecursionError:  # not reached for input within the limit; a last guard
        raise JSONLimitError(f"the JSON nests deeper than {limit} levels") from None
    return document


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


# One decoder for every call: `json.loads` with an option builds a new one each time.
_DECODER = json.JSONDecoder(parse_constant=_refuse_constant)
_OPENINGS_AND_DIGITS = bytes.maketrans(b"[0123456789", b"{9999999999")
_FAST: list[Callable[[bytes], JSONValue] | None] = []


def _fast_loads() -> Callable[[bytes], JSONValue] | None:
    """orjson's `loads` if it is installed; looked for once, on first use, to keep it off import time."""
    if not _FAST:
        try:
            import orjson
        except ImportError:
            _FAST.append(None)
        else:
            _FAST.append(orjson.loads)
    return _FAST[0]
