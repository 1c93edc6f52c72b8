from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.ip_detection_action import IpDetectionAction
from ..types import json_text, short_repr

T = TypeVar("T", bound="IpDetection")


@_attrs_define(kw_only=True, repr=False)
class IpDetection:
    action: IpDetectionAction
    creative_units_charged: float
    evaluated_filters: float
    findings: list[IpFinding]
    flagged: bool
    analyzed_images_count: float | None = None
    has_detector_error: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        action = self.action.value

        creative_units_charged = self.creative_units_charged

        evaluated_filters = self.evaluated_filters

        findings = []
        for findings_item_data in self.findings:
            findings_item = findings_item_data.to_dict()
            findings.append(findings_item)

        flagged = self.flagged

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "creativeUnitsCharged": creative_units_charged,
                "evaluatedFilters": evaluated_filters,
                "findings": findings,
                "flagged": flagged,
            }
        )
        analyzed_images_count = self.analyzed_images_count
        if analyzed_images_count is not None:
            field_dict["analyzedImagesCount"] = analyzed_images_count

        has_detector_error = self.has_detector_error
        if has_detector_error is not None:
            field_dict["hasDetectorError"] = has_detector_error

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "IpDetection",
            (
                ("action", self.action),
                ("creative_units_charged", self.creative_units_charged),
                ("evaluated_filters", self.evaluated_filters),
                ("flagged", self.flagged),
                ("analyzed_images_count", self.analyzed_images_count),
                ("has_detector_error", self.has_detector_error),
            ),
            4,
            (
                self.findings,
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
            at = "action"
            action = IpDetectionAction.from_json(d.pop("action"))

            at = "creativeUnitsCharged"
            creative_units_charged = d.pop("creativeUnitsCharged")
            if (
                type(creative_units_charged) is not float
                and type(creative_units_charged) is not int
                and (isinstance(creative_units_charged, bool) or not isinstance(creative_units_charged, (int, float)))
            ):
                raise ParseError.expected("number", creative_units_charged)

            at = "evaluatedFilters"
            evaluated_filters = d.pop("evaluatedFilters")
            if (
                type(evaluated_filters) is not float
                and type(evaluated_filters) is not int
                and (isinstance(evaluated_filters, bool) or not isinstance(evaluated_filters, (int, float)))
            ):
                raise ParseError.expected("number", evaluated_filters)

            at = "findings"
            _findings = d.pop("findings")
            if not isinstance(_findings, list):
                raise ParseError.expected("array", _findings)
            findings = []
            try:
                for findings_item_data in _findings:
                    findings_item = IpFinding.from_dict(findings_item_data)

                    findings.append(findings_item)
            except ParseError as parse_error:
                parse_error.location = (len(findings), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(findings)) from parse_error

            at = "flagged"
            flagged = d.pop("flagged")
            if type(flagged) is not bool and not isinstance(flagged, bool):
                raise ParseError.expected("boolean", flagged)

            at = "analyzedImagesCount"
            analyzed_images_count = d.pop("analyzedImagesCount", None)
            if type(analyzed_images_count) is not float and type(analyzed_images_count) is not int:
                if analyzed_images_count is None:
                    if "analyzedImagesCount" in src_dict:
                        sent_null += ("analyzedImagesCount",)
                elif isinstance(analyzed_images_count, bool) or not isinstance(analyzed_images_count, (int, float)):
                    raise ParseError.expected("number", analyzed_images_count)

            at = "hasDetectorError"
            has_detector_error = d.pop("hasDetectorError", None)
            if type(has_detector_error) is not bool:
                if has_detector_error is None:
                    if "hasDetectorError" in src_dict:
                        sent_null += ("hasDetectorError",)
                elif not isinstance(has_detector_error, bool):
                    raise ParseError.expected("boolean", has_detector_error)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        ip_detection = object.__new__(cls)
        ip_detection.action = action
        ip_detection.creative_units_charged = creative_units_charged
        ip_detection.evaluated_filters = evaluated_filters
        ip_detection.findings = findings
        ip_detection.flagged = flagged
        ip_detection.analyzed_images_count = analyzed_images_count
        ip_detection.has_detector_error = has_detector_error
        ip_detection._sent_null = sent_null
        ip_detection.additional_properties = d
        return ip_detection

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
from ..models.ip_finding import IpFinding  # noqa: E402
