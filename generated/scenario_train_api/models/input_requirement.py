from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="InputRequirement")


@_attrs_define(kw_only=True, repr=False)
class InputRequirement:
    """`conditionalValues` is the shape up to SDK 2.2.0 (and on the documentation page); `conditional` replaces it from
    2.3.0. Both occur.

    """

    always: bool | None = None
    conditional: InputCondition | None = None
    conditional_values: Any = None
    if_defined: Any = None
    if_not_defined: Any = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        always = self.always
        if always is not None:
            field_dict["always"] = always

        if self.conditional is not None:
            field_dict["conditional"] = self.conditional.to_dict()

        conditional_values = self.conditional_values
        if conditional_values is not None:
            field_dict["conditionalValues"] = conditional_values

        if_defined = self.if_defined
        if if_defined is not None:
            field_dict["ifDefined"] = if_defined

        if_not_defined = self.if_not_defined
        if if_not_defined is not None:
            field_dict["ifNotDefined"] = if_not_defined

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "InputRequirement",
            (("always", self.always),),
            4,
            (
                self.conditional,
                self.conditional_values,
                self.if_defined,
                self.if_not_defined,
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
            at = "always"
            always = d.pop("always", None)
            if type(always) is not bool:
                if always is None:
                    if "always" in src_dict:
                        sent_null += ("always",)
                elif not isinstance(always, bool):
                    raise ParseError.expected("boolean", always)

            at = "conditional"
            _conditional = d.pop("conditional", None)
            conditional: InputCondition | None = None
            if _conditional is not None:
                conditional = InputCondition.from_dict(_conditional)
            elif "conditional" in src_dict:
                sent_null += ("conditional",)

            at = "conditionalValues"
            conditional_values = d.pop("conditionalValues", None)
            if conditional_values is None and "conditionalValues" in src_dict:
                sent_null += ("conditionalValues",)

            at = "ifDefined"
            if_defined = d.pop("ifDefined", None)
            if if_defined is None and "ifDefined" in src_dict:
                sent_null += ("ifDefined",)

            at = "ifNotDefined"
            if_not_defined = d.pop("ifNotDefined", None)
            if if_not_defined is None and "ifNotDefined" in src_dict:
                sent_null += ("ifNotDefined",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        input_requirement = object.__new__(cls)
        input_requirement.always = always
        input_requirement.conditional = conditional
        input_requirement.conditional_values = conditional_values
        input_requirement.if_defined = if_defined
        input_requirement.if_not_defined = if_not_defined
        input_requirement._sent_null = sent_null
        input_requirement.additional_properties = d
        return input_requirement

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
from ..models.input_condition import InputCondition  # noqa: E402
