"""Contains all the data models used in inputs/outputs"""

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
