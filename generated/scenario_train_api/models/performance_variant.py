from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="PerformanceVariant")


@_attrs_define(kw_only=True, repr=False)
class PerformanceVariant:
    capability: str
    computed_at: str
    variant_key: str
    arena_score: ArenaScore | None = None
    cost_per_asset_max_cu: float | None = None
    cost_per_asset_min_cu: float | None = None
    cost_per_asset_p50cu: float | None = None
    inference_latency_p50_sec: float | None = None
    inference_latency_p75_sec: float | None = None
    resolution: str | None = None
    total_latency_p50_sec: float | None = None
    total_latency_p75_sec: float | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        capability = self.capability

        computed_at = self.computed_at

        variant_key = self.variant_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capability": capability,
                "computedAt": computed_at,
                "variantKey": variant_key,
            }
        )
        if self.arena_score is not None:
            field_dict["arenaScore"] = self.arena_score.to_dict()

        cost_per_asset_max_cu = self.cost_per_asset_max_cu
        if cost_per_asset_max_cu is not None:
            field_dict["costPerAssetMaxCU"] = cost_per_asset_max_cu

        cost_per_asset_min_cu = self.cost_per_asset_min_cu
        if cost_per_asset_min_cu is not None:
            field_dict["costPerAssetMinCU"] = cost_per_asset_min_cu

        cost_per_asset_p50cu = self.cost_per_asset_p50cu
        if cost_per_asset_p50cu is not None:
            field_dict["costPerAssetP50CU"] = cost_per_asset_p50cu

        inference_latency_p50_sec = self.inference_latency_p50_sec
        if inference_latency_p50_sec is not None:
            field_dict["inferenceLatencyP50Sec"] = inference_latency_p50_sec

        inference_latency_p75_sec = self.inference_latency_p75_sec
        if inference_latency_p75_sec is not None:
            field_dict["inferenceLatencyP75Sec"] = inference_latency_p75_sec

        resolution = self.resolution
        if resolution is not None:
            field_dict["resolution"] = resolution

        total_latency_p50_sec = self.total_latency_p50_sec
        if total_latency_p50_sec is not None:
            field_dict["totalLatencyP50Sec"] = total_latency_p50_sec

        total_latency_p75_sec = self.total_latency_p75_sec
        if total_latency_p75_sec is not None:
            field_dict["totalLatencyP75Sec"] = total_latency_p75_sec

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "PerformanceVariant",
            (
                ("capability", self.capability),
                ("computed_at", self.computed_at),
                ("variant_key", self.variant_key),
                ("cost_per_asset_max_cu", self.cost_per_asset_max_cu),
                ("cost_per_asset_min_cu", self.cost_per_asset_min_cu),
                ("cost_per_asset_p50cu", self.cost_per_asset_p50cu),
                ("inference_latency_p50_sec", self.inference_latency_p50_sec),
                ("inference_latency_p75_sec", self.inference_latency_p75_sec),
                ("resolution", self.resolution),
                ("total_latency_p50_sec", self.total_latency_p50_sec),
                ("total_latency_p75_sec", self.total_latency_p75_sec),
            ),
            4,
            (
                self.arena_score,
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
            at = "capability"
            capability = d.pop("capability")
            if type(capability) is not str and not isinstance(capability, str):
                raise ParseError.expected("string", capability)

            at = "computedAt"
            computed_at = d.pop("computedAt")
            if type(computed_at) is not str and not isinstance(computed_at, str):
                raise ParseError.expected("string", computed_at)

            at = "variantKey"
            variant_key = d.pop("variantKey")
            if type(variant_key) is not str and not isinstance(variant_key, str):
                raise ParseError.expected("string", variant_key)

            at = "arenaScore"
            _arena_score = d.pop("arenaScore", None)
            arena_score: ArenaScore | None = None
            if _arena_score is not None:
                arena_score = ArenaScore.from_dict(_arena_score)
            elif "arenaScore" in src_dict:
                sent_null += ("arenaScore",)

            at = "costPerAssetMaxCU"
            cost_per_asset_max_cu = d.pop("costPerAssetMaxCU", None)
            if type(cost_per_asset_max_cu) is not float and type(cost_per_asset_max_cu) is not int:
                if cost_per_asset_max_cu is None:
                    if "costPerAssetMaxCU" in src_dict:
                        sent_null += ("costPerAssetMaxCU",)
                elif isinstance(cost_per_asset_max_cu, bool) or not isinstance(cost_per_asset_max_cu, (int, float)):
                    raise ParseError.expected("number", cost_per_asset_max_cu)

            at = "costPerAssetMinCU"
            cost_per_asset_min_cu = d.pop("costPerAssetMinCU", None)
            if type(cost_per_asset_min_cu) is not float and type(cost_per_asset_min_cu) is not int:
                if cost_per_asset_min_cu is None:
                    if "costPerAssetMinCU" in src_dict:
                        sent_null += ("costPerAssetMinCU",)
                elif isinstance(cost_per_asset_min_cu, bool) or not isinstance(cost_per_asset_min_cu, (int, float)):
                    raise ParseError.expected("number", cost_per_asset_min_cu)

            at = "costPerAssetP50CU"
            cost_per_asset_p50cu = d.pop("costPerAssetP50CU", None)
            if type(cost_per_asset_p50cu) is not float and type(cost_per_asset_p50cu) is not int:
                if cost_per_asset_p50cu is None:
                    if "costPerAssetP50CU" in src_dict:
                        sent_null += ("costPerAssetP50CU",)
                elif isinstance(cost_per_asset_p50cu, bool) or not isinstance(cost_per_asset_p50cu, (int, float)):
                    raise ParseError.expected("number", cost_per_asset_p50cu)

            at = "inferenceLatencyP50Sec"
            inference_latency_p50_sec = d.pop("inferenceLatencyP50Sec", None)
            if type(inference_latency_p50_sec) is not float and type(inference_latency_p50_sec) is not int:
                if inference_latency_p50_sec is None:
                    if "inferenceLatencyP50Sec" in src_dict:
                        sent_null += ("inferenceLatencyP50Sec",)
                elif isinstance(inference_latency_p50_sec, bool) or not isinstance(
                    inference_latency_p50_sec, (int, float)
                ):
                    raise ParseError.expected("number", inference_latency_p50_sec)

            at = "inferenceLatencyP75Sec"
            inference_latency_p75_sec = d.pop("inferenceLatencyP75Sec", None)
            if type(inference_latency_p75_sec) is not float and type(inference_latency_p75_sec) is not int:
                if inference_latency_p75_sec is None:
                    if "inferenceLatencyP75Sec" in src_dict:
                        sent_null += ("inferenceLatencyP75Sec",)
                elif isinstance(inference_latency_p75_sec, bool) or not isinstance(
                    inference_latency_p75_sec, (int, float)
                ):
                    raise ParseError.expected("number", inference_latency_p75_sec)

            at = "resolution"
            resolution = d.pop("resolution", None)
            if type(resolution) is not str:
                if resolution is None:
                    if "resolution" in src_dict:
                        sent_null += ("resolution",)
                elif not isinstance(resolution, str):
                    raise ParseError.expected("string", resolution)

            at = "totalLatencyP50Sec"
            total_latency_p50_sec = d.pop("totalLatencyP50Sec", None)
            if type(total_latency_p50_sec) is not float and type(total_latency_p50_sec) is not int:
                if total_latency_p50_sec is None:
                    if "totalLatencyP50Sec" in src_dict:
                        sent_null += ("totalLatencyP50Sec",)
                elif isinstance(total_latency_p50_sec, bool) or not isinstance(total_latency_p50_sec, (int, float)):
                    raise ParseError.expected("number", total_latency_p50_sec)

            at = "totalLatencyP75Sec"
            total_latency_p75_sec = d.pop("totalLatencyP75Sec", None)
            if type(total_latency_p75_sec) is not float and type(total_latency_p75_sec) is not int:
                if total_latency_p75_sec is None:
                    if "totalLatencyP75Sec" in src_dict:
                        sent_null += ("totalLatencyP75Sec",)
                elif isinstance(total_latency_p75_sec, bool) or not isinstance(total_latency_p75_sec, (int, float)):
                    raise ParseError.expected("number", total_latency_p75_sec)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        performance_variant = object.__new__(cls)
        performance_variant.capability = capability
        performance_variant.computed_at = computed_at
        performance_variant.variant_key = variant_key
        performance_variant.arena_score = arena_score
        performance_variant.cost_per_asset_max_cu = cost_per_asset_max_cu
        performance_variant.cost_per_asset_min_cu = cost_per_asset_min_cu
        performance_variant.cost_per_asset_p50cu = cost_per_asset_p50cu
        performance_variant.inference_latency_p50_sec = inference_latency_p50_sec
        performance_variant.inference_latency_p75_sec = inference_latency_p75_sec
        performance_variant.resolution = resolution
        performance_variant.total_latency_p50_sec = total_latency_p50_sec
        performance_variant.total_latency_p75_sec = total_latency_p75_sec
        performance_variant._sent_null = sent_null
        performance_variant.additional_properties = d
        return performance_variant

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
from ..models.arena_score import ArenaScore  # noqa: E402
