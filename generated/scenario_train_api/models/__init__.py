"""Contains all the data models used in inputs/outputs.

Each model's module is imported on first use: `from scenario_train_api.models import Model` and
`models.Model` work as they would with eager imports, and so do `dir()` and pickling.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .access_restriction import AccessRestriction
    from .arena_score import ArenaScore
    from .asset_ref import AssetRef
    from .background_behavior import BackgroundBehavior
    from .condition_operator import ConditionOperator
    from .cost_details import CostDetails
    from .dry_run_estimate import DryRunEstimate
    from .dry_run_mode import DryRunMode
    from .error_body import ErrorBody
    from .error_details import ErrorDetails
    from .flow_logic import FlowLogic
    from .flow_logic_case import FlowLogicCase
    from .flow_logic_type import FlowLogicType
    from .flow_node import FlowNode
    from .flow_node_status import FlowNodeStatus
    from .flow_node_type import FlowNodeType
    from .input_condition import InputCondition
    from .input_definition import InputDefinition
    from .input_kind import InputKind
    from .input_ref import InputRef
    from .input_requirement import InputRequirement
    from .input_type import InputType
    from .ip_detection import IpDetection
    from .ip_detection_action import IpDetectionAction
    from .ip_finding import IpFinding
    from .ip_finding_category import IpFindingCategory
    from .job import Job
    from .job_billing import JobBilling
    from .job_billing_cost_details import JobBillingCostDetails
    from .job_metadata import JobMetadata
    from .job_status import JobStatus
    from .job_status_change import JobStatusChange
    from .job_type import JobType
    from .json_object import JsonObject
    from .lr_scheduler import LrScheduler
    from .model import Model
    from .model_capability import ModelCapability
    from .model_class import ModelClass
    from .model_class_status import ModelClassStatus
    from .model_concept import ModelConcept
    from .model_epoch import ModelEpoch
    from .model_privacy import ModelPrivacy
    from .model_response import ModelResponse
    from .model_source import ModelSource
    from .model_status import ModelStatus
    from .model_type import ModelType
    from .node_input import NodeInput
    from .node_input_item import NodeInputItem
    from .optimize_for import OptimizeFor
    from .performance_stats import PerformanceStats
    from .performance_variant import PerformanceVariant
    from .train_action import TrainAction
    from .train_action_request import TrainActionRequest
    from .train_model_request import TrainModelRequest
    from .train_model_response import TrainModelResponse
    from .training_image import TrainingImage
    from .training_image_pair import TrainingImagePair
    from .training_parameters import TrainingParameters
    from .training_progress import TrainingProgress
    from .training_stage import TrainingStage
    from .training_stats import TrainingStats
    from .ui_config import UiConfig
    from .ui_loras_component import UiLorasComponent
    from .ui_preset import UiPreset
    from .ui_property_display import UiPropertyDisplay
    from .ui_property_map import UiPropertyMap
    from .ui_resolution_component import UiResolutionComponent
    from .ui_resolution_preset import UiResolutionPreset
    from .ui_trigger_generate import UiTriggerGenerate
    from .ui_trigger_position import UiTriggerPosition

_MODULES = {
    "AccessRestriction": "access_restriction",
    "ArenaScore": "arena_score",
    "AssetRef": "asset_ref",
    "BackgroundBehavior": "background_behavior",
    "ConditionOperator": "condition_operator",
    "CostDetails": "cost_details",
    "DryRunEstimate": "dry_run_estimate",
    "DryRunMode": "dry_run_mode",
    "ErrorBody": "error_body",
    "ErrorDetails": "error_details",
    "FlowLogic": "flow_logic",
    "FlowLogicCase": "flow_logic_case",
    "FlowLogicType": "flow_logic_type",
    "FlowNode": "flow_node",
    "FlowNodeStatus": "flow_node_status",
    "FlowNodeType": "flow_node_type",
    "InputCondition": "input_condition",
    "InputDefinition": "input_definition",
    "InputKind": "input_kind",
    "InputRef": "input_ref",
    "InputRequirement": "input_requirement",
    "InputType": "input_type",
    "IpDetection": "ip_detection",
    "IpDetectionAction": "ip_detection_action",
    "IpFinding": "ip_finding",
    "IpFindingCategory": "ip_finding_category",
    "Job": "job",
    "JobBilling": "job_billing",
    "JobBillingCostDetails": "job_billing_cost_details",
    "JobMetadata": "job_metadata",
    "JobStatus": "job_status",
    "JobStatusChange": "job_status_change",
    "JobType": "job_type",
    "JsonObject": "json_object",
    "LrScheduler": "lr_scheduler",
    "Model": "model",
    "ModelCapability": "model_capability",
    "ModelClass": "model_class",
    "ModelClassStatus": "model_class_status",
    "ModelConcept": "model_concept",
    "ModelEpoch": "model_epoch",
    "ModelPrivacy": "model_privacy",
    "ModelResponse": "model_response",
    "ModelSource": "model_source",
    "ModelStatus": "model_status",
    "ModelType": "model_type",
    "NodeInput": "node_input",
    "NodeInputItem": "node_input_item",
    "OptimizeFor": "optimize_for",
    "PerformanceStats": "performance_stats",
    "PerformanceVariant": "performance_variant",
    "TrainAction": "train_action",
    "TrainActionRequest": "train_action_request",
    "TrainModelRequest": "train_model_request",
    "TrainModelResponse": "train_model_response",
    "TrainingImage": "training_image",
    "TrainingImagePair": "training_image_pair",
    "TrainingParameters": "training_parameters",
    "TrainingProgress": "training_progress",
    "TrainingStage": "training_stage",
    "TrainingStats": "training_stats",
    "UiConfig": "ui_config",
    "UiLorasComponent": "ui_loras_component",
    "UiPreset": "ui_preset",
    "UiPropertyDisplay": "ui_property_display",
    "UiPropertyMap": "ui_property_map",
    "UiResolutionComponent": "ui_resolution_component",
    "UiResolutionPreset": "ui_resolution_preset",
    "UiTriggerGenerate": "ui_trigger_generate",
    "UiTriggerPosition": "ui_trigger_position",
}

__all__ = (
    "AccessRestriction",
    "ArenaScore",
    "AssetRef",
    "BackgroundBehavior",
    "ConditionOperator",
    "CostDetails",
    "DryRunEstimate",
    "DryRunMode",
    "ErrorBody",
    "ErrorDetails",
    "FlowLogic",
    "FlowLogicCase",
    "FlowLogicType",
    "FlowNode",
    "FlowNodeStatus",
    "FlowNodeType",
    "InputCondition",
    "InputDefinition",
    "InputKind",
    "InputRef",
    "InputRequirement",
    "InputType",
    "IpDetection",
    "IpDetectionAction",
    "IpFinding",
    "IpFindingCategory",
    "Job",
    "JobBilling",
    "JobBillingCostDetails",
    "JobMetadata",
    "JobStatus",
    "JobStatusChange",
    "JobType",
    "JsonObject",
    "LrScheduler",
    "Model",
    "ModelCapability",
    "ModelClass",
    "ModelClassStatus",
    "ModelConcept",
    "ModelEpoch",
    "ModelPrivacy",
    "ModelResponse",
    "ModelSource",
    "ModelStatus",
    "ModelType",
    "NodeInput",
    "NodeInputItem",
    "OptimizeFor",
    "PerformanceStats",
    "PerformanceVariant",
    "TrainAction",
    "TrainActionRequest",
    "TrainingImage",
    "TrainingImagePair",
    "TrainingParameters",
    "TrainingProgress",
    "TrainingStage",
    "TrainingStats",
    "TrainModelRequest",
    "TrainModelResponse",
    "UiConfig",
    "UiLorasComponent",
    "UiPreset",
    "UiPropertyDisplay",
    "UiPropertyMap",
    "UiResolutionComponent",
    "UiResolutionPreset",
    "UiTriggerGenerate",
    "UiTriggerPosition",
)


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
