"""The resources of both clients, `client.models` and `client.models.train`: the async ones, written by hand
(`_async_resources`), and the blocking ones written from them by tools/unasync.py (`_sync_resources`).

Each client imports its own from its module, so that neither loads the other's; they are named
together here, where the last release defined them (the release check compares them there).
"""

from ._async_resources import AsyncModels, AsyncModelsWithRawResponse, AsyncTrain, AsyncTrainWithRawResponse
from ._sync_resources import Models, ModelsWithRawResponse, Train, TrainWithRawResponse

__all__ = [
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncTrain",
    "AsyncTrainWithRawResponse",
    "Models",
    "ModelsWithRawResponse",
    "Train",
    "TrainWithRawResponse",
]
