from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError

if TYPE_CHECKING:
    from ..models.ui_property_display import UiPropertyDisplay


T = TypeVar("T", bound="UiPropertyMap")


@_attrs_define
class UiPropertyMap:
    """Display settings, keyed by input or output name."""

    additional_properties: dict[str, UiPropertyDisplay] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object; raises ParseError naming the field on a missing or mistyped value."""
        from ..models.ui_property_display import UiPropertyDisplay  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise ParseError.expected("object", src_dict)
        d = dict(src_dict)
        at: str = ""
        try:
            additional_properties = {}
            for prop_name, prop_dict in d.items():
                at = prop_name
                additional_property = UiPropertyDisplay.from_dict(prop_dict)

                additional_properties[prop_name] = additional_property
        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        ui_property_map = cls()
        ui_property_map.additional_properties = additional_properties
        return ui_property_map

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> UiPropertyDisplay:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: UiPropertyDisplay) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
