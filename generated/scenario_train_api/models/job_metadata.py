from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMetadata")


@_attrs_define
class JobMetadata:
    asset_ids: list[str] | Unset = UNSET
    error: None | str | Unset = UNSET
    flow: list[FlowNode] | Unset = UNSET
    hint: str | Unset = UNSET
    input_: JsonObject | Unset = UNSET
    """ Any JSON object. """
    output: JsonObject | Unset = UNSET
    """ Any JSON object. """
    output_model_id: str | Unset = UNSET
    workflow_id: str | Unset = UNSET
    workflow_job_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        asset_ids: list[str] | Unset = UNSET
        if not isinstance(self.asset_ids, Unset):
            asset_ids = self.asset_ids

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        flow: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.flow, Unset):
            flow = []
            for flow_item_data in self.flow:
                flow_item = flow_item_data.to_dict()
                flow.append(flow_item)

        hint = self.hint

        input_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.input_, Unset):
            input_ = self.input_.to_dict()

        output: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output, Unset):
            output = self.output.to_dict()

        output_model_id = self.output_model_id

        workflow_id = self.workflow_id

        workflow_job_id = self.workflow_job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if asset_ids is not UNSET:
            field_dict["assetIds"] = asset_ids
        if error is not UNSET:
            field_dict["error"] = error
        if flow is not UNSET:
            field_dict["flow"] = flow
        if hint is not UNSET:
            field_dict["hint"] = hint
        if input_ is not UNSET:
            field_dict["input"] = input_
        if output is not UNSET:
            field_dict["output"] = output
        if output_model_id is not UNSET:
            field_dict["outputModelId"] = output_model_id
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
        if workflow_job_id is not UNSET:
            field_dict["workflowJobId"] = workflow_job_id
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
            at = "assetIds"
            _asset_ids_sent = d.pop("assetIds", UNSET)
            if _asset_ids_sent is None:
                _asset_ids_sent = UNSET
                sent_null += ("assetIds",)
            _asset_ids = _asset_ids_sent
            asset_ids: list[str] | Unset = UNSET
            if _asset_ids is not UNSET:
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

            at = "error"

            def _parse_error(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                error_type_0 = data
                if type(error_type_0) is not str and not isinstance(error_type_0, str):
                    raise ParseError.expected("string", error_type_0)

                return error_type_0
                error_type_1 = data

                return error_type_1

            error = _parse_error(d.pop("error", UNSET))

            at = "flow"
            _flow_sent = d.pop("flow", UNSET)
            if _flow_sent is None:
                _flow_sent = UNSET
                sent_null += ("flow",)
            _flow = _flow_sent
            flow: list[FlowNode] | Unset = UNSET
            if _flow is not UNSET:
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

            at = "hint"
            hint = d.pop("hint", UNSET)
            if type(hint) is not str and hint is not UNSET:
                if hint is None:
                    hint = UNSET
                    sent_null += ("hint",)
                elif not isinstance(hint, str):
                    raise ParseError.expected("string", hint)

            at = "input"
            _input__sent = d.pop("input", UNSET)
            if _input__sent is None:
                _input__sent = UNSET
                sent_null += ("input",)
            _input_ = _input__sent
            input_: JsonObject | Unset
            if _input_ is UNSET:
                input_ = UNSET
            else:
                input_ = JsonObject.from_dict(_input_)

            at = "output"
            _output_sent = d.pop("output", UNSET)
            if _output_sent is None:
                _output_sent = UNSET
                sent_null += ("output",)
            _output = _output_sent
            output: JsonObject | Unset
            if _output is UNSET:
                output = UNSET
            else:
                output = JsonObject.from_dict(_output)

            at = "outputModelId"
            output_model_id = d.pop("outputModelId", UNSET)
            if type(output_model_id) is not str and output_model_id is not UNSET:
                if output_model_id is None:
                    output_model_id = UNSET
                    sent_null += ("outputModelId",)
                elif not isinstance(output_model_id, str):
                    raise ParseError.expected("string", output_model_id)

            at = "workflowId"
            workflow_id = d.pop("workflowId", UNSET)
            if type(workflow_id) is not str and workflow_id is not UNSET:
                if workflow_id is None:
                    workflow_id = UNSET
                    sent_null += ("workflowId",)
                elif not isinstance(workflow_id, str):
                    raise ParseError.expected("string", workflow_id)

            at = "workflowJobId"
            workflow_job_id = d.pop("workflowJobId", UNSET)
            if type(workflow_job_id) is not str and workflow_job_id is not UNSET:
                if workflow_job_id is None:
                    workflow_job_id = UNSET
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
