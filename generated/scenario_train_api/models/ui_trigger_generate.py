from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.ui_trigger_position import UiTriggerPosition
from ..types import json_text, short_repr

T = TypeVar("T", bound="UiTriggerGenerate")


@_attrs_define(kw_only=True, repr=False)
class UiTriggerGenerate:
    label: str
    after: str | None = None
    position: UiTriggerPosition | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        label = self.label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "label": label,
            }
        )
        after = self.after
        if after is not None:
            field_dict["after"] = after

        if self.position is not None:
            field_dict["position"] = self.position.value

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "UiTriggerGenerate",
            (
                ("label", self.label),
                ("after", self.after),
                ("position", self.position),
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
        sent_null: tuple[str, ...] = ()
        at: str = ""
        try:
            at = "label"
            label = d.pop("label")
            if type(label) is not str and not isinstance(label, str):
                raise ParseError.expected("string", label)

            at = "after"
            after = d.pop("after", None)
            if type(after) is not str:
                if after is None:
                    if "after" in src_dict:
                        sent_null += ("after",)
                elif not isinstance(after, str):
                    raise ParseError.expected("string", after)

            at = "position"
            _position = d.pop("position", None)
            position: UiTriggerPosition | None = None
            if _position is not None:
                position = UiTriggerPosition.from_json(_position)
            elif "position" in src_dict:
                sent_null += ("position",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        ui_trigger_generate = object.__new__(cls)
        ui_trigger_generate.label = label
        ui_trigger_generate.after = after
        ui_trigger_generate.position = position
        ui_trigger_generate._sent_null = sent_null
        ui_trigger_generate.additional_properties = d
        return ui_trigger_generate

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
