from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.model_response import ModelResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    project_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params["originalAssets"] = original_assets

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorBody | ModelResponse | None:
    if response.status_code == 200:
        response_200 = ModelResponse.from_dict(response.json())

        return response_200

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
) -> Response[ErrorBody | ModelResponse]:
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
    project_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> Response[ErrorBody | ModelResponse]:
    """Read a model and its training progress

    Args:
        model_id (str):
        project_id (str | Unset):
        original_assets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        project_id=project_id,
        original_assets=original_assets,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> ErrorBody | ModelResponse | None:
    """Read a model and its training progress

    Args:
        model_id (str):
        project_id (str | Unset):
        original_assets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ModelResponse
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        project_id=project_id,
        original_assets=original_assets,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> Response[ErrorBody | ModelResponse]:
    """Read a model and its training progress

    Args:
        model_id (str):
        project_id (str | Unset):
        original_assets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        project_id=project_id,
        original_assets=original_assets,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    project_id: str | Unset = UNSET,
    original_assets: bool | Unset = UNSET,
) -> ErrorBody | ModelResponse | None:
    """Read a model and its training progress

    Args:
        model_id (str):
        project_id (str | Unset):
        original_assets (bool | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ModelResponse
    """

    return (
        await asyncio_detailed(
            model_id=model_id,
            client=client,
            project_id=project_id,
            original_assets=original_assets,
        )
    ).parsed
