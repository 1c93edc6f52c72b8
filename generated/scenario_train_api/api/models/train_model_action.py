from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_body import ErrorBody
from ...models.model_response import ModelResponse
from ...models.train_action_request import TrainActionRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    model_id: str,
    *,
    body: TrainActionRequest,
    project_id: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["projectId"] = project_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/models/{model_id}/train/action".format(
            model_id=quote(str(model_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: TrainActionRequest,
    project_id: str | Unset = UNSET,
) -> Response[ErrorBody | ModelResponse]:
    """Act on a running training (cancel it)

    Args:
        model_id (str):
        project_id (str | Unset):
        body (TrainActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        project_id=project_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainActionRequest,
    project_id: str | Unset = UNSET,
) -> ErrorBody | ModelResponse | None:
    """Act on a running training (cancel it)

    Args:
        model_id (str):
        project_id (str | Unset):
        body (TrainActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorBody | ModelResponse
    """

    return sync_detailed(
        model_id=model_id,
        client=client,
        body=body,
        project_id=project_id,
    ).parsed


async def asyncio_detailed(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainActionRequest,
    project_id: str | Unset = UNSET,
) -> Response[ErrorBody | ModelResponse]:
    """Act on a running training (cancel it)

    Args:
        model_id (str):
        project_id (str | Unset):
        body (TrainActionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorBody | ModelResponse]
    """

    kwargs = _get_kwargs(
        model_id=model_id,
        body=body,
        project_id=project_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model_id: str,
    *,
    client: AuthenticatedClient | Client,
    body: TrainActionRequest,
    project_id: str | Unset = UNSET,
) -> ErrorBody | ModelResponse | None:
    """Act on a running training (cancel it)

    Args:
        model_id (str):
        project_id (str | Unset):
        body (TrainActionRequest):

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
            body=body,
            project_id=project_id,
        )
    ).parsed
