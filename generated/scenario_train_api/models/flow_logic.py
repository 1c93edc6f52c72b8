from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="FlowLogic")


@_attrs_define(kw_only=True, repr=False)
class FlowLogic:
    cases: list[FlowLogicCase] | None = None
    default: str | None = None
    transform: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if self.cases is not None:
            cases = []
            for cases_item_data in self.cases:
                cases_item = cases_item_data.to_dict()
                cases.append(cases_item)
            field_dict["cases"] = cases

        default = self.default
        if default is not None:
            field_dict["default"] = default

        transform = self.transform
        if transform is not None:
            field_dict["transform"] = transform

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "FlowLogic",
            (
                ("default", self.default),
                ("transform", self.transform),
            ),
            4,
            (
                self.cases,
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
            at = "cases"
            _cases = d.pop("cases", None)
            cases: list[FlowLogicCase] | None = None
            if _cases is not None:
                if not isinstance(_cases, list):
                    raise ParseError.expected("array", _cases)
                cases = []
                try:
                    for cases_item_data in _cases:
                        cases_item = FlowLogicCase.from_dict(cases_item_data)

                        cases.append(cases_item)
                except ParseError as parse_error:
                    parse_error.location = (len(cases), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(cases)) from parse_error
            elif "cases" in src_dict:
                sent_null += ("cases",)

            at = "default"
            default = d.pop("default", None)
            if type(default) is not str:
                if default is None:
                    if "default" in src_dict:
                        sent_null += ("default",)
                elif not isinstance(default, str):
                    raise ParseError.expected("string", default)

            at = "transform"
            transform = d.pop("transform", None)
            if type(transform) is not str:
                if transform is None:
                    if "transform" in src_dict:
                        sent_null += ("transform",)
                elif not isinstance(transform, str):
                    raise ParseError.expected("string", transform)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        flow_logic = object.__new__(cls)
        flow_logic.cases = cases
        flow_logic.default = default
        flow_logic.transform = transform
        flow_logic._sent_null = sent_null
        flow_logic.additional_properties = d
        return flow_logic

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
from ..models.flow_logic_case import FlowLogicCase  # noqa: E402
