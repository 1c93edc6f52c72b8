"""Contains shared errors types that can be raised from API functions"""

from typing import Any


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


_JSON_TYPES = {
    dict: "object",
    list: "array",
    str: "string",
    bool: "boolean",
    int: "number",
    float: "number",
    type(None): "null",
}


class ParseError(ValueError):
    """A JSON document does not match the schema: a required field is missing or a value has the wrong type.

    ``path`` names the offending place, e.g. ``$.model.inputs[0].type``, relative to the object
    given to ``from_dict``.
    """

    def __init__(self, problem: str, location: tuple[str | int, ...] = ()) -> None:
        super().__init__(problem)
        self.problem = problem
        self.location = location

    @classmethod
    def expected(cls, expected: str, value: Any) -> "ParseError":
        return cls(f"expected {expected}, got {_JSON_TYPES.get(type(value), type(value).__name__)}")

    @classmethod
    def wrap(cls, error: Exception, key: str | int) -> "ParseError":
        """Turn an error raised while reading ``key`` into a ParseError that names it."""
        if isinstance(error, KeyError):
            return cls("required field is missing", (key,))
        return cls(f"invalid value: {error}", (key,))

    @property
    def path(self) -> str:
        return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in self.location)

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


__all__ = ["ParseError", "UnexpectedStatus"]
