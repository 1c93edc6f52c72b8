from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="UiResolutionComponent")


@_attrs_define(kw_only=True, repr=False)
class UiResolutionComponent:
    height_input: str
    label: str
    presets: list[UiResolutionPreset]
    width_input: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        height_input = self.height_input

        label = self.label

        presets = []
        for presets_item_data in self.presets:
            presets_item = presets_item_data.to_dict()
            presets.append(presets_item)

        width_input = self.width_input

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "heightInput": height_input,
                "label": label,
                "presets": presets,
                "widthInput": width_input,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "UiResolutionComponent",
            (
                ("height_input", self.height_input),
                ("label", self.label),
                ("width_input", self.width_input),
            ),
            4,
            (
                self.presets,
                self.additional_properties,
            ),
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object; raises ParseError naming the field on a missing or mistyped value."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ParseError.expected("object", src_dict)
        d = dict(src_dict)
        at: str = ""
        try:
            at = "heightInput"
            height_input = d.pop("heightInput")
            if type(height_input) is not str and not isinstance(height_input, str):
                raise ParseError.expected("string", height_input)

            at = "label"
            label = d.pop("label")
            if type(label) is not str and not isinstance(label, str):
                raise ParseError.expected("string", label)

            at = "presets"
            _presets = d.pop("presets")
            if not isinstance(_presets, list):
                raise ParseError.expected("array", _presets)
            presets = []
            try:
                for presets_item_data in _presets:
                    presets_item = UiResolutionPreset.from_dict(presets_item_data)

                    presets.append(presets_item)
            except ParseError as parse_error:
                parse_error.location = (len(presets), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(presets)) from parse_error

            at = "widthInput"
            width_input = d.pop("widthInput")
            if type(width_input) is not str and not isinstance(width_input, str):
                raise ParseError.expected("string", width_input)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        ui_resolution_component = object.__new__(cls)
        ui_resolution_component.height_input = height_input
        ui_resolution_component.label = label
        ui_resolution_component.presets = presets
        ui_resolution_component.width_input = width_input
        ui_resolution_component.additional_properties = d
        return ui_resolution_component

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
from ..models.ui_resolution_preset import UiResolutionPreset  # noqa: E402
