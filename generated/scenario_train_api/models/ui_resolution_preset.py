from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="UiResolutionPreset")


@_attrs_define(kw_only=True, repr=False)
class UiResolutionPreset:
    height: float
    label: str
    width: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        height = self.height

        label = self.label

        width = self.width

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "height": height,
                "label": label,
                "width": width,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "UiResolutionPreset",
            (
                ("height", self.height),
                ("label", self.label),
                ("width", self.width),
            ),
            4,
            (self.additional_properties,),
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object; raises ParseError naming the field on a missing or mistyped value."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ParseError.expected("object", src_dict)
        d = dict(src_dict)
        at: str = ""
        try:
            at = "height"
            height = d.pop("height")
            if (
                type(height) is not float
                and type(height) is not int
                and (isinstance(height, bool) or not isinstance(height, (int, float)))
            ):
                raise ParseError.expected("number", height)

            at = "label"
            label = d.pop("label")
            if type(label) is not str and not isinstance(label, str):
                raise ParseError.expected("string", label)

            at = "width"
            width = d.pop("width")
            if (
                type(width) is not float
                and type(width) is not int
                and (isinstance(width, bool) or not isinstance(width, (int, float)))
            ):
                raise ParseError.expected("number", width)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        ui_resolution_preset = object.__new__(cls)
        ui_resolution_preset.height = height
        ui_resolution_preset.label = label
        ui_resolution_preset.width = width
        ui_resolution_preset.additional_properties = d
        return ui_resolution_preset

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
