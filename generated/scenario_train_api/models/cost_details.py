from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="CostDetails")


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
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
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
        at: str = ""
        try:
            at = "assistant-message"
            assistant_message = d.pop("assistant-message", UNSET)
            if (
                type(assistant_message) is not float
                and type(assistant_message) is not int
                and assistant_message is not UNSET
            ):
                if assistant_message is None:
                    assistant_message = UNSET
                    sent_null += ("assistant-message",)
                elif isinstance(assistant_message, bool) or not isinstance(assistant_message, (int, float)):
                    raise ParseError.expected("number", assistant_message)

            at = "caption"
            caption = d.pop("caption", UNSET)
            if type(caption) is not float and type(caption) is not int and caption is not UNSET:
                if caption is None:
                    caption = UNSET
                    sent_null += ("caption",)
                elif isinstance(caption, bool) or not isinstance(caption, (int, float)):
                    raise ParseError.expected("number", caption)

            at = "custom-generation"
            custom_generation = d.pop("custom-generation", UNSET)
            if (
                type(custom_generation) is not float
                and type(custom_generation) is not int
                and custom_generation is not UNSET
            ):
                if custom_generation is None:
                    custom_generation = UNSET
                    sent_null += ("custom-generation",)
                elif isinstance(custom_generation, bool) or not isinstance(custom_generation, (int, float)):
                    raise ParseError.expected("number", custom_generation)

            at = "describe-style"
            describe_style = d.pop("describe-style", UNSET)
            if type(describe_style) is not float and type(describe_style) is not int and describe_style is not UNSET:
                if describe_style is None:
                    describe_style = UNSET
                    sent_null += ("describe-style",)
                elif isinstance(describe_style, bool) or not isinstance(describe_style, (int, float)):
                    raise ParseError.expected("number", describe_style)

            at = "detection"
            detection = d.pop("detection", UNSET)
            if type(detection) is not float and type(detection) is not int and detection is not UNSET:
                if detection is None:
                    detection = UNSET
                    sent_null += ("detection",)
                elif isinstance(detection, bool) or not isinstance(detection, (int, float)):
                    raise ParseError.expected("number", detection)

            at = "embed"
            embed = d.pop("embed", UNSET)
            if type(embed) is not float and type(embed) is not int and embed is not UNSET:
                if embed is None:
                    embed = UNSET
                    sent_null += ("embed",)
                elif isinstance(embed, bool) or not isinstance(embed, (int, float)):
                    raise ParseError.expected("number", embed)

            at = "image-prompt-editing"
            image_prompt_editing = d.pop("image-prompt-editing", UNSET)
            if (
                type(image_prompt_editing) is not float
                and type(image_prompt_editing) is not int
                and image_prompt_editing is not UNSET
            ):
                if image_prompt_editing is None:
                    image_prompt_editing = UNSET
                    sent_null += ("image-prompt-editing",)
                elif isinstance(image_prompt_editing, bool) or not isinstance(image_prompt_editing, (int, float)):
                    raise ParseError.expected("number", image_prompt_editing)

            at = "inference-images"
            inference_images = d.pop("inference-images", UNSET)
            if (
                type(inference_images) is not float
                and type(inference_images) is not int
                and inference_images is not UNSET
            ):
                if inference_images is None:
                    inference_images = UNSET
                    sent_null += ("inference-images",)
                elif isinstance(inference_images, bool) or not isinstance(inference_images, (int, float)):
                    raise ParseError.expected("number", inference_images)

            at = "ip-detection"
            ip_detection = d.pop("ip-detection", UNSET)
            if type(ip_detection) is not float and type(ip_detection) is not int and ip_detection is not UNSET:
                if ip_detection is None:
                    ip_detection = UNSET
                    sent_null += ("ip-detection",)
                elif isinstance(ip_detection, bool) or not isinstance(ip_detection, (int, float)):
                    raise ParseError.expected("number", ip_detection)

            at = "pixelate"
            pixelate = d.pop("pixelate", UNSET)
            if type(pixelate) is not float and type(pixelate) is not int and pixelate is not UNSET:
                if pixelate is None:
                    pixelate = UNSET
                    sent_null += ("pixelate",)
                elif isinstance(pixelate, bool) or not isinstance(pixelate, (int, float)):
                    raise ParseError.expected("number", pixelate)

            at = "prompt"
            prompt = d.pop("prompt", UNSET)
            if type(prompt) is not float and type(prompt) is not int and prompt is not UNSET:
                if prompt is None:
                    prompt = UNSET
                    sent_null += ("prompt",)
                elif isinstance(prompt, bool) or not isinstance(prompt, (int, float)):
                    raise ParseError.expected("number", prompt)

            at = "quality-gate"
            quality_gate = d.pop("quality-gate", UNSET)
            if type(quality_gate) is not float and type(quality_gate) is not int and quality_gate is not UNSET:
                if quality_gate is None:
                    quality_gate = UNSET
                    sent_null += ("quality-gate",)
                elif isinstance(quality_gate, bool) or not isinstance(quality_gate, (int, float)):
                    raise ParseError.expected("number", quality_gate)

            at = "remove-background"
            remove_background = d.pop("remove-background", UNSET)
            if (
                type(remove_background) is not float
                and type(remove_background) is not int
                and remove_background is not UNSET
            ):
                if remove_background is None:
                    remove_background = UNSET
                    sent_null += ("remove-background",)
                elif isinstance(remove_background, bool) or not isinstance(remove_background, (int, float)):
                    raise ParseError.expected("number", remove_background)

            at = "repaint"
            repaint = d.pop("repaint", UNSET)
            if type(repaint) is not float and type(repaint) is not int and repaint is not UNSET:
                if repaint is None:
                    repaint = UNSET
                    sent_null += ("repaint",)
                elif isinstance(repaint, bool) or not isinstance(repaint, (int, float)):
                    raise ParseError.expected("number", repaint)

            at = "restyle"
            restyle = d.pop("restyle", UNSET)
            if type(restyle) is not float and type(restyle) is not int and restyle is not UNSET:
                if restyle is None:
                    restyle = UNSET
                    sent_null += ("restyle",)
                elif isinstance(restyle, bool) or not isinstance(restyle, (int, float)):
                    raise ParseError.expected("number", restyle)

            at = "segmentation"
            segmentation = d.pop("segmentation", UNSET)
            if type(segmentation) is not float and type(segmentation) is not int and segmentation is not UNSET:
                if segmentation is None:
                    segmentation = UNSET
                    sent_null += ("segmentation",)
                elif isinstance(segmentation, bool) or not isinstance(segmentation, (int, float)):
                    raise ParseError.expected("number", segmentation)

            at = "skybox-base-360"
            skybox_base_360 = d.pop("skybox-base-360", UNSET)
            if type(skybox_base_360) is not float and type(skybox_base_360) is not int and skybox_base_360 is not UNSET:
                if skybox_base_360 is None:
                    skybox_base_360 = UNSET
                    sent_null += ("skybox-base-360",)
                elif isinstance(skybox_base_360, bool) or not isinstance(skybox_base_360, (int, float)):
                    raise ParseError.expected("number", skybox_base_360)

            at = "skybox-upscale-360"
            skybox_upscale_360 = d.pop("skybox-upscale-360", UNSET)
            if (
                type(skybox_upscale_360) is not float
                and type(skybox_upscale_360) is not int
                and skybox_upscale_360 is not UNSET
            ):
                if skybox_upscale_360 is None:
                    skybox_upscale_360 = UNSET
                    sent_null += ("skybox-upscale-360",)
                elif isinstance(skybox_upscale_360, bool) or not isinstance(skybox_upscale_360, (int, float)):
                    raise ParseError.expected("number", skybox_upscale_360)

            at = "slop-detection"
            slop_detection = d.pop("slop-detection", UNSET)

            at = "texture"
            texture = d.pop("texture", UNSET)
            if type(texture) is not float and type(texture) is not int and texture is not UNSET:
                if texture is None:
                    texture = UNSET
                    sent_null += ("texture",)
                elif isinstance(texture, bool) or not isinstance(texture, (int, float)):
                    raise ParseError.expected("number", texture)

            at = "train-model"
            train_model = d.pop("train-model", UNSET)
            if type(train_model) is not float and type(train_model) is not int and train_model is not UNSET:
                if train_model is None:
                    train_model = UNSET
                    sent_null += ("train-model",)
                elif isinstance(train_model, bool) or not isinstance(train_model, (int, float)):
                    raise ParseError.expected("number", train_model)

            at = "translate"
            translate = d.pop("translate", UNSET)
            if type(translate) is not float and type(translate) is not int and translate is not UNSET:
                if translate is None:
                    translate = UNSET
                    sent_null += ("translate",)
                elif isinstance(translate, bool) or not isinstance(translate, (int, float)):
                    raise ParseError.expected("number", translate)

            at = "upscale"
            upscale = d.pop("upscale", UNSET)
            if type(upscale) is not float and type(upscale) is not int and upscale is not UNSET:
                if upscale is None:
                    upscale = UNSET
                    sent_null += ("upscale",)
                elif isinstance(upscale, bool) or not isinstance(upscale, (int, float)):
                    raise ParseError.expected("number", upscale)

            at = "vectorization"
            vectorization = d.pop("vectorization", UNSET)
            if type(vectorization) is not float and type(vectorization) is not int and vectorization is not UNSET:
                if vectorization is None:
                    vectorization = UNSET
                    sent_null += ("vectorization",)
                elif isinstance(vectorization, bool) or not isinstance(vectorization, (int, float)):
                    raise ParseError.expected("number", vectorization)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        cost_details = object.__new__(cls)
        cost_details.assistant_message = assistant_message
        cost_details.caption = caption
        cost_details.custom_generation = custom_generation
        cost_details.describe_style = describe_style
        cost_details.detection = detection
        cost_details.embed = embed
        cost_details.image_prompt_editing = image_prompt_editing
        cost_details.inference_images = inference_images
        cost_details.ip_detection = ip_detection
        cost_details.pixelate = pixelate
        cost_details.prompt = prompt
        cost_details.quality_gate = quality_gate
        cost_details.remove_background = remove_background
        cost_details.repaint = repaint
        cost_details.restyle = restyle
        cost_details.segmentation = segmentation
        cost_details.skybox_base_360 = skybox_base_360
        cost_details.skybox_upscale_360 = skybox_upscale_360
        cost_details.slop_detection = slop_detection
        cost_details.texture = texture
        cost_details.train_model = train_model
        cost_details.translate = translate
        cost_details.upscale = upscale
        cost_details.vectorization = vectorization
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
