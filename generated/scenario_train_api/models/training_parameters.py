from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.lr_scheduler import LrScheduler
from ..models.optimize_for import OptimizeFor
from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingParameters")


@_attrs_define
class TrainingParameters:
    """Training settings. The documented limits depend on the trainer and disagree between the vendor's pages, so none is
    declared here; the server refuses what it cannot use.

    """

    age: str | Unset = UNSET
    batch_size: float | Unset = UNSET
    class_prompt: str | Unset = UNSET
    clone_type: str | Unset = UNSET
    """ `instant` or `professional`. """
    concept_prompt: str | Unset = UNSET
    gender: str | Unset = UNSET
    language: str | Unset = UNSET
    learning_rate: float | Unset = UNSET
    learning_rate_text_encoder: float | Unset = UNSET
    learning_rate_unet: float | Unset = UNSET
    lr_scheduler: LrScheduler | Unset = UNSET
    max_train_steps: float | Unset = UNSET
    nb_epochs: float | Unset = UNSET
    nb_repeats: float | Unset = UNSET
    num_text_train_steps: float | Unset = UNSET
    num_u_net_train_steps: float | Unset = UNSET
    optimize_for: OptimizeFor | Unset = UNSET
    prior_loss_weight: float | Unset = UNSET
    random_crop: bool | Unset = UNSET
    random_crop_ratio: float | Unset = UNSET
    random_crop_scale: float | Unset = UNSET
    rank: float | Unset = UNSET
    remove_background_noise: bool | Unset = UNSET
    sample_prompts: list[str] | Unset = UNSET
    sample_source_images: list[str] | Unset = UNSET
    """ Same length as `samplePrompts`. """
    scale_lr: bool | Unset = UNSET
    seed: float | Unset = UNSET
    text_encoder_training_ratio: float | Unset = UNSET
    validation_frequency: float | Unset = UNSET
    validation_prompt: str | Unset = UNSET
    voice_description: str | Unset = UNSET
    wandb_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        age = self.age

        batch_size = self.batch_size

        class_prompt = self.class_prompt

        clone_type = self.clone_type

        concept_prompt = self.concept_prompt

        gender = self.gender

        language = self.language

        learning_rate = self.learning_rate

        learning_rate_text_encoder = self.learning_rate_text_encoder

        learning_rate_unet = self.learning_rate_unet

        lr_scheduler: str | Unset = UNSET
        if not isinstance(self.lr_scheduler, Unset):
            lr_scheduler = self.lr_scheduler.value

        max_train_steps = self.max_train_steps

        nb_epochs = self.nb_epochs

        nb_repeats = self.nb_repeats

        num_text_train_steps = self.num_text_train_steps

        num_u_net_train_steps = self.num_u_net_train_steps

        optimize_for: str | Unset = UNSET
        if not isinstance(self.optimize_for, Unset):
            optimize_for = self.optimize_for.value

        prior_loss_weight = self.prior_loss_weight

        random_crop = self.random_crop

        random_crop_ratio = self.random_crop_ratio

        random_crop_scale = self.random_crop_scale

        rank = self.rank

        remove_background_noise = self.remove_background_noise

        sample_prompts: list[str] | Unset = UNSET
        if not isinstance(self.sample_prompts, Unset):
            sample_prompts = self.sample_prompts

        sample_source_images: list[str] | Unset = UNSET
        if not isinstance(self.sample_source_images, Unset):
            sample_source_images = self.sample_source_images

        scale_lr = self.scale_lr

        seed = self.seed

        text_encoder_training_ratio = self.text_encoder_training_ratio

        validation_frequency = self.validation_frequency

        validation_prompt = self.validation_prompt

        voice_description = self.voice_description

        wandb_key = self.wandb_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if age is not UNSET:
            field_dict["age"] = age
        if batch_size is not UNSET:
            field_dict["batchSize"] = batch_size
        if class_prompt is not UNSET:
            field_dict["classPrompt"] = class_prompt
        if clone_type is not UNSET:
            field_dict["cloneType"] = clone_type
        if concept_prompt is not UNSET:
            field_dict["conceptPrompt"] = concept_prompt
        if gender is not UNSET:
            field_dict["gender"] = gender
        if language is not UNSET:
            field_dict["language"] = language
        if learning_rate is not UNSET:
            field_dict["learningRate"] = learning_rate
        if learning_rate_text_encoder is not UNSET:
            field_dict["learningRateTextEncoder"] = learning_rate_text_encoder
        if learning_rate_unet is not UNSET:
            field_dict["learningRateUnet"] = learning_rate_unet
        if lr_scheduler is not UNSET:
            field_dict["lrScheduler"] = lr_scheduler
        if max_train_steps is not UNSET:
            field_dict["maxTrainSteps"] = max_train_steps
        if nb_epochs is not UNSET:
            field_dict["nbEpochs"] = nb_epochs
        if nb_repeats is not UNSET:
            field_dict["nbRepeats"] = nb_repeats
        if num_text_train_steps is not UNSET:
            field_dict["numTextTrainSteps"] = num_text_train_steps
        if num_u_net_train_steps is not UNSET:
            field_dict["numUNetTrainSteps"] = num_u_net_train_steps
        if optimize_for is not UNSET:
            field_dict["optimizeFor"] = optimize_for
        if prior_loss_weight is not UNSET:
            field_dict["priorLossWeight"] = prior_loss_weight
        if random_crop is not UNSET:
            field_dict["randomCrop"] = random_crop
        if random_crop_ratio is not UNSET:
            field_dict["randomCropRatio"] = random_crop_ratio
        if random_crop_scale is not UNSET:
            field_dict["randomCropScale"] = random_crop_scale
        if rank is not UNSET:
            field_dict["rank"] = rank
        if remove_background_noise is not UNSET:
            field_dict["removeBackgroundNoise"] = remove_background_noise
        if sample_prompts is not UNSET:
            field_dict["samplePrompts"] = sample_prompts
        if sample_source_images is not UNSET:
            field_dict["sampleSourceImages"] = sample_source_images
        if scale_lr is not UNSET:
            field_dict["scaleLr"] = scale_lr
        if seed is not UNSET:
            field_dict["seed"] = seed
        if text_encoder_training_ratio is not UNSET:
            field_dict["textEncoderTrainingRatio"] = text_encoder_training_ratio
        if validation_frequency is not UNSET:
            field_dict["validationFrequency"] = validation_frequency
        if validation_prompt is not UNSET:
            field_dict["validationPrompt"] = validation_prompt
        if voice_description is not UNSET:
            field_dict["voiceDescription"] = voice_description
        if wandb_key is not UNSET:
            field_dict["wandbKey"] = wandb_key
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
            at = "age"
            age = d.pop("age", UNSET)
            if type(age) is not str and age is not UNSET:
                if age is None:
                    age = UNSET
                    sent_null += ("age",)
                elif not isinstance(age, str):
                    raise ParseError.expected("string", age)

            at = "batchSize"
            batch_size = d.pop("batchSize", UNSET)
            if type(batch_size) is not float and type(batch_size) is not int and batch_size is not UNSET:
                if batch_size is None:
                    batch_size = UNSET
                    sent_null += ("batchSize",)
                elif isinstance(batch_size, bool) or not isinstance(batch_size, (int, float)):
                    raise ParseError.expected("number", batch_size)

            at = "classPrompt"
            class_prompt = d.pop("classPrompt", UNSET)
            if type(class_prompt) is not str and class_prompt is not UNSET:
                if class_prompt is None:
                    class_prompt = UNSET
                    sent_null += ("classPrompt",)
                elif not isinstance(class_prompt, str):
                    raise ParseError.expected("string", class_prompt)

            at = "cloneType"
            clone_type = d.pop("cloneType", UNSET)
            if type(clone_type) is not str and clone_type is not UNSET:
                if clone_type is None:
                    clone_type = UNSET
                    sent_null += ("cloneType",)
                elif not isinstance(clone_type, str):
                    raise ParseError.expected("string", clone_type)

            at = "conceptPrompt"
            concept_prompt = d.pop("conceptPrompt", UNSET)
            if type(concept_prompt) is not str and concept_prompt is not UNSET:
                if concept_prompt is None:
                    concept_prompt = UNSET
                    sent_null += ("conceptPrompt",)
                elif not isinstance(concept_prompt, str):
                    raise ParseError.expected("string", concept_prompt)

            at = "gender"
            gender = d.pop("gender", UNSET)
            if type(gender) is not str and gender is not UNSET:
                if gender is None:
                    gender = UNSET
                    sent_null += ("gender",)
                elif not isinstance(gender, str):
                    raise ParseError.expected("string", gender)

            at = "language"
            language = d.pop("language", UNSET)
            if type(language) is not str and language is not UNSET:
                if language is None:
                    language = UNSET
                    sent_null += ("language",)
                elif not isinstance(language, str):
                    raise ParseError.expected("string", language)

            at = "learningRate"
            learning_rate = d.pop("learningRate", UNSET)
            if type(learning_rate) is not float and type(learning_rate) is not int and learning_rate is not UNSET:
                if learning_rate is None:
                    learning_rate = UNSET
                    sent_null += ("learningRate",)
                elif isinstance(learning_rate, bool) or not isinstance(learning_rate, (int, float)):
                    raise ParseError.expected("number", learning_rate)

            at = "learningRateTextEncoder"
            learning_rate_text_encoder = d.pop("learningRateTextEncoder", UNSET)
            if (
                type(learning_rate_text_encoder) is not float
                and type(learning_rate_text_encoder) is not int
                and learning_rate_text_encoder is not UNSET
            ):
                if learning_rate_text_encoder is None:
                    learning_rate_text_encoder = UNSET
                    sent_null += ("learningRateTextEncoder",)
                elif isinstance(learning_rate_text_encoder, bool) or not isinstance(
                    learning_rate_text_encoder, (int, float)
                ):
                    raise ParseError.expected("number", learning_rate_text_encoder)

            at = "learningRateUnet"
            learning_rate_unet = d.pop("learningRateUnet", UNSET)
            if (
                type(learning_rate_unet) is not float
                and type(learning_rate_unet) is not int
                and learning_rate_unet is not UNSET
            ):
                if learning_rate_unet is None:
                    learning_rate_unet = UNSET
                    sent_null += ("learningRateUnet",)
                elif isinstance(learning_rate_unet, bool) or not isinstance(learning_rate_unet, (int, float)):
                    raise ParseError.expected("number", learning_rate_unet)

            at = "lrScheduler"
            _lr_scheduler_sent = d.pop("lrScheduler", UNSET)
            if _lr_scheduler_sent is None:
                _lr_scheduler_sent = UNSET
                sent_null += ("lrScheduler",)
            _lr_scheduler = _lr_scheduler_sent
            lr_scheduler: LrScheduler | Unset
            if _lr_scheduler is UNSET:
                lr_scheduler = UNSET
            else:
                lr_scheduler = LrScheduler.from_json(_lr_scheduler)

            at = "maxTrainSteps"
            max_train_steps = d.pop("maxTrainSteps", UNSET)
            if type(max_train_steps) is not float and type(max_train_steps) is not int and max_train_steps is not UNSET:
                if max_train_steps is None:
                    max_train_steps = UNSET
                    sent_null += ("maxTrainSteps",)
                elif isinstance(max_train_steps, bool) or not isinstance(max_train_steps, (int, float)):
                    raise ParseError.expected("number", max_train_steps)

            at = "nbEpochs"
            nb_epochs = d.pop("nbEpochs", UNSET)
            if type(nb_epochs) is not float and type(nb_epochs) is not int and nb_epochs is not UNSET:
                if nb_epochs is None:
                    nb_epochs = UNSET
                    sent_null += ("nbEpochs",)
                elif isinstance(nb_epochs, bool) or not isinstance(nb_epochs, (int, float)):
                    raise ParseError.expected("number", nb_epochs)

            at = "nbRepeats"
            nb_repeats = d.pop("nbRepeats", UNSET)
            if type(nb_repeats) is not float and type(nb_repeats) is not int and nb_repeats is not UNSET:
                if nb_repeats is None:
                    nb_repeats = UNSET
                    sent_null += ("nbRepeats",)
                elif isinstance(nb_repeats, bool) or not isinstance(nb_repeats, (int, float)):
                    raise ParseError.expected("number", nb_repeats)

            at = "numTextTrainSteps"
            num_text_train_steps = d.pop("numTextTrainSteps", UNSET)
            if (
                type(num_text_train_steps) is not float
                and type(num_text_train_steps) is not int
                and num_text_train_steps is not UNSET
            ):
                if num_text_train_steps is None:
                    num_text_train_steps = UNSET
                    sent_null += ("numTextTrainSteps",)
                elif isinstance(num_text_train_steps, bool) or not isinstance(num_text_train_steps, (int, float)):
                    raise ParseError.expected("number", num_text_train_steps)

            at = "numUNetTrainSteps"
            num_u_net_train_steps = d.pop("numUNetTrainSteps", UNSET)
            if (
                type(num_u_net_train_steps) is not float
                and type(num_u_net_train_steps) is not int
                and num_u_net_train_steps is not UNSET
            ):
                if num_u_net_train_steps is None:
                    num_u_net_train_steps = UNSET
                    sent_null += ("numUNetTrainSteps",)
                elif isinstance(num_u_net_train_steps, bool) or not isinstance(num_u_net_train_steps, (int, float)):
                    raise ParseError.expected("number", num_u_net_train_steps)

            at = "optimizeFor"
            _optimize_for_sent = d.pop("optimizeFor", UNSET)
            if _optimize_for_sent is None:
                _optimize_for_sent = UNSET
                sent_null += ("optimizeFor",)
            _optimize_for = _optimize_for_sent
            optimize_for: OptimizeFor | Unset
            if _optimize_for is UNSET:
                optimize_for = UNSET
            else:
                optimize_for = OptimizeFor.from_json(_optimize_for)

            at = "priorLossWeight"
            prior_loss_weight = d.pop("priorLossWeight", UNSET)
            if (
                type(prior_loss_weight) is not float
                and type(prior_loss_weight) is not int
                and prior_loss_weight is not UNSET
            ):
                if prior_loss_weight is None:
                    prior_loss_weight = UNSET
                    sent_null += ("priorLossWeight",)
                elif isinstance(prior_loss_weight, bool) or not isinstance(prior_loss_weight, (int, float)):
                    raise ParseError.expected("number", prior_loss_weight)

            at = "randomCrop"
            random_crop = d.pop("randomCrop", UNSET)
            if type(random_crop) is not bool and random_crop is not UNSET:
                if random_crop is None:
                    random_crop = UNSET
                    sent_null += ("randomCrop",)
                elif not isinstance(random_crop, bool):
                    raise ParseError.expected("boolean", random_crop)

            at = "randomCropRatio"
            random_crop_ratio = d.pop("randomCropRatio", UNSET)
            if (
                type(random_crop_ratio) is not float
                and type(random_crop_ratio) is not int
                and random_crop_ratio is not UNSET
            ):
                if random_crop_ratio is None:
                    random_crop_ratio = UNSET
                    sent_null += ("randomCropRatio",)
                elif isinstance(random_crop_ratio, bool) or not isinstance(random_crop_ratio, (int, float)):
                    raise ParseError.expected("number", random_crop_ratio)

            at = "randomCropScale"
            random_crop_scale = d.pop("randomCropScale", UNSET)
            if (
                type(random_crop_scale) is not float
                and type(random_crop_scale) is not int
                and random_crop_scale is not UNSET
            ):
                if random_crop_scale is None:
                    random_crop_scale = UNSET
                    sent_null += ("randomCropScale",)
                elif isinstance(random_crop_scale, bool) or not isinstance(random_crop_scale, (int, float)):
                    raise ParseError.expected("number", random_crop_scale)

            at = "rank"
            rank = d.pop("rank", UNSET)
            if type(rank) is not float and type(rank) is not int and rank is not UNSET:
                if rank is None:
                    rank = UNSET
                    sent_null += ("rank",)
                elif isinstance(rank, bool) or not isinstance(rank, (int, float)):
                    raise ParseError.expected("number", rank)

            at = "removeBackgroundNoise"
            remove_background_noise = d.pop("removeBackgroundNoise", UNSET)
            if type(remove_background_noise) is not bool and remove_background_noise is not UNSET:
                if remove_background_noise is None:
                    remove_background_noise = UNSET
                    sent_null += ("removeBackgroundNoise",)
                elif not isinstance(remove_background_noise, bool):
                    raise ParseError.expected("boolean", remove_background_noise)

            at = "samplePrompts"
            _sample_prompts_sent = d.pop("samplePrompts", UNSET)
            if _sample_prompts_sent is None:
                _sample_prompts_sent = UNSET
                sent_null += ("samplePrompts",)
            _sample_prompts = _sample_prompts_sent
            sample_prompts: list[str] | Unset = UNSET
            if _sample_prompts is not UNSET:
                if not isinstance(_sample_prompts, list):
                    raise ParseError.expected("array", _sample_prompts)
                sample_prompts = []
                try:
                    for sample_prompts_item_data in _sample_prompts:
                        sample_prompts_item = sample_prompts_item_data
                        if type(sample_prompts_item) is not str and not isinstance(sample_prompts_item, str):
                            raise ParseError.expected("string", sample_prompts_item)

                        sample_prompts.append(sample_prompts_item)
                except ParseError as parse_error:
                    parse_error.location = (len(sample_prompts), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(sample_prompts)) from parse_error

            at = "sampleSourceImages"
            _sample_source_images_sent = d.pop("sampleSourceImages", UNSET)
            if _sample_source_images_sent is None:
                _sample_source_images_sent = UNSET
                sent_null += ("sampleSourceImages",)
            _sample_source_images = _sample_source_images_sent
            sample_source_images: list[str] | Unset = UNSET
            if _sample_source_images is not UNSET:
                if not isinstance(_sample_source_images, list):
                    raise ParseError.expected("array", _sample_source_images)
                sample_source_images = []
                try:
                    for sample_source_images_item_data in _sample_source_images:
                        sample_source_images_item = sample_source_images_item_data
                        if type(sample_source_images_item) is not str and not isinstance(
                            sample_source_images_item, str
                        ):
                            raise ParseError.expected("string", sample_source_images_item)

                        sample_source_images.append(sample_source_images_item)
                except ParseError as parse_error:
                    parse_error.location = (len(sample_source_images), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(sample_source_images)) from parse_error

            at = "scaleLr"
            scale_lr = d.pop("scaleLr", UNSET)
            if type(scale_lr) is not bool and scale_lr is not UNSET:
                if scale_lr is None:
                    scale_lr = UNSET
                    sent_null += ("scaleLr",)
                elif not isinstance(scale_lr, bool):
                    raise ParseError.expected("boolean", scale_lr)

            at = "seed"
            seed = d.pop("seed", UNSET)
            if type(seed) is not float and type(seed) is not int and seed is not UNSET:
                if seed is None:
                    seed = UNSET
                    sent_null += ("seed",)
                elif isinstance(seed, bool) or not isinstance(seed, (int, float)):
                    raise ParseError.expected("number", seed)

            at = "textEncoderTrainingRatio"
            text_encoder_training_ratio = d.pop("textEncoderTrainingRatio", UNSET)
            if (
                type(text_encoder_training_ratio) is not float
                and type(text_encoder_training_ratio) is not int
                and text_encoder_training_ratio is not UNSET
            ):
                if text_encoder_training_ratio is None:
                    text_encoder_training_ratio = UNSET
                    sent_null += ("textEncoderTrainingRatio",)
                elif isinstance(text_encoder_training_ratio, bool) or not isinstance(
                    text_encoder_training_ratio, (int, float)
                ):
                    raise ParseError.expected("number", text_encoder_training_ratio)

            at = "validationFrequency"
            validation_frequency = d.pop("validationFrequency", UNSET)
            if (
                type(validation_frequency) is not float
                and type(validation_frequency) is not int
                and validation_frequency is not UNSET
            ):
                if validation_frequency is None:
                    validation_frequency = UNSET
                    sent_null += ("validationFrequency",)
                elif isinstance(validation_frequency, bool) or not isinstance(validation_frequency, (int, float)):
                    raise ParseError.expected("number", validation_frequency)

            at = "validationPrompt"
            validation_prompt = d.pop("validationPrompt", UNSET)
            if type(validation_prompt) is not str and validation_prompt is not UNSET:
                if validation_prompt is None:
                    validation_prompt = UNSET
                    sent_null += ("validationPrompt",)
                elif not isinstance(validation_prompt, str):
                    raise ParseError.expected("string", validation_prompt)

            at = "voiceDescription"
            voice_description = d.pop("voiceDescription", UNSET)
            if type(voice_description) is not str and voice_description is not UNSET:
                if voice_description is None:
                    voice_description = UNSET
                    sent_null += ("voiceDescription",)
                elif not isinstance(voice_description, str):
                    raise ParseError.expected("string", voice_description)

            at = "wandbKey"
            wandb_key = d.pop("wandbKey", UNSET)
            if type(wandb_key) is not str and wandb_key is not UNSET:
                if wandb_key is None:
                    wandb_key = UNSET
                    sent_null += ("wandbKey",)
                elif not isinstance(wandb_key, str):
                    raise ParseError.expected("string", wandb_key)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        training_parameters = object.__new__(cls)
        training_parameters.age = age
        training_parameters.batch_size = batch_size
        training_parameters.class_prompt = class_prompt
        training_parameters.clone_type = clone_type
        training_parameters.concept_prompt = concept_prompt
        training_parameters.gender = gender
        training_parameters.language = language
        training_parameters.learning_rate = learning_rate
        training_parameters.learning_rate_text_encoder = learning_rate_text_encoder
        training_parameters.learning_rate_unet = learning_rate_unet
        training_parameters.lr_scheduler = lr_scheduler
        training_parameters.max_train_steps = max_train_steps
        training_parameters.nb_epochs = nb_epochs
        training_parameters.nb_repeats = nb_repeats
        training_parameters.num_text_train_steps = num_text_train_steps
        training_parameters.num_u_net_train_steps = num_u_net_train_steps
        training_parameters.optimize_for = optimize_for
        training_parameters.prior_loss_weight = prior_loss_weight
        training_parameters.random_crop = random_crop
        training_parameters.random_crop_ratio = random_crop_ratio
        training_parameters.random_crop_scale = random_crop_scale
        training_parameters.rank = rank
        training_parameters.remove_background_noise = remove_background_noise
        training_parameters.sample_prompts = sample_prompts
        training_parameters.sample_source_images = sample_source_images
        training_parameters.scale_lr = scale_lr
        training_parameters.seed = seed
        training_parameters.text_encoder_training_ratio = text_encoder_training_ratio
        training_parameters.validation_frequency = validation_frequency
        training_parameters.validation_prompt = validation_prompt
        training_parameters.voice_description = voice_description
        training_parameters.wandb_key = wandb_key
        training_parameters._sent_null = sent_null
        training_parameters.additional_properties = d
        return training_parameters

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
