"""The vendor SDK's types of each operation of the spec, found by its `x-sdk-method`.

The operation's method is looked up on a vendor client (`client.models.training_images.add`): its return
annotation is the type of the answer, and the `*_params.py` TypedDict its code transforms the arguments
with holds the query parameters and the body's fields. Nothing is listed by hand, so an operation added
to the spec is held to the vendor's types as soon as it names its vendor method.
"""

from __future__ import annotations

import inspect
import re
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any

import pydantic
from scenario_sdk import Scenario


@cache
def _client() -> Scenario:
    # Never sends anything: only its methods are looked at.
    return Scenario(api_key="vendor-types", api_secret="vendor-types", base_url="http://127.0.0.1:9/v1")


def vendor_method(sdk_method: str) -> Callable[..., Any]:
    """The vendor's method of that name: `models.training_images.add`."""
    target: Any = _client()
    for name in sdk_method.split("."):
        target = getattr(target, name)
    method: Callable[..., Any] = target
    return method


def answer_type(sdk_method: str) -> Any:
    """The type the vendor's method returns: a pydantic class, or `object` for an undocumented body.

    A paginated list returns its page class (`SyncModelsCursor[ModelListResponse]`), whose fields are a page's.
    """
    return typing.get_type_hints(vendor_method(sdk_method))["return"]


def params_type(sdk_method: str) -> type | None:
    """The vendor's TypedDict of the method's query and body (`ModelCreateParams`), or None if it takes neither."""
    method = vendor_method(sdk_method)
    found = set(re.findall(r"\b(\w+_params)\.(\w+Params)\b", inspect.getsource(method)))
    if not found:
        return None
    ((module, name),) = found
    params: type = getattr(getattr(inspect.getmodule(method), module), name)
    return params


def vendor_query(sdk_method: str) -> set[str]:
    """The JSON names of the query parameters the vendor's method sends."""
    source = inspect.getsource(vendor_method(sdk_method))
    match = re.search(r"query=maybe_transform\(\s*\{(.*?)\}", source, re.S)
    keywords = set(re.findall(r'"(\w+)":', match.group(1))) if match else set()
    params = params_type(sdk_method)
    aliases = typed_dict_fields(params) if params is not None else {}
    by_keyword = {keyword: name for name, (keyword, _, _) in aliases.items()}
    return {by_keyword.get(keyword, keyword) for keyword in keywords}


def typed_dict_fields(typed_dict: type) -> dict[str, tuple[str, Any, bool]]:
    """A vendor TypedDict's keys by JSON name: (Python keyword, annotation without its alias, required)."""
    hints = typing.get_type_hints(typed_dict, include_extras=True)
    total = getattr(typed_dict, "__total__", True)
    fields = {}
    for keyword, hint in hints.items():
        # Under `from __future__ import annotations` the class cannot tell its required keys: the hints can.
        wrapper = typing.get_origin(hint)
        is_required = wrapper is typing.Required or (total and wrapper is not typing.NotRequired)
        alias = keyword
        annotation = _unwrapped(hint)
        if typing.get_origin(annotation) is typing.Annotated:
            base, *extras = typing.get_args(annotation)
            for extra in extras:
                alias = getattr(extra, "alias", None) or alias
            annotation = _unwrapped(base)
        fields[alias] = (keyword, annotation, is_required)
    return fields


def _unwrapped(hint: Any) -> Any:
    """`X` of `Required[X]` or `NotRequired[X]`."""
    while typing.get_origin(hint) in (typing.Required, typing.NotRequired):
        (hint,) = typing.get_args(hint)
    return hint


def pydantic_fields(model: type[pydantic.BaseModel]) -> dict[str, tuple[Any, bool]]:
    """A vendor pydantic class's fields by JSON name: (annotation, required)."""
    return {field.alias or name: (field.annotation, field.is_required()) for name, field in model.model_fields.items()}


def without_none(annotation: Any) -> Any:
    """`X` of `Optional[X]`; the annotation itself otherwise."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        (inner,) = [arg for arg in typing.get_args(annotation) if arg is not types.NoneType]
        return inner
    return annotation
