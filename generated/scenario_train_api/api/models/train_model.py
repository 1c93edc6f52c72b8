from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dry_run_estimate import DryRunEstimate
from ...models.dry_run_mode import DryRunMode
from ...models.error_body import ErrorBody
from ...models.train_model_request import TrainModelRequest
from ...models.train_model_response import TrainModelResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    body: TrainModelRequest | Unset = UNSET,
    dry_run: DryRunMode | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    training_images_count: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_dry_run: str | Unset = UNSET
    if not isinstance(dry_run, Unset):
        json_dry_run = dry_run.value

    params["dryRun"] = json_dry_run

    params["originalAssets"] = original_assets

    params["projectId"] = project_id

    params["trainingImagesCount"] = training_images_count

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/models/{model_id}/train".format(
            model_id=quote(str(model_id), safe=""),
        ),
        "params": params,
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DryRunEstimate | ErrorBody | TrainModelResponse | None:
    if response.status_code == 200:
        response_200 = TrainModelResponse.from_dict(response.json())

        return response_200

    if response.status_code == 269:
        response_269 = DryRunEstimate.from_dict(response.json())

        return response_269

    if response.status_code == 400:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_400 = ErrorBody.from_dict(response.json())

            return response_400

        except ValueError:
            return None
    if response.status_code == 401:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_401 = ErrorBody.from_dict(response.json())

            return response_401

        except ValueError:
            return None
    if response.status_code == 403:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_403 = ErrorBody.from_dict(response.json())

            return response_403

        except ValueError:
            return None
    if response.status_code == 404:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_404 = ErrorBody.from_dict(response.json())

            return response_404

        except ValueError:
            return None
    if response.status_code == 422:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_422 = ErrorBody.from_dict(response.json())

            return response_422

        except ValueError:
            return None
    if response.status_code == 429:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_429 = ErrorBody.from_dict(response.json())

            return response_429

        except ValueError:
            return None
    if 500 <= response.status_code <= 599:
        # An error answer may come from a proxy (an HTML page, plain text, nothing): its status
        # is what counts, and a body that is not the documented JSON must not hide it.
        try:
            response_5xx = ErrorBody.from_dict(response.json())

            return response_5xx

        except ValueError:
            return None
    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DryRunEstimate | ErrorBody | TrainModelResponse]:
    return Response(
        status_code=response.status_code,
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainModelRequest | Unset = UNSET,
    dry_run: DryRunMode | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    training_images_count: int | Unset = UNSET,
) -> Response[DryRunEstimate | ErrorBody | TrainModelResponse]:
    """Trigger the given modelId training

    Args:
        model_id (str):
        dry_run (DryRunMode | Unset):
        original_assets (bool | Unset):
        project_id (str | Unset):
        training_images_count (int | Unset):
        body (TrainModelRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRunEstimate | ErrorBody | TrainModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        dry_run=dry_run,
        original_assets=original_assets,
        project_id=project_id,
        training_images_count=training_images_count,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainModelRequest | Unset = UNSET,
    dry_run: DryRunMode | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    training_images_count: int | Unset = UNSET,
) -> DryRunEstimate | ErrorBody | TrainModelResponse | None:
    """Trigger the given modelId training

    Args:
        model_id (str):
        dry_run (DryRunMode | Unset):
        original_assets (bool | Unset):
        project_id (str | Unset):
        training_images_count (int | Unset):
        body (TrainModelRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRunEstimate | ErrorBody | TrainModelResponse
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
        dry_run=dry_run,
        original_assets=original_assets,
        project_id=project_id,
        training_images_count=training_images_count,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainModelRequest | Unset = UNSET,
    dry_run: DryRunMode | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    training_images_count: int | Unset = UNSET,
) -> Response[DryRunEstimate | ErrorBody | TrainModelResponse]:
    """Trigger the given modelId training

    Args:
        model_id (str):
        dry_run (DryRunMode | Unset):
        original_assets (bool | Unset):
        project_id (str | Unset):
        training_images_count (int | Unset):
        body (TrainModelRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRunEstimate | ErrorBody | TrainModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        dry_run=dry_run,
        original_assets=original_assets,
        project_id=project_id,
        training_images_count=training_images_count,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainModelRequest | Unset = UNSET,
    dry_run: DryRunMode | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
    project_id: str | Unset = UNSET,
    training_images_count: int | Unset = UNSET,
) -> DryRunEstimate | ErrorBody | TrainModelResponse | None:
    """Trigger the given modelId training

    Args:
        model_id (str):
        dry_run (DryRunMode | Unset):
        original_assets (bool | Unset):
        project_id (str | Unset):
        training_images_count (int | Unset):
        body (TrainModelRequest | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRunEstimate | ErrorBody | TrainModelResponse
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            body=body,
            dry_run=dry_run,
            original_assets=original_assets,
            project_id=project_id,
            training_images_count=training_images_count,
        )
    ).parsed
