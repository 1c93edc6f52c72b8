from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="DryRunEstimate")


@_attrs_define(kw_only=True, repr=False)
class DryRunEstimate:
    """The cost a training would have (HTTP 269 to a dry run); nothing started."""

    creative_units_cost: float
    creative_units_discount: float | None = None
    cost_details: CostDetails | None = None
    """ Creative units, keyed by operation. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        creative_units_cost = self.creative_units_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "creativeUnitsCost": creative_units_cost,
            }
        )
        creative_units_discount = self.creative_units_discount
        if creative_units_discount is not None:
            field_dict["creativeUnitsDiscount"] = creative_units_discount

        if self.cost_details is not None:
            field_dict["costDetails"] = self.cost_details.to_dict()

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "DryRunEstimate",
            (
                ("creative_units_cost", self.creative_units_cost),
                ("creative_units_discount", self.creative_units_discount),
            ),
            4,
            (
                self.cost_details,
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
            at = "creativeUnitsCost"
            creative_units_cost = d.pop("creativeUnitsCost")
            if (
                type(creative_units_cost) is not float
                and type(creative_units_cost) is not int
                and (isinstance(creative_units_cost, bool) or not isinstance(creative_units_cost, (int, float)))
            ):
                raise ParseError.expected("number", creative_units_cost)

            at = "creativeUnitsDiscount"
            creative_units_discount = d.pop("creativeUnitsDiscount", None)
            if type(creative_units_discount) is not float and type(creative_units_discount) is not int:
                if creative_units_discount is None:
                    if "creativeUnitsDiscount" in src_dict:
                        sent_null += ("creativeUnitsDiscount",)
                elif isinstance(creative_units_discount, bool) or not isinstance(creative_units_discount, (int, float)):
                    raise ParseError.expected("number", creative_units_discount)

            at = "costDetails"
            _cost_details = d.pop("costDetails", None)
            cost_details: CostDetails | None = None
            if _cost_details is not None:
                cost_details = CostDetails.from_dict(_cost_details)
            elif "costDetails" in src_dict:
                sent_null += ("costDetails",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        dry_run_estimate = object.__new__(cls)
        dry_run_estimate.creative_units_cost = creative_units_cost
        dry_run_estimate.creative_units_discount = creative_units_discount
        dry_run_estimate.cost_details = cost_details
        dry_run_estimate._sent_null = sent_null
        dry_run_estimate.additional_properties = d
        return dry_run_estimate

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
from ..models.cost_details import CostDetails  # noqa: E402
