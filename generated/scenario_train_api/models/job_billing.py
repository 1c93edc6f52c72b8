from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="JobBilling")


@_attrs_define(kw_only=True, repr=False)
class JobBilling:
    cu_cost: float
    cu_discount: float
    cu_cost_details: JobBillingCostDetails | None = None
    disable_refund: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        cu_cost = self.cu_cost

        cu_discount = self.cu_discount

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cuCost": cu_cost,
                "cuDiscount": cu_discount,
            }
        )
        if self.cu_cost_details is not None:
            field_dict["cuCostDetails"] = self.cu_cost_details.to_dict()

        disable_refund = self.disable_refund
        if disable_refund is not None:
            field_dict["disableRefund"] = disable_refund

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "JobBilling",
            (
                ("cu_cost", self.cu_cost),
                ("cu_discount", self.cu_discount),
                ("disable_refund", self.disable_refund),
            ),
            4,
            (
                self.cu_cost_details,
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
            at = "cuCost"
            cu_cost = d.pop("cuCost")
            if (
                type(cu_cost) is not float
                and type(cu_cost) is not int
                and (isinstance(cu_cost, bool) or not isinstance(cu_cost, (int, float)))
            ):
                raise ParseError.expected("number", cu_cost)

            at = "cuDiscount"
            cu_discount = d.pop("cuDiscount")
            if (
                type(cu_discount) is not float
                and type(cu_discount) is not int
                and (isinstance(cu_discount, bool) or not isinstance(cu_discount, (int, float)))
            ):
                raise ParseError.expected("number", cu_discount)

            at = "cuCostDetails"
            _cu_cost_details = d.pop("cuCostDetails", None)
            cu_cost_details: JobBillingCostDetails | None = None
            if _cu_cost_details is not None:
                cu_cost_details = JobBillingCostDetails.from_dict(_cu_cost_details)
            elif "cuCostDetails" in src_dict:
                sent_null += ("cuCostDetails",)

            at = "disableRefund"
            disable_refund = d.pop("disableRefund", None)
            if type(disable_refund) is not bool:
                if disable_refund is None:
                    if "disableRefund" in src_dict:
                        sent_null += ("disableRefund",)
                elif not isinstance(disable_refund, bool):
                    raise ParseError.expected("boolean", disable_refund)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        job_billing = object.__new__(cls)
        job_billing.cu_cost = cu_cost
        job_billing.cu_discount = cu_discount
        job_billing.cu_cost_details = cu_cost_details
        job_billing.disable_refund = disable_refund
        job_billing._sent_null = sent_null
        job_billing.additional_properties = d
        return job_billing

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
from ..models.job_billing_cost_details import JobBillingCostDetails  # noqa: E402
