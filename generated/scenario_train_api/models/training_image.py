from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="TrainingImage")


@_attrs_define(kw_only=True, repr=False)
class TrainingImage:
    id: str
    automatic_captioning: str
    created_at: str
    description: str
    download_url: str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        id = self.id

        automatic_captioning = self.automatic_captioning

        created_at = self.created_at

        description = self.description

        download_url = self.download_url

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "automaticCaptioning": automatic_captioning,
                "createdAt": created_at,
                "description": description,
                "downloadUrl": download_url,
                "name": name,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "TrainingImage",
            (
                ("id", self.id),
                ("automatic_captioning", self.automatic_captioning),
                ("created_at", self.created_at),
                ("description", self.description),
                ("download_url", self.download_url),
                ("name", self.name),
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
            at = "id"
            id = d.pop("id")
            if type(id) is not str and not isinstance(id, str):
                raise ParseError.expected("string", id)

            at = "automaticCaptioning"
            automatic_captioning = d.pop("automaticCaptioning")
            if type(automatic_captioning) is not str and not isinstance(automatic_captioning, str):
                raise ParseError.expected("string", automatic_captioning)

            at = "createdAt"
            created_at = d.pop("createdAt")
            if type(created_at) is not str and not isinstance(created_at, str):
                raise ParseError.expected("string", created_at)

            at = "description"
            description = d.pop("description")
            if type(description) is not str and not isinstance(description, str):
                raise ParseError.expected("string", description)

            at = "downloadUrl"
            download_url = d.pop("downloadUrl")
            if type(download_url) is not str and not isinstance(download_url, str):
                raise ParseError.expected("string", download_url)

            at = "name"
            name = d.pop("name")
            if type(name) is not str and not isinstance(name, str):
                raise ParseError.expected("string", name)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        training_image = object.__new__(cls)
        training_image.id = id
        training_image.automatic_captioning = automatic_captioning
        training_image.created_at = created_at
        training_image.description = description
        training_image.download_url = download_url
        training_image.name = name
        training_image.additional_properties = d
        return training_image

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
