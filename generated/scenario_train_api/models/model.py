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
from ..types import UNSET, Unset

T = TypeVar("T", bound="Model")


@_attrs_define
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
    access_restrictions: AccessRestriction | Unset = UNSET
    """ The plan tier the model requires. """
    author_id: str | Unset = UNSET
    class_: ModelClass | Unset = UNSET
    compliant_model_ids: list[str] | Unset = UNSET
    concepts: list[ModelConcept] | Unset = UNSET
    deleted_at: str | Unset = UNSET
    disable_refund: bool | Unset = UNSET
    epoch: str | Unset = UNSET
    epochs: list[ModelEpoch] | Unset = UNSET
    inputs: list[InputDefinition] | Unset = UNSET
    job_id: str | Unset = UNSET
    model_keyword: str | Unset = UNSET
    name: str | Unset = UNSET
    negative_prompt_embedding: str | Unset = UNSET
    owner_id: str | Unset = UNSET
    parameters: TrainingParameters | Unset = UNSET
    """ Training settings. The documented limits depend on the trainer and disagree between the vendor's pages, so
    none is declared here; the server refuses what it cannot use. """
    parent_model_id: str | Unset = UNSET
    performance_stats: PerformanceStats | Unset = UNSET
    prompt_embedding: str | Unset = UNSET
    short_description: str | Unset = UNSET
    soft_deletion_on: str | Unset = UNSET
    thumbnail: AssetRef | Unset = UNSET
    training_image_pairs: list[TrainingImagePair] | Unset = UNSET
    training_images: list[TrainingImage] | Unset = UNSET
    training_progress: TrainingProgress | Unset = UNSET
    training_stats: TrainingStats | Unset = UNSET
    ui_config: UiConfig | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
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

        access_restrictions: int | Unset = UNSET
        if not isinstance(self.access_restrictions, Unset):
            access_restrictions = self.access_restrictions.value

        author_id = self.author_id

        class_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.class_, Unset):
            class_ = self.class_.to_dict()

        compliant_model_ids: list[str] | Unset = UNSET
        if not isinstance(self.compliant_model_ids, Unset):
            compliant_model_ids = self.compliant_model_ids

        concepts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.concepts, Unset):
            concepts = []
            for concepts_item_data in self.concepts:
                concepts_item = concepts_item_data.to_dict()
                concepts.append(concepts_item)

        deleted_at = self.deleted_at

        disable_refund = self.disable_refund

        epoch = self.epoch

        epochs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.epochs, Unset):
            epochs = []
            for epochs_item_data in self.epochs:
                epochs_item = epochs_item_data.to_dict()
                epochs.append(epochs_item)

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        job_id = self.job_id

        model_keyword = self.model_keyword

        name = self.name

        negative_prompt_embedding = self.negative_prompt_embedding

        owner_id = self.owner_id

        parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.parameters, Unset):
            parameters = self.parameters.to_dict()

        parent_model_id = self.parent_model_id

        performance_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance_stats, Unset):
            performance_stats = self.performance_stats.to_dict()

        prompt_embedding = self.prompt_embedding

        short_description = self.short_description

        soft_deletion_on = self.soft_deletion_on

        thumbnail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.thumbnail, Unset):
            thumbnail = self.thumbnail.to_dict()

        training_image_pairs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training_image_pairs, Unset):
            training_image_pairs = []
            for training_image_pairs_item_data in self.training_image_pairs:
                training_image_pairs_item = training_image_pairs_item_data.to_dict()
                training_image_pairs.append(training_image_pairs_item)

        training_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.training_images, Unset):
            training_images = []
            for training_images_item_data in self.training_images:
                training_images_item = training_images_item_data.to_dict()
                training_images.append(training_images_item)

        training_progress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training_progress, Unset):
            training_progress = self.training_progress.to_dict()

        training_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.training_stats, Unset):
            training_stats = self.training_stats.to_dict()

        ui_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ui_config, Unset):
            ui_config = self.ui_config.to_dict()

        user_id = self.user_id

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
        if access_restrictions is not UNSET:
            field_dict["accessRestrictions"] = access_restrictions
        if author_id is not UNSET:
            field_dict["authorId"] = author_id
        if class_ is not UNSET:
            field_dict["class"] = class_
        if compliant_model_ids is not UNSET:
            field_dict["compliantModelIds"] = compliant_model_ids
        if concepts is not UNSET:
            field_dict["concepts"] = concepts
        if deleted_at is not UNSET:
            field_dict["deletedAt"] = deleted_at
        if disable_refund is not UNSET:
            field_dict["disableRefund"] = disable_refund
        if epoch is not UNSET:
            field_dict["epoch"] = epoch
        if epochs is not UNSET:
            field_dict["epochs"] = epochs
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if job_id is not UNSET:
            field_dict["jobId"] = job_id
        if model_keyword is not UNSET:
            field_dict["modelKeyword"] = model_keyword
        if name is not UNSET:
            field_dict["name"] = name
        if negative_prompt_embedding is not UNSET:
            field_dict["negativePromptEmbedding"] = negative_prompt_embedding
        if owner_id is not UNSET:
            field_dict["ownerId"] = owner_id
        if parameters is not UNSET:
            field_dict["parameters"] = parameters
        if parent_model_id is not UNSET:
            field_dict["parentModelId"] = parent_model_id
        if performance_stats is not UNSET:
            field_dict["performanceStats"] = performance_stats
        if prompt_embedding is not UNSET:
            field_dict["promptEmbedding"] = prompt_embedding
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if soft_deletion_on is not UNSET:
            field_dict["softDeletionOn"] = soft_deletion_on
        if thumbnail is not UNSET:
            field_dict["thumbnail"] = thumbnail
        if training_image_pairs is not UNSET:
            field_dict["trainingImagePairs"] = training_image_pairs
        if training_images is not UNSET:
            field_dict["trainingImages"] = training_images
        if training_progress is not UNSET:
            field_dict["trainingProgress"] = training_progress
        if training_stats is not UNSET:
            field_dict["trainingStats"] = training_stats
        if ui_config is not UNSET:
            field_dict["uiConfig"] = ui_config
        if user_id is not UNSET:
            field_dict["userId"] = user_id
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
            _access_restrictions_sent = d.pop("accessRestrictions", UNSET)
            if _access_restrictions_sent is None:
                _access_restrictions_sent = UNSET
                sent_null += ("accessRestrictions",)
            _access_restrictions = _access_restrictions_sent
            access_restrictions: AccessRestriction | Unset
            if _access_restrictions is UNSET:
                access_restrictions = UNSET
            else:
                access_restrictions = AccessRestriction.from_json(_access_restrictions)

            at = "authorId"
            author_id = d.pop("authorId", UNSET)
            if type(author_id) is not str and author_id is not UNSET:
                if author_id is None:
                    author_id = UNSET
                    sent_null += ("authorId",)
                elif not isinstance(author_id, str):
                    raise ParseError.expected("string", author_id)

            at = "class"
            _class__sent = d.pop("class", UNSET)
            if _class__sent is None:
                _class__sent = UNSET
                sent_null += ("class",)
            _class_ = _class__sent
            class_: ModelClass | Unset
            if _class_ is UNSET:
                class_ = UNSET
            else:
                class_ = ModelClass.from_dict(_class_)

            at = "compliantModelIds"
            _compliant_model_ids_sent = d.pop("compliantModelIds", UNSET)
            if _compliant_model_ids_sent is None:
                _compliant_model_ids_sent = UNSET
                sent_null += ("compliantModelIds",)
            _compliant_model_ids = _compliant_model_ids_sent
            compliant_model_ids: list[str] | Unset = UNSET
            if _compliant_model_ids is not UNSET:
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

            at = "concepts"
            _concepts_sent = d.pop("concepts", UNSET)
            if _concepts_sent is None:
                _concepts_sent = UNSET
                sent_null += ("concepts",)
            _concepts = _concepts_sent
            concepts: list[ModelConcept] | Unset = UNSET
            if _concepts is not UNSET:
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

            at = "deletedAt"
            deleted_at = d.pop("deletedAt", UNSET)
            if type(deleted_at) is not str and deleted_at is not UNSET:
                if deleted_at is None:
                    deleted_at = UNSET
                    sent_null += ("deletedAt",)
                elif not isinstance(deleted_at, str):
                    raise ParseError.expected("string", deleted_at)

            at = "disableRefund"
            disable_refund = d.pop("disableRefund", UNSET)
            if type(disable_refund) is not bool and disable_refund is not UNSET:
                if disable_refund is None:
                    disable_refund = UNSET
                    sent_null += ("disableRefund",)
                elif not isinstance(disable_refund, bool):
                    raise ParseError.expected("boolean", disable_refund)

            at = "epoch"
            epoch = d.pop("epoch", UNSET)
            if type(epoch) is not str and epoch is not UNSET:
                if epoch is None:
                    epoch = UNSET
                    sent_null += ("epoch",)
                elif not isinstance(epoch, str):
                    raise ParseError.expected("string", epoch)

            at = "epochs"
            _epochs_sent = d.pop("epochs", UNSET)
            if _epochs_sent is None:
                _epochs_sent = UNSET
                sent_null += ("epochs",)
            _epochs = _epochs_sent
            epochs: list[ModelEpoch] | Unset = UNSET
            if _epochs is not UNSET:
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

            at = "inputs"
            _inputs_sent = d.pop("inputs", UNSET)
            if _inputs_sent is None:
                _inputs_sent = UNSET
                sent_null += ("inputs",)
            _inputs = _inputs_sent
            inputs: list[InputDefinition] | Unset = UNSET
            if _inputs is not UNSET:
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

            at = "jobId"
            job_id = d.pop("jobId", UNSET)
            if type(job_id) is not str and job_id is not UNSET:
                if job_id is None:
                    job_id = UNSET
                    sent_null += ("jobId",)
                elif not isinstance(job_id, str):
                    raise ParseError.expected("string", job_id)

            at = "modelKeyword"
            model_keyword = d.pop("modelKeyword", UNSET)
            if type(model_keyword) is not str and model_keyword is not UNSET:
                if model_keyword is None:
                    model_keyword = UNSET
                    sent_null += ("modelKeyword",)
                elif not isinstance(model_keyword, str):
                    raise ParseError.expected("string", model_keyword)

            at = "name"
            name = d.pop("name", UNSET)
            if type(name) is not str and name is not UNSET:
                if name is None:
                    name = UNSET
                    sent_null += ("name",)
                elif not isinstance(name, str):
                    raise ParseError.expected("string", name)

            at = "negativePromptEmbedding"
            negative_prompt_embedding = d.pop("negativePromptEmbedding", UNSET)
            if type(negative_prompt_embedding) is not str and negative_prompt_embedding is not UNSET:
                if negative_prompt_embedding is None:
                    negative_prompt_embedding = UNSET
                    sent_null += ("negativePromptEmbedding",)
                elif not isinstance(negative_prompt_embedding, str):
                    raise ParseError.expected("string", negative_prompt_embedding)

            at = "ownerId"
            owner_id = d.pop("ownerId", UNSET)
            if type(owner_id) is not str and owner_id is not UNSET:
                if owner_id is None:
                    owner_id = UNSET
                    sent_null += ("ownerId",)
                elif not isinstance(owner_id, str):
                    raise ParseError.expected("string", owner_id)

            at = "parameters"
            _parameters_sent = d.pop("parameters", UNSET)
            if _parameters_sent is None:
                _parameters_sent = UNSET
                sent_null += ("parameters",)
            _parameters = _parameters_sent
            parameters: TrainingParameters | Unset
            if _parameters is UNSET:
                parameters = UNSET
            else:
                parameters = TrainingParameters.from_dict(_parameters)

            at = "parentModelId"
            parent_model_id = d.pop("parentModelId", UNSET)
            if type(parent_model_id) is not str and parent_model_id is not UNSET:
                if parent_model_id is None:
                    parent_model_id = UNSET
                    sent_null += ("parentModelId",)
                elif not isinstance(parent_model_id, str):
                    raise ParseError.expected("string", parent_model_id)

            at = "performanceStats"
            _performance_stats_sent = d.pop("performanceStats", UNSET)
            if _performance_stats_sent is None:
                _performance_stats_sent = UNSET
                sent_null += ("performanceStats",)
            _performance_stats = _performance_stats_sent
            performance_stats: PerformanceStats | Unset
            if _performance_stats is UNSET:
                performance_stats = UNSET
            else:
                performance_stats = PerformanceStats.from_dict(_performance_stats)

            at = "promptEmbedding"
            prompt_embedding = d.pop("promptEmbedding", UNSET)
            if type(prompt_embedding) is not str and prompt_embedding is not UNSET:
                if prompt_embedding is None:
                    prompt_embedding = UNSET
                    sent_null += ("promptEmbedding",)
                elif not isinstance(prompt_embedding, str):
                    raise ParseError.expected("string", prompt_embedding)

            at = "shortDescription"
            short_description = d.pop("shortDescription", UNSET)
            if type(short_description) is not str and short_description is not UNSET:
                if short_description is None:
                    short_description = UNSET
                    sent_null += ("shortDescription",)
                elif not isinstance(short_description, str):
                    raise ParseError.expected("string", short_description)

            at = "softDeletionOn"
            soft_deletion_on = d.pop("softDeletionOn", UNSET)
            if type(soft_deletion_on) is not str and soft_deletion_on is not UNSET:
                if soft_deletion_on is None:
                    soft_deletion_on = UNSET
                    sent_null += ("softDeletionOn",)
                elif not isinstance(soft_deletion_on, str):
                    raise ParseError.expected("string", soft_deletion_on)

            at = "thumbnail"
            _thumbnail_sent = d.pop("thumbnail", UNSET)
            if _thumbnail_sent is None:
                _thumbnail_sent = UNSET
                sent_null += ("thumbnail",)
            _thumbnail = _thumbnail_sent
            thumbnail: AssetRef | Unset
            if _thumbnail is UNSET:
                thumbnail = UNSET
            else:
                thumbnail = AssetRef.from_dict(_thumbnail)

            at = "trainingImagePairs"
            _training_image_pairs_sent = d.pop("trainingImagePairs", UNSET)
            if _training_image_pairs_sent is None:
                _training_image_pairs_sent = UNSET
                sent_null += ("trainingImagePairs",)
            _training_image_pairs = _training_image_pairs_sent
            training_image_pairs: list[TrainingImagePair] | Unset = UNSET
            if _training_image_pairs is not UNSET:
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

            at = "trainingImages"
            _training_images_sent = d.pop("trainingImages", UNSET)
            if _training_images_sent is None:
                _training_images_sent = UNSET
                sent_null += ("trainingImages",)
            _training_images = _training_images_sent
            training_images: list[TrainingImage] | Unset = UNSET
            if _training_images is not UNSET:
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

            at = "trainingProgress"
            _training_progress_sent = d.pop("trainingProgress", UNSET)
            if _training_progress_sent is None:
                _training_progress_sent = UNSET
                sent_null += ("trainingProgress",)
            _training_progress = _training_progress_sent
            training_progress: TrainingProgress | Unset
            if _training_progress is UNSET:
                training_progress = UNSET
            else:
                training_progress = TrainingProgress.from_dict(_training_progress)

            at = "trainingStats"
            _training_stats_sent = d.pop("trainingStats", UNSET)
            if _training_stats_sent is None:
                _training_stats_sent = UNSET
                sent_null += ("trainingStats",)
            _training_stats = _training_stats_sent
            training_stats: TrainingStats | Unset
            if _training_stats is UNSET:
                training_stats = UNSET
            else:
                training_stats = TrainingStats.from_dict(_training_stats)

            at = "uiConfig"
            _ui_config_sent = d.pop("uiConfig", UNSET)
            if _ui_config_sent is None:
                _ui_config_sent = UNSET
                sent_null += ("uiConfig",)
            _ui_config = _ui_config_sent
            ui_config: UiConfig | Unset
            if _ui_config is UNSET:
                ui_config = UNSET
            else:
                ui_config = UiConfig.from_dict(_ui_config)

            at = "userId"
            user_id = d.pop("userId", UNSET)
            if type(user_id) is not str and user_id is not UNSET:
                if user_id is None:
                    user_id = UNSET
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
