from enum import StrEnum
from typing import Any


class ModelType(StrEnum):
    CUSTOM = "custom"
    ELEVENLABS_VOICE = "elevenlabs-voice"
    FLUX1_1_PRO = "flux1.1-pro"
    FLUX_1 = "flux.1"
    FLUX_1_1_PRO_ULTRA = "flux.1.1-pro-ultra"
    FLUX_1_COMPOSITION = "flux.1-composition"
    FLUX_1_KONTEXT_DEV = "flux.1-kontext-dev"
    FLUX_1_KONTEXT_LORA = "flux.1-kontext-lora"
    FLUX_1_KREA_DEV = "flux.1-krea-dev"
    FLUX_1_KREA_LORA = "flux.1-krea-lora"
    FLUX_1_LORA = "flux.1-lora"
    FLUX_1_PRO = "flux.1-pro"
    FLUX_2_DEV_EDIT_LORA = "flux.2-dev-edit-lora"
    FLUX_2_DEV_LORA = "flux.2-dev-lora"
    FLUX_2_KLEIN_4B_EDIT_LORA = "flux.2-klein-4b-edit-lora"
    FLUX_2_KLEIN_4B_LORA = "flux.2-klein-4b-lora"
    FLUX_2_KLEIN_9B_EDIT_LORA = "flux.2-klein-9b-edit-lora"
    FLUX_2_KLEIN_9B_LORA = "flux.2-klein-9b-lora"
    FLUX_2_KLEIN_BASE_4B_EDIT_LORA = "flux.2-klein-base-4b-edit-lora"
    FLUX_2_KLEIN_BASE_4B_LORA = "flux.2-klein-base-4b-lora"
    FLUX_2_KLEIN_BASE_9B_EDIT_LORA = "flux.2-klein-base-9b-edit-lora"
    FLUX_2_KLEIN_BASE_9B_LORA = "flux.2-klein-base-9b-lora"
    GPT_IMAGE_1 = "gpt-image-1"
    QWEN_IMAGE_2512_LORA = "qwen-image-2512-lora"
    QWEN_IMAGE_EDIT_2509_LORA = "qwen-image-edit-2509-lora"
    QWEN_IMAGE_EDIT_2511_LORA = "qwen-image-edit-2511-lora"
    QWEN_IMAGE_EDIT_LORA = "qwen-image-edit-lora"
    QWEN_IMAGE_LORA = "qwen-image-lora"
    SD_1_5 = "sd-1_5"
    SD_1_5_COMPOSITION = "sd-1_5-composition"
    SD_1_5_LORA = "sd-1_5-lora"
    SD_XL = "sd-xl"
    SD_XL_COMPOSITION = "sd-xl-composition"
    SD_XL_LORA = "sd-xl-lora"
    ZIMAGE_DE_TURBO_LORA = "zimage-de-turbo-lora"
    ZIMAGE_LORA = "zimage-lora"
    ZIMAGE_TURBO_LORA = "zimage-turbo-lora"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "ModelType | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def from_json(cls, value: Any) -> "ModelType":
        """The member for a JSON value, listed or not; ValueError if the value is not a string."""
        member = cls._value2member_map_.get(value) if type(value) is str else None
        # The map's values are typed as Enum; they are members of this class.
        return member if member is not None else cls(value)  # type: ignore[return-value]
