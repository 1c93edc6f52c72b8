from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.flow_logic_type import FlowLogicType
from ..models.flow_node_status import FlowNodeStatus
from ..models.flow_node_type import FlowNodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowNode")


@_attrs_define
class FlowNode:
    id: str
    status: FlowNodeStatus
    type_: FlowNodeType
    assets: list[AssetRef] | Unset = UNSET
    count: float | Unset = UNSET
    depends_on: list[str] | Unset = UNSET
    include_outputs_in_workflow_job: bool | Unset = UNSET
    """ Only ever `true` when present. """
    inputs: list[NodeInput] | Unset = UNSET
    items: list[str] | Unset = UNSET
    iteration_index: float | Unset = UNSET
    job_id: str | Unset = UNSET
    logic: FlowLogic | Unset = UNSET
    logic_type: FlowLogicType | Unset = UNSET
    loop_body_node_ids: list[str] | Unset = UNSET
    loop_node_id: str | Unset = UNSET
    model_id: str | Unset = UNSET
    output: Any | Unset = UNSET
    workflow_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status = self.status.value

        type_ = self.type_.value

        assets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.assets, Unset):
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)

        count = self.count

        depends_on: list[str] | Unset = UNSET
        if not isinstance(self.depends_on, Unset):
            depends_on = self.depends_on

        include_outputs_in_workflow_job = self.include_outputs_in_workflow_job

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        items: list[str] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = self.items

        iteration_index = self.iteration_index

        job_id = self.job_id

        logic: dict[str, Any] | Unset = UNSET
        if not isinstance(self.logic, Unset):
            logic = self.logic.to_dict()

        logic_type: str | Unset = UNSET
        if not isinstance(self.logic_type, Unset):
            logic_type = self.logic_type.value

        loop_body_node_ids: list[str] | Unset = UNSET
        if not isinstance(self.loop_body_node_ids, Unset):
            loop_body_node_ids = self.loop_body_node_ids

        loop_node_id = self.loop_node_id

        model_id = self.model_id

        output = self.output

        workflow_id = self.workflow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if assets is not UNSET:
            field_dict["assets"] = assets
        if count is not UNSET:
            field_dict["count"] = count
        if depends_on is not UNSET:
            field_dict["dependsOn"] = depends_on
        if include_outputs_in_workflow_job is not UNSET:
            field_dict["includeOutputsInWorkflowJob"] = include_outputs_in_workflow_job
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if items is not UNSET:
            field_dict["items"] = items
        if iteration_index is not UNSET:
            field_dict["iterationIndex"] = iteration_index
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if logic is not UNSET:
            field_dict["logic"] = logic
        if logic_type is not UNSET:
            field_dict["logicType"] = logic_type
        if loop_body_node_ids is not UNSET:
            field_dict["loopBodyNodeIds"] = loop_body_node_ids
        if loop_node_id is not UNSET:
            field_dict["loopNodeId"] = loop_node_id
        if model_id is not UNSET:
            field_dict["modelId"] = model_id
        if output is not UNSET:
            field_dict["output"] = output
        if workflow_id is not UNSET:
            field_dict["workflowId"] = workflow_id
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
            at = "id"
            id = d.pop("id")
            if type(id) is not str and not isinstance(id, str):
                raise ParseError.expected("string", id)

            at = "status"
            status = FlowNodeStatus.from_json(d.pop("status"))

            at = "type"
            type_ = FlowNodeType.from_json(d.pop("type"))

            at = "assets"
            _assets_sent = d.pop("assets", UNSET)
            if _assets_sent is None:
                _assets_sent = UNSET
                sent_null += ("assets",)
            _assets = _assets_sent
            assets: list[AssetRef] | Unset = UNSET
            if _assets is not UNSET:
                if not isinstance(_assets, list):
                    raise ParseError.expected("array", _assets)
                assets = []
                try:
                    for assets_item_data in _assets:
                        assets_item = AssetRef.from_dict(assets_item_data)

                        assets.append(assets_item)
                except ParseError as parse_error:
                    parse_error.location = (len(assets), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(assets)) from parse_error

            at = "count"
            count = d.pop("count", UNSET)
            if type(count) is not float and type(count) is not int and count is not UNSET:
                if count is None:
                    count = UNSET
                    sent_null += ("count",)
                elif isinstance(count, bool) or not isinstance(count, (int, float)):
                    raise ParseError.expected("number", count)

            at = "dependsOn"
            _depends_on_sent = d.pop("dependsOn", UNSET)
            if _depends_on_sent is None:
                _depends_on_sent = UNSET
                sent_null += ("dependsOn",)
            _depends_on = _depends_on_sent
            depends_on: list[str] | Unset = UNSET
            if _depends_on is not UNSET:
                if not isinstance(_depends_on, list):
                    raise ParseError.expected("array", _depends_on)
                depends_on = []
                try:
                    for depends_on_item_data in _depends_on:
                        depends_on_item = depends_on_item_data
                        if type(depends_on_item) is not str and not isinstance(depends_on_item, str):
                            raise ParseError.expected("string", depends_on_item)

                        depends_on.append(depends_on_item)
                except ParseError as parse_error:
                    parse_error.location = (len(depends_on), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(depends_on)) from parse_error

            at = "includeOutputsInWorkflowJob"
            include_outputs_in_workflow_job = d.pop("includeOutputsInWorkflowJob", UNSET)
            if type(include_outputs_in_workflow_job) is not bool and include_outputs_in_workflow_job is not UNSET:
                if include_outputs_in_workflow_job is None:
                    include_outputs_in_workflow_job = UNSET
                    sent_null += ("includeOutputsInWorkflowJob",)
                elif not isinstance(include_outputs_in_workflow_job, bool):
                    raise ParseError.expected("boolean", include_outputs_in_workflow_job)

            at = "inputs"
            _inputs_sent = d.pop("inputs", UNSET)
            if _inputs_sent is None:
                _inputs_sent = UNSET
                sent_null += ("inputs",)
            _inputs = _inputs_sent
            inputs: list[NodeInput] | Unset = UNSET
            if _inputs is not UNSET:
                if not isinstance(_inputs, list):
                    raise ParseError.expected("array", _inputs)
                inputs = []
                try:
                    for inputs_item_data in _inputs:
                        inputs_item = NodeInput.from_dict(inputs_item_data)

                        inputs.append(inputs_item)
                except ParseError as parse_error:
                    parse_error.location = (len(inputs), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(inputs)) from parse_error

            at = "items"
            _items_sent = d.pop("items", UNSET)
            if _items_sent is None:
                _items_sent = UNSET
                sent_null += ("items",)
            _items = _items_sent
            items: list[str] | Unset = UNSET
            if _items is not UNSET:
                if not isinstance(_items, list):
                    raise ParseError.expected("array", _items)
                items = []
                try:
                    for items_item_data in _items:
                        items_item = items_item_data
                        if type(items_item) is not str and not isinstance(items_item, str):
                            raise ParseError.expected("string", items_item)

                        items.append(items_item)
                except ParseError as parse_error:
                    parse_error.location = (len(items), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(items)) from parse_error

            at = "iterationIndex"
            iteration_index = d.pop("iterationIndex", UNSET)
            if type(iteration_index) is not float and type(iteration_index) is not int and iteration_index is not UNSET:
                if iteration_index is None:
                    iteration_index = UNSET
                    sent_null += ("iterationIndex",)
                elif isinstance(iteration_index, bool) or not isinstance(iteration_index, (int, float)):
                    raise ParseError.expected("number", iteration_index)

            at = "jobId"
            job_id = d.pop("jobId", UNSET)
            if type(job_id) is not str and job_id is not UNSET:
                if job_id is None:
                    job_id = UNSET
                    sent_null += ("jobId",)
                elif not isinstance(job_id, str):
                    raise ParseError.expected("string", job_id)

            at = "logic"
            _logic_sent = d.pop("logic", UNSET)
            if _logic_sent is None:
                _logic_sent = UNSET
                sent_null += ("logic",)
            _logic = _logic_sent
            logic: FlowLogic | Unset
            if _logic is UNSET:
                logic = UNSET
            else:
                logic = FlowLogic.from_dict(_logic)

            at = "logicType"
            _logic_type_sent = d.pop("logicType", UNSET)
            if _logic_type_sent is None:
                _logic_type_sent = UNSET
                sent_null += ("logicType",)
            _logic_type = _logic_type_sent
            logic_type: FlowLogicType | Unset
            if _logic_type is UNSET:
                logic_type = UNSET
            else:
                logic_type = FlowLogicType.from_json(_logic_type)

            at = "loopBodyNodeIds"
            _loop_body_node_ids_sent = d.pop("loopBodyNodeIds", UNSET)
            if _loop_body_node_ids_sent is None:
                _loop_body_node_ids_sent = UNSET
                sent_null += ("loopBodyNodeIds",)
            _loop_body_node_ids = _loop_body_node_ids_sent
            loop_body_node_ids: list[str] | Unset = UNSET
            if _loop_body_node_ids is not UNSET:
                if not isinstance(_loop_body_node_ids, list):
                    raise ParseError.expected("array", _loop_body_node_ids)
                loop_body_node_ids = []
                try:
                    for loop_body_node_ids_item_data in _loop_body_node_ids:
                        loop_body_node_ids_item = loop_body_node_ids_item_data
                        if type(loop_body_node_ids_item) is not str and not isinstance(loop_body_node_ids_item, str):
                            raise ParseError.expected("string", loop_body_node_ids_item)

                        loop_body_node_ids.append(loop_body_node_ids_item)
                except ParseError as parse_error:
                    parse_error.location = (len(loop_body_node_ids), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(loop_body_node_ids)) from parse_error

            at = "loopNodeId"
            loop_node_id = d.pop("loopNodeId", UNSET)
            if type(loop_node_id) is not str and loop_node_id is not UNSET:
                if loop_node_id is None:
                    loop_node_id = UNSET
                    sent_null += ("loopNodeId",)
                elif not isinstance(loop_node_id, str):
                    raise ParseError.expected("string", loop_node_id)

            at = "modelId"
            model_id = d.pop("modelId", UNSET)
            if type(model_id) is not str and model_id is not UNSET:
                if model_id is None:
                    model_id = UNSET
                    sent_null += ("modelId",)
                elif not isinstance(model_id, str):
                    raise ParseError.expected("string", model_id)

            at = "output"
            output = d.pop("output", UNSET)

            at = "workflowId"
            workflow_id = d.pop("workflowId", UNSET)
            if type(workflow_id) is not str and workflow_id is not UNSET:
                if workflow_id is None:
                    workflow_id = UNSET
                    sent_null += ("workflowId",)
                elif not isinstance(workflow_id, str):
                    raise ParseError.expected("string", workflow_id)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        flow_node = object.__new__(cls)
        flow_node.id = id
        flow_node.status = status
        flow_node.type_ = type_
        flow_node.assets = assets
        flow_node.count = count
        flow_node.depends_on = depends_on
        flow_node.include_outputs_in_workflow_job = include_outputs_in_workflow_job
        flow_node.inputs = inputs
        flow_node.items = items
        flow_node.iteration_index = iteration_index
        flow_node.job_id = job_id
        flow_node.logic = logic
        flow_node.logic_type = logic_type
        flow_node.loop_body_node_ids = loop_body_node_ids
        flow_node.loop_node_id = loop_node_id
        flow_node.model_id = model_id
        flow_node.output = output
        flow_node.workflow_id = workflow_id
        flow_node._sent_null = sent_null
        flow_node.additional_properties = d
        return flow_node

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
from ..models.asset_ref import AssetRef  # noqa: E402
from ..models.flow_logic import FlowLogic  # noqa: E402
from ..models.node_input import NodeInput  # noqa: E402
