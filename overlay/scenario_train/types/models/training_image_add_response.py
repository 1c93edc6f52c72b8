"""`TrainingImageAddResponse`: the generated `TrainingImageResponse`, under the name the vendor's SDK gives
the answer of `client.models.training_images.add`."""

from scenario_train_api.models.training_image_response import TrainingImageResponse as TrainingImageAddResponse

__all__ = ["TrainingImageAddResponse"]
