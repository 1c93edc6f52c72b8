from enum import StrEnum
from typing import Any


class JobType(StrEnum):
    ASSETS_DOWNLOAD = "assets-download"
    CANVAS_EXPORT = "canvas-export"
    CAPTION = "caption"
    CAPTION_LLAVA = "caption-llava"
    CUSTOM = "custom"
    DESCRIBE_STYLE = "describe-style"
    DETECTION = "detection"
    EMBED = "embed"
    FLUX = "flux"
    FLUX_MODEL_TRAINING = "flux-model-training"
    GENERATE_PROMPT = "generate-prompt"
    IMAGE_GENERATION = "image-generation"
    IMAGE_PROMPT_EDITING = "image-prompt-editing"
    INFERENCE = "inference"
    MESH_PREVIEW_RENDERING = "mesh-preview-rendering"
    MODEL_DOWNLOAD = "model-download"
    MODEL_IMPORT = "model-import"
    MODEL_TRAINING = "model-training"
    MUSUBI_MODEL_TRAINING = "musubi-model-training"
    OPENAI_IMAGE_GENERATION = "openai-image-generation"
    PATCH_IMAGE = "patch-image"
    PIXELATE = "pixelate"
    REFRAME = "reframe"
    REMOVE_BACKGROUND = "remove-background"
    REPAINT = "repaint"
    RESTYLE = "restyle"
    SEGMENT = "segment"
    SKYBOX_3D = "skybox-3d"
    SKYBOX_BASE_360 = "skybox-base-360"
    SKYBOX_HDRI = "skybox-hdri"
    SKYBOX_UPSCALE_360 = "skybox-upscale-360"
    SPLAT = "splat"
    TEXTURE = "texture"
    TRANSLATE = "translate"
    UPLOAD = "upload"
    UPSCALE = "upscale"
    UPSCALE_SKYBOX = "upscale-skybox"
    UPSCALE_TEXTURE = "upscale-texture"
    VECTORIZE = "vectorize"
    WORKFLOW = "workflow"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "JobType | None":
        # The API adds values without notice: keep an unknown string as a member that is not
        # listed, compares equal to the string and serializes back unchanged.
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    @classmethod
    def from_json(cls, value: Any) -> "JobType":
        """The member for a JSON value, listed or not; ValueError if the value is not a string."""
        member = cls._value2member_map_.get(value) if type(value) is str else None
        # The map's values are typed as Enum; they are members of this class.
        return member if member is not None else cls(value)  # type: ignore[return-value]
