from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="TrainingStats")


@_attrs_define(kw_only=True, repr=False)
class TrainingStats:
    ended_at: str | None = None
    queue_duration: float | None = None
    started_at: str | None = None
    train_duration: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ended_at = self.ended_at
        if ended_at is not None:
            field_dict["endedAt"] = ended_at

        queue_duration = self.queue_duration
        if queue_duration is not None:
            field_dict["queueDuration"] = queue_duration

        started_at = self.started_at
        if started_at is not None:
            field_dict["startedAt"] = started_at

        train_duration = self.train_duration
        if train_duration is not None:
            field_dict["trainDuration"] = train_duration

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "TrainingStats",
            (
                ("ended_at", self.ended_at),
                ("queue_duration", self.queue_duration),
                ("started_at", self.started_at),
                ("train_duration", self.train_duration),
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
            at = "endedAt"
            ended_at = d.pop("endedAt", None)
            if type(ended_at) is not str:
                if ended_at is None:
                    if "endedAt" in src_dict:
                        sent_null += ("endedAt",)
                elif not isinstance(ended_at, str):
                    raise ParseError.expected("string", ended_at)

            at = "queueDuration"
            queue_duration = d.pop("queueDuration", None)
            if type(queue_duration) is not float and type(queue_duration) is not int:
                if queue_duration is None:
                    if "queueDuration" in src_dict:
                        sent_null += ("queueDuration",)
                elif isinstance(queue_duration, bool) or not isinstance(queue_duration, (int, float)):
                    raise ParseError.expected("number", queue_duration)

            at = "startedAt"
            started_at = d.pop("startedAt", None)
            if type(started_at) is not str:
                if started_at is None:
                    if "startedAt" in src_dict:
                        sent_null += ("startedAt",)
                elif not isinstance(started_at, str):
                    raise ParseError.expected("string", started_at)

            at = "trainDuration"
            train_duration = d.pop("trainDuration", None)
            if type(train_duration) is not float and type(train_duration) is not int:
                if train_duration is None:
                    if "trainDuration" in src_dict:
                        sent_null += ("trainDuration",)
                elif isinstance(train_duration, bool) or not isinstance(train_duration, (int, float)):
                    raise ParseError.expected("number", train_duration)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        training_stats = object.__new__(cls)
        training_stats.ended_at = ended_at
        training_stats.queue_duration = queue_duration
        training_stats.started_at = started_at
        training_stats.train_duration = train_duration
        training_stats._sent_null = sent_null
        training_stats.additional_properties = d
        return training_stats

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
