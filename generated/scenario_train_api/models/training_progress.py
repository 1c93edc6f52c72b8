from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.training_stage import TrainingStage
from ..types import json_text, short_repr

T = TypeVar("T", bound="TrainingProgress")


@_attrs_define(kw_only=True, repr=False)
class TrainingProgress:
    """Where a running training is (stage, progress, queue position, time left)."""

    stage: TrainingStage
    updated_at: float
    """ Epoch time. """
    captcha_image_url: str | None = None
    position: float | None = None
    progress: float | None = None
    remaining_time_ms: float | None = None
    retryable_error: str | None = None
    retry_count: float | None = None
    started_at: float | None = None
    """ Epoch time. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        stage = self.stage.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "stage": stage,
                "updatedAt": updated_at,
            }
        )
        captcha_image_url = self.captcha_image_url
        if captcha_image_url is not None:
            field_dict["captchaImageUrl"] = captcha_image_url

        position = self.position
        if position is not None:
            field_dict["position"] = position

        progress = self.progress
        if progress is not None:
            field_dict["progress"] = progress

        remaining_time_ms = self.remaining_time_ms
        if remaining_time_ms is not None:
            field_dict["remainingTimeMs"] = remaining_time_ms

        retryable_error = self.retryable_error
        if retryable_error is not None:
            field_dict["retryableError"] = retryable_error

        retry_count = self.retry_count
        if retry_count is not None:
            field_dict["retryCount"] = retry_count

        started_at = self.started_at
        if started_at is not None:
            field_dict["startedAt"] = started_at

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "TrainingProgress",
            (
                ("stage", self.stage),
                ("progress", self.progress),
            ),
            2,
            (
                self.updated_at,
                self.captcha_image_url,
                self.position,
                self.remaining_time_ms,
                self.retryable_error,
                self.retry_count,
                self.started_at,
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
            at = "stage"
            stage = TrainingStage.from_json(d.pop("stage"))

            at = "updatedAt"
            updated_at = d.pop("updatedAt")
            if (
                type(updated_at) is not float
                and type(updated_at) is not int
                and (isinstance(updated_at, bool) or not isinstance(updated_at, (int, float)))
            ):
                raise ParseError.expected("number", updated_at)

            at = "captchaImageUrl"
            captcha_image_url = d.pop("captchaImageUrl", None)
            if type(captcha_image_url) is not str:
                if captcha_image_url is None:
                    if "captchaImageUrl" in src_dict:
                        sent_null += ("captchaImageUrl",)
                elif not isinstance(captcha_image_url, str):
                    raise ParseError.expected("string", captcha_image_url)

            at = "position"
            position = d.pop("position", None)
            if type(position) is not float and type(position) is not int:
                if position is None:
                    if "position" in src_dict:
                        sent_null += ("position",)
                elif isinstance(position, bool) or not isinstance(position, (int, float)):
                    raise ParseError.expected("number", position)

            at = "progress"
            progress = d.pop("progress", None)
            if type(progress) is not float and type(progress) is not int:
                if progress is None:
                    if "progress" in src_dict:
                        sent_null += ("progress",)
                elif isinstance(progress, bool) or not isinstance(progress, (int, float)):
                    raise ParseError.expected("number", progress)

            at = "remainingTimeMs"
            remaining_time_ms = d.pop("remainingTimeMs", None)
            if type(remaining_time_ms) is not float and type(remaining_time_ms) is not int:
                if remaining_time_ms is None:
                    if "remainingTimeMs" in src_dict:
                        sent_null += ("remainingTimeMs",)
                elif isinstance(remaining_time_ms, bool) or not isinstance(remaining_time_ms, (int, float)):
                    raise ParseError.expected("number", remaining_time_ms)

            at = "retryableError"
            retryable_error = d.pop("retryableError", None)
            if type(retryable_error) is not str:
                if retryable_error is None:
                    if "retryableError" in src_dict:
                        sent_null += ("retryableError",)
                elif not isinstance(retryable_error, str):
                    raise ParseError.expected("string", retryable_error)

            at = "retryCount"
            retry_count = d.pop("retryCount", None)
            if type(retry_count) is not float and type(retry_count) is not int:
                if retry_count is None:
                    if "retryCount" in src_dict:
                        sent_null += ("retryCount",)
                elif isinstance(retry_count, bool) or not isinstance(retry_count, (int, float)):
                    raise ParseError.expected("number", retry_count)

            at = "startedAt"
            started_at = d.pop("startedAt", None)
            if type(started_at) is not float and type(started_at) is not int:
                if started_at is None:
                    if "startedAt" in src_dict:
                        sent_null += ("startedAt",)
                elif isinstance(started_at, bool) or not isinstance(started_at, (int, float)):
                    raise ParseError.expected("number", started_at)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        training_progress = object.__new__(cls)
        training_progress.stage = stage
        training_progress.updated_at = updated_at
        training_progress.captcha_image_url = captcha_image_url
        training_progress.position = position
        training_progress.progress = progress
        training_progress.remaining_time_ms = remaining_time_ms
        training_progress.retryable_error = retryable_error
        training_progress.retry_count = retry_count
        training_progress.started_at = started_at
        training_progress._sent_null = sent_null
        training_progress.additional_properties = d
        return training_progress

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
