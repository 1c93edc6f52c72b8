from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.flow_logic_type import FlowLogicType
from ..models.flow_node_status import FlowNodeStatus
from ..models.flow_node_type import FlowNodeType
from ..types import json_text, short_repr

T = TypeVar("T", bound="FlowNode")


@_attrs_define(kw_only=True, repr=False)
class FlowNode:
    id: str
    status: FlowNodeStatus
    type_: FlowNodeType
    assets: list[AssetRef] | None = None
    count: float | None = None
    depends_on: list[str] | None = None
    include_outputs_in_workflow_job: bool | None = None
    """ Only ever `true` when present. """
    inputs: list[NodeInput] | None = None
    items: list[str] | None = None
    iteration_index: float | None = None
    job_id: str | None = None
    logic: FlowLogic | None = None
    logic_type: FlowLogicType | None = None
    loop_body_node_ids: list[str] | None = None
    loop_node_id: str | None = None
    model_id: str | None = None
    output: Any = None
    workflow_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        id = self.id

        status = self.status.value

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if self.assets is not None:
            assets = []
            for assets_item_data in self.assets:
                assets_item = assets_item_data.to_dict()
                assets.append(assets_item)
            field_dict["assets"] = assets

        count = self.count
        if count is not None:
            field_dict["count"] = count

        depends_on = self.depends_on
        if depends_on is not None:
            field_dict["dependsOn"] = depends_on

        include_outputs_in_workflow_job = self.include_outputs_in_workflow_job
        if include_outputs_in_workflow_job is not None:
            field_dict["includeOutputsInWorkflowJob"] = include_outputs_in_workflow_job

        if self.inputs is not None:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)
            field_dict["inputs"] = inputs

        items = self.items
        if items is not None:
            field_dict["items"] = items

        iteration_index = self.iteration_index
        if iteration_index is not None:
            field_dict["iterationIndex"] = iteration_index

        job_id = self.job_id
        if job_id is not None:
            field_dict["jobId"] = job_id

        if self.logic is not None:
            field_dict["logic"] = self.logic.to_dict()

        if self.logic_type is not None:
            field_dict["logicType"] = self.logic_type.value

        loop_body_node_ids = self.loop_body_node_ids
        if loop_body_node_ids is not None:
            field_dict["loopBodyNodeIds"] = loop_body_node_ids

        loop_node_id = self.loop_node_id
        if loop_node_id is not None:
            field_dict["loopNodeId"] = loop_node_id

        model_id = self.model_id
        if model_id is not None:
            field_dict["modelId"] = model_id

        output = self.output
        if output is not None:
            field_dict["output"] = output

        workflow_id = self.workflow_id
        if workflow_id is not None:
            field_dict["workflowId"] = workflow_id

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "FlowNode",
            (
                ("id", self.id),
                ("status", self.status),
                ("type_", self.type_),
                ("count", self.count),
                ("include_outputs_in_workflow_job", self.include_outputs_in_workflow_job),
                ("iteration_index", self.iteration_index),
                ("job_id", self.job_id),
                ("logic_type", self.logic_type),
                ("loop_node_id", self.loop_node_id),
                ("model_id", self.model_id),
                ("workflow_id", self.workflow_id),
            ),
            4,
            (
                self.assets,
                self.depends_on,
                self.inputs,
                self.items,
                self.logic,
                self.loop_body_node_ids,
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
            at = "id"
            id = d.pop("id")
            if type(id) is not str and not isinstance(id, str):
                raise ParseError.expected("string", id)

            at = "status"
            status = FlowNodeStatus.from_json(d.pop("status"))

            at = "type"
            type_ = FlowNodeType.from_json(d.pop("type"))

            at = "assets"
            _assets = d.pop("assets", None)
            assets: list[AssetRef] | None = None
            if _assets is not None:
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
            elif "assets" in src_dict:
                sent_null += ("assets",)

            at = "count"
            count = d.pop("count", None)
            if type(count) is not float and type(count) is not int:
                if count is None:
                    if "count" in src_dict:
                        sent_null += ("count",)
                elif isinstance(count, bool) or not isinstance(count, (int, float)):
                    raise ParseError.expected("number", count)

            at = "dependsOn"
            _depends_on = d.pop("dependsOn", None)
            depends_on: list[str] | None = None
            if _depends_on is not None:
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
            elif "dependsOn" in src_dict:
                sent_null += ("dependsOn",)

            at = "includeOutputsInWorkflowJob"
            include_outputs_in_workflow_job = d.pop("includeOutputsInWorkflowJob", None)
            if type(include_outputs_in_workflow_job) is not bool:
                if include_outputs_in_workflow_job is None:
                    if "includeOutputsInWorkflowJob" in src_dict:
                        sent_null += ("includeOutputsInWorkflowJob",)
                elif not isinstance(include_outputs_in_workflow_job, bool):
                    raise ParseError.expected("boolean", include_outputs_in_workflow_job)

            at = "inputs"
            _inputs = d.pop("inputs", None)
            inputs: list[NodeInput] | None = None
            if _inputs is not None:
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
            elif "inputs" in src_dict:
                sent_null += ("inputs",)

            at = "items"
            _items = d.pop("items", None)
            items: list[str] | None = None
            if _items is not None:
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
            elif "items" in src_dict:
                sent_null += ("items",)

            at = "iterationIndex"
            iteration_index = d.pop("iterationIndex", None)
            if type(iteration_index) is not float and type(iteration_index) is not int:
                if iteration_index is None:
                    if "iterationIndex" in src_dict:
                        sent_null += ("iterationIndex",)
                elif isinstance(iteration_index, bool) or not isinstance(iteration_index, (int, float)):
                    raise ParseError.expected("number", iteration_index)

            at = "jobId"
            job_id = d.pop("jobId", None)
            if type(job_id) is not str:
                if job_id is None:
                    if "jobId" in src_dict:
                        sent_null += ("jobId",)
                elif not isinstance(job_id, str):
                    raise ParseError.expected("string", job_id)

            at = "logic"
            _logic = d.pop("logic", None)
            logic: FlowLogic | None = None
            if _logic is not None:
                logic = FlowLogic.from_dict(_logic)
            elif "logic" in src_dict:
                sent_null += ("logic",)

            at = "logicType"
            _logic_type = d.pop("logicType", None)
            logic_type: FlowLogicType | None = None
            if _logic_type is not None:
                logic_type = FlowLogicType.from_json(_logic_type)
            elif "logicType" in src_dict:
                sent_null += ("logicType",)

            at = "loopBodyNodeIds"
            _loop_body_node_ids = d.pop("loopBodyNodeIds", None)
            loop_body_node_ids: list[str] | None = None
            if _loop_body_node_ids is not None:
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
            elif "loopBodyNodeIds" in src_dict:
                sent_null += ("loopBodyNodeIds",)

            at = "loopNodeId"
            loop_node_id = d.pop("loopNodeId", None)
            if type(loop_node_id) is not str:
                if loop_node_id is None:
                    if "loopNodeId" in src_dict:
                        sent_null += ("loopNodeId",)
                elif not isinstance(loop_node_id, str):
                    raise ParseError.expected("string", loop_node_id)

            at = "modelId"
            model_id = d.pop("modelId", None)
            if type(model_id) is not str:
                if model_id is None:
                    if "modelId" in src_dict:
                        sent_null += ("modelId",)
                elif not isinstance(model_id, str):
                    raise ParseError.expected("string", model_id)

            at = "output"
            output = d.pop("output", None)
            if output is None and "output" in src_dict:
                sent_null += ("output",)

            at = "workflowId"
            workflow_id = d.pop("workflowId", None)
            if type(workflow_id) is not str:
                if workflow_id is None:
                    if "workflowId" in src_dict:
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
