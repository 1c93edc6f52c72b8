from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="CostDetails")


@_attrs_define(kw_only=True, repr=False)
class CostDetails:
    """Creative units, keyed by operation."""

    assistant_message: float | None = None
    caption: float | None = None
    custom_generation: float | None = None
    describe_style: float | None = None
    detection: float | None = None
    embed: float | None = None
    image_prompt_editing: float | None = None
    inference_images: float | None = None
    ip_detection: float | None = None
    pixelate: float | None = None
    prompt: float | None = None
    quality_gate: float | None = None
    remove_background: float | None = None
    repaint: float | None = None
    restyle: float | None = None
    segmentation: float | None = None
    skybox_base_360: float | None = None
    skybox_upscale_360: float | None = None
    slop_detection: Any = None
    """ Listed by SDK 2.0.0 to 2.1.0 with no published type. """
    texture: float | None = None
    train_model: float | None = None
    translate: float | None = None
    upscale: float | None = None
    vectorization: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        assistant_message = self.assistant_message
        if assistant_message is not None:
            field_dict["assistant-message"] = assistant_message

        caption = self.caption
        if caption is not None:
            field_dict["caption"] = caption

        custom_generation = self.custom_generation
        if custom_generation is not None:
            field_dict["custom-generation"] = custom_generation

        describe_style = self.describe_style
        if describe_style is not None:
            field_dict["describe-style"] = describe_style

        detection = self.detection
        if detection is not None:
            field_dict["detection"] = detection

        embed = self.embed
        if embed is not None:
            field_dict["embed"] = embed

        image_prompt_editing = self.image_prompt_editing
        if image_prompt_editing is not None:
            field_dict["image-prompt-editing"] = image_prompt_editing

        inference_images = self.inference_images
        if inference_images is not None:
            field_dict["inference-images"] = inference_images

        ip_detection = self.ip_detection
        if ip_detection is not None:
            field_dict["ip-detection"] = ip_detection

        pixelate = self.pixelate
        if pixelate is not None:
            field_dict["pixelate"] = pixelate

        prompt = self.prompt
        if prompt is not None:
            field_dict["prompt"] = prompt

        quality_gate = self.quality_gate
        if quality_gate is not None:
            field_dict["quality-gate"] = quality_gate

        remove_background = self.remove_background
        if remove_background is not None:
            field_dict["remove-background"] = remove_background

        repaint = self.repaint
        if repaint is not None:
            field_dict["repaint"] = repaint

        restyle = self.restyle
        if restyle is not None:
            field_dict["restyle"] = restyle

        segmentation = self.segmentation
        if segmentation is not None:
            field_dict["segmentation"] = segmentation

        skybox_base_360 = self.skybox_base_360
        if skybox_base_360 is not None:
            field_dict["skybox-base-360"] = skybox_base_360

        skybox_upscale_360 = self.skybox_upscale_360
        if skybox_upscale_360 is not None:
            field_dict["skybox-upscale-360"] = skybox_upscale_360

        slop_detection = self.slop_detection
        if slop_detection is not None:
            field_dict["slop-detection"] = slop_detection

        texture = self.texture
        if texture is not None:
            field_dict["texture"] = texture

        train_model = self.train_model
        if train_model is not None:
            field_dict["train-model"] = train_model

        translate = self.translate
        if translate is not None:
            field_dict["translate"] = translate

        upscale = self.upscale
        if upscale is not None:
            field_dict["upscale"] = upscale

        vectorization = self.vectorization
        if vectorization is not None:
            field_dict["vectorization"] = vectorization

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "CostDetails",
            (
                ("assistant_message", self.assistant_message),
                ("caption", self.caption),
                ("custom_generation", self.custom_generation),
                ("describe_style", self.describe_style),
                ("detection", self.detection),
                ("embed", self.embed),
                ("image_prompt_editing", self.image_prompt_editing),
                ("inference_images", self.inference_images),
                ("ip_detection", self.ip_detection),
                ("pixelate", self.pixelate),
                ("prompt", self.prompt),
                ("quality_gate", self.quality_gate),
                ("remove_background", self.remove_background),
                ("repaint", self.repaint),
                ("restyle", self.restyle),
                ("segmentation", self.segmentation),
                ("skybox_base_360", self.skybox_base_360),
                ("skybox_upscale_360", self.skybox_upscale_360),
                ("texture", self.texture),
                ("train_model", self.train_model),
                ("translate", self.translate),
                ("upscale", self.upscale),
                ("vectorization", self.vectorization),
            ),
            4,
            (
                self.slop_detection,
                self.additional_properties,
            ),
        )

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
            assistant_message = d.pop("assistant-message", None)
            if type(assistant_message) is not float and type(assistant_message) is not int:
                if assistant_message is None:
                    if "assistant-message" in src_dict:
                        sent_null += ("assistant-message",)
                elif isinstance(assistant_message, bool) or not isinstance(assistant_message, (int, float)):
                    raise ParseError.expected("number", assistant_message)

            at = "caption"
            caption = d.pop("caption", None)
            if type(caption) is not float and type(caption) is not int:
                if caption is None:
                    if "caption" in src_dict:
                        sent_null += ("caption",)
                elif isinstance(caption, bool) or not isinstance(caption, (int, float)):
                    raise ParseError.expected("number", caption)

            at = "custom-generation"
            custom_generation = d.pop("custom-generation", None)
            if type(custom_generation) is not float and type(custom_generation) is not int:
                if custom_generation is None:
                    if "custom-generation" in src_dict:
                        sent_null += ("custom-generation",)
                elif isinstance(custom_generation, bool) or not isinstance(custom_generation, (int, float)):
                    raise ParseError.expected("number", custom_generation)

            at = "describe-style"
            describe_style = d.pop("describe-style", None)
            if type(describe_style) is not float and type(describe_style) is not int:
                if describe_style is None:
                    if "describe-style" in src_dict:
                        sent_null += ("describe-style",)
                elif isinstance(describe_style, bool) or not isinstance(describe_style, (int, float)):
                    raise ParseError.expected("number", describe_style)

            at = "detection"
            detection = d.pop("detection", None)
            if type(detection) is not float and type(detection) is not int:
                if detection is None:
                    if "detection" in src_dict:
                        sent_null += ("detection",)
                elif isinstance(detection, bool) or not isinstance(detection, (int, float)):
                    raise ParseError.expected("number", detection)

            at = "embed"
            embed = d.pop("embed", None)
            if type(embed) is not float and type(embed) is not int:
                if embed is None:
                    if "embed" in src_dict:
                        sent_null += ("embed",)
                elif isinstance(embed, bool) or not isinstance(embed, (int, float)):
                    raise ParseError.expected("number", embed)

            at = "image-prompt-editing"
            image_prompt_editing = d.pop("image-prompt-editing", None)
            if type(image_prompt_editing) is not float and type(image_prompt_editing) is not int:
                if image_prompt_editing is None:
                    if "image-prompt-editing" in src_dict:
                        sent_null += ("image-prompt-editing",)
                elif isinstance(image_prompt_editing, bool) or not isinstance(image_prompt_editing, (int, float)):
                    raise ParseError.expected("number", image_prompt_editing)

            at = "inference-images"
            inference_images = d.pop("inference-images", None)
            if type(inference_images) is not float and type(inference_images) is not int:
                if inference_images is None:
                    if "inference-images" in src_dict:
                        sent_null += ("inference-images",)
                elif isinstance(inference_images, bool) or not isinstance(inference_images, (int, float)):
                    raise ParseError.expected("number", inference_images)

            at = "ip-detection"
            ip_detection = d.pop("ip-detection", None)
            if type(ip_detection) is not float and type(ip_detection) is not int:
                if ip_detection is None:
                    if "ip-detection" in src_dict:
                        sent_null += ("ip-detection",)
                elif isinstance(ip_detection, bool) or not isinstance(ip_detection, (int, float)):
                    raise ParseError.expected("number", ip_detection)

            at = "pixelate"
            pixelate = d.pop("pixelate", None)
            if type(pixelate) is not float and type(pixelate) is not int:
                if pixelate is None:
                    if "pixelate" in src_dict:
                        sent_null += ("pixelate",)
                elif isinstance(pixelate, bool) or not isinstance(pixelate, (int, float)):
                    raise ParseError.expected("number", pixelate)

            at = "prompt"
            prompt = d.pop("prompt", None)
            if type(prompt) is not float and type(prompt) is not int:
                if prompt is None:
                    if "prompt" in src_dict:
                        sent_null += ("prompt",)
                elif isinstance(prompt, bool) or not isinstance(prompt, (int, float)):
                    raise ParseError.expected("number", prompt)

            at = "quality-gate"
            quality_gate = d.pop("quality-gate", None)
            if type(quality_gate) is not float and type(quality_gate) is not int:
                if quality_gate is None:
                    if "quality-gate" in src_dict:
                        sent_null += ("quality-gate",)
                elif isinstance(quality_gate, bool) or not isinstance(quality_gate, (int, float)):
                    raise ParseError.expected("number", quality_gate)

            at = "remove-background"
            remove_background = d.pop("remove-background", None)
            if type(remove_background) is not float and type(remove_background) is not int:
                if remove_background is None:
                    if "remove-background" in src_dict:
                        sent_null += ("remove-background",)
                elif isinstance(remove_background, bool) or not isinstance(remove_background, (int, float)):
                    raise ParseError.expected("number", remove_background)

            at = "repaint"
            repaint = d.pop("repaint", None)
            if type(repaint) is not float and type(repaint) is not int:
                if repaint is None:
                    if "repaint" in src_dict:
                        sent_null += ("repaint",)
                elif isinstance(repaint, bool) or not isinstance(repaint, (int, float)):
                    raise ParseError.expected("number", repaint)

            at = "restyle"
            restyle = d.pop("restyle", None)
            if type(restyle) is not float and type(restyle) is not int:
                if restyle is None:
                    if "restyle" in src_dict:
                        sent_null += ("restyle",)
                elif isinstance(restyle, bool) or not isinstance(restyle, (int, float)):
                    raise ParseError.expected("number", restyle)

            at = "segmentation"
            segmentation = d.pop("segmentation", None)
            if type(segmentation) is not float and type(segmentation) is not int:
                if segmentation is None:
                    if "segmentation" in src_dict:
                        sent_null += ("segmentation",)
                elif isinstance(segmentation, bool) or not isinstance(segmentation, (int, float)):
                    raise ParseError.expected("number", segmentation)

            at = "skybox-base-360"
            skybox_base_360 = d.pop("skybox-base-360", None)
            if type(skybox_base_360) is not float and type(skybox_base_360) is not int:
                if skybox_base_360 is None:
                    if "skybox-base-360" in src_dict:
                        sent_null += ("skybox-base-360",)
                elif isinstance(skybox_base_360, bool) or not isinstance(skybox_base_360, (int, float)):
                    raise ParseError.expected("number", skybox_base_360)

            at = "skybox-upscale-360"
            skybox_upscale_360 = d.pop("skybox-upscale-360", None)
            if type(skybox_upscale_360) is not float and type(skybox_upscale_360) is not int:
                if skybox_upscale_360 is None:
                    if "skybox-upscale-360" in src_dict:
                        sent_null += ("skybox-upscale-360",)
                elif isinstance(skybox_upscale_360, bool) or not isinstance(skybox_upscale_360, (int, float)):
                    raise ParseError.expected("number", skybox_upscale_360)

            at = "slop-detection"
            slop_detection = d.pop("slop-detection", None)
            if slop_detection is None and "slop-detection" in src_dict:
                sent_null += ("slop-detection",)

            at = "texture"
            texture = d.pop("texture", None)
            if type(texture) is not float and type(texture) is not int:
                if texture is None:
                    if "texture" in src_dict:
                        sent_null += ("texture",)
                elif isinstance(texture, bool) or not isinstance(texture, (int, float)):
                    raise ParseError.expected("number", texture)

            at = "train-model"
            train_model = d.pop("train-model", None)
            if type(train_model) is not float and type(train_model) is not int:
                if train_model is None:
                    if "train-model" in src_dict:
                        sent_null += ("train-model",)
                elif isinstance(train_model, bool) or not isinstance(train_model, (int, float)):
                    raise ParseError.expected("number", train_model)

            at = "translate"
            translate = d.pop("translate", None)
            if type(translate) is not float and type(translate) is not int:
                if translate is None:
                    if "translate" in src_dict:
                        sent_null += ("translate",)
                elif isinstance(translate, bool) or not isinstance(translate, (int, float)):
                    raise ParseError.expected("number", translate)

            at = "upscale"
            upscale = d.pop("upscale", None)
            if type(upscale) is not float and type(upscale) is not int:
                if upscale is None:
                    if "upscale" in src_dict:
                        sent_null += ("upscale",)
                elif isinstance(upscale, bool) or not isinstance(upscale, (int, float)):
                    raise ParseError.expected("number", upscale)

            at = "vectorization"
            vectorization = d.pop("vectorization", None)
            if type(vectorization) is not float and type(vectorization) is not int:
                if vectorization is None:
                    if "vectorization" in src_dict:
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
