from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="ModelConcept")


@_attrs_define(kw_only=True, repr=False)
class ModelConcept:
    model_id: str
    scale: float
    """ Between -2 and 2. """
    model_epoch: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        model_id = self.model_id

        scale = self.scale

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "modelId": model_id,
                "scale": scale,
            }
        )
        model_epoch = self.model_epoch
        if model_epoch is not None:
            field_dict["modelEpoch"] = model_epoch

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "ModelConcept",
            (
                ("model_id", self.model_id),
                ("scale", self.scale),
                ("model_epoch", self.model_epoch),
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
            at = "modelId"
            model_id = d.pop("modelId")
            if type(model_id) is not str and not isinstance(model_id, str):
                raise ParseError.expected("string", model_id)

            at = "scale"
            scale = d.pop("scale")
            if (
                type(scale) is not float
                and type(scale) is not int
                and (isinstance(scale, bool) or not isinstance(scale, (int, float)))
            ):
                raise ParseError.expected("number", scale)

            at = "modelEpoch"
            model_epoch = d.pop("modelEpoch", None)
            if type(model_epoch) is not str:
                if model_epoch is None:
                    if "modelEpoch" in src_dict:
                        sent_null += ("modelEpoch",)
                elif not isinstance(model_epoch, str):
                    raise ParseError.expected("string", model_epoch)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        model_concept = object.__new__(cls)
        model_concept.model_id = model_id
        model_concept.scale = scale
        model_concept.model_epoch = model_epoch
        model_concept._sent_null = sent_null
        model_concept.additional_properties = d
        return model_concept

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
