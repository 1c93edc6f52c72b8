from enum import IntEnum
from typing import Any


class AccessRestriction(IntEnum):
    VALUE_0 = 0
    VALUE_25 = 25
    VALUE_50 = 50
    VALUE_75 = 75
    VALUE_100 = 100

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "AccessRestriction | None":
        # The API adds values without notice: keep an unknown integer as a member that is not
        # listed, compares equal to the integer and serializes back unchanged.
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = f"VALUE_{value}"
        member._value_ = value
        return member

    @classmethod
    def from_json(cls, value: Any) -> "AccessRestriction":
        """The member for a JSON value, listed or not; ValueError if the value is not an integer."""
        if isinstance(value, bool):
            # IntEnum(False) would find the member 0: a JSON boolean is not an integer.
            raise ValueError(f"{value!r} is a boolean, not a valid {cls.__name__}")
        member = cls._value2member_map_.get(value) if type(value) is int else None
        # The map's values are typed as Enum; they are members of this class.
        return member if member is not None else cls(value)  # type: ignore[return-value]
