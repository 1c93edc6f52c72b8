from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.model_class_status import ModelClassStatus
from ..types import json_text, short_repr

T = TypeVar("T", bound="ModelClass")


@_attrs_define(kw_only=True, repr=False)
class ModelClass:
    category: str
    concept_prompt: str
    model_id: str
    name: str
    prompt: str
    slug: str
    status: ModelClassStatus
    thumbnails: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        category = self.category

        concept_prompt = self.concept_prompt

        model_id = self.model_id

        name = self.name

        prompt = self.prompt

        slug = self.slug

        status = self.status.value

        thumbnails = self.thumbnails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "conceptPrompt": concept_prompt,
                "modelId": model_id,
                "name": name,
                "prompt": prompt,
                "slug": slug,
                "status": status,
                "thumbnails": thumbnails,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "ModelClass",
            (
                ("category", self.category),
                ("concept_prompt", self.concept_prompt),
                ("model_id", self.model_id),
                ("name", self.name),
                ("prompt", self.prompt),
                ("slug", self.slug),
                ("status", self.status),
            ),
            4,
            (
                self.thumbnails,
                self.additional_properties,
            ),
        )

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Read the JSON object; raises ParseError naming the field on a missing or mistyped value."""
        if not isinstance(src_dict, dict) and not isinstance(src_dict, Mapping):
            raise ParseError.expected("object", src_dict)
        d = dict(src_dict)
        at: str = ""
        try:
            at = "category"
            category = d.pop("category")
            if type(category) is not str and not isinstance(category, str):
                raise ParseError.expected("string", category)

            at = "conceptPrompt"
            concept_prompt = d.pop("conceptPrompt")
            if type(concept_prompt) is not str and not isinstance(concept_prompt, str):
                raise ParseError.expected("string", concept_prompt)

            at = "modelId"
            model_id = d.pop("modelId")
            if type(model_id) is not str and not isinstance(model_id, str):
                raise ParseError.expected("string", model_id)

            at = "name"
            name = d.pop("name")
            if type(name) is not str and not isinstance(name, str):
                raise ParseError.expected("string", name)

            at = "prompt"
            prompt = d.pop("prompt")
            if type(prompt) is not str and not isinstance(prompt, str):
                raise ParseError.expected("string", prompt)

            at = "slug"
            slug = d.pop("slug")
            if type(slug) is not str and not isinstance(slug, str):
                raise ParseError.expected("string", slug)

            at = "status"
            status = ModelClassStatus.from_json(d.pop("status"))

            at = "thumbnails"
            _thumbnails = d.pop("thumbnails")
            if not isinstance(_thumbnails, list):
                raise ParseError.expected("array", _thumbnails)
            thumbnails = []
            try:
                for thumbnails_item_data in _thumbnails:
                    thumbnails_item = thumbnails_item_data
                    if type(thumbnails_item) is not str and not isinstance(thumbnails_item, str):
                        raise ParseError.expected("string", thumbnails_item)

                    thumbnails.append(thumbnails_item)
            except ParseError as parse_error:
                parse_error.location = (len(thumbnails), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(thumbnails)) from parse_error

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        model_class = object.__new__(cls)
        model_class.category = category
        model_class.concept_prompt = concept_prompt
        model_class.model_id = model_id
        model_class.name = name
        model_class.prompt = prompt
        model_class.slug = slug
        model_class.status = status
        model_class.thumbnails = thumbnails
        model_class.additional_properties = d
        return model_class

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
