from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="ErrorDetails")


@_attrs_define(kw_only=True, repr=False)
class ErrorDetails:
    action_name: str | None = None
    action_limit: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        action_name = self.action_name
        if action_name is not None:
            field_dict["actionName"] = action_name

        action_limit = self.action_limit
        if action_limit is not None:
            field_dict["actionLimit"] = action_limit

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "ErrorDetails",
            (
                ("action_name", self.action_name),
                ("action_limit", self.action_limit),
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
            at = "actionName"
            action_name = d.pop("actionName", None)
            if type(action_name) is not str:
                if action_name is None:
                    if "actionName" in src_dict:
                        sent_null += ("actionName",)
                elif not isinstance(action_name, str):
                    raise ParseError.expected("string", action_name)

            at = "actionLimit"
            action_limit = d.pop("actionLimit", None)
            if type(action_limit) is not float and type(action_limit) is not int:
                if action_limit is None:
                    if "actionLimit" in src_dict:
                        sent_null += ("actionLimit",)
                elif isinstance(action_limit, bool) or not isinstance(action_limit, (int, float)):
                    raise ParseError.expected("number", action_limit)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        error_details = object.__new__(cls)
        error_details.action_name = action_name
        error_details.action_limit = action_limit
        error_details._sent_null = sent_null
        error_details.additional_properties = d
        return error_details

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
