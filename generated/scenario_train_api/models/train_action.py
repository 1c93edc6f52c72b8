from enum import StrEnum


class TrainAction(StrEnum):
    CANCEL = "cancel"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrainAction | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
