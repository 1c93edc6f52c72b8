from enum import StrEnum


class InputType(StrEnum):
    BOOLEAN = "boolean"
    FILE = "file"
    FILE_ARRAY = "file_array"
    INPUTS_ARRAY = "inputs_array"
    MODEL = "model"
    MODEL_ARRAY = "model_array"
    NUMBER = "number"
    NUMBER_ARRAY = "number_array"
    STRING = "string"
    STRING_ARRAY = "string_array"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "InputType | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
