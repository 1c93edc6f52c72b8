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
            _assistant_message_sent = d.pop("assistant-message", UNSET)
            if _assistant_message_sent is None:
                _assistant_message_sent = UNSET
                sent_null += ("assistant-message",)
            assistant_message = _assistant_message_sent
            if (
                assistant_message is not UNSET
                and type(assistant_message) is not float
                and type(assistant_message) is not int
                and (isinstance(assistant_message, bool) or not isinstance(assistant_message, (int, float)))
            ):
                raise ParseError.expected("number", assistant_message)

            at = "caption"
            _caption_sent = d.pop("caption", UNSET)
            if _caption_sent is None:
                _caption_sent = UNSET
                sent_null += ("caption",)
            caption = _caption_sent
            if (
                caption is not UNSET
                and type(caption) is not float
                and type(caption) is not int
                and (isinstance(caption, bool) or not isinstance(caption, (int, float)))
            ):
                raise ParseError.expected("number", caption)

            at = "custom-generation"
            _custom_generation_sent = d.pop("custom-generation", UNSET)
            if _custom_generation_sent is None:
                _custom_generation_sent = UNSET
                sent_null += ("custom-generation",)
            custom_generation = _custom_generation_sent
            if (
                custom_generation is not UNSET
                and type(custom_generation) is not float
                and type(custom_generation) is not int
                and (isinstance(custom_generation, bool) or not isinstance(custom_generation, (int, float)))
            ):
                raise ParseError.expected("number", custom_generation)

            at = "describe-style"
            _describe_style_sent = d.pop("describe-style", UNSET)
            if _describe_style_sent is None:
                _describe_style_sent = UNSET
                sent_null += ("describe-style",)
            describe_style = _describe_style_sent
            if (
                describe_style is not UNSET
                and type(describe_style) is not float
                and type(describe_style) is not int
                and (isinstance(describe_style, bool) or not isinstance(describe_style, (int, float)))
            ):
                raise ParseError.expected("number", describe_style)

            at = "detection"
            _detection_sent = d.pop("detection", UNSET)
            if _detection_sent is None:
                _detection_sent = UNSET
                sent_null += ("detection",)
            detection = _detection_sent
            if (
                detection is not UNSET
                and type(detection) is not float
                and type(detection) is not int
                and (isinstance(detection, bool) or not isinstance(detection, (int, float)))
            ):
                raise ParseError.expected("number", detection)

            at = "embed"
            _embed_sent = d.pop("embed", UNSET)
            if _embed_sent is None:
                _embed_sent = UNSET
                sent_null += ("embed",)
            embed = _embed_sent
            if (
                embed is not UNSET
                and type(embed) is not float
                and type(embed) is not int
                and (isinstance(embed, bool) or not isinstance(embed, (int, float)))
            ):
                raise ParseError.expected("number", embed)

            at = "image-prompt-editing"
            _image_prompt_editing_sent = d.pop("image-prompt-editing", UNSET)
            if _image_prompt_editing_sent is None:
                _image_prompt_editing_sent = UNSET
                sent_null += ("image-prompt-editing",)
            image_prompt_editing = _image_prompt_editing_sent
            if (
                image_prompt_editing is not UNSET
                and type(image_prompt_editing) is not float
                and type(image_prompt_editing) is not int
                and (isinstance(image_prompt_editing, bool) or not isinstance(image_prompt_editing, (int, float)))
            ):
                raise ParseError.expected("number", image_prompt_editing)

            at = "inference-images"
            _inference_images_sent = d.pop("inference-images", UNSET)
            if _inference_images_sent is None:
                _inference_images_sent = UNSET
                sent_null += ("inference-images",)
            inference_images = _inference_images_sent
            if (
                inference_images is not UNSET
                and type(inference_images) is not float
                and type(inference_images) is not int
                and (isinstance(inference_images, bool) or not isinstance(inference_images, (int, float)))
            ):
                raise ParseError.expected("number", inference_images)

            at = "ip-detection"
            _ip_detection_sent = d.pop("ip-detection", UNSET)
            if _ip_detection_sent is None:
                _ip_detection_sent = UNSET
                sent_null += ("ip-detection",)
            ip_detection = _ip_detection_sent
            if (
                ip_detection is not UNSET
                and type(ip_detection) is not float
                and type(ip_detection) is not int
                and (isinstance(ip_detection, bool) or not isinstance(ip_detection, (int, float)))
            ):
                raise ParseError.expected("number", ip_detection)

            at = "pixelate"
            _pixelate_sent = d.pop("pixelate", UNSET)
            if _pixelate_sent is None:
                _pixelate_sent = UNSET
                sent_null += ("pixelate",)
            pixelate = _pixelate_sent
            if (
                pixelate is not UNSET
                and type(pixelate) is not float
                and type(pixelate) is not int
                and (isinstance(pixelate, bool) or not isinstance(pixelate, (int, float)))
            ):
                raise ParseError.expected("number", pixelate)

            at = "prompt"
            _prompt_sent = d.pop("prompt", UNSET)
            if _prompt_sent is None:
                _prompt_sent = UNSET
                sent_null += ("prompt",)
            prompt = _prompt_sent
            if (
                prompt is not UNSET
                and type(prompt) is not float
                and type(prompt) is not int
                and (isinstance(prompt, bool) or not isinstance(prompt, (int, float)))
            ):
                raise ParseError.expected("number", prompt)

            at = "quality-gate"
            _quality_gate_sent = d.pop("quality-gate", UNSET)
            if _quality_gate_sent is None:
                _quality_gate_sent = UNSET
                sent_null += ("quality-gate",)
            quality_gate = _quality_gate_sent
            if (
                quality_gate is not UNSET
                and type(quality_gate) is not float
                and type(quality_gate) is not int
                and (isinstance(quality_gate, bool) or not isinstance(quality_gate, (int, float)))
            ):
                raise ParseError.expected("number", quality_gate)

            at = "remove-background"
            _remove_background_sent = d.pop("remove-background", UNSET)
            if _remove_background_sent is None:
                _remove_background_sent = UNSET
                sent_null += ("remove-background",)
            remove_background = _remove_background_sent
            if (
                remove_background is not UNSET
                and type(remove_background) is not float
                and type(remove_background) is not int
                and (isinstance(remove_background, bool) or not isinstance(remove_background, (int, float)))
            ):
                raise ParseError.expected("number", remove_background)

            at = "repaint"
            _repaint_sent = d.pop("repaint", UNSET)
            if _repaint_sent is None:
                _repaint_sent = UNSET
                sent_null += ("repaint",)
            repaint = _repaint_sent
            if (
                repaint is not UNSET
                and type(repaint) is not float
                and type(repaint) is not int
                and (isinstance(repaint, bool) or not isinstance(repaint, (int, float)))
            ):
                raise ParseError.expected("number", repaint)

            at = "restyle"
            _restyle_sent = d.pop("restyle", UNSET)
            if _restyle_sent is None:
                _restyle_sent = UNSET
                sent_null += ("restyle",)
            restyle = _restyle_sent
            if (
                restyle is not UNSET
                and type(restyle) is not float
                and type(restyle) is not int
                and (isinstance(restyle, bool) or not isinstance(restyle, (int, float)))
            ):
                raise ParseError.expected("number", restyle)

            at = "segmentation"
            _segmentation_sent = d.pop("segmentation", UNSET)
            if _segmentation_sent is None:
                _segmentation_sent = UNSET
                sent_null += ("segmentation",)
            segmentation = _segmentation_sent
            if (
                segmentation is not UNSET
                and type(segmentation) is not float
                and type(segmentation) is not int
                and (isinstance(segmentation, bool) or not isinstance(segmentation, (int, float)))
            ):
                raise ParseError.expected("number", segmentation)

            at = "skybox-base-360"
            _skybox_base_360_sent = d.pop("skybox-base-360", UNSET)
            if _skybox_base_360_sent is None:
                _skybox_base_360_sent = UNSET
                sent_null += ("skybox-base-360",)
            skybox_base_360 = _skybox_base_360_sent
            if (
                skybox_base_360 is not UNSET
                and type(skybox_base_360) is not float
                and type(skybox_base_360) is not int
                and (isinstance(skybox_base_360, bool) or not isinstance(skybox_base_360, (int, float)))
            ):
                raise ParseError.expected("number", skybox_base_360)

            at = "skybox-upscale-360"
            _skybox_upscale_360_sent = d.pop("skybox-upscale-360", UNSET)
            if _skybox_upscale_360_sent is None:
                _skybox_upscale_360_sent = UNSET
                sent_null += ("skybox-upscale-360",)
            skybox_upscale_360 = _skybox_upscale_360_sent
            if (
                skybox_upscale_360 is not UNSET
                and type(skybox_upscale_360) is not float
                and type(skybox_upscale_360) is not int
                and (isinstance(skybox_upscale_360, bool) or not isinstance(skybox_upscale_360, (int, float)))
            ):
                raise ParseError.expected("number", skybox_upscale_360)

            at = "slop-detection"
            slop_detection = d.pop("slop-detection", UNSET)

            at = "texture"
            _texture_sent = d.pop("texture", UNSET)
            if _texture_sent is None:
                _texture_sent = UNSET
                sent_null += ("texture",)
            texture = _texture_sent
            if (
                texture is not UNSET
                and type(texture) is not float
                and type(texture) is not int
                and (isinstance(texture, bool) or not isinstance(texture, (int, float)))
            ):
                raise ParseError.expected("number", texture)

            at = "train-model"
            _train_model_sent = d.pop("train-model", UNSET)
            if _train_model_sent is None:
                _train_model_sent = UNSET
                sent_null += ("train-model",)
            train_model = _train_model_sent
            if (
                train_model is not UNSET
                and type(train_model) is not float
                and type(train_model) is not int
                and (isinstance(train_model, bool) or not isinstance(train_model, (int, float)))
            ):
                raise ParseError.expected("number", train_model)

            at = "translate"
            _translate_sent = d.pop("translate", UNSET)
            if _translate_sent is None:
                _translate_sent = UNSET
                sent_null += ("translate",)
            translate = _translate_sent
            if (
                translate is not UNSET
                and type(translate) is not float
                and type(translate) is not int
                and (isinstance(translate, bool) or not isinstance(translate, (int, float)))
            ):
                raise ParseError.expected("number", translate)

            at = "upscale"
            _upscale_sent = d.pop("upscale", UNSET)
            if _upscale_sent is None:
                _upscale_sent = UNSET
                sent_null += ("upscale",)
            upscale = _upscale_sent
            if (
                upscale is not UNSET
                and type(upscale) is not float
                and type(upscale) is not int
                and (isinstance(upscale, bool) or not isinstance(upscale, (int, float)))
            ):
                raise ParseError.expected("number", upscale)

            at = "vectorization"
            _vectorization_sent = d.pop("vectorization", UNSET)
            if _vectorization_sent is None:
                _vectorization_sent = UNSET
                sent_null += ("vectorization",)
            vectorization = _vectorization_sent
            if (
                vectorization is not UNSET
                and type(vectorization) is not float
                and type(vectorization) is not int
                and (isinstance(vectorization, bool) or not isinstance(vectorization, (int, float)))
            ):
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
