from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.access_restriction import AccessRestriction
from ..models.model_capability import ModelCapability
from ..models.model_privacy import ModelPrivacy
from ..models.model_source import ModelSource
from ..models.model_status import ModelStatus
from ..models.model_type import ModelType
from ..types import json_text, short_repr

T = TypeVar("T", bound="Model")


@_attrs_define(kw_only=True, repr=False)
class Model:
    """The same object that `GET /models/{modelId}` answers."""

    id: str
    capabilities: list[ModelCapability]
    collection_ids: list[str]
    created_at: str
    custom: bool
    example_asset_ids: list[str]
    privacy: ModelPrivacy
    source: ModelSource
    status: ModelStatus
    tags: list[str]
    training_images_number: float
    type_: ModelType
    """ The `sd-1_5*` and `sd-xl*` values were dropped from the vendor's schema in SDK 2.0.0; older models still
    carry them. """
    updated_at: str
    access_restrictions: AccessRestriction | None = None
    """ The plan tier the model requires. """
    author_id: str | None = None
    class_: ModelClass | None = None
    compliant_model_ids: list[str] | None = None
    concepts: list[ModelConcept] | None = None
    deleted_at: str | None = None
    disable_refund: bool | None = None
    epoch: str | None = None
    epochs: list[ModelEpoch] | None = None
    inputs: list[InputDefinition] | None = None
    job_id: str | None = None
    model_keyword: str | None = None
    name: str | None = None
    negative_prompt_embedding: str | None = None
    owner_id: str | None = None
    parameters: TrainingParameters | None = None
    """ Training settings. The documented limits depend on the trainer and disagree between the vendor's pages, so
    none is declared here; the server refuses what it cannot use. """
    parent_model_id: str | None = None
    performance_stats: PerformanceStats | None = None
    prompt_embedding: str | None = None
    short_description: str | None = None
    soft_deletion_on: str | None = None
    thumbnail: AssetRef | None = None
    training_image_pairs: list[TrainingImagePair] | None = None
    training_images: list[TrainingImage] | None = None
    training_progress: TrainingProgress | None = None
    """ Where a running training is (stage, progress, queue position, time left). """
    training_stats: TrainingStats | None = None
    ui_config: UiConfig | None = None
    user_id: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        id = self.id

        capabilities = []
        for capabilities_item_data in self.capabilities:
            capabilities_item = capabilities_item_data.value
            capabilities.append(capabilities_item)

        collection_ids = self.collection_ids

        created_at = self.created_at

        custom = self.custom

        example_asset_ids = self.example_asset_ids

        privacy = self.privacy.value

        source = self.source.value

        status = self.status.value

        tags = self.tags

        training_images_number = self.training_images_number

        type_ = self.type_.value

        updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "capabilities": capabilities,
                "collectionIds": collection_ids,
                "createdAt": created_at,
                "custom": custom,
                "exampleAssetIds": example_asset_ids,
                "privacy": privacy,
                "source": source,
                "status": status,
                "tags": tags,
                "trainingImagesNumber": training_images_number,
                "type": type_,
                "updatedAt": updated_at,
            }
        )
        if self.access_restrictions is not None:
            field_dict["accessRestrictions"] = self.access_restrictions.value

        author_id = self.author_id
        if author_id is not None:
            field_dict["authorId"] = author_id

        if self.class_ is not None:
            field_dict["class"] = self.class_.to_dict()

        compliant_model_ids = self.compliant_model_ids
        if compliant_model_ids is not None:
            field_dict["compliantModelIds"] = compliant_model_ids

        if self.concepts is not None:
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)
            field_dict["concepts"] = concepts

        deleted_at = self.deleted_at
        if deleted_at is not None:
            field_dict["deletedAt"] = deleted_at

        disable_refund = self.disable_refund
        if disable_refund is not None:
            field_dict["disableRefund"] = disable_refund

        epoch = self.epoch
        if epoch is not None:
            field_dict["epoch"] = epoch

        if self.epochs is not None:
            epochs = []
            for epochs_item_data in self.epochs:
                epochs_item = epochs_item_data.to_dict()
                epochs.append(epochs_item)
            field_dict["epochs"] = epochs

        if self.inputs is not None:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)
            field_dict["inputs"] = inputs

        job_id = self.job_id
        if job_id is not None:
            field_dict["jobId"] = job_id

        model_keyword = self.model_keyword
        if model_keyword is not None:
            field_dict["modelKeyword"] = model_keyword

        name = self.name
        if name is not None:
            field_dict["name"] = name

        negative_prompt_embedding = self.negative_prompt_embedding
        if negative_prompt_embedding is not None:
            field_dict["negativePromptEmbedding"] = negative_prompt_embedding

        owner_id = self.owner_id
        if owner_id is not None:
            field_dict["ownerId"] = owner_id

        if self.parameters is not None:
            field_dict["parameters"] = self.parameters.to_dict()

        parent_model_id = self.parent_model_id
        if parent_model_id is not None:
            field_dict["parentModelId"] = parent_model_id

        if self.performance_stats is not None:
            field_dict["performanceStats"] = self.performance_stats.to_dict()

        prompt_embedding = self.prompt_embedding
        if prompt_embedding is not None:
            field_dict["promptEmbedding"] = prompt_embedding

        short_description = self.short_description
        if short_description is not None:
            field_dict["shortDescription"] = short_description

        soft_deletion_on = self.soft_deletion_on
        if soft_deletion_on is not None:
            field_dict["softDeletionOn"] = soft_deletion_on

        if self.thumbnail is not None:
            field_dict["thumbnail"] = self.thumbnail.to_dict()

        if self.training_image_pairs is not None:
            training_image_pairs = []
            for training_image_pairs_item_data in self.training_image_pairs:
                training_image_pairs_item = training_image_pairs_item_data.to_dict()
                training_image_pairs.append(training_image_pairs_item)
            field_dict["trainingImagePairs"] = training_image_pairs

        if self.training_images is not None:
            training_images = []
            for training_images_item_data in self.training_images:
                training_images_item = training_images_item_data.to_dict()
                training_images.append(training_images_item)
            field_dict["trainingImages"] = training_images

        if self.training_progress is not None:
            field_dict["trainingProgress"] = self.training_progress.to_dict()

        if self.training_stats is not None:
            field_dict["trainingStats"] = self.training_stats.to_dict()

        if self.ui_config is not None:
            field_dict["uiConfig"] = self.ui_config.to_dict()

        user_id = self.user_id
        if user_id is not None:
            field_dict["userId"] = user_id

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "Model",
            (
                ("id", self.id),
                ("status", self.status),
                ("training_progress", self.training_progress),
            ),
            3,
            (
                self.capabilities,
                self.collection_ids,
                self.created_at,
                self.custom,
                self.example_asset_ids,
                self.privacy,
                self.source,
                self.tags,
                self.training_images_number,
                self.type_,
                self.updated_at,
                self.access_restrictions,
                self.author_id,
                self.class_,
                self.compliant_model_ids,
                self.concepts,
                self.deleted_at,
                self.disable_refund,
                self.epoch,
                self.epochs,
                self.inputs,
                self.job_id,
                self.model_keyword,
                self.name,
                self.negative_prompt_embedding,
                self.owner_id,
                self.parameters,
                self.parent_model_id,
                self.performance_stats,
                self.prompt_embedding,
                self.short_description,
                self.soft_deletion_on,
                self.thumbnail,
                self.training_image_pairs,
                self.training_images,
                self.training_stats,
                self.ui_config,
                self.user_id,
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

            at = "capabilities"
            _capabilities = d.pop("capabilities")
            if not isinstance(_capabilities, list):
                raise ParseError.expected("array", _capabilities)
            capabilities = []
            try:
                for capabilities_item_data in _capabilities:
                    capabilities_item = ModelCapability.from_json(capabilities_item_data)

                    capabilities.append(capabilities_item)
            except ParseError as parse_error:
                parse_error.location = (len(capabilities), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(capabilities)) from parse_error

            at = "collectionIds"
            _collection_ids = d.pop("collectionIds")
            if not isinstance(_collection_ids, list):
                raise ParseError.expected("array", _collection_ids)
            collection_ids = []
            try:
                for collection_ids_item_data in _collection_ids:
                    collection_ids_item = collection_ids_item_data
                    if type(collection_ids_item) is not str and not isinstance(collection_ids_item, str):
                        raise ParseError.expected("string", collection_ids_item)

                    collection_ids.append(collection_ids_item)
            except ParseError as parse_error:
                parse_error.location = (len(collection_ids), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(collection_ids)) from parse_error

            at = "createdAt"
            created_at = d.pop("createdAt")
            if type(created_at) is not str and not isinstance(created_at, str):
                raise ParseError.expected("string", created_at)

            at = "custom"
            custom = d.pop("custom")
            if type(custom) is not bool and not isinstance(custom, bool):
                raise ParseError.expected("boolean", custom)

            at = "exampleAssetIds"
            _example_asset_ids = d.pop("exampleAssetIds")
            if not isinstance(_example_asset_ids, list):
                raise ParseError.expected("array", _example_asset_ids)
            example_asset_ids = []
            try:
                for example_asset_ids_item_data in _example_asset_ids:
                    example_asset_ids_item = example_asset_ids_item_data
                    if type(example_asset_ids_item) is not str and not isinstance(example_asset_ids_item, str):
                        raise ParseError.expected("string", example_asset_ids_item)

                    example_asset_ids.append(example_asset_ids_item)
            except ParseError as parse_error:
                parse_error.location = (len(example_asset_ids), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(example_asset_ids)) from parse_error

            at = "privacy"
            privacy = ModelPrivacy.from_json(d.pop("privacy"))

            at = "source"
            source = ModelSource.from_json(d.pop("source"))

            at = "status"
            status = ModelStatus.from_json(d.pop("status"))

            at = "tags"
            _tags = d.pop("tags")
            if not isinstance(_tags, list):
                raise ParseError.expected("array", _tags)
            tags = []
            try:
                for tags_item_data in _tags:
                    tags_item = tags_item_data
                    if type(tags_item) is not str and not isinstance(tags_item, str):
                        raise ParseError.expected("string", tags_item)

                    tags.append(tags_item)
            except ParseError as parse_error:
                parse_error.location = (len(tags), *parse_error.location)
                raise
            except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                raise ParseError.wrap(parse_error, len(tags)) from parse_error

            at = "trainingImagesNumber"
            training_images_number = d.pop("trainingImagesNumber")
            if (
                type(training_images_number) is not float
                and type(training_images_number) is not int
                and (isinstance(training_images_number, bool) or not isinstance(training_images_number, (int, float)))
            ):
                raise ParseError.expected("number", training_images_number)

            at = "type"
            type_ = ModelType.from_json(d.pop("type"))

            at = "updatedAt"
            updated_at = d.pop("updatedAt")
            if type(updated_at) is not str and not isinstance(updated_at, str):
                raise ParseError.expected("string", updated_at)

            at = "accessRestrictions"
            _access_restrictions = d.pop("accessRestrictions", None)
            access_restrictions: AccessRestriction | None = None
            if _access_restrictions is not None:
                access_restrictions = AccessRestriction.from_json(_access_restrictions)
            elif "accessRestrictions" in src_dict:
                sent_null += ("accessRestrictions",)

            at = "authorId"
            author_id = d.pop("authorId", None)
            if type(author_id) is not str:
                if author_id is None:
                    if "authorId" in src_dict:
                        sent_null += ("authorId",)
                elif not isinstance(author_id, str):
                    raise ParseError.expected("string", author_id)

            at = "class"
            _class_ = d.pop("class", None)
            class_: ModelClass | None = None
            if _class_ is not None:
                class_ = ModelClass.from_dict(_class_)
            elif "class" in src_dict:
                sent_null += ("class",)

            at = "compliantModelIds"
            _compliant_model_ids = d.pop("compliantModelIds", None)
            compliant_model_ids: list[str] | None = None
            if _compliant_model_ids is not None:
                if not isinstance(_compliant_model_ids, list):
                    raise ParseError.expected("array", _compliant_model_ids)
                compliant_model_ids = []
                try:
                    for compliant_model_ids_item_data in _compliant_model_ids:
                        compliant_model_ids_item = compliant_model_ids_item_data
                        if type(compliant_model_ids_item) is not str and not isinstance(compliant_model_ids_item, str):
                            raise ParseError.expected("string", compliant_model_ids_item)

                        compliant_model_ids.append(compliant_model_ids_item)
                except ParseError as parse_error:
                    parse_error.location = (len(compliant_model_ids), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(compliant_model_ids)) from parse_error
            elif "compliantModelIds" in src_dict:
                sent_null += ("compliantModelIds",)

            at = "concepts"
            _concepts = d.pop("concepts", None)
            concepts: list[ModelConcept] | None = None
            if _concepts is not None:
                if not isinstance(_concepts, list):
                    raise ParseError.expected("array", _concepts)
                concepts = []
                try:
                    for concepts_item_data in _concepts:
                        concepts_item = ModelConcept.from_dict(concepts_item_data)

                        concepts.append(concepts_item)
                except ParseError as parse_error:
                    parse_error.location = (len(concepts), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(concepts)) from parse_error
            elif "concepts" in src_dict:
                sent_null += ("concepts",)

            at = "deletedAt"
            deleted_at = d.pop("deletedAt", None)
            if type(deleted_at) is not str:
                if deleted_at is None:
                    if "deletedAt" in src_dict:
                        sent_null += ("deletedAt",)
                elif not isinstance(deleted_at, str):
                    raise ParseError.expected("string", deleted_at)

            at = "disableRefund"
            disable_refund = d.pop("disableRefund", None)
            if type(disable_refund) is not bool:
                if disable_refund is None:
                    if "disableRefund" in src_dict:
                        sent_null += ("disableRefund",)
                elif not isinstance(disable_refund, bool):
                    raise ParseError.expected("boolean", disable_refund)

            at = "epoch"
            epoch = d.pop("epoch", None)
            if type(epoch) is not str:
                if epoch is None:
                    if "epoch" in src_dict:
                        sent_null += ("epoch",)
                elif not isinstance(epoch, str):
                    raise ParseError.expected("string", epoch)

            at = "epochs"
            _epochs = d.pop("epochs", None)
            epochs: list[ModelEpoch] | None = None
            if _epochs is not None:
                if not isinstance(_epochs, list):
                    raise ParseError.expected("array", _epochs)
                epochs = []
                try:
                    for epochs_item_data in _epochs:
                        epochs_item = ModelEpoch.from_dict(epochs_item_data)

                        epochs.append(epochs_item)
                except ParseError as parse_error:
                    parse_error.location = (len(epochs), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(epochs)) from parse_error
            elif "epochs" in src_dict:
                sent_null += ("epochs",)

            at = "inputs"
            _inputs = d.pop("inputs", None)
            inputs: list[InputDefinition] | None = None
            if _inputs is not None:
                if not isinstance(_inputs, list):
                    raise ParseError.expected("array", _inputs)
                inputs = []
                try:
                    for inputs_item_data in _inputs:
                        inputs_item = InputDefinition.from_dict(inputs_item_data)

                        inputs.append(inputs_item)
                except ParseError as parse_error:
                    parse_error.location = (len(inputs), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(inputs)) from parse_error
            elif "inputs" in src_dict:
                sent_null += ("inputs",)

            at = "jobId"
            job_id = d.pop("jobId", None)
            if type(job_id) is not str:
                if job_id is None:
                    if "jobId" in src_dict:
                        sent_null += ("jobId",)
                elif not isinstance(job_id, str):
                    raise ParseError.expected("string", job_id)

            at = "modelKeyword"
            model_keyword = d.pop("modelKeyword", None)
            if type(model_keyword) is not str:
                if model_keyword is None:
                    if "modelKeyword" in src_dict:
                        sent_null += ("modelKeyword",)
                elif not isinstance(model_keyword, str):
                    raise ParseError.expected("string", model_keyword)

            at = "name"
            name = d.pop("name", None)
            if type(name) is not str:
                if name is None:
                    if "name" in src_dict:
                        sent_null += ("name",)
                elif not isinstance(name, str):
                    raise ParseError.expected("string", name)

            at = "negativePromptEmbedding"
            negative_prompt_embedding = d.pop("negativePromptEmbedding", None)
            if type(negative_prompt_embedding) is not str:
                if negative_prompt_embedding is None:
                    if "negativePromptEmbedding" in src_dict:
                        sent_null += ("negativePromptEmbedding",)
                elif not isinstance(negative_prompt_embedding, str):
                    raise ParseError.expected("string", negative_prompt_embedding)

            at = "ownerId"
            owner_id = d.pop("ownerId", None)
            if type(owner_id) is not str:
                if owner_id is None:
                    if "ownerId" in src_dict:
                        sent_null += ("ownerId",)
                elif not isinstance(owner_id, str):
                    raise ParseError.expected("string", owner_id)

            at = "parameters"
            _parameters = d.pop("parameters", None)
            parameters: TrainingParameters | None = None
            if _parameters is not None:
                parameters = TrainingParameters.from_dict(_parameters)
            elif "parameters" in src_dict:
                sent_null += ("parameters",)

            at = "parentModelId"
            parent_model_id = d.pop("parentModelId", None)
            if type(parent_model_id) is not str:
                if parent_model_id is None:
                    if "parentModelId" in src_dict:
                        sent_null += ("parentModelId",)
                elif not isinstance(parent_model_id, str):
                    raise ParseError.expected("string", parent_model_id)

            at = "performanceStats"
            _performance_stats = d.pop("performanceStats", None)
            performance_stats: PerformanceStats | None = None
            if _performance_stats is not None:
                performance_stats = PerformanceStats.from_dict(_performance_stats)
            elif "performanceStats" in src_dict:
                sent_null += ("performanceStats",)

            at = "promptEmbedding"
            prompt_embedding = d.pop("promptEmbedding", None)
            if type(prompt_embedding) is not str:
                if prompt_embedding is None:
                    if "promptEmbedding" in src_dict:
                        sent_null += ("promptEmbedding",)
                elif not isinstance(prompt_embedding, str):
                    raise ParseError.expected("string", prompt_embedding)

            at = "shortDescription"
            short_description = d.pop("shortDescription", None)
            if type(short_description) is not str:
                if short_description is None:
                    if "shortDescription" in src_dict:
                        sent_null += ("shortDescription",)
                elif not isinstance(short_description, str):
                    raise ParseError.expected("string", short_description)

            at = "softDeletionOn"
            soft_deletion_on = d.pop("softDeletionOn", None)
            if type(soft_deletion_on) is not str:
                if soft_deletion_on is None:
                    if "softDeletionOn" in src_dict:
                        sent_null += ("softDeletionOn",)
                elif not isinstance(soft_deletion_on, str):
                    raise ParseError.expected("string", soft_deletion_on)

            at = "thumbnail"
            _thumbnail = d.pop("thumbnail", None)
            thumbnail: AssetRef | None = None
            if _thumbnail is not None:
                thumbnail = AssetRef.from_dict(_thumbnail)
            elif "thumbnail" in src_dict:
                sent_null += ("thumbnail",)

            at = "trainingImagePairs"
            _training_image_pairs = d.pop("trainingImagePairs", None)
            training_image_pairs: list[TrainingImagePair] | None = None
            if _training_image_pairs is not None:
                if not isinstance(_training_image_pairs, list):
                    raise ParseError.expected("array", _training_image_pairs)
                training_image_pairs = []
                try:
                    for training_image_pairs_item_data in _training_image_pairs:
                        training_image_pairs_item = TrainingImagePair.from_dict(training_image_pairs_item_data)

                        training_image_pairs.append(training_image_pairs_item)
                except ParseError as parse_error:
                    parse_error.location = (len(training_image_pairs), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(training_image_pairs)) from parse_error
            elif "trainingImagePairs" in src_dict:
                sent_null += ("trainingImagePairs",)

            at = "trainingImages"
            _training_images = d.pop("trainingImages", None)
            training_images: list[TrainingImage] | None = None
            if _training_images is not None:
                if not isinstance(_training_images, list):
                    raise ParseError.expected("array", _training_images)
                training_images = []
                try:
                    for training_images_item_data in _training_images:
                        training_images_item = TrainingImage.from_dict(training_images_item_data)

                        training_images.append(training_images_item)
                except ParseError as parse_error:
                    parse_error.location = (len(training_images), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(training_images)) from parse_error
            elif "trainingImages" in src_dict:
                sent_null += ("trainingImages",)

            at = "trainingProgress"
            _training_progress = d.pop("trainingProgress", None)
            training_progress: TrainingProgress | None = None
            if _training_progress is not None:
                training_progress = TrainingProgress.from_dict(_training_progress)
            elif "trainingProgress" in src_dict:
                sent_null += ("trainingProgress",)

            at = "trainingStats"
            _training_stats = d.pop("trainingStats", None)
            training_stats: TrainingStats | None = None
            if _training_stats is not None:
                training_stats = TrainingStats.from_dict(_training_stats)
            elif "trainingStats" in src_dict:
                sent_null += ("trainingStats",)

            at = "uiConfig"
            _ui_config = d.pop("uiConfig", None)
            ui_config: UiConfig | None = None
            if _ui_config is not None:
                ui_config = UiConfig.from_dict(_ui_config)
            elif "uiConfig" in src_dict:
                sent_null += ("uiConfig",)

            at = "userId"
            user_id = d.pop("userId", None)
            if type(user_id) is not str:
                if user_id is None:
                    if "userId" in src_dict:
                        sent_null += ("userId",)
                elif not isinstance(user_id, str):
                    raise ParseError.expected("string", user_id)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        model = object.__new__(cls)
        model.id = id
        model.capabilities = capabilities
        model.collection_ids = collection_ids
        model.created_at = created_at
        model.custom = custom
        model.example_asset_ids = example_asset_ids
        model.privacy = privacy
        model.source = source
        model.status = status
        model.tags = tags
        model.training_images_number = training_images_number
        model.type_ = type_
        model.updated_at = updated_at
        model.access_restrictions = access_restrictions
        model.author_id = author_id
        model.class_ = class_
        model.compliant_model_ids = compliant_model_ids
        model.concepts = concepts
        model.deleted_at = deleted_at
        model.disable_refund = disable_refund
        model.epoch = epoch
        model.epochs = epochs
        model.inputs = inputs
        model.job_id = job_id
        model.model_keyword = model_keyword
        model.name = name
        model.negative_prompt_embedding = negative_prompt_embedding
        model.owner_id = owner_id
        model.parameters = parameters
        model.parent_model_id = parent_model_id
        model.performance_stats = performance_stats
        model.prompt_embedding = prompt_embedding
        model.short_description = short_description
        model.soft_deletion_on = soft_deletion_on
        model.thumbnail = thumbnail
        model.training_image_pairs = training_image_pairs
        model.training_images = training_images
        model.training_progress = training_progress
        model.training_stats = training_stats
        model.ui_config = ui_config
        model.user_id = user_id
        model._sent_null = sent_null
        model.additional_properties = d
        return model

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
from ..models.input_definition import InputDefinition  # noqa: E402
from ..models.model_class import ModelClass  # noqa: E402
from ..models.model_concept import ModelConcept  # noqa: E402
from ..models.model_epoch import ModelEpoch  # noqa: E402
from ..models.performance_stats import PerformanceStats  # noqa: E402
from ..models.training_image import TrainingImage  # noqa: E402
from ..models.training_image_pair import TrainingImagePair  # noqa: E402
from ..models.training_parameters import TrainingParameters  # noqa: E402
from ..models.training_progress import TrainingProgress  # noqa: E402
from ..models.training_stats import TrainingStats  # noqa: E402
from ..models.ui_config import UiConfig  # noqa: E402
