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
            _age_sent = d.pop("age", UNSET)
            if _age_sent is None:
                _age_sent = UNSET
                sent_null += ("age",)
            age = _age_sent
            if age is not UNSET and not isinstance(age, str):
                raise ParseError.expected("string", age)

            at = "batchSize"
            _batch_size_sent = d.pop("batchSize", UNSET)
            if _batch_size_sent is None:
                _batch_size_sent = UNSET
                sent_null += ("batchSize",)
            batch_size = _batch_size_sent
            if (
                batch_size is not UNSET
                and type(batch_size) is not float
                and type(batch_size) is not int
                and (isinstance(batch_size, bool) or not isinstance(batch_size, (int, float)))
            ):
                raise ParseError.expected("number", batch_size)

            at = "classPrompt"
            _class_prompt_sent = d.pop("classPrompt", UNSET)
            if _class_prompt_sent is None:
                _class_prompt_sent = UNSET
                sent_null += ("classPrompt",)
            class_prompt = _class_prompt_sent
            if class_prompt is not UNSET and not isinstance(class_prompt, str):
                raise ParseError.expected("string", class_prompt)

            at = "cloneType"
            _clone_type_sent = d.pop("cloneType", UNSET)
            if _clone_type_sent is None:
                _clone_type_sent = UNSET
                sent_null += ("cloneType",)
            clone_type = _clone_type_sent
            if clone_type is not UNSET and not isinstance(clone_type, str):
                raise ParseError.expected("string", clone_type)

            at = "conceptPrompt"
            _concept_prompt_sent = d.pop("conceptPrompt", UNSET)
            if _concept_prompt_sent is None:
                _concept_prompt_sent = UNSET
                sent_null += ("conceptPrompt",)
            concept_prompt = _concept_prompt_sent
            if concept_prompt is not UNSET and not isinstance(concept_prompt, str):
                raise ParseError.expected("string", concept_prompt)

            at = "gender"
            _gender_sent = d.pop("gender", UNSET)
            if _gender_sent is None:
                _gender_sent = UNSET
                sent_null += ("gender",)
            gender = _gender_sent
            if gender is not UNSET and not isinstance(gender, str):
                raise ParseError.expected("string", gender)

            at = "language"
            _language_sent = d.pop("language", UNSET)
            if _language_sent is None:
                _language_sent = UNSET
                sent_null += ("language",)
            language = _language_sent
            if language is not UNSET and not isinstance(language, str):
                raise ParseError.expected("string", language)

            at = "learningRate"
            _learning_rate_sent = d.pop("learningRate", UNSET)
            if _learning_rate_sent is None:
                _learning_rate_sent = UNSET
                sent_null += ("learningRate",)
            learning_rate = _learning_rate_sent
            if (
                learning_rate is not UNSET
                and type(learning_rate) is not float
                and type(learning_rate) is not int
                and (isinstance(learning_rate, bool) or not isinstance(learning_rate, (int, float)))
            ):
                raise ParseError.expected("number", learning_rate)

            at = "learningRateTextEncoder"
            _learning_rate_text_encoder_sent = d.pop("learningRateTextEncoder", UNSET)
            if _learning_rate_text_encoder_sent is None:
                _learning_rate_text_encoder_sent = UNSET
                sent_null += ("learningRateTextEncoder",)
            learning_rate_text_encoder = _learning_rate_text_encoder_sent
            if (
                learning_rate_text_encoder is not UNSET
                and type(learning_rate_text_encoder) is not float
                and type(learning_rate_text_encoder) is not int
                and (
                    isinstance(learning_rate_text_encoder, bool)
                    or not isinstance(learning_rate_text_encoder, (int, float))
                )
            ):
                raise ParseError.expected("number", learning_rate_text_encoder)

            at = "learningRateUnet"
            _learning_rate_unet_sent = d.pop("learningRateUnet", UNSET)
            if _learning_rate_unet_sent is None:
                _learning_rate_unet_sent = UNSET
                sent_null += ("learningRateUnet",)
            learning_rate_unet = _learning_rate_unet_sent
            if (
                learning_rate_unet is not UNSET
                and type(learning_rate_unet) is not float
                and type(learning_rate_unet) is not int
                and (isinstance(learning_rate_unet, bool) or not isinstance(learning_rate_unet, (int, float)))
            ):
                raise ParseError.expected("number", learning_rate_unet)

            at = "lrScheduler"
            _lr_scheduler_sent = d.pop("lrScheduler", UNSET)
            if _lr_scheduler_sent is None:
                _lr_scheduler_sent = UNSET
                sent_null += ("lrScheduler",)
            _lr_scheduler = _lr_scheduler_sent
            lr_scheduler: LrScheduler | Unset
            if isinstance(_lr_scheduler, Unset):
                lr_scheduler = UNSET
            else:
                lr_scheduler = LrScheduler.from_json(_lr_scheduler)

            at = "maxTrainSteps"
            _max_train_steps_sent = d.pop("maxTrainSteps", UNSET)
            if _max_train_steps_sent is None:
                _max_train_steps_sent = UNSET
                sent_null += ("maxTrainSteps",)
            max_train_steps = _max_train_steps_sent
            if (
                max_train_steps is not UNSET
                and type(max_train_steps) is not float
                and type(max_train_steps) is not int
                and (isinstance(max_train_steps, bool) or not isinstance(max_train_steps, (int, float)))
            ):
                raise ParseError.expected("number", max_train_steps)

            at = "nbEpochs"
            _nb_epochs_sent = d.pop("nbEpochs", UNSET)
            if _nb_epochs_sent is None:
                _nb_epochs_sent = UNSET
                sent_null += ("nbEpochs",)
            nb_epochs = _nb_epochs_sent
            if (
                nb_epochs is not UNSET
                and type(nb_epochs) is not float
                and type(nb_epochs) is not int
                and (isinstance(nb_epochs, bool) or not isinstance(nb_epochs, (int, float)))
            ):
                raise ParseError.expected("number", nb_epochs)

            at = "nbRepeats"
            _nb_repeats_sent = d.pop("nbRepeats", UNSET)
            if _nb_repeats_sent is None:
                _nb_repeats_sent = UNSET
                sent_null += ("nbRepeats",)
            nb_repeats = _nb_repeats_sent
            if (
                nb_repeats is not UNSET
                and type(nb_repeats) is not float
                and type(nb_repeats) is not int
                and (isinstance(nb_repeats, bool) or not isinstance(nb_repeats, (int, float)))
            ):
                raise ParseError.expected("number", nb_repeats)

            at = "numTextTrainSteps"
            _num_text_train_steps_sent = d.pop("numTextTrainSteps", UNSET)
            if _num_text_train_steps_sent is None:
                _num_text_train_steps_sent = UNSET
                sent_null += ("numTextTrainSteps",)
            num_text_train_steps = _num_text_train_steps_sent
            if (
                num_text_train_steps is not UNSET
                and type(num_text_train_steps) is not float
                and type(num_text_train_steps) is not int
                and (isinstance(num_text_train_steps, bool) or not isinstance(num_text_train_steps, (int, float)))
            ):
                raise ParseError.expected("number", num_text_train_steps)

            at = "numUNetTrainSteps"
            _num_u_net_train_steps_sent = d.pop("numUNetTrainSteps", UNSET)
            if _num_u_net_train_steps_sent is None:
                _num_u_net_train_steps_sent = UNSET
                sent_null += ("numUNetTrainSteps",)
            num_u_net_train_steps = _num_u_net_train_steps_sent
            if (
                num_u_net_train_steps is not UNSET
                and type(num_u_net_train_steps) is not float
                and type(num_u_net_train_steps) is not int
                and (isinstance(num_u_net_train_steps, bool) or not isinstance(num_u_net_train_steps, (int, float)))
            ):
                raise ParseError.expected("number", num_u_net_train_steps)

            at = "optimizeFor"
            _optimize_for_sent = d.pop("optimizeFor", UNSET)
            if _optimize_for_sent is None:
                _optimize_for_sent = UNSET
                sent_null += ("optimizeFor",)
            _optimize_for = _optimize_for_sent
            optimize_for: OptimizeFor | Unset
            if isinstance(_optimize_for, Unset):
                optimize_for = UNSET
            else:
                optimize_for = OptimizeFor.from_json(_optimize_for)

            at = "priorLossWeight"
            _prior_loss_weight_sent = d.pop("priorLossWeight", UNSET)
            if _prior_loss_weight_sent is None:
                _prior_loss_weight_sent = UNSET
                sent_null += ("priorLossWeight",)
            prior_loss_weight = _prior_loss_weight_sent
            if (
                prior_loss_weight is not UNSET
                and type(prior_loss_weight) is not float
                and type(prior_loss_weight) is not int
                and (isinstance(prior_loss_weight, bool) or not isinstance(prior_loss_weight, (int, float)))
            ):
                raise ParseError.expected("number", prior_loss_weight)

            at = "randomCrop"
            _random_crop_sent = d.pop("randomCrop", UNSET)
            if _random_crop_sent is None:
                _random_crop_sent = UNSET
                sent_null += ("randomCrop",)
            random_crop = _random_crop_sent
            if random_crop is not UNSET and not isinstance(random_crop, bool):
                raise ParseError.expected("boolean", random_crop)

            at = "randomCropRatio"
            _random_crop_ratio_sent = d.pop("randomCropRatio", UNSET)
            if _random_crop_ratio_sent is None:
                _random_crop_ratio_sent = UNSET
                sent_null += ("randomCropRatio",)
            random_crop_ratio = _random_crop_ratio_sent
            if (
                random_crop_ratio is not UNSET
                and type(random_crop_ratio) is not float
                and type(random_crop_ratio) is not int
                and (isinstance(random_crop_ratio, bool) or not isinstance(random_crop_ratio, (int, float)))
            ):
                raise ParseError.expected("number", random_crop_ratio)

            at = "randomCropScale"
            _random_crop_scale_sent = d.pop("randomCropScale", UNSET)
            if _random_crop_scale_sent is None:
                _random_crop_scale_sent = UNSET
                sent_null += ("randomCropScale",)
            random_crop_scale = _random_crop_scale_sent
            if (
                random_crop_scale is not UNSET
                and type(random_crop_scale) is not float
                and type(random_crop_scale) is not int
                and (isinstance(random_crop_scale, bool) or not isinstance(random_crop_scale, (int, float)))
            ):
                raise ParseError.expected("number", random_crop_scale)

            at = "rank"
            _rank_sent = d.pop("rank", UNSET)
            if _rank_sent is None:
                _rank_sent = UNSET
                sent_null += ("rank",)
            rank = _rank_sent
            if (
                rank is not UNSET
                and type(rank) is not float
                and type(rank) is not int
                and (isinstance(rank, bool) or not isinstance(rank, (int, float)))
            ):
                raise ParseError.expected("number", rank)

            at = "removeBackgroundNoise"
            _remove_background_noise_sent = d.pop("removeBackgroundNoise", UNSET)
            if _remove_background_noise_sent is None:
                _remove_background_noise_sent = UNSET
                sent_null += ("removeBackgroundNoise",)
            remove_background_noise = _remove_background_noise_sent
            if remove_background_noise is not UNSET and not isinstance(remove_background_noise, bool):
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
                for _sample_prompts_index, sample_prompts_item_data in enumerate(_sample_prompts):
                    try:
                        sample_prompts_item = sample_prompts_item_data
                        if not isinstance(sample_prompts_item, str):
                            raise ParseError.expected("string", sample_prompts_item)

                    except ParseError as parse_error:
                        parse_error.location = (_sample_prompts_index, *parse_error.location)
                        raise
                    except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                        raise ParseError.wrap(parse_error, _sample_prompts_index) from parse_error
                    sample_prompts.append(sample_prompts_item)

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
                for _sample_source_images_index, sample_source_images_item_data in enumerate(_sample_source_images):
                    try:
                        sample_source_images_item = sample_source_images_item_data
                        if not isinstance(sample_source_images_item, str):
                            raise ParseError.expected("string", sample_source_images_item)

                    except ParseError as parse_error:
                        parse_error.location = (_sample_source_images_index, *parse_error.location)
                        raise
                    except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                        raise ParseError.wrap(parse_error, _sample_source_images_index) from parse_error
                    sample_source_images.append(sample_source_images_item)

            at = "scaleLr"
            _scale_lr_sent = d.pop("scaleLr", UNSET)
            if _scale_lr_sent is None:
                _scale_lr_sent = UNSET
                sent_null += ("scaleLr",)
            scale_lr = _scale_lr_sent
            if scale_lr is not UNSET and not isinstance(scale_lr, bool):
                raise ParseError.expected("boolean", scale_lr)

            at = "seed"
            _seed_sent = d.pop("seed", UNSET)
            if _seed_sent is None:
                _seed_sent = UNSET
                sent_null += ("seed",)
            seed = _seed_sent
            if (
                seed is not UNSET
                and type(seed) is not float
                and type(seed) is not int
                and (isinstance(seed, bool) or not isinstance(seed, (int, float)))
            ):
                raise ParseError.expected("number", seed)

            at = "textEncoderTrainingRatio"
            _text_encoder_training_ratio_sent = d.pop("textEncoderTrainingRatio", UNSET)
            if _text_encoder_training_ratio_sent is None:
                _text_encoder_training_ratio_sent = UNSET
                sent_null += ("textEncoderTrainingRatio",)
            text_encoder_training_ratio = _text_encoder_training_ratio_sent
            if (
                text_encoder_training_ratio is not UNSET
                and type(text_encoder_training_ratio) is not float
                and type(text_encoder_training_ratio) is not int
                and (
                    isinstance(text_encoder_training_ratio, bool)
                    or not isinstance(text_encoder_training_ratio, (int, float))
                )
            ):
                raise ParseError.expected("number", text_encoder_training_ratio)

            at = "validationFrequency"
            _validation_frequency_sent = d.pop("validationFrequency", UNSET)
            if _validation_frequency_sent is None:
                _validation_frequency_sent = UNSET
                sent_null += ("validationFrequency",)
            validation_frequency = _validation_frequency_sent
            if (
                validation_frequency is not UNSET
                and type(validation_frequency) is not float
                and type(validation_frequency) is not int
                and (isinstance(validation_frequency, bool) or not isinstance(validation_frequency, (int, float)))
            ):
                raise ParseError.expected("number", validation_frequency)

            at = "validationPrompt"
            _validation_prompt_sent = d.pop("validationPrompt", UNSET)
            if _validation_prompt_sent is None:
                _validation_prompt_sent = UNSET
                sent_null += ("validationPrompt",)
            validation_prompt = _validation_prompt_sent
            if validation_prompt is not UNSET and not isinstance(validation_prompt, str):
                raise ParseError.expected("string", validation_prompt)

            at = "voiceDescription"
            _voice_description_sent = d.pop("voiceDescription", UNSET)
            if _voice_description_sent is None:
                _voice_description_sent = UNSET
                sent_null += ("voiceDescription",)
            voice_description = _voice_description_sent
            if voice_description is not UNSET and not isinstance(voice_description, str):
                raise ParseError.expected("string", voice_description)

            at = "wandbKey"
            _wandb_key_sent = d.pop("wandbKey", UNSET)
            if _wandb_key_sent is None:
                _wandb_key_sent = UNSET
                sent_null += ("wandbKey",)
            wandb_key = _wandb_key_sent
            if wandb_key is not UNSET and not isinstance(wandb_key, str):
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
