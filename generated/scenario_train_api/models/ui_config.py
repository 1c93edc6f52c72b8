from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="UiConfig")


@_attrs_define(kw_only=True, repr=False)
class UiConfig:
    input_properties: UiPropertyMap | None = None
    """ Display settings, keyed by input or output name. """
    loras_component: UiLorasComponent | None = None
    output_properties: UiPropertyMap | None = None
    """ Display settings, keyed by input or output name. """
    presets: list[UiPreset] | None = None
    resolution_component: UiResolutionComponent | None = None
    selects: JsonObject | None = None
    """ Any JSON object. """
    trigger_generate: UiTriggerGenerate | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.input_properties is not None:
            field_dict["inputProperties"] = self.input_properties.to_dict()

        if self.loras_component is not None:
            field_dict["lorasComponent"] = self.loras_component.to_dict()

        if self.output_properties is not None:
            field_dict["outputProperties"] = self.output_properties.to_dict()

        if self.presets is not None:
            presets = []
            for presets_item_data in self.presets:
                presets_item = presets_item_data.to_dict()
                presets.append(presets_item)
            field_dict["presets"] = presets

        if self.resolution_component is not None:
            field_dict["resolutionComponent"] = self.resolution_component.to_dict()

        if self.selects is not None:
            field_dict["selects"] = self.selects.to_dict()

        if self.trigger_generate is not None:
            field_dict["triggerGenerate"] = self.trigger_generate.to_dict()

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "UiConfig",
            (),
            4,
            (
                self.input_properties,
                self.loras_component,
                self.output_properties,
                self.presets,
                self.resolution_component,
                self.selects,
                self.trigger_generate,
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
            at = "inputProperties"
            _input_properties = d.pop("inputProperties", None)
            input_properties: UiPropertyMap | None = None
            if _input_properties is not None:
                input_properties = UiPropertyMap.from_dict(_input_properties)
            elif "inputProperties" in src_dict:
                sent_null += ("inputProperties",)

            at = "lorasComponent"
            _loras_component = d.pop("lorasComponent", None)
            loras_component: UiLorasComponent | None = None
            if _loras_component is not None:
                loras_component = UiLorasComponent.from_dict(_loras_component)
            elif "lorasComponent" in src_dict:
                sent_null += ("lorasComponent",)

            at = "outputProperties"
            _output_properties = d.pop("outputProperties", None)
            output_properties: UiPropertyMap | None = None
            if _output_properties is not None:
                output_properties = UiPropertyMap.from_dict(_output_properties)
            elif "outputProperties" in src_dict:
                sent_null += ("outputProperties",)

            at = "presets"
            _presets = d.pop("presets", None)
            presets: list[UiPreset] | None = None
            if _presets is not None:
                if not isinstance(_presets, list):
                    raise ParseError.expected("array", _presets)
                presets = []
                try:
                    for presets_item_data in _presets:
                        presets_item = UiPreset.from_dict(presets_item_data)

                        presets.append(presets_item)
                except ParseError as parse_error:
                    parse_error.location = (len(presets), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(presets)) from parse_error
            elif "presets" in src_dict:
                sent_null += ("presets",)

            at = "resolutionComponent"
            _resolution_component = d.pop("resolutionComponent", None)
            resolution_component: UiResolutionComponent | None = None
            if _resolution_component is not None:
                resolution_component = UiResolutionComponent.from_dict(_resolution_component)
            elif "resolutionComponent" in src_dict:
                sent_null += ("resolutionComponent",)

            at = "selects"
            _selects = d.pop("selects", None)
            selects: JsonObject | None = None
            if _selects is not None:
                selects = JsonObject.from_dict(_selects)
            elif "selects" in src_dict:
                sent_null += ("selects",)

            at = "triggerGenerate"
            _trigger_generate = d.pop("triggerGenerate", None)
            trigger_generate: UiTriggerGenerate | None = None
            if _trigger_generate is not None:
                trigger_generate = UiTriggerGenerate.from_dict(_trigger_generate)
            elif "triggerGenerate" in src_dict:
                sent_null += ("triggerGenerate",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        ui_config = object.__new__(cls)
        ui_config.input_properties = input_properties
        ui_config.loras_component = loras_component
        ui_config.output_properties = output_properties
        ui_config.presets = presets
        ui_config.resolution_component = resolution_component
        ui_config.selects = selects
        ui_config.trigger_generate = trigger_generate
        ui_config._sent_null = sent_null
        ui_config.additional_properties = d
        return ui_config

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


# Imported after the class, not inside its methods, so that models referring to each other
# import cleanly and parsing does not pay for an import statement on every call.
from ..models.json_object import JsonObject  # noqa: E402
from ..models.ui_loras_component import UiLorasComponent  # noqa: E402
from ..models.ui_preset import UiPreset  # noqa: E402
from ..models.ui_property_map import UiPropertyMap  # noqa: E402
from ..models.ui_resolution_component import UiResolutionComponent  # noqa: E402
from ..models.ui_trigger_generate import UiTriggerGenerate  # noqa: E402
