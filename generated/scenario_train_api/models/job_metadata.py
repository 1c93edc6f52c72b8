from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import json_text, short_repr

T = TypeVar("T", bound="JobMetadata")


@_attrs_define(kw_only=True, repr=False)
class JobMetadata:
    asset_ids: list[str] | None = None
    error: str | None = None
    flow: list[FlowNode] | None = None
    hint: str | None = None
    input_: JsonObject | None = None
    """ Any JSON object. """
    output: JsonObject | None = None
    """ Any JSON object. """
    output_model_id: str | None = None
    workflow_id: str | None = None
    workflow_job_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        asset_ids = self.asset_ids
        if asset_ids is not None:
            field_dict["assetIds"] = asset_ids

        error = self.error
        if error is not None:
            field_dict["error"] = error

        if self.flow is not None:
            flow = []
            for flow_item_data in self.flow:
                flow_item = flow_item_data.to_dict()
                flow.append(flow_item)
            field_dict["flow"] = flow

        hint = self.hint
        if hint is not None:
            field_dict["hint"] = hint

        if self.input_ is not None:
            field_dict["input"] = self.input_.to_dict()

        if self.output is not None:
            field_dict["output"] = self.output.to_dict()

        output_model_id = self.output_model_id
        if output_model_id is not None:
            field_dict["outputModelId"] = output_model_id

        workflow_id = self.workflow_id
        if workflow_id is not None:
            field_dict["workflowId"] = workflow_id

        workflow_job_id = self.workflow_job_id
        if workflow_job_id is not None:
            field_dict["workflowJobId"] = workflow_job_id

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "JobMetadata",
            (
                ("error", self.error),
                ("hint", self.hint),
                ("output_model_id", self.output_model_id),
                ("workflow_id", self.workflow_id),
                ("workflow_job_id", self.workflow_job_id),
            ),
            4,
            (
                self.asset_ids,
                self.flow,
                self.input_,
                self.output,
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
            at = "assetIds"
            _asset_ids = d.pop("assetIds", None)
            asset_ids: list[str] | None = None
            if _asset_ids is not None:
                if not isinstance(_asset_ids, list):
                    raise ParseError.expected("array", _asset_ids)
                asset_ids = []
                try:
                    for asset_ids_item_data in _asset_ids:
                        asset_ids_item = asset_ids_item_data
                        if type(asset_ids_item) is not str and not isinstance(asset_ids_item, str):
                            raise ParseError.expected("string", asset_ids_item)

                        asset_ids.append(asset_ids_item)
                except ParseError as parse_error:
                    parse_error.location = (len(asset_ids), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(asset_ids)) from parse_error
            elif "assetIds" in src_dict:
                sent_null += ("assetIds",)

            at = "error"
            error = d.pop("error", None)
            if type(error) is not str:
                if error is None:
                    if "error" in src_dict:
                        sent_null += ("error",)
                elif not isinstance(error, str):
                    raise ParseError.expected("string", error)

            at = "flow"
            _flow = d.pop("flow", None)
            flow: list[FlowNode] | None = None
            if _flow is not None:
                if not isinstance(_flow, list):
                    raise ParseError.expected("array", _flow)
                flow = []
                try:
                    for flow_item_data in _flow:
                        flow_item = FlowNode.from_dict(flow_item_data)

                        flow.append(flow_item)
                except ParseError as parse_error:
                    parse_error.location = (len(flow), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(flow)) from parse_error
            elif "flow" in src_dict:
                sent_null += ("flow",)

            at = "hint"
            hint = d.pop("hint", None)
            if type(hint) is not str:
                if hint is None:
                    if "hint" in src_dict:
                        sent_null += ("hint",)
                elif not isinstance(hint, str):
                    raise ParseError.expected("string", hint)

            at = "input"
            _input_ = d.pop("input", None)
            input_: JsonObject | None = None
            if _input_ is not None:
                input_ = JsonObject.from_dict(_input_)
            elif "input" in src_dict:
                sent_null += ("input",)

            at = "output"
            _output = d.pop("output", None)
            output: JsonObject | None = None
            if _output is not None:
                output = JsonObject.from_dict(_output)
            elif "output" in src_dict:
                sent_null += ("output",)

            at = "outputModelId"
            output_model_id = d.pop("outputModelId", None)
            if type(output_model_id) is not str:
                if output_model_id is None:
                    if "outputModelId" in src_dict:
                        sent_null += ("outputModelId",)
                elif not isinstance(output_model_id, str):
                    raise ParseError.expected("string", output_model_id)

            at = "workflowId"
            workflow_id = d.pop("workflowId", None)
            if type(workflow_id) is not str:
                if workflow_id is None:
                    if "workflowId" in src_dict:
                        sent_null += ("workflowId",)
                elif not isinstance(workflow_id, str):
                    raise ParseError.expected("string", workflow_id)

            at = "workflowJobId"
            workflow_job_id = d.pop("workflowJobId", None)
            if type(workflow_job_id) is not str:
                if workflow_job_id is None:
                    if "workflowJobId" in src_dict:
                        sent_null += ("workflowJobId",)
                elif not isinstance(workflow_job_id, str):
                    raise ParseError.expected("string", workflow_job_id)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        job_metadata = object.__new__(cls)
        job_metadata.asset_ids = asset_ids
        job_metadata.error = error
        job_metadata.flow = flow
        job_metadata.hint = hint
        job_metadata.input_ = input_
        job_metadata.output = output
        job_metadata.output_model_id = output_model_id
        job_metadata.workflow_id = workflow_id
        job_metadata.workflow_job_id = workflow_job_id
        job_metadata._sent_null = sent_null
        job_metadata.additional_properties = d
        return job_metadata

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
from ..models.flow_node import FlowNode  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
