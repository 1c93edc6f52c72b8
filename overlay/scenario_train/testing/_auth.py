"""Credentials, checked like the service does: HTTP Basic key/secret, or a Bearer JWT."""

from __future__ import annotations

import hmac
from base64 import b64decode
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Credentials:
    api_key: str
    api_secret: str
    jwt: str | None

    def accept(self, authorization: str | None) -> bool:
        scheme, _, value = (authorization or "").partition(" ")
        if scheme.lower() == "basic":
            key, sep, secret = (_basic_pair(value) or "").partition(":")
            # `&`, not `and`: the secret is compared even when the key is wrong.
            return bool(sep) and _equal(key, self.api_key) & _equal(secret, self.api_secret)
        if scheme.lower() == "bearer" and self.jwt is not None:
            return _equal(value.strip(), self.jwt)
        return False


def basic_user(authorization: str | None) -> str | None:
    """The API key (user name) of a Basic header: safe to record, unlike the secret."""
    scheme, _, value = (authorization or "").partition(" ")
    pair = _basic_pair(value) if scheme.lower() == "basic" else None
    return None if pair is None else pair.partition(":")[0]


def redact(authorization: str) -> str:
    scheme = authorization.partition(" ")[0]
    return f"{scheme} [redacted]"


def _basic_pair(value: str) -> str | None:
    try:
        return b64decode(value.strip(), validate=True).decode()
    except ValueError:  # not base64 (binascii.Error), not ASCII, or not UTF-8 once decoded
        return None


def _equal(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
