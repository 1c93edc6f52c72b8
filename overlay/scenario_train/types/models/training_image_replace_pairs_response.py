"""`TrainingImageReplacePairsResponse`: the generated `TrainingImagePairsResponse`, under the name the vendor's
SDK gives the answer of `client.models.training_images.replace_pairs`."""

from scenario_train_api.models.training_image_pairs_response import (
    TrainingImagePairsResponse as TrainingImageReplacePairsResponse,
)

__all__ = ["TrainingImageReplacePairsResponse"]
