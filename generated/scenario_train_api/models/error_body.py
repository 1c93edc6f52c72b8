from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="ErrorBody")


@_attrs_define(kw_only=True, repr=False)
class ErrorBody:
    """Observed error fields; all optional, others may appear."""

    message: str | None = None
    reason: str | None = None
    error: Any = None
    detail: Any = None
    status: Any = None
    code: Any = None
    details: ErrorDetails | None = None
    remaining_seconds: float | None = None
    """ Cooldown before the next launch (429). """
    required_plan: str | None = None
    traceId: str | None = None
    trace_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        message = self.message
        if message is not None:
            field_dict["message"] = message

        reason = self.reason
        if reason is not None:
            field_dict["reason"] = reason

        error = self.error
        if error is not None:
            field_dict["error"] = error

        detail = self.detail
        if detail is not None:
            field_dict["detail"] = detail

        status = self.status
        if status is not None:
            field_dict["status"] = status

        code = self.code
        if code is not None:
            field_dict["code"] = code

        if self.details is not None:
            field_dict["details"] = self.details.to_dict()

        remaining_seconds = self.remaining_seconds
        if remaining_seconds is not None:
            field_dict["remainingSeconds"] = remaining_seconds

        required_plan = self.required_plan
        if required_plan is not None:
            field_dict["requiredPlan"] = required_plan

        traceId = self.traceId
        if traceId is not None:
            field_dict["traceId"] = traceId

        trace_id = self.trace_id
        if trace_id is not None:
            field_dict["trace_id"] = trace_id

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "ErrorBody",
            (
                ("message", self.message),
                ("reason", self.reason),
                ("remaining_seconds", self.remaining_seconds),
                ("required_plan", self.required_plan),
                ("traceId", self.traceId),
                ("trace_id", self.trace_id),
            ),
            4,
            (
                self.error,
                self.detail,
                self.status,
                self.code,
                self.details,
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
            at = "message"
            message = d.pop("message", None)
            if type(message) is not str:
                if message is None:
                    if "message" in src_dict:
                        sent_null += ("message",)
                elif not isinstance(message, str):
                    raise ParseError.expected("string", message)

            at = "reason"
            reason = d.pop("reason", None)
            if type(reason) is not str:
                if reason is None:
                    if "reason" in src_dict:
                        sent_null += ("reason",)
                elif not isinstance(reason, str):
                    raise ParseError.expected("string", reason)

            at = "error"
            error = d.pop("error", None)
            if error is None and "error" in src_dict:
                sent_null += ("error",)

            at = "detail"
            detail = d.pop("detail", None)
            if detail is None and "detail" in src_dict:
                sent_null += ("detail",)

            at = "status"
            status = d.pop("status", None)
            if status is None and "status" in src_dict:
                sent_null += ("status",)

            at = "code"
            code = d.pop("code", None)
            if code is None and "code" in src_dict:
                sent_null += ("code",)

            at = "details"
            _details = d.pop("details", None)
            details: ErrorDetails | None = None
            if _details is not None:
                details = ErrorDetails.from_dict(_details)
            elif "details" in src_dict:
                sent_null += ("details",)

            at = "remainingSeconds"
            remaining_seconds = d.pop("remainingSeconds", None)
            if type(remaining_seconds) is not float and type(remaining_seconds) is not int:
                if remaining_seconds is None:
                    if "remainingSeconds" in src_dict:
                        sent_null += ("remainingSeconds",)
                elif isinstance(remaining_seconds, bool) or not isinstance(remaining_seconds, (int, float)):
                    raise ParseError.expected("number", remaining_seconds)

            at = "requiredPlan"
            required_plan = d.pop("requiredPlan", None)
            if type(required_plan) is not str:
                if required_plan is None:
                    if "requiredPlan" in src_dict:
                        sent_null += ("requiredPlan",)
                elif not isinstance(required_plan, str):
                    raise ParseError.expected("string", required_plan)

            at = "traceId"
            traceId = d.pop("traceId", None)
            if type(traceId) is not str:
                if traceId is None:
                    if "traceId" in src_dict:
                        sent_null += ("traceId",)
                elif not isinstance(traceId, str):
                    raise ParseError.expected("string", traceId)

            at = "trace_id"
            trace_id = d.pop("trace_id", None)
            if type(trace_id) is not str:
                if trace_id is None:
                    if "trace_id" in src_dict:
                        sent_null += ("trace_id",)
                elif not isinstance(trace_id, str):
                    raise ParseError.expected("string", trace_id)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        error_body = object.__new__(cls)
        error_body.message = message
        error_body.reason = reason
        error_body.error = error
        error_body.detail = detail
        error_body.status = status
        error_body.code = code
        error_body.details = details
        error_body.remaining_seconds = remaining_seconds
        error_body.required_plan = required_plan
        error_body.traceId = traceId
        error_body.trace_id = trace_id
        error_body._sent_null = sent_null
        error_body.additional_properties = d
        return error_body

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
from ..models.error_details import ErrorDetails  # noqa: E402
