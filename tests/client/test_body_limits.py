"""The pure readers of answer bodies: the JSON nesting bound (`_json`) and the bounded decoder (`_body`)."""

from __future__ import annotations

import contextlib
import gzip
import json
import zlib
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scenario_train._body import BodyDecoder, BodyError, decode_json
from scenario_train._json import MAX_NESTING, JSONLimitError, loads, nests_deeper_than


def depth(value: Any) -> int:
    if isinstance(value, dict):
        return 1 + max(map(depth, value.values()), default=0)
    if isinstance(value, list):
        return 1 + max(map(depth, value), default=0)
    return 0


TRICKY_TEXT = st.text(alphabet='[]{}"\\ab\n\u00e9', max_size=8)
DOCUMENTS = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | TRICKY_TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(TRICKY_TEXT, children, max_size=3),
    max_leaves=40,
)


@given(DOCUMENTS, st.integers(0, 12), st.booleans())
def test_the_nesting_measured_on_the_bytes_is_the_documents(document: Any, limit: int, ascii: bool) -> None:
    data = json.dumps(document, ensure_ascii=ascii).encode()

    assert nests_deeper_than(data, limit) == (depth(document) > limit)


@given(DOCUMENTS, st.integers(0, 12), st.booleans())
def test_loads_refuses_exactly_what_nests_deeper_than_its_limit(document: Any, limit: int, ascii: bool) -> None:
    data = json.dumps(document, ensure_ascii=ascii).encode()

    if depth(document) > limit:
        with pytest.raises(JSONLimitError):
            loads(data, limit)
    else:
        assert loads(data, limit) == document


@given(st.binary(max_size=300) | st.text(alphabet='[]{}"\\, 1', max_size=300).map(str.encode))
def test_loads_raises_only_value_errors_on_any_bytes(data: bytes) -> None:
    with contextlib.suppress(ValueError):
        loads(data, limit=8)


@pytest.mark.parametrize(
    "data",
    [b"[" * 100_000, b"{" * 100_000, b'{"a":' * 50_000, b"[" * 200 + b"]" * 100, b"[" * 129 + b"]" * 129],
    ids=["open-arrays", "open-objects", "open-members", "unbalanced", "balanced-one-over"],
)
def test_deep_input_is_refused_before_json_loads_recurses(data: bytes) -> None:
    assert nests_deeper_than(data)
    with pytest.raises(JSONLimitError):
        loads(data)


def test_the_limit_itself_is_read() -> None:
    data = b"[" * MAX_NESTING + b"]" * MAX_NESTING

    assert not nests_deeper_than(data)
    assert depth(loads(data)) == MAX_NESTING


@pytest.mark.parametrize("text", ["NaN", "Infinity", "-Infinity", '{"a": NaN}'])
def test_the_non_json_constants_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not JSON"):
        loads(text.encode())


def test_decode_json_gives_text_for_what_is_not_json_and_none_for_nothing() -> None:
    assert decode_json(b"") is None
    assert decode_json(b"<html>busy</html>") == "<html>busy</html>"
    assert decode_json(b'{"a": [1]}') == {"a": [1]}
    with pytest.raises(BodyError, match="deeper than"):
        decode_json(b"[" * 1000 + b"]" * 1000)


# The bounded decoder ------------------------------------------------------------------------------------------------


def decode(content_encoding: str | None, data: bytes, *, limit: int = 1 << 20, chunk: int = 1000) -> bytes:
    decoder = BodyDecoder(content_encoding, limit)
    for start in range(0, len(data), chunk):
        decoder.feed(data[start : start + chunk])
    return decoder.finish()


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "x-gzip": gzip.compress,
    "deflate": zlib.compress,
    "identity": lambda data: data,
    "": lambda data: data,
}


@given(st.binary(max_size=5000), st.sampled_from(sorted(ENCODERS)), st.integers(1, 3000))
def test_what_fits_the_limit_decodes_to_what_was_sent(data: bytes, coding: str, chunk: int) -> None:
    assert decode(coding, ENCODERS[coding](data), chunk=chunk) == data


@given(st.binary(max_size=5000))
def test_deflate_without_its_zlib_wrapper_decodes_too(data: bytes) -> None:
    assert decode("deflate", zlib.compress(data, wbits=-zlib.MAX_WBITS)) == data


@given(st.binary(max_size=2000), st.integers(1, 500))
def test_chained_codings_decode_in_reverse_order(data: bytes, chunk: int) -> None:
    assert decode("gzip, deflate", zlib.compress(gzip.compress(data)), chunk=chunk) == data


@given(st.integers(0, 3000), st.sampled_from(["gzip", "deflate", "identity"]), st.integers(1, 4000))
def test_nothing_past_the_limit_is_kept(size: int, coding: str, limit: int) -> None:
    data = bytes(size)
    encoded = ENCODERS[coding](data)
    if size <= limit and len(encoded) <= limit:
        assert decode(coding, encoded, limit=limit) == data
    elif size > limit:
        with pytest.raises(BodyError, match="larger than the limit"):
            decode(coding, encoded, limit=limit)


def test_a_bomb_stops_at_the_limit_without_inflating_whole() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    data = b"".join(bomb.compress(bytes(1 << 20)) for _ in range(256)) + bomb.flush()  # 256 MiB of zeros
    decoder = BodyDecoder("gzip", limit=1 << 20)

    with pytest.raises(BodyError, match="larger than the limit"):
        decoder.feed(data)


def test_raw_bytes_that_inflate_to_nothing_are_bounded_too() -> None:
    decoder = BodyDecoder(None, limit=100)

    with pytest.raises(BodyError):
        decoder.feed(bytes(101))


@given(st.binary(max_size=500), st.sampled_from(["gzip", "deflate", "gzip, deflate"]))
def test_garbage_raises_only_body_errors(data: bytes, coding: str) -> None:
    with contextlib.suppress(BodyError):
        decode(coding, data)


@pytest.mark.parametrize("coding", ["br", "zstd", "compress", "gzip, br", "x" * 500])
def test_a_coding_the_client_did_not_ask_for_is_refused_by_name(coding: str) -> None:
    with pytest.raises(BodyError, match="did not ask for") as caught:
        BodyDecoder(coding)

    assert len(str(caught.value)) < 200


NUMBERS = st.integers() | st.integers(min_value=2**63 - 2, max_value=2**64 + 2) | st.floats(allow_nan=False)
ANY_TEXT = st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF), max_size=6)
WIDE_DOCUMENTS = st.recursive(
    st.none() | st.booleans() | NUMBERS | ANY_TEXT,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(ANY_TEXT, children, max_size=3),
    max_leaves=30,
)


@given(WIDE_DOCUMENTS, st.booleans())
def test_loads_reads_what_json_reads_whichever_decoder_it_uses(document: Any, ascii: bool) -> None:
    try:
        data = json.dumps(document, ensure_ascii=ascii, allow_nan=False).encode("utf-8", "surrogatepass")
    except ValueError:
        return  # infinity: json.dumps writes no JSON for it
    assert loads(data) == json.loads(data)


@pytest.mark.parametrize(
    "data",
    [
        b"18446744073709551616",
        b"-9223372036854775809",
        b"123456789012345678901234567890",
        b"[0.1234567890123456789]",
        b"1e999",
        b'"\\ud800"',
        b'{"a": 1, "a": 2}',
    ],
)
def test_what_a_fast_decoder_reads_differently_is_read_as_json_reads_it(data: bytes) -> None:
    assert loads(data) == json.loads(data)
