from enum import StrEnum
from typing import Any


class DryRunMode(StrEnum):
    API = "api"
    TRUE = "true"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "DryRunMode | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def from_json(cls, value: Any) -> "DryRunMode":
        """The member for a JSON value, listed or not; ValueError if the value is not a string."""
        member = cls._value2member_map_.get(value) if type(value) is str else None
        # The map's values are typed as Enum; they are members of this class.
        return member if member is not None else cls(value)  # type: ignore[return-value]
