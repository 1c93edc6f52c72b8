"""Checks of a request's head, its request line and header block, before any of its body is read.

The standard library parses the head leniently: it takes any word as a method, any bytes in the
target, and drops header lines it cannot read. These checks refuse what HTTP does not allow.
"""

from __future__ import annotations

import re
from email.message import Message

_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_TARGET = re.compile(r"[\x21-\x7e]+")
# Any byte but the controls; a tab is allowed, and so is obs-text (0x80-0xFF, read as Latin-1).
_FIELD_VALUE = re.compile(r"[^\x00-\x08\x0a-\x1f\x7f]*")


def head_problem(method: str, target: str, headers: Message) -> str | None:
    """Why the head is malformed, or `None` if it is sound."""
    if not _TOKEN.fullmatch(method):
        return "Malformed request line: the method is not a token"
    if not _TARGET.fullmatch(target):
        return "Malformed request line: the target holds a control, space or non-ASCII byte"
    if headers.defects or headers.get_payload():
        return "Malformed header block: a line is neither a field nor the end of the block"
    for name, value in headers.items():
        if not _TOKEN.fullmatch(name):
            return "Malformed header field name"
        if not _FIELD_VALUE.fullmatch(value):
            return f"Malformed value of header {name}: a control character or a folded line"
    return None
