"""What `AsyncScenario`'s resources add, written by hand, to the calls generated from the operations table.

`client.models` is `AsyncModels`, whose `list` iterates every page of the generated single call
`_list` (one page each; `with_raw_response.list` is that single call). `client.models.train` is
`AsyncTrain`: the generated `AsyncTrainOperations` (`_async_operations`,
written by tools/operations.py), with the trigger, resolved from the model's state and typed by
whether it is a dry run, and `wait`, which follows a training to its end. tools/operations.py leaves
out of the generated class the methods of operations written here, and offers them under
`with_raw_response` all the same. They are written once, awaited; `tools/unasync.py` writes the
blocking twin, `_sync_resources.py`, from it (`make check` fails when the two differ otherwise).
"""

from __future__ import annotations

import functools
import inspect
import os
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any, Concatenate, Literal, ParamSpec, overload

from ._async_operations import (
    AsyncModelsOperations,
    AsyncTrainingImagesOperations,
    AsyncTrainOperations,
    AsyncUploadsOperations,
)
from ._call_steps import DeadlineReached
from ._resource import Body, Headers, Parameters, Query, Timeout
from ._wait import Poll, Report, check_poll_settings, report_async, wait_steps

if TYPE_CHECKING:
    from scenario_train_api.models import (
        DryRunEstimate,
        Model,
        ModelsPage,
        TrainingImagePreset,
        TrainingImageResponse,
        TrainModelResponse,
        Upload,
        UploadAssetOptions,
    )

    from ._trigger import DryRun

__all__ = ["AsyncModels", "AsyncModelsPager", "AsyncTrain", "AsyncTrainingImages", "AsyncUploads"]

P = ParamSpec("P")


class AsyncModelsPager:
    """What `client.models.list(...)` returns: every model of the listing, each page asked for when the
    iteration reaches it (`async for model in client.models.list(): ...`).

    `iter_pages()` gives the pages themselves (`.models`, `.next_pagination_token`). Each page is one
    call, with its own retries and timeout. The listing ends at a page without `nextPaginationToken` (or
    with an empty one) or without models; a token the server sent before, or a page past the 10 000th,
    raises `PaginationError` instead of asking forever.
    """

    def __init__(self, fetch: Callable[..., Awaitable[ModelsPage]], query: dict[str, Any]) -> None:
        self._fetch = fetch
        self._query = query

    async def iter_pages(self) -> AsyncIterator[ModelsPage]:
        """Each page of the listing, asked for as the iteration reaches it."""
        from ._pages import first_seen, next_token  # on the first listing, not on every client's path

        query = dict(self._query)
        token: str | None = query.pop("pagination_token", None)
        seen, pages = first_seen(token), 0
        while True:
            page = await self._fetch(**query, pagination_token=token)
            pages += 1
            yield page
            token = next_token(page.next_pagination_token, len(page.models), seen, pages)
            if token is None:
                return

    async def __aiter__(self) -> AsyncIterator[Model]:
        async for page in self.iter_pages():
            for model in page.models:
                yield model


def _paginated(
    single: Callable[Concatenate[AsyncModelsOperations, P], Awaitable[ModelsPage]],
) -> Callable[Concatenate[AsyncModelsOperations, P], AsyncModelsPager]:
    """`list` of its single call `_list`: the same arguments, every page (the vendor's cursor)."""

    def paged(self: AsyncModelsOperations, /, *args: P.args, **kwargs: P.kwargs) -> AsyncModelsPager:
        return AsyncModelsPager(functools.partial(single, self, *args), dict(kwargs))

    paged.__name__ = paged.__qualname__ = "list"
    paged.__signature__ = inspect.signature(single).replace(return_annotation="AsyncModelsPager")  # type: ignore[attr-defined]
    paged.__doc__ = f"{AsyncModelsPager.__doc__}\n    Each page is this call: {single.__doc__}"
    return paged


class AsyncModels(AsyncModelsOperations):
    """`client.models` of `AsyncScenario`: the generated calls, with `list` reading every page."""

    list = _paginated(AsyncModelsOperations._list)


class AsyncTrain(AsyncTrainOperations):
    """`client.models.train` of `AsyncScenario`: start, follow and cancel a training."""

    @overload
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: Literal[False] | None = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse: ...
    @overload
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: Literal[True, "true", "api"],
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> DryRunEstimate: ...
    @overload
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: DryRun,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse | DryRunEstimate: ...
    async def trigger(
        self,
        model_id: str,
        *,
        parameters: Parameters = None,
        project_id: str | None = None,
        dry_run: DryRun = None,
        original_assets: bool | None = None,
        training_images_count: int | None = None,
        extra_headers: Headers = None,
        extra_query: Query = None,
        extra_body: Body = None,
        timeout: Timeout = None,
    ) -> TrainModelResponse | DryRunEstimate:
        """Start the training of `model_id` (`PUT /models/{modelId}/train`). It is billed.

        With `dry_run=True` (or `"api"`), nothing starts and the 269 cost estimate is returned. A
        trigger is sent again only when it provably did not take effect; when its outcome is
        unknown the model is read, and `AnswerLostError` says the training started. `extra_headers`,
        `extra_query` and `extra_body` go with this call only (`extra_body` is merged into the body).
        """
        from . import _trigger

        call = _trigger.train_call(
            model_id,
            parameters=parameters,
            project_id=project_id,
            dry_run=dry_run,
            original_assets=original_assets,
            training_images_count=training_images_count,
        )
        call = _trigger.with_extras(call, extra_headers, extra_query, extra_body)
        return await self._acall(call, functools.partial(_trigger.parse_trigger, dry_run=dry_run), timeout)

    async def wait(
        self,
        model_id: str,
        *,
        poll_interval: float = 10.0,
        timeout: float | None = None,
        on_progress: Callable[[Model], Awaitable[None] | None] | None = None,
        project_id: str | None = None,
    ) -> Model:
        """Poll the model until its training ends, and return it once `trained`.

        Raises `TrainingFailedError` if it ends `failed` or `training-canceled`, and `NoTrainingError`
        if the model shows no training (`new`) for 30 s. `timeout` (default a day) bounds the whole
        wait, polls included: at that deadline `WaitTimeoutError` is raised and the training is left
        running. `on_progress` sees every model read, and may be a coroutine function.
        """
        interval, limit = check_poll_settings(poll_interval, timeout)
        from . import _model_calls

        call = _model_calls.model_call(model_id, project_id=project_id)
        flow = wait_steps(model_id, interval, limit)
        result: Any = None
        while True:
            try:
                step = flow.send(result)
            except StopIteration as done:
                model: Model = done.value
                return model
            result = None
            if isinstance(step, Poll):
                try:
                    result = _model_calls.parse_model((await self._client._send(call, None, step.deadline))[0]).model
                except DeadlineReached as reached:
                    result = reached
            elif isinstance(step, Report):
                await report_async(on_progress, step.model)
            else:
                await self._client._sender.pause(step.seconds)


class AsyncTrainingImages(AsyncTrainingImagesOperations):
    """`client.models.training_images` of `AsyncScenario`: the generated calls, and `add_file`, which sends a file."""

    async def add_file(
        self,
        model_id: str,
        path: str | os.PathLike[str],
        *,
        name: str | None = None,
        preset: TrainingImagePreset | Literal["default", "style", "subject"] | None = None,
        original_assets: bool | None = None,
        project_id: str | None = None,
        timeout: Timeout = None,
    ) -> TrainingImageResponse:
        """Add the image file `path` to the training images of `model_id` (this client's helper; the vendor's
        Python SDK has none).

        The file is checked first (a regular image file, by its first bytes). One under 6 MB
        (`_images.ASSETS_LIMIT` bytes) is read once and sent as `add(model_id, data=..., name=...)` would send
        it, base64 in a data URL written straight into the request's body: memory holds that body, about 4/3
        of the file, and it is sent again as it is on a retry. Its `name` is the file's unless given. As for
        `add`, an answer lost on the way is resolved by looking for the image of that name among the model's
        training images, and the image is not sent twice. A larger file goes through `uploads.upload_file`
        (under the file's name, `name` aside), then is added by `add(model_id, asset_id=...)`. `preset`,
        `original_assets` and `project_id` are those of `add`; `timeout` bounds each call.
        """
        from . import _images

        image = _images.check_image(path)
        if image.route == "uploads":
            upload = await self._client.uploads.upload_file(path, project_id=project_id, timeout=timeout)
            if upload.entity_id is None:
                from ._errors import APIError

                raise APIError(
                    f"upload {upload.id} of {_images.display_path(path)} ended {upload.status.value} without an asset",
                    request=None,
                )
            return await self.add(
                model_id,
                asset_id=upload.entity_id,
                preset=preset,
                original_assets=original_assets,
                project_id=project_id,
                timeout=timeout,
            )
        from . import _operation_calls
        from ._image_calls import image_call

        call = image_call(
            model_id, path, name=name, preset=preset, original_assets=original_assets, project_id=project_id
        )
        answer: TrainingImageResponse = await self._acall(call, _operation_calls.parser("add_training_image"), timeout)
        return answer


class AsyncUploads(AsyncUploadsOperations):
    """`client.uploads` of `AsyncScenario`: the generated calls, and `upload_file`, which makes them in turn."""

    async def upload_file(
        self,
        path: str | os.PathLike[str],
        *,
        kind: Literal["image", "asset"] = "image",
        asset_options: UploadAssetOptions | dict[str, Any] | None = None,
        project_id: str | None = None,
        poll_interval: float = 2.0,
        wait_timeout: float = 300.0,
        timeout: Timeout = None,
    ) -> Upload:
        """Upload an image file of any size through `/uploads`, and return the upload once it ends (this
        client's helper; the vendor's Python SDK has none).

        The file is checked first (a regular image file, by its first bytes), then: `uploads.create` with
        its name, type, size and number of parts; each part's bytes, read from disk one at a time, `PUT` to
        the URL the API returned for it, with none of this client's credentials or headers (the URL is
        presigned, on another origin), and sent again on failure (a part's PUT is idempotent);
        `uploads.trigger_action(action="complete")`; then `uploads.retrieve` every `poll_interval` seconds
        until the status is `imported`, `complete` or `failed`, or `wait_timeout` seconds have passed
        (then the upload is returned as last read). Once `imported`, the asset's id is `entity_id`.
        `timeout` bounds each call and each part's attempt, the sending of its bytes included.
        """
        from scenario_train_api.models import UploadResponse

        from . import _images
        from ._errors import APIError
        from ._upload import UPLOAD_DONE

        image = _images.check_image(path)
        with _images.file_parts(path) as parts:
            created = await self.create(
                file_name=_images.api_name(path),
                content_type=image.mime,
                file_size=image.size,
                parts=len(parts.plan),
                kind=kind,
                asset_options=asset_options,
                project_id=project_id,
                timeout=timeout,
            )
            if not isinstance(created, UploadResponse):
                raise APIError("POST /uploads answered a cost estimate, not an upload", request=None)
            upload = created.upload
            urls = {int(part.number): part.url for part in upload.parts or ()}
            missing = [part.number for part in parts.plan if part.number not in urls]
            if missing:
                raise APIError(f"POST /uploads gave no URL for part(s) {missing} of upload {upload.id}", request=None)
            for part, data in parts:
                await self._client._send_part(urls[part.number], data, timeout)
        completed = await self.trigger_action(upload.id, action="complete", project_id=project_id, timeout=timeout)
        upload = completed.upload
        deadline = time.monotonic() + wait_timeout
        while upload.status.value not in UPLOAD_DONE and time.monotonic() < deadline:
            await self._client._sender.pause(max(min(poll_interval, deadline - time.monotonic()), 0.0))
            upload = (await self.retrieve(upload.id, project_id=project_id, timeout=timeout)).upload
        return upload
