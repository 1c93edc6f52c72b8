from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="ArenaScore")


@_attrs_define(kw_only=True, repr=False)
class ArenaScore:
    arena_category: str
    arena_model_name: str
    fetched_at: str
    rank: float
    rating: float
    rating_lower: float
    rating_upper: float
    votes: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        arena_category = self.arena_category

        arena_model_name = self.arena_model_name

        fetched_at = self.fetched_at

        rank = self.rank

        rating = self.rating

        rating_lower = self.rating_lower

        rating_upper = self.rating_upper

        votes = self.votes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "arenaCategory": arena_category,
                "arenaModelName": arena_model_name,
                "fetchedAt": fetched_at,
                "rank": rank,
                "rating": rating,
                "ratingLower": rating_lower,
                "ratingUpper": rating_upper,
                "votes": votes,
            }
        )

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "ArenaScore",
            (
                ("arena_category", self.arena_category),
                ("arena_model_name", self.arena_model_name),
                ("fetched_at", self.fetched_at),
                ("rank", self.rank),
                ("rating", self.rating),
                ("rating_lower", self.rating_lower),
                ("rating_upper", self.rating_upper),
                ("votes", self.votes),
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
            at = "arenaCategory"
            arena_category = d.pop("arenaCategory")
            if type(arena_category) is not str and not isinstance(arena_category, str):
                raise ParseError.expected("string", arena_category)

            at = "arenaModelName"
            arena_model_name = d.pop("arenaModelName")
            if type(arena_model_name) is not str and not isinstance(arena_model_name, str):
                raise ParseError.expected("string", arena_model_name)

            at = "fetchedAt"
            fetched_at = d.pop("fetchedAt")
            if type(fetched_at) is not str and not isinstance(fetched_at, str):
                raise ParseError.expected("string", fetched_at)

            at = "rank"
            rank = d.pop("rank")
            if (
                type(rank) is not float
                and type(rank) is not int
                and (isinstance(rank, bool) or not isinstance(rank, (int, float)))
            ):
                raise ParseError.expected("number", rank)

            at = "rating"
            rating = d.pop("rating")
            if (
                type(rating) is not float
                and type(rating) is not int
                and (isinstance(rating, bool) or not isinstance(rating, (int, float)))
            ):
                raise ParseError.expected("number", rating)

            at = "ratingLower"
            rating_lower = d.pop("ratingLower")
            if (
                type(rating_lower) is not float
                and type(rating_lower) is not int
                and (isinstance(rating_lower, bool) or not isinstance(rating_lower, (int, float)))
            ):
                raise ParseError.expected("number", rating_lower)

            at = "ratingUpper"
            rating_upper = d.pop("ratingUpper")
            if (
                type(rating_upper) is not float
                and type(rating_upper) is not int
                and (isinstance(rating_upper, bool) or not isinstance(rating_upper, (int, float)))
            ):
                raise ParseError.expected("number", rating_upper)

            at = "votes"
            votes = d.pop("votes")
            if (
                type(votes) is not float
                and type(votes) is not int
                and (isinstance(votes, bool) or not isinstance(votes, (int, float)))
            ):
                raise ParseError.expected("number", votes)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        arena_score = object.__new__(cls)
        arena_score.arena_category = arena_category
        arena_score.arena_model_name = arena_model_name
        arena_score.fetched_at = fetched_at
        arena_score.rank = rank
        arena_score.rating = rating
        arena_score.rating_lower = rating_lower
        arena_score.rating_upper = rating_upper
        arena_score.votes = votes
        arena_score.additional_properties = d
        return arena_score

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
