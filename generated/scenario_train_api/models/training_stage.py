from enum import StrEnum
from typing import Any, cast


class TrainingStage(StrEnum):
    PENDING = "pending"
    PENDING_CAPTCHA = "pending-captcha"
    QUEUED_FOR_TRAIN = "queued-for-train"
    READY_FOR_CAPTCHA = "ready-for-captcha"
    RUNNING_TRAIN = "running-train"
    STARTING_TRAIN = "starting-train"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "TrainingStage | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def from_json(cls, value: Any) -> "TrainingStage":
        """The member for a JSON value, listed or not; ValueError if the value is not a string."""
        member = cls._value2member_map_.get(value) if type(value) is str else None
        return cast(TrainingStage, member) if member is not None else cls(value)
