from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="InputRef")


@_attrs_define
class InputRef:
    conditional: list[str] | Unset = UNSET
    equal: str | Unset = UNSET
    name: str | Unset = UNSET
    node: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        conditional: list[str] | Unset = UNSET
        if not isinstance(self.conditional, Unset):
            conditional = self.conditional

        equal = self.equal

        name = self.name

        node = self.node

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if conditional is not UNSET:
            field_dict["conditional"] = conditional
        if equal is not UNSET:
            field_dict["equal"] = equal
        if name is not UNSET:
            field_dict["name"] = name
        if node is not UNSET:
            field_dict["node"] = node
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
            at = "conditional"
            _conditional_sent = d.pop("conditional", UNSET)
            if _conditional_sent is None:
                _conditional_sent = UNSET
                sent_null += ("conditional",)
            _conditional = _conditional_sent
            conditional: list[str] | Unset = UNSET
            if _conditional is not UNSET:
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

            at = "equal"
            equal = d.pop("equal", UNSET)
            if type(equal) is not str and equal is not UNSET:
                if equal is None:
                    equal = UNSET
                    sent_null += ("equal",)
                elif not isinstance(equal, str):
                    raise ParseError.expected("string", equal)

            at = "name"
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                if name is None:
                    name = UNSET
                    sent_null += ("name",)
                elif not isinstance(name, str):
                    raise ParseError.expected("string", name)

            at = "node"
            node = d.pop("node", UNSET)
            if type(node) is not str and node is not UNSET:
                if node is None:
                    node = UNSET
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
