from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="UiConfig")


@_attrs_define
class UiConfig:
    input_properties: UiPropertyMap | Unset = UNSET
    """ Display settings, keyed by input or output name. """
    loras_component: UiLorasComponent | Unset = UNSET
    output_properties: UiPropertyMap | Unset = UNSET
    """ Display settings, keyed by input or output name. """
    presets: list[UiPreset] | Unset = UNSET
    resolution_component: UiResolutionComponent | Unset = UNSET
    selects: JsonObject | Unset = UNSET
    """ Any JSON object. """
    trigger_generate: UiTriggerGenerate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        input_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_properties, Unset):
            input_properties = self.input_properties.to_dict()

        loras_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.loras_component, Unset):
            loras_component = self.loras_component.to_dict()

        output_properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_properties, Unset):
            output_properties = self.output_properties.to_dict()

        presets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.presets, Unset):
            presets = []
            for presets_item_data in self.presets:
                presets_item = presets_item_data.to_dict()
                presets.append(presets_item)

        resolution_component: dict[str, Any] | Unset = UNSET
        if not isinstance(self.resolution_component, Unset):
            resolution_component = self.resolution_component.to_dict()

        selects: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selects, Unset):
            selects = self.selects.to_dict()

        trigger_generate: dict[str, Any] | Unset = UNSET
        if not isinstance(self.trigger_generate, Unset):
            trigger_generate = self.trigger_generate.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_properties is not UNSET:
            field_dict["inputProperties"] = input_properties
        if loras_component is not UNSET:
            field_dict["lorasComponent"] = loras_component
        if output_properties is not UNSET:
            field_dict["outputProperties"] = output_properties
        if presets is not UNSET:
            field_dict["presets"] = presets
        if resolution_component is not UNSET:
            field_dict["resolutionComponent"] = resolution_component
        if selects is not UNSET:
            field_dict["selects"] = selects
        if trigger_generate is not UNSET:
            field_dict["triggerGenerate"] = trigger_generate
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
            at = "inputProperties"
            _input_properties_sent = d.pop("inputProperties", UNSET)
            if _input_properties_sent is None:
                _input_properties_sent = UNSET
                sent_null += ("inputProperties",)
            _input_properties = _input_properties_sent
            input_properties: UiPropertyMap | Unset
            if _input_properties is UNSET:
                input_properties = UNSET
            else:
                input_properties = UiPropertyMap.from_dict(_input_properties)

            at = "lorasComponent"
            _loras_component_sent = d.pop("lorasComponent", UNSET)
            if _loras_component_sent is None:
                _loras_component_sent = UNSET
                sent_null += ("lorasComponent",)
            _loras_component = _loras_component_sent
            loras_component: UiLorasComponent | Unset
            if _loras_component is UNSET:
                loras_component = UNSET
            else:
                loras_component = UiLorasComponent.from_dict(_loras_component)

            at = "outputProperties"
            _output_properties_sent = d.pop("outputProperties", UNSET)
            if _output_properties_sent is None:
                _output_properties_sent = UNSET
                sent_null += ("outputProperties",)
            _output_properties = _output_properties_sent
            output_properties: UiPropertyMap | Unset
            if _output_properties is UNSET:
                output_properties = UNSET
            else:
                output_properties = UiPropertyMap.from_dict(_output_properties)

            at = "presets"
            _presets_sent = d.pop("presets", UNSET)
            if _presets_sent is None:
                _presets_sent = UNSET
                sent_null += ("presets",)
            _presets = _presets_sent
            presets: list[UiPreset] | Unset = UNSET
            if _presets is not UNSET:
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

            at = "resolutionComponent"
            _resolution_component_sent = d.pop("resolutionComponent", UNSET)
            if _resolution_component_sent is None:
                _resolution_component_sent = UNSET
                sent_null += ("resolutionComponent",)
            _resolution_component = _resolution_component_sent
            resolution_component: UiResolutionComponent | Unset
            if _resolution_component is UNSET:
                resolution_component = UNSET
            else:
                resolution_component = UiResolutionComponent.from_dict(_resolution_component)

            at = "selects"
            _selects_sent = d.pop("selects", UNSET)
            if _selects_sent is None:
                _selects_sent = UNSET
                sent_null += ("selects",)
            _selects = _selects_sent
            selects: JsonObject | Unset
            if _selects is UNSET:
                selects = UNSET
            else:
                selects = JsonObject.from_dict(_selects)

            at = "triggerGenerate"
            _trigger_generate_sent = d.pop("triggerGenerate", UNSET)
            if _trigger_generate_sent is None:
                _trigger_generate_sent = UNSET
                sent_null += ("triggerGenerate",)
            _trigger_generate = _trigger_generate_sent
            trigger_generate: UiTriggerGenerate | Unset
            if _trigger_generate is UNSET:
                trigger_generate = UNSET
            else:
                trigger_generate = UiTriggerGenerate.from_dict(_trigger_generate)

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
