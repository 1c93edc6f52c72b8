from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="TrainingImagePair")


@_attrs_define(kw_only=True, repr=False)
class TrainingImagePair:
    instruction: str | None = None
    source_id: str | None = None
    target_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        instruction = self.instruction
        if instruction is not None:
            field_dict["instruction"] = instruction

        source_id = self.source_id
        if source_id is not None:
            field_dict["sourceId"] = source_id

        target_id = self.target_id
        if target_id is not None:
            field_dict["targetId"] = target_id

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "TrainingImagePair",
            (
                ("instruction", self.instruction),
                ("source_id", self.source_id),
                ("target_id", self.target_id),
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
            at = "instruction"
            instruction = d.pop("instruction", None)
            if type(instruction) is not str:
                if instruction is None:
                    if "instruction" in src_dict:
                        sent_null += ("instruction",)
                elif not isinstance(instruction, str):
                    raise ParseError.expected("string", instruction)

            at = "sourceId"
            source_id = d.pop("sourceId", None)
            if type(source_id) is not str:
                if source_id is None:
                    if "sourceId" in src_dict:
                        sent_null += ("sourceId",)
                elif not isinstance(source_id, str):
                    raise ParseError.expected("string", source_id)

            at = "targetId"
            target_id = d.pop("targetId", None)
            if type(target_id) is not str:
                if target_id is None:
                    if "targetId" in src_dict:
                        sent_null += ("targetId",)
                elif not isinstance(target_id, str):
                    raise ParseError.expected("string", target_id)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        training_image_pair = object.__new__(cls)
        training_image_pair.instruction = instruction
        training_image_pair.source_id = source_id
        training_image_pair.target_id = target_id
        training_image_pair._sent_null = sent_null
        training_image_pair.additional_properties = d
        return training_image_pair

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
