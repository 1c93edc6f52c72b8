from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorBody")


@_attrs_define
class ErrorBody:
    """Observed error fields; all optional, others may appear."""

    message: str | Unset = UNSET
    reason: str | Unset = UNSET
    error: Any | Unset = UNSET
    detail: Any | Unset = UNSET
    status: Any | Unset = UNSET
    code: Any | Unset = UNSET
    details: ErrorDetails | Unset = UNSET
    remaining_seconds: float | Unset = UNSET
    """ Cooldown before the next launch (429). """
    required_plan: str | Unset = UNSET
    traceId: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        reason = self.reason

        error = self.error

        detail = self.detail

        status = self.status

        code = self.code

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        remaining_seconds = self.remaining_seconds

        required_plan = self.required_plan

        traceId = self.traceId

        trace_id = self.trace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if message is not UNSET:
            field_dict["message"] = message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if error is not UNSET:
            field_dict["error"] = error
        if detail is not UNSET:
            field_dict["detail"] = detail
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if details is not UNSET:
            field_dict["details"] = details
        if remaining_seconds is not UNSET:
            field_dict["remainingSeconds"] = remaining_seconds
        if required_plan is not UNSET:
            field_dict["requiredPlan"] = required_plan
        if traceId is not UNSET:
            field_dict["traceId"] = traceId
        if trace_id is not UNSET:
            field_dict["trace_id"] = trace_id
        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

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
            message = d.pop("message", UNSET)
            if type(message) is not str and message is not UNSET:
                if message is None:
                    message = UNSET
                    sent_null += ("message",)
                elif not isinstance(message, str):
                    raise ParseError.expected("string", message)

            at = "reason"
            reason = d.pop("reason", UNSET)
            if type(reason) is not str and reason is not UNSET:
                if reason is None:
                    reason = UNSET
                    sent_null += ("reason",)
                elif not isinstance(reason, str):
                    raise ParseError.expected("string", reason)

            at = "error"
            error = d.pop("error", UNSET)

            at = "detail"
            detail = d.pop("detail", UNSET)

            at = "status"
            status = d.pop("status", UNSET)

            at = "code"
            code = d.pop("code", UNSET)

            at = "details"
            _details_sent = d.pop("details", UNSET)
            if _details_sent is None:
                _details_sent = UNSET
                sent_null += ("details",)
            _details = _details_sent
            details: ErrorDetails | Unset
            if _details is UNSET:
                details = UNSET
            else:
                details = ErrorDetails.from_dict(_details)

            at = "remainingSeconds"
            remaining_seconds = d.pop("remainingSeconds", UNSET)
            if (
                type(remaining_seconds) is not float
                and type(remaining_seconds) is not int
                and remaining_seconds is not UNSET
            ):
                if remaining_seconds is None:
                    remaining_seconds = UNSET
                    sent_null += ("remainingSeconds",)
                elif isinstance(remaining_seconds, bool) or not isinstance(remaining_seconds, (int, float)):
                    raise ParseError.expected("number", remaining_seconds)

            at = "requiredPlan"
            required_plan = d.pop("requiredPlan", UNSET)
            if type(required_plan) is not str and required_plan is not UNSET:
                if required_plan is None:
                    required_plan = UNSET
                    sent_null += ("requiredPlan",)
                elif not isinstance(required_plan, str):
                    raise ParseError.expected("string", required_plan)

            at = "traceId"
            traceId = d.pop("traceId", UNSET)
            if type(traceId) is not str and traceId is not UNSET:
                if traceId is None:
                    traceId = UNSET
                    sent_null += ("traceId",)
                elif not isinstance(traceId, str):
                    raise ParseError.expected("string", traceId)

            at = "trace_id"
            trace_id = d.pop("trace_id", UNSET)
            if type(trace_id) is not str and trace_id is not UNSET:
                if trace_id is None:
                    trace_id = UNSET
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
