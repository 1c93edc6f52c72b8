from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.ip_finding_category import IpFindingCategory
from ..types import json_text, short_repr

T = TypeVar("T", bound="IpFinding")


@_attrs_define(kw_only=True, repr=False)
class IpFinding:
    category: IpFindingCategory
    confidence: float
    filter_id: str
    filter_name: str
    flagged: bool
    reason: str
    entities: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        category = self.category.value

        confidence = self.confidence

        filter_id = self.filter_id

        filter_name = self.filter_name

        flagged = self.flagged

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "category": category,
                "confidence": confidence,
                "filterId": filter_id,
                "filterName": filter_name,
                "flagged": flagged,
                "reason": reason,
            }
        )
        entities = self.entities
        if entities is not None:
            field_dict["entities"] = entities

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "IpFinding",
            (
                ("category", self.category),
                ("confidence", self.confidence),
                ("filter_id", self.filter_id),
                ("filter_name", self.filter_name),
                ("flagged", self.flagged),
                ("reason", self.reason),
            ),
            4,
            (
                self.entities,
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
            at = "category"
            category = IpFindingCategory.from_json(d.pop("category"))

            at = "confidence"
            confidence = d.pop("confidence")
            if (
                type(confidence) is not float
                and type(confidence) is not int
                and (isinstance(confidence, bool) or not isinstance(confidence, (int, float)))
            ):
                raise ParseError.expected("number", confidence)

            at = "filterId"
            filter_id = d.pop("filterId")
            if type(filter_id) is not str and not isinstance(filter_id, str):
                raise ParseError.expected("string", filter_id)

            at = "filterName"
            filter_name = d.pop("filterName")
            if type(filter_name) is not str and not isinstance(filter_name, str):
                raise ParseError.expected("string", filter_name)

            at = "flagged"
            flagged = d.pop("flagged")
            if type(flagged) is not bool and not isinstance(flagged, bool):
                raise ParseError.expected("boolean", flagged)

            at = "reason"
            reason = d.pop("reason")
            if type(reason) is not str and not isinstance(reason, str):
                raise ParseError.expected("string", reason)

            at = "entities"
            _entities = d.pop("entities", None)
            entities: list[str] | None = None
            if _entities is not None:
                if not isinstance(_entities, list):
                    raise ParseError.expected("array", _entities)
                entities = []
                try:
                    for entities_item_data in _entities:
                        entities_item = entities_item_data
                        if type(entities_item) is not str and not isinstance(entities_item, str):
                            raise ParseError.expected("string", entities_item)

                        entities.append(entities_item)
                except ParseError as parse_error:
                    parse_error.location = (len(entities), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(entities)) from parse_error
            elif "entities" in src_dict:
                sent_null += ("entities",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        ip_finding = object.__new__(cls)
        ip_finding.category = category
        ip_finding.confidence = confidence
        ip_finding.filter_id = filter_id
        ip_finding.filter_name = filter_name
        ip_finding.flagged = flagged
        ip_finding.reason = reason
        ip_finding.entities = entities
        ip_finding._sent_null = sent_null
        ip_finding.additional_properties = d
        return ip_finding

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
