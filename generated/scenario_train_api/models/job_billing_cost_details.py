from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobBillingCostDetails")


@_attrs_define
class JobBillingCostDetails:
    ip_detection: float | Unset = UNSET
    quality_gate: float | Unset = UNSET
    slop_detection: Any | Unset = UNSET
    """ Listed by SDK 2.0.0 to 2.1.0 with no published type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        ip_detection = self.ip_detection

        quality_gate = self.quality_gate

        slop_detection = self.slop_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ip_detection is not UNSET:
            field_dict["ip-detection"] = ip_detection
        if quality_gate is not UNSET:
            field_dict["quality-gate"] = quality_gate
        if slop_detection is not UNSET:
            field_dict["slop-detection"] = slop_detection
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
            at = "ip-detection"
            ip_detection = d.pop("ip-detection", UNSET)
            if type(ip_detection) is not float and type(ip_detection) is not int and ip_detection is not UNSET:
                if ip_detection is None:
                    ip_detection = UNSET
                    sent_null += ("ip-detection",)
                elif isinstance(ip_detection, bool) or not isinstance(ip_detection, (int, float)):
                    raise ParseError.expected("number", ip_detection)

            at = "quality-gate"
            quality_gate = d.pop("quality-gate", UNSET)
            if type(quality_gate) is not float and type(quality_gate) is not int and quality_gate is not UNSET:
                if quality_gate is None:
                    quality_gate = UNSET
                    sent_null += ("quality-gate",)
                elif isinstance(quality_gate, bool) or not isinstance(quality_gate, (int, float)):
                    raise ParseError.expected("number", quality_gate)

            at = "slop-detection"
            slop_detection = d.pop("slop-detection", UNSET)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        job_billing_cost_details = object.__new__(cls)
        job_billing_cost_details.ip_detection = ip_detection
        job_billing_cost_details.quality_gate = quality_gate
        job_billing_cost_details.slop_detection = slop_detection
        job_billing_cost_details._sent_null = sent_null
        job_billing_cost_details.additional_properties = d
        return job_billing_cost_details

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
