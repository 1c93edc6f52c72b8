from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="JobBillingCostDetails")


@_attrs_define(kw_only=True, repr=False)
class JobBillingCostDetails:
    ip_detection: float | None = None
    quality_gate: float | None = None
    slop_detection: Any = None
    """ Listed by SDK 2.0.0 to 2.1.0 with no published type. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        ip_detection = self.ip_detection
        if ip_detection is not None:
            field_dict["ip-detection"] = ip_detection

        quality_gate = self.quality_gate
        if quality_gate is not None:
            field_dict["quality-gate"] = quality_gate

        slop_detection = self.slop_detection
        if slop_detection is not None:
            field_dict["slop-detection"] = slop_detection

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "JobBillingCostDetails",
            (
                ("ip_detection", self.ip_detection),
                ("quality_gate", self.quality_gate),
            ),
            4,
            (
                self.slop_detection,
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
            at = "ip-detection"
            ip_detection = d.pop("ip-detection", None)
            if type(ip_detection) is not float and type(ip_detection) is not int:
                if ip_detection is None:
                    if "ip-detection" in src_dict:
                        sent_null += ("ip-detection",)
                elif isinstance(ip_detection, bool) or not isinstance(ip_detection, (int, float)):
                    raise ParseError.expected("number", ip_detection)

            at = "quality-gate"
            quality_gate = d.pop("quality-gate", None)
            if type(quality_gate) is not float and type(quality_gate) is not int:
                if quality_gate is None:
                    if "quality-gate" in src_dict:
                        sent_null += ("quality-gate",)
                elif isinstance(quality_gate, bool) or not isinstance(quality_gate, (int, float)):
                    raise ParseError.expected("number", quality_gate)

            at = "slop-detection"
            slop_detection = d.pop("slop-detection", None)
            if slop_detection is None and "slop-detection" in src_dict:
                sent_null += ("slop-detection",)

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
