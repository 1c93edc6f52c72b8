from enum import StrEnum


class FlowNodeType(StrEnum):
    CUSTOM_MODEL = "custom-model"
    FOR_EACH = "for-each"
    GENERATE_PROMPT = "generate-prompt"
    LIST = "list"
    LOGIC = "logic"
    MODEL = "model"
    REMOVE_BACKGROUND = "remove-background"
    TRANSFORM = "transform"
    USER_APPROVAL = "user-approval"
    USER_SELECTION = "user-selection"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "FlowNodeType | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member
