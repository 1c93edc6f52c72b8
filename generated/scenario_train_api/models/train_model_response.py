from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="TrainModelResponse")


@_attrs_define(kw_only=True, repr=False)
class TrainModelResponse:
    """The answer to a trigger that started a training (HTTP 200), with its job and model."""

    job: Job
    """ The same object that `GET /jobs/{jobId}` answers. """
    model: Model
    """ The same object that `GET /models/{modelId}` answers. """
    creative_units_cost: float | None = None
    creative_units_discount: float | None = None
    cost_details: CostDetails | None = None
    """ Creative units, keyed by operation. """
    ip_detection: IpDetection | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        job = self.job.to_dict()

        model = self.model.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "job": job,
                "model": model,
            }
        )
        creative_units_cost = self.creative_units_cost
        if creative_units_cost is not None:
            field_dict["creativeUnitsCost"] = creative_units_cost

        creative_units_discount = self.creative_units_discount
        if creative_units_discount is not None:
            field_dict["creativeUnitsDiscount"] = creative_units_discount

        if self.cost_details is not None:
            field_dict["costDetails"] = self.cost_details.to_dict()

        if self.ip_detection is not None:
            field_dict["ipDetection"] = self.ip_detection.to_dict()

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "TrainModelResponse",
            (
                ("job", self.job),
                ("model", self.model),
                ("creative_units_cost", self.creative_units_cost),
            ),
            3,
            (
                self.creative_units_discount,
                self.cost_details,
                self.ip_detection,
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
            at = "job"
            job = Job.from_dict(d.pop("job"))

            at = "model"
            model = Model.from_dict(d.pop("model"))

            at = "creativeUnitsCost"
            creative_units_cost = d.pop("creativeUnitsCost", None)
            if type(creative_units_cost) is not float and type(creative_units_cost) is not int:
                if creative_units_cost is None:
                    if "creativeUnitsCost" in src_dict:
                        sent_null += ("creativeUnitsCost",)
                elif isinstance(creative_units_cost, bool) or not isinstance(creative_units_cost, (int, float)):
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

            at = "ipDetection"
            _ip_detection = d.pop("ipDetection", None)
            ip_detection: IpDetection | None = None
            if _ip_detection is not None:
                ip_detection = IpDetection.from_dict(_ip_detection)
            elif "ipDetection" in src_dict:
                sent_null += ("ipDetection",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        train_model_response = object.__new__(cls)
        train_model_response.job = job
        train_model_response.model = model
        train_model_response.creative_units_cost = creative_units_cost
        train_model_response.creative_units_discount = creative_units_discount
        train_model_response.cost_details = cost_details
        train_model_response.ip_detection = ip_detection
        train_model_response._sent_null = sent_null
        train_model_response.additional_properties = d
        return train_model_response

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
from ..models.ip_detection import IpDetection  # noqa: E402
from ..models.job import Job  # noqa: E402
from ..models.model import Model  # noqa: E402
