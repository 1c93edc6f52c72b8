from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostDetails")

# Optional typed fields the API documents as non-nullable but may send as null: a null is
# accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
_NULL_TOLERANT = frozenset(
    {
        "assistant-message",
        "caption",
        "custom-generation",
        "describe-style",
        "detection",
        "embed",
        "image-prompt-editing",
        "inference-images",
        "ip-detection",
        "pixelate",
        "prompt",
        "quality-gate",
        "remove-background",
        "repaint",
        "restyle",
        "segmentation",
        "skybox-base-360",
        "skybox-upscale-360",
        "texture",
        "train-model",
        "translate",
        "upscale",
        "vectorization",
    }
)


@_attrs_define
class CostDetails:
    """Creative units, keyed by operation."""

    assistant_message: float | Unset = UNSET
    caption: float | Unset = UNSET
    custom_generation: float | Unset = UNSET
    describe_style: float | Unset = UNSET
    detection: float | Unset = UNSET
    embed: float | Unset = UNSET
    image_prompt_editing: float | Unset = UNSET
    inference_images: float | Unset = UNSET
    ip_detection: float | Unset = UNSET
    pixelate: float | Unset = UNSET
    prompt: float | Unset = UNSET
    quality_gate: float | Unset = UNSET
    remove_background: float | Unset = UNSET
    repaint: float | Unset = UNSET
    restyle: float | Unset = UNSET
    segmentation: float | Unset = UNSET
    skybox_base_360: float | Unset = UNSET
    skybox_upscale_360: float | Unset = UNSET
    slop_detection: Any | Unset = UNSET
    """ Listed by SDK 2.0.0 to 2.1.0 with no published type. """
    texture: float | Unset = UNSET
    train_model: float | Unset = UNSET
    translate: float | Unset = UNSET
    upscale: float | Unset = UNSET
    vectorization: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        assistant_message = self.assistant_message

        caption = self.caption

        custom_generation = self.custom_generation

        describe_style = self.describe_style

        detection = self.detection

        embed = self.embed

        image_prompt_editing = self.image_prompt_editing

        inference_images = self.inference_images

        ip_detection = self.ip_detection

        pixelate = self.pixelate

        prompt = self.prompt

        quality_gate = self.quality_gate

        remove_background = self.remove_background

        repaint = self.repaint

        restyle = self.restyle

        segmentation = self.segmentation

        skybox_base_360 = self.skybox_base_360

        skybox_upscale_360 = self.skybox_upscale_360

        slop_detection = self.slop_detection

        texture = self.texture

        train_model = self.train_model

        translate = self.translate

        upscale = self.upscale

        vectorization = self.vectorization

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if assistant_message is not UNSET:
            field_dict["assistant-message"] = assistant_message
        if caption is not UNSET:
            field_dict["caption"] = caption
        if custom_generation is not UNSET:
            field_dict["custom-generation"] = custom_generation
        if describe_style is not UNSET:
            field_dict["describe-style"] = describe_style
        if detection is not UNSET:
            field_dict["detection"] = detection
        if embed is not UNSET:
            field_dict["embed"] = embed
        if image_prompt_editing is not UNSET:
            field_dict["image-prompt-editing"] = image_prompt_editing
        if inference_images is not UNSET:
            field_dict["inference-images"] = inference_images
        if ip_detection is not UNSET:
            field_dict["ip-detection"] = ip_detection
        if pixelate is not UNSET:
            field_dict["pixelate"] = pixelate
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if quality_gate is not UNSET:
            field_dict["quality-gate"] = quality_gate
        if remove_background is not UNSET:
            field_dict["remove-background"] = remove_background
        if repaint is not UNSET:
            field_dict["repaint"] = repaint
        if restyle is not UNSET:
            field_dict["restyle"] = restyle
        if segmentation is not UNSET:
            field_dict["segmentation"] = segmentation
        if skybox_base_360 is not UNSET:
            field_dict["skybox-base-360"] = skybox_base_360
        if skybox_upscale_360 is not UNSET:
            field_dict["skybox-upscale-360"] = skybox_upscale_360
        if slop_detection is not UNSET:
            field_dict["slop-detection"] = slop_detection
        if texture is not UNSET:
            field_dict["texture"] = texture
        if train_model is not UNSET:
            field_dict["train-model"] = train_model
        if translate is not UNSET:
            field_dict["translate"] = translate
        if upscale is not UNSET:
            field_dict["upscale"] = upscale
        if vectorization is not UNSET:
            field_dict["vectorization"] = vectorization
        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object; raises ParseError naming the field on a missing or mistyped value."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ParseError.expected("object", src_dict)
        d = dict(src_dict)
        sent_null: tuple[str, ...] = ()
        if None in d.values():
            sent_null = tuple(key for key, value in d.items() if value is None and key in _NULL_TOLERANT)
            for null_key in sent_null:
                del d[null_key]
        at: str = ""
        try:
            at = "assistant-message"
            assistant_message = d.pop("assistant-message", UNSET)
            if assistant_message is not UNSET and (
                isinstance(assistant_message, bool) or not isinstance(assistant_message, (int, float))
            ):
                raise ParseError.expected("number", assistant_message)

            at = "caption"
            caption = d.pop("caption", UNSET)
            if caption is not UNSET and (isinstance(caption, bool) or not isinstance(caption, (int, float))):
                raise ParseError.expected("number", caption)

            at = "custom-generation"
            custom_generation = d.pop("custom-generation", UNSET)
            if custom_generation is not UNSET and (
                isinstance(custom_generation, bool) or not isinstance(custom_generation, (int, float))
            ):
                raise ParseError.expected("number", custom_generation)

            at = "describe-style"
            describe_style = d.pop("describe-style", UNSET)
            if describe_style is not UNSET and (
                isinstance(describe_style, bool) or not isinstance(describe_style, (int, float))
            ):
                raise ParseError.expected("number", describe_style)

            at = "detection"
            detection = d.pop("detection", UNSET)
            if detection is not UNSET and (isinstance(detection, bool) or not isinstance(detection, (int, float))):
                raise ParseError.expected("number", detection)

            at = "embed"
            embed = d.pop("embed", UNSET)
            if embed is not UNSET and (isinstance(embed, bool) or not isinstance(embed, (int, float))):
                raise ParseError.expected("number", embed)

            at = "image-prompt-editing"
            image_prompt_editing = d.pop("image-prompt-editing", UNSET)
            if image_prompt_editing is not UNSET and (
                isinstance(image_prompt_editing, bool) or not isinstance(image_prompt_editing, (int, float))
            ):
                raise ParseError.expected("number", image_prompt_editing)

            at = "inference-images"
            inference_images = d.pop("inference-images", UNSET)
            if inference_images is not UNSET and (
                isinstance(inference_images, bool) or not isinstance(inference_images, (int, float))
            ):
                raise ParseError.expected("number", inference_images)

            at = "ip-detection"
            ip_detection = d.pop("ip-detection", UNSET)
            if ip_detection is not UNSET and (
                isinstance(ip_detection, bool) or not isinstance(ip_detection, (int, float))
            ):
                raise ParseError.expected("number", ip_detection)

            at = "pixelate"
            pixelate = d.pop("pixelate", UNSET)
            if pixelate is not UNSET and (isinstance(pixelate, bool) or not isinstance(pixelate, (int, float))):
                raise ParseError.expected("number", pixelate)

            at = "prompt"
            prompt = d.pop("prompt", UNSET)
            if prompt is not UNSET and (isinstance(prompt, bool) or not isinstance(prompt, (int, float))):
                raise ParseError.expected("number", prompt)

            at = "quality-gate"
            quality_gate = d.pop("quality-gate", UNSET)
            if quality_gate is not UNSET and (
                isinstance(quality_gate, bool) or not isinstance(quality_gate, (int, float))
            ):
                raise ParseError.expected("number", quality_gate)

            at = "remove-background"
            remove_background = d.pop("remove-background", UNSET)
            if remove_background is not UNSET and (
                isinstance(remove_background, bool) or not isinstance(remove_background, (int, float))
            ):
                raise ParseError.expected("number", remove_background)

            at = "repaint"
            repaint = d.pop("repaint", UNSET)
            if repaint is not UNSET and (isinstance(repaint, bool) or not isinstance(repaint, (int, float))):
                raise ParseError.expected("number", repaint)

            at = "restyle"
            restyle = d.pop("restyle", UNSET)
            if restyle is not UNSET and (isinstance(restyle, bool) or not isinstance(restyle, (int, float))):
                raise ParseError.expected("number", restyle)

            at = "segmentation"
            segmentation = d.pop("segmentation", UNSET)
            if segmentation is not UNSET and (
                isinstance(segmentation, bool) or not isinstance(segmentation, (int, float))
            ):
                raise ParseError.expected("number", segmentation)

            at = "skybox-base-360"
            skybox_base_360 = d.pop("skybox-base-360", UNSET)
            if skybox_base_360 is not UNSET and (
                isinstance(skybox_base_360, bool) or not isinstance(skybox_base_360, (int, float))
            ):
                raise ParseError.expected("number", skybox_base_360)

            at = "skybox-upscale-360"
            skybox_upscale_360 = d.pop("skybox-upscale-360", UNSET)
            if skybox_upscale_360 is not UNSET and (
                isinstance(skybox_upscale_360, bool) or not isinstance(skybox_upscale_360, (int, float))
            ):
                raise ParseError.expected("number", skybox_upscale_360)

            at = "slop-detection"
            slop_detection = d.pop("slop-detection", UNSET)

            at = "texture"
            texture = d.pop("texture", UNSET)
            if texture is not UNSET and (isinstance(texture, bool) or not isinstance(texture, (int, float))):
                raise ParseError.expected("number", texture)

            at = "train-model"
            train_model = d.pop("train-model", UNSET)
            if train_model is not UNSET and (
                isinstance(train_model, bool) or not isinstance(train_model, (int, float))
            ):
                raise ParseError.expected("number", train_model)

            at = "translate"
            translate = d.pop("translate", UNSET)
            if translate is not UNSET and (isinstance(translate, bool) or not isinstance(translate, (int, float))):
                raise ParseError.expected("number", translate)

            at = "upscale"
            upscale = d.pop("upscale", UNSET)
            if upscale is not UNSET and (isinstance(upscale, bool) or not isinstance(upscale, (int, float))):
                raise ParseError.expected("number", upscale)

            at = "vectorization"
            vectorization = d.pop("vectorization", UNSET)
            if vectorization is not UNSET and (
                isinstance(vectorization, bool) or not isinstance(vectorization, (int, float))
            ):
                raise ParseError.expected("number", vectorization)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        cost_details = cls(
            assistant_message=assistant_message,
            caption=caption,
            custom_generation=custom_generation,
            describe_style=describe_style,
            detection=detection,
            embed=embed,
            image_prompt_editing=image_prompt_editing,
            inference_images=inference_images,
            ip_detection=ip_detection,
            pixelate=pixelate,
            prompt=prompt,
            quality_gate=quality_gate,
            remove_background=remove_background,
            repaint=repaint,
            restyle=restyle,
            segmentation=segmentation,
            skybox_base_360=skybox_base_360,
            skybox_upscale_360=skybox_upscale_360,
            slop_detection=slop_detection,
            texture=texture,
            train_model=train_model,
            translate=translate,
            upscale=upscale,
            vectorization=vectorization,
        )
        cost_details._sent_null = sent_null
        cost_details.additional_properties = d
        return cost_details

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
