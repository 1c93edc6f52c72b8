from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="InputRef")


@_attrs_define(kw_only=True, repr=False)
class InputRef:
    conditional: list[str] | None = None
    equal: str | None = None
    name: str | None = None
    node: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        conditional = self.conditional
        if conditional is not None:
            field_dict["conditional"] = conditional

        equal = self.equal
        if equal is not None:
            field_dict["equal"] = equal

        name = self.name
        if name is not None:
            field_dict["name"] = name

        node = self.node
        if node is not None:
            field_dict["node"] = node

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "InputRef",
            (
                ("equal", self.equal),
                ("name", self.name),
                ("node", self.node),
            ),
            4,
            (
                self.conditional,
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
            at = "conditional"
            _conditional = d.pop("conditional", None)
            conditional: list[str] | None = None
            if _conditional is not None:
                if not isinstance(_conditional, list):
                    raise ParseError.expected("array", _conditional)
                conditional = []
                try:
                    for conditional_item_data in _conditional:
                        conditional_item = conditional_item_data
                        if type(conditional_item) is not str and not isinstance(conditional_item, str):
                            raise ParseError.expected("string", conditional_item)

                        conditional.append(conditional_item)
                except ParseError as parse_error:
                    parse_error.location = (len(conditional), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(conditional)) from parse_error
            elif "conditional" in src_dict:
                sent_null += ("conditional",)

            at = "equal"
            equal = d.pop("equal", None)
            if type(equal) is not str:
                if equal is None:
                    if "equal" in src_dict:
                        sent_null += ("equal",)
                elif not isinstance(equal, str):
                    raise ParseError.expected("string", equal)

            at = "name"
            name = d.pop("name", None)
            if type(name) is not str:
                if name is None:
                    if "name" in src_dict:
                        sent_null += ("name",)
                elif not isinstance(name, str):
                    raise ParseError.expected("string", name)

            at = "node"
            node = d.pop("node", None)
            if type(node) is not str:
                if node is None:
                    if "node" in src_dict:
                        sent_null += ("node",)
                elif not isinstance(node, str):
                    raise ParseError.expected("string", node)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        input_ref = object.__new__(cls)
        input_ref.conditional = conditional
        input_ref.equal = equal
        input_ref.name = name
        input_ref.node = node
        input_ref._sent_null = sent_null
        input_ref.additional_properties = d
        return input_ref

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
