from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypedDict, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.lr_scheduler import LrScheduler
from ..models.optimize_for import OptimizeFor
from ..types import json_text, short_repr

T = TypeVar("T", bound="TrainingParameters")


@_attrs_define(kw_only=True, repr=False)
class TrainingParameters:
    """Training settings. The documented limits depend on the trainer and disagree between the vendor's pages, so none is
    declared here; the server refuses what it cannot use.

    """

    age: str | None = None
    batch_size: float | None = None
    class_prompt: str | None = None
    clone_type: str | None = None
    """ `instant` or `professional`. """
    concept_prompt: str | None = None
    gender: str | None = None
    language: str | None = None
    learning_rate: float | None = None
    learning_rate_text_encoder: float | None = None
    learning_rate_unet: float | None = None
    lr_scheduler: LrScheduler | None = None
    max_train_steps: float | None = None
    nb_epochs: float | None = None
    nb_repeats: float | None = None
    num_text_train_steps: float | None = None
    num_u_net_train_steps: float | None = None
    optimize_for: OptimizeFor | None = None
    prior_loss_weight: float | None = None
    random_crop: bool | None = None
    random_crop_ratio: float | None = None
    random_crop_scale: float | None = None
    rank: float | None = None
    remove_background_noise: bool | None = None
    sample_prompts: list[str] | None = None
    sample_source_images: list[str] | None = None
    """ Same length as `samplePrompts`. """
    scale_lr: bool | None = None
    seed: float | None = None
    text_encoder_training_ratio: float | None = None
    validation_frequency: float | None = None
    validation_prompt: str | None = None
    voice_description: str | None = None
    wandb_key: str | None = None
    """ A Weights & Biases API key, a third-party secret. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        age = self.age
        if age is not None:
            field_dict["age"] = age

        batch_size = self.batch_size
        if batch_size is not None:
            field_dict["batchSize"] = batch_size

        class_prompt = self.class_prompt
        if class_prompt is not None:
            field_dict["classPrompt"] = class_prompt

        clone_type = self.clone_type
        if clone_type is not None:
            field_dict["cloneType"] = clone_type

        concept_prompt = self.concept_prompt
        if concept_prompt is not None:
            field_dict["conceptPrompt"] = concept_prompt

        gender = self.gender
        if gender is not None:
            field_dict["gender"] = gender

        language = self.language
        if language is not None:
            field_dict["language"] = language

        learning_rate = self.learning_rate
        if learning_rate is not None:
            field_dict["learningRate"] = learning_rate

        learning_rate_text_encoder = self.learning_rate_text_encoder
        if learning_rate_text_encoder is not None:
            field_dict["learningRateTextEncoder"] = learning_rate_text_encoder

        learning_rate_unet = self.learning_rate_unet
        if learning_rate_unet is not None:
            field_dict["learningRateUnet"] = learning_rate_unet

        if self.lr_scheduler is not None:
            field_dict["lrScheduler"] = self.lr_scheduler.value

        max_train_steps = self.max_train_steps
        if max_train_steps is not None:
            field_dict["maxTrainSteps"] = max_train_steps

        nb_epochs = self.nb_epochs
        if nb_epochs is not None:
            field_dict["nbEpochs"] = nb_epochs

        nb_repeats = self.nb_repeats
        if nb_repeats is not None:
            field_dict["nbRepeats"] = nb_repeats

        num_text_train_steps = self.num_text_train_steps
        if num_text_train_steps is not None:
            field_dict["numTextTrainSteps"] = num_text_train_steps

        num_u_net_train_steps = self.num_u_net_train_steps
        if num_u_net_train_steps is not None:
            field_dict["numUNetTrainSteps"] = num_u_net_train_steps

        if self.optimize_for is not None:
            field_dict["optimizeFor"] = self.optimize_for.value

        prior_loss_weight = self.prior_loss_weight
        if prior_loss_weight is not None:
            field_dict["priorLossWeight"] = prior_loss_weight

        random_crop = self.random_crop
        if random_crop is not None:
            field_dict["randomCrop"] = random_crop

        random_crop_ratio = self.random_crop_ratio
        if random_crop_ratio is not None:
            field_dict["randomCropRatio"] = random_crop_ratio

        random_crop_scale = self.random_crop_scale
        if random_crop_scale is not None:
            field_dict["randomCropScale"] = random_crop_scale

        rank = self.rank
        if rank is not None:
            field_dict["rank"] = rank

        remove_background_noise = self.remove_background_noise
        if remove_background_noise is not None:
            field_dict["removeBackgroundNoise"] = remove_background_noise

        sample_prompts = self.sample_prompts
        if sample_prompts is not None:
            field_dict["samplePrompts"] = sample_prompts

        sample_source_images = self.sample_source_images
        if sample_source_images is not None:
            field_dict["sampleSourceImages"] = sample_source_images

        scale_lr = self.scale_lr
        if scale_lr is not None:
            field_dict["scaleLr"] = scale_lr

        seed = self.seed
        if seed is not None:
            field_dict["seed"] = seed

        text_encoder_training_ratio = self.text_encoder_training_ratio
        if text_encoder_training_ratio is not None:
            field_dict["textEncoderTrainingRatio"] = text_encoder_training_ratio

        validation_frequency = self.validation_frequency
        if validation_frequency is not None:
            field_dict["validationFrequency"] = validation_frequency

        validation_prompt = self.validation_prompt
        if validation_prompt is not None:
            field_dict["validationPrompt"] = validation_prompt

        voice_description = self.voice_description
        if voice_description is not None:
            field_dict["voiceDescription"] = voice_description

        wandb_key = self.wandb_key
        if wandb_key is not None:
            field_dict["wandbKey"] = wandb_key

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "TrainingParameters",
            (
                ("age", self.age),
                ("batch_size", self.batch_size),
                ("class_prompt", self.class_prompt),
                ("clone_type", self.clone_type),
                ("concept_prompt", self.concept_prompt),
                ("gender", self.gender),
                ("language", self.language),
                ("learning_rate", self.learning_rate),
                ("learning_rate_text_encoder", self.learning_rate_text_encoder),
                ("learning_rate_unet", self.learning_rate_unet),
                ("lr_scheduler", self.lr_scheduler),
                ("max_train_steps", self.max_train_steps),
                ("nb_epochs", self.nb_epochs),
                ("nb_repeats", self.nb_repeats),
                ("num_text_train_steps", self.num_text_train_steps),
                ("num_u_net_train_steps", self.num_u_net_train_steps),
                ("optimize_for", self.optimize_for),
                ("prior_loss_weight", self.prior_loss_weight),
                ("random_crop", self.random_crop),
                ("random_crop_ratio", self.random_crop_ratio),
                ("random_crop_scale", self.random_crop_scale),
                ("rank", self.rank),
                ("remove_background_noise", self.remove_background_noise),
                ("scale_lr", self.scale_lr),
                ("seed", self.seed),
                ("text_encoder_training_ratio", self.text_encoder_training_ratio),
                ("validation_frequency", self.validation_frequency),
                ("validation_prompt", self.validation_prompt),
                ("voice_description", self.voice_description),
            ),
            4,
            (
                self.sample_prompts,
                self.sample_source_images,
                self.wandb_key,
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
            at = "age"
            age = d.pop("age", None)
            if type(age) is not str:
                if age is None:
                    if "age" in src_dict:
                        sent_null += ("age",)
                elif not isinstance(age, str):
                    raise ParseError.expected("string", age)

            at = "batchSize"
            batch_size = d.pop("batchSize", None)
            if type(batch_size) is not float and type(batch_size) is not int:
                if batch_size is None:
                    if "batchSize" in src_dict:
                        sent_null += ("batchSize",)
                elif isinstance(batch_size, bool) or not isinstance(batch_size, (int, float)):
                    raise ParseError.expected("number", batch_size)

            at = "classPrompt"
            class_prompt = d.pop("classPrompt", None)
            if type(class_prompt) is not str:
                if class_prompt is None:
                    if "classPrompt" in src_dict:
                        sent_null += ("classPrompt",)
                elif not isinstance(class_prompt, str):
                    raise ParseError.expected("string", class_prompt)

            at = "cloneType"
            clone_type = d.pop("cloneType", None)
            if type(clone_type) is not str:
                if clone_type is None:
                    if "cloneType" in src_dict:
                        sent_null += ("cloneType",)
                elif not isinstance(clone_type, str):
                    raise ParseError.expected("string", clone_type)

            at = "conceptPrompt"
            concept_prompt = d.pop("conceptPrompt", None)
            if type(concept_prompt) is not str:
                if concept_prompt is None:
                    if "conceptPrompt" in src_dict:
                        sent_null += ("conceptPrompt",)
                elif not isinstance(concept_prompt, str):
                    raise ParseError.expected("string", concept_prompt)

            at = "gender"
            gender = d.pop("gender", None)
            if type(gender) is not str:
                if gender is None:
                    if "gender" in src_dict:
                        sent_null += ("gender",)
                elif not isinstance(gender, str):
                    raise ParseError.expected("string", gender)

            at = "language"
            language = d.pop("language", None)
            if type(language) is not str:
                if language is None:
                    if "language" in src_dict:
                        sent_null += ("language",)
                elif not isinstance(language, str):
                    raise ParseError.expected("string", language)

            at = "learningRate"
            learning_rate = d.pop("learningRate", None)
            if type(learning_rate) is not float and type(learning_rate) is not int:
                if learning_rate is None:
                    if "learningRate" in src_dict:
                        sent_null += ("learningRate",)
                elif isinstance(learning_rate, bool) or not isinstance(learning_rate, (int, float)):
                    raise ParseError.expected("number", learning_rate)

            at = "learningRateTextEncoder"
            learning_rate_text_encoder = d.pop("learningRateTextEncoder", None)
            if type(learning_rate_text_encoder) is not float and type(learning_rate_text_encoder) is not int:
                if learning_rate_text_encoder is None:
                    if "learningRateTextEncoder" in src_dict:
                        sent_null += ("learningRateTextEncoder",)
                elif isinstance(learning_rate_text_encoder, bool) or not isinstance(
                    learning_rate_text_encoder, (int, float)
                ):
                    raise ParseError.expected("number", learning_rate_text_encoder)

            at = "learningRateUnet"
            learning_rate_unet = d.pop("learningRateUnet", None)
            if type(learning_rate_unet) is not float and type(learning_rate_unet) is not int:
                if learning_rate_unet is None:
                    if "learningRateUnet" in src_dict:
                        sent_null += ("learningRateUnet",)
                elif isinstance(learning_rate_unet, bool) or not isinstance(learning_rate_unet, (int, float)):
                    raise ParseError.expected("number", learning_rate_unet)

            at = "lrScheduler"
            _lr_scheduler = d.pop("lrScheduler", None)
            lr_scheduler: LrScheduler | None = None
            if _lr_scheduler is not None:
                lr_scheduler = LrScheduler.from_json(_lr_scheduler)
            elif "lrScheduler" in src_dict:
                sent_null += ("lrScheduler",)

            at = "maxTrainSteps"
            max_train_steps = d.pop("maxTrainSteps", None)
            if type(max_train_steps) is not float and type(max_train_steps) is not int:
                if max_train_steps is None:
                    if "maxTrainSteps" in src_dict:
                        sent_null += ("maxTrainSteps",)
                elif isinstance(max_train_steps, bool) or not isinstance(max_train_steps, (int, float)):
                    raise ParseError.expected("number", max_train_steps)

            at = "nbEpochs"
            nb_epochs = d.pop("nbEpochs", None)
            if type(nb_epochs) is not float and type(nb_epochs) is not int:
                if nb_epochs is None:
                    if "nbEpochs" in src_dict:
                        sent_null += ("nbEpochs",)
                elif isinstance(nb_epochs, bool) or not isinstance(nb_epochs, (int, float)):
                    raise ParseError.expected("number", nb_epochs)

            at = "nbRepeats"
            nb_repeats = d.pop("nbRepeats", None)
            if type(nb_repeats) is not float and type(nb_repeats) is not int:
                if nb_repeats is None:
                    if "nbRepeats" in src_dict:
                        sent_null += ("nbRepeats",)
                elif isinstance(nb_repeats, bool) or not isinstance(nb_repeats, (int, float)):
                    raise ParseError.expected("number", nb_repeats)

            at = "numTextTrainSteps"
            num_text_train_steps = d.pop("numTextTrainSteps", None)
            if type(num_text_train_steps) is not float and type(num_text_train_steps) is not int:
                if num_text_train_steps is None:
                    if "numTextTrainSteps" in src_dict:
                        sent_null += ("numTextTrainSteps",)
                elif isinstance(num_text_train_steps, bool) or not isinstance(num_text_train_steps, (int, float)):
                    raise ParseError.expected("number", num_text_train_steps)

            at = "numUNetTrainSteps"
            num_u_net_train_steps = d.pop("numUNetTrainSteps", None)
            if type(num_u_net_train_steps) is not float and type(num_u_net_train_steps) is not int:
                if num_u_net_train_steps is None:
                    if "numUNetTrainSteps" in src_dict:
                        sent_null += ("numUNetTrainSteps",)
                elif isinstance(num_u_net_train_steps, bool) or not isinstance(num_u_net_train_steps, (int, float)):
                    raise ParseError.expected("number", num_u_net_train_steps)

            at = "optimizeFor"
            _optimize_for = d.pop("optimizeFor", None)
            optimize_for: OptimizeFor | None = None
            if _optimize_for is not None:
                optimize_for = OptimizeFor.from_json(_optimize_for)
            elif "optimizeFor" in src_dict:
                sent_null += ("optimizeFor",)

            at = "priorLossWeight"
            prior_loss_weight = d.pop("priorLossWeight", None)
            if type(prior_loss_weight) is not float and type(prior_loss_weight) is not int:
                if prior_loss_weight is None:
                    if "priorLossWeight" in src_dict:
                        sent_null += ("priorLossWeight",)
                elif isinstance(prior_loss_weight, bool) or not isinstance(prior_loss_weight, (int, float)):
                    raise ParseError.expected("number", prior_loss_weight)

            at = "randomCrop"
            random_crop = d.pop("randomCrop", None)
            if type(random_crop) is not bool:
                if random_crop is None:
                    if "randomCrop" in src_dict:
                        sent_null += ("randomCrop",)
                elif not isinstance(random_crop, bool):
                    raise ParseError.expected("boolean", random_crop)

            at = "randomCropRatio"
            random_crop_ratio = d.pop("randomCropRatio", None)
            if type(random_crop_ratio) is not float and type(random_crop_ratio) is not int:
                if random_crop_ratio is None:
                    if "randomCropRatio" in src_dict:
                        sent_null += ("randomCropRatio",)
                elif isinstance(random_crop_ratio, bool) or not isinstance(random_crop_ratio, (int, float)):
                    raise ParseError.expected("number", random_crop_ratio)

            at = "randomCropScale"
            random_crop_scale = d.pop("randomCropScale", None)
            if type(random_crop_scale) is not float and type(random_crop_scale) is not int:
                if random_crop_scale is None:
                    if "randomCropScale" in src_dict:
                        sent_null += ("randomCropScale",)
                elif isinstance(random_crop_scale, bool) or not isinstance(random_crop_scale, (int, float)):
                    raise ParseError.expected("number", random_crop_scale)

            at = "rank"
            rank = d.pop("rank", None)
            if type(rank) is not float and type(rank) is not int:
                if rank is None:
                    if "rank" in src_dict:
                        sent_null += ("rank",)
                elif isinstance(rank, bool) or not isinstance(rank, (int, float)):
                    raise ParseError.expected("number", rank)

            at = "removeBackgroundNoise"
            remove_background_noise = d.pop("removeBackgroundNoise", None)
            if type(remove_background_noise) is not bool:
                if remove_background_noise is None:
                    if "removeBackgroundNoise" in src_dict:
                        sent_null += ("removeBackgroundNoise",)
                elif not isinstance(remove_background_noise, bool):
                    raise ParseError.expected("boolean", remove_background_noise)

            at = "samplePrompts"
            _sample_prompts = d.pop("samplePrompts", None)
            sample_prompts: list[str] | None = None
            if _sample_prompts is not None:
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
            elif "samplePrompts" in src_dict:
                sent_null += ("samplePrompts",)

            at = "sampleSourceImages"
            _sample_source_images = d.pop("sampleSourceImages", None)
            sample_source_images: list[str] | None = None
            if _sample_source_images is not None:
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
            elif "sampleSourceImages" in src_dict:
                sent_null += ("sampleSourceImages",)

            at = "scaleLr"
            scale_lr = d.pop("scaleLr", None)
            if type(scale_lr) is not bool:
                if scale_lr is None:
                    if "scaleLr" in src_dict:
                        sent_null += ("scaleLr",)
                elif not isinstance(scale_lr, bool):
                    raise ParseError.expected("boolean", scale_lr)

            at = "seed"
            seed = d.pop("seed", None)
            if type(seed) is not float and type(seed) is not int:
                if seed is None:
                    if "seed" in src_dict:
                        sent_null += ("seed",)
                elif isinstance(seed, bool) or not isinstance(seed, (int, float)):
                    raise ParseError.expected("number", seed)

            at = "textEncoderTrainingRatio"
            text_encoder_training_ratio = d.pop("textEncoderTrainingRatio", None)
            if type(text_encoder_training_ratio) is not float and type(text_encoder_training_ratio) is not int:
                if text_encoder_training_ratio is None:
                    if "textEncoderTrainingRatio" in src_dict:
                        sent_null += ("textEncoderTrainingRatio",)
                elif isinstance(text_encoder_training_ratio, bool) or not isinstance(
                    text_encoder_training_ratio, (int, float)
                ):
                    raise ParseError.expected("number", text_encoder_training_ratio)

            at = "validationFrequency"
            validation_frequency = d.pop("validationFrequency", None)
            if type(validation_frequency) is not float and type(validation_frequency) is not int:
                if validation_frequency is None:
                    if "validationFrequency" in src_dict:
                        sent_null += ("validationFrequency",)
                elif isinstance(validation_frequency, bool) or not isinstance(validation_frequency, (int, float)):
                    raise ParseError.expected("number", validation_frequency)

            at = "validationPrompt"
            validation_prompt = d.pop("validationPrompt", None)
            if type(validation_prompt) is not str:
                if validation_prompt is None:
                    if "validationPrompt" in src_dict:
                        sent_null += ("validationPrompt",)
                elif not isinstance(validation_prompt, str):
                    raise ParseError.expected("string", validation_prompt)

            at = "voiceDescription"
            voice_description = d.pop("voiceDescription", None)
            if type(voice_description) is not str:
                if voice_description is None:
                    if "voiceDescription" in src_dict:
                        sent_null += ("voiceDescription",)
                elif not isinstance(voice_description, str):
                    raise ParseError.expected("string", voice_description)

            at = "wandbKey"
            wandb_key = d.pop("wandbKey", None)
            if type(wandb_key) is not str:
                if wandb_key is None:
                    if "wandbKey" in src_dict:
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


class TrainingParametersDict(TypedDict, total=False):
    """TrainingParameters as a plain dict, for type checkers: every key is optional, and may be given by its API name
    or by its Python name (one of the two)."""

    age: str
    batchSize: float
    batch_size: float
    classPrompt: str
    class_prompt: str
    cloneType: str
    """ `instant` or `professional`. """
    clone_type: str
    """ `instant` or `professional`. """
    conceptPrompt: str
    concept_prompt: str
    gender: str
    language: str
    learningRate: float
    learning_rate: float
    learningRateTextEncoder: float
    learning_rate_text_encoder: float
    learningRateUnet: float
    learning_rate_unet: float
    lrScheduler: (
        LrScheduler
        | Literal["constant", "constant-with-warmup", "cosine", "cosine-with-restarts", "linear", "polynomial"]
    )
    lr_scheduler: (
        LrScheduler
        | Literal["constant", "constant-with-warmup", "cosine", "cosine-with-restarts", "linear", "polynomial"]
    )
    maxTrainSteps: float
    max_train_steps: float
    nbEpochs: float
    nb_epochs: float
    nbRepeats: float
    nb_repeats: float
    numTextTrainSteps: float
    num_text_train_steps: float
    numUNetTrainSteps: float
    num_u_net_train_steps: float
    optimizeFor: OptimizeFor | Literal["likeness"]
    optimize_for: OptimizeFor | Literal["likeness"]
    priorLossWeight: float
    prior_loss_weight: float
    randomCrop: bool
    random_crop: bool
    randomCropRatio: float
    random_crop_ratio: float
    randomCropScale: float
    random_crop_scale: float
    rank: float
    removeBackgroundNoise: bool
    remove_background_noise: bool
    samplePrompts: list[str]
    sample_prompts: list[str]
    sampleSourceImages: list[str]
    """ Same length as `samplePrompts`. """
    sample_source_images: list[str]
    """ Same length as `samplePrompts`. """
    scaleLr: bool
    scale_lr: bool
    seed: float
    textEncoderTrainingRatio: float
    text_encoder_training_ratio: float
    validationFrequency: float
    validation_frequency: float
    validationPrompt: str
    validation_prompt: str
    voiceDescription: str
    voice_description: str
    wandbKey: str
    """ A Weights & Biases API key, a third-party secret. """
    wandb_key: str
    """ A Weights & Biases API key, a third-party secret. """
