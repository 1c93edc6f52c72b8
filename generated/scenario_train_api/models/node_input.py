from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..errors import ParseError
from ..models.background_behavior import BackgroundBehavior
from ..models.input_kind import InputKind
from ..models.input_type import InputType
from ..models.model_type import ModelType
from ..types import json_text, short_repr

T = TypeVar("T", bound="NodeInput")


@_attrs_define(kw_only=True, repr=False)
class NodeInput:
    name: str
    type_: InputType
    allowed_values: list[Any] | None = None
    background_behavior: BackgroundBehavior | None = None
    color: bool | None = None
    cost_impact: bool | None = None
    default: Any = None
    description: str | None = None
    group: str | None = None
    hint: str | None = None
    inputs: list[JsonObject] | None = None
    kind: InputKind | None = None
    label: str | None = None
    mask_from: str | None = None
    max_: float | None = None
    max_duration: float | None = None
    max_length: float | None = None
    max_size: float | None = None
    min_: float | None = None
    min_duration: float | None = None
    min_length: float | None = None
    model_types: list[ModelType] | None = None
    parent: bool | None = None
    placeholder: str | None = None
    prompt: bool | None = None
    prompt_spark: bool | None = None
    required: InputRequirement | None = None
    """ `conditionalValues` is the shape up to SDK 2.2.0 (and on the documentation page); `conditional` replaces it
    from 2.3.0. Both occur. """
    step: float | None = None
    ref: InputRef | None = None
    value: Any = None
    items: list[list[NodeInputItem]] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The JSON names of the optional fields the server sent as null, which read as None like absent
    # ones: to_dict writes them back as null.
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=())

    def to_dict(self) -> dict[str, Any]:
        """The JSON object: the fields set (absent ones left out, those sent as null written as null), then unknown ones."""
        name = self.name

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        allowed_values = self.allowed_values
        if allowed_values is not None:
            field_dict["allowedValues"] = allowed_values

        if self.background_behavior is not None:
            field_dict["backgroundBehavior"] = self.background_behavior.value

        color = self.color
        if color is not None:
            field_dict["color"] = color

        cost_impact = self.cost_impact
        if cost_impact is not None:
            field_dict["costImpact"] = cost_impact

        default = self.default
        if default is not None:
            field_dict["default"] = default

        description = self.description
        if description is not None:
            field_dict["description"] = description

        group = self.group
        if group is not None:
            field_dict["group"] = group

        hint = self.hint
        if hint is not None:
            field_dict["hint"] = hint

        if self.inputs is not None:
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)
            field_dict["inputs"] = inputs

        if self.kind is not None:
            field_dict["kind"] = self.kind.value

        label = self.label
        if label is not None:
            field_dict["label"] = label

        mask_from = self.mask_from
        if mask_from is not None:
            field_dict["maskFrom"] = mask_from

        max_ = self.max_
        if max_ is not None:
            field_dict["max"] = max_

        max_duration = self.max_duration
        if max_duration is not None:
            field_dict["maxDuration"] = max_duration

        max_length = self.max_length
        if max_length is not None:
            field_dict["maxLength"] = max_length

        max_size = self.max_size
        if max_size is not None:
            field_dict["maxSize"] = max_size

        min_ = self.min_
        if min_ is not None:
            field_dict["min"] = min_

        min_duration = self.min_duration
        if min_duration is not None:
            field_dict["minDuration"] = min_duration

        min_length = self.min_length
        if min_length is not None:
            field_dict["minLength"] = min_length

        if self.model_types is not None:
            model_types = []
            for model_types_item_data in self.model_types:
                model_types_item = model_types_item_data.value
                model_types.append(model_types_item)
            field_dict["modelTypes"] = model_types

        parent = self.parent
        if parent is not None:
            field_dict["parent"] = parent

        placeholder = self.placeholder
        if placeholder is not None:
            field_dict["placeholder"] = placeholder

        prompt = self.prompt
        if prompt is not None:
            field_dict["prompt"] = prompt

        prompt_spark = self.prompt_spark
        if prompt_spark is not None:
            field_dict["promptSpark"] = prompt_spark

        if self.required is not None:
            field_dict["required"] = self.required.to_dict()

        step = self.step
        if step is not None:
            field_dict["step"] = step

        if self.ref is not None:
            field_dict["ref"] = self.ref.to_dict()

        value = self.value
        if value is not None:
            field_dict["value"] = value

        if self.items is not None:
            items = []
            for items_item_data in self.items:
                items_item = []
                for items_item_item_data in items_item_data:
                    items_item_item = items_item_item_data.to_dict()
                    items_item.append(items_item_item)

                items.append(items_item)
            field_dict["items"] = items

        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """The JSON text of to_dict(), indented as by the vendor's SDK; `indent=None` gives it on one line."""
        return json_text(self.to_dict(), indent)

    def __repr__(self) -> str:
        return short_repr(
            "NodeInput",
            (),
            4,
            (
                self.name,
                self.type_,
                self.allowed_values,
                self.background_behavior,
                self.color,
                self.cost_impact,
                self.default,
                self.description,
                self.group,
                self.hint,
                self.inputs,
                self.kind,
                self.label,
                self.mask_from,
                self.max_,
                self.max_duration,
                self.max_length,
                self.max_size,
                self.min_,
                self.min_duration,
                self.min_length,
                self.model_types,
                self.parent,
                self.placeholder,
                self.prompt,
                self.prompt_spark,
                self.required,
                self.step,
                self.ref,
                self.value,
                self.items,
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
            at = "name"
            name = d.pop("name")
            if type(name) is not str and not isinstance(name, str):
                raise ParseError.expected("string", name)

            at = "type"
            type_ = InputType.from_json(d.pop("type"))

            at = "allowedValues"
            _allowed_values = d.pop("allowedValues", None)
            allowed_values: list[Any] | None = None
            if _allowed_values is not None:
                if not isinstance(_allowed_values, list):
                    raise ParseError.expected("array", _allowed_values)
                allowed_values = _allowed_values
            elif "allowedValues" in src_dict:
                sent_null += ("allowedValues",)

            at = "backgroundBehavior"
            _background_behavior = d.pop("backgroundBehavior", None)
            background_behavior: BackgroundBehavior | None = None
            if _background_behavior is not None:
                background_behavior = BackgroundBehavior.from_json(_background_behavior)
            elif "backgroundBehavior" in src_dict:
                sent_null += ("backgroundBehavior",)

            at = "color"
            color = d.pop("color", None)
            if type(color) is not bool:
                if color is None:
                    if "color" in src_dict:
                        sent_null += ("color",)
                elif not isinstance(color, bool):
                    raise ParseError.expected("boolean", color)

            at = "costImpact"
            cost_impact = d.pop("costImpact", None)
            if type(cost_impact) is not bool:
                if cost_impact is None:
                    if "costImpact" in src_dict:
                        sent_null += ("costImpact",)
                elif not isinstance(cost_impact, bool):
                    raise ParseError.expected("boolean", cost_impact)

            at = "default"
            default = d.pop("default", None)
            if default is None and "default" in src_dict:
                sent_null += ("default",)

            at = "description"
            description = d.pop("description", None)
            if type(description) is not str:
                if description is None:
                    if "description" in src_dict:
                        sent_null += ("description",)
                elif not isinstance(description, str):
                    raise ParseError.expected("string", description)

            at = "group"
            group = d.pop("group", None)
            if type(group) is not str:
                if group is None:
                    if "group" in src_dict:
                        sent_null += ("group",)
                elif not isinstance(group, str):
                    raise ParseError.expected("string", group)

            at = "hint"
            hint = d.pop("hint", None)
            if type(hint) is not str:
                if hint is None:
                    if "hint" in src_dict:
                        sent_null += ("hint",)
                elif not isinstance(hint, str):
                    raise ParseError.expected("string", hint)

            at = "inputs"
            _inputs = d.pop("inputs", None)
            inputs: list[JsonObject] | None = None
            if _inputs is not None:
                if not isinstance(_inputs, list):
                    raise ParseError.expected("array", _inputs)
                inputs = []
                try:
                    for inputs_item_data in _inputs:
                        inputs_item = JsonObject.from_dict(inputs_item_data)

                        inputs.append(inputs_item)
                except ParseError as parse_error:
                    parse_error.location = (len(inputs), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(inputs)) from parse_error
            elif "inputs" in src_dict:
                sent_null += ("inputs",)

            at = "kind"
            _kind = d.pop("kind", None)
            kind: InputKind | None = None
            if _kind is not None:
                kind = InputKind.from_json(_kind)
            elif "kind" in src_dict:
                sent_null += ("kind",)

            at = "label"
            label = d.pop("label", None)
            if type(label) is not str:
                if label is None:
                    if "label" in src_dict:
                        sent_null += ("label",)
                elif not isinstance(label, str):
                    raise ParseError.expected("string", label)

            at = "maskFrom"
            mask_from = d.pop("maskFrom", None)
            if type(mask_from) is not str:
                if mask_from is None:
                    if "maskFrom" in src_dict:
                        sent_null += ("maskFrom",)
                elif not isinstance(mask_from, str):
                    raise ParseError.expected("string", mask_from)

            at = "max"
            max_ = d.pop("max", None)
            if type(max_) is not float and type(max_) is not int:
                if max_ is None:
                    if "max" in src_dict:
                        sent_null += ("max",)
                elif isinstance(max_, bool) or not isinstance(max_, (int, float)):
                    raise ParseError.expected("number", max_)

            at = "maxDuration"
            max_duration = d.pop("maxDuration", None)
            if type(max_duration) is not float and type(max_duration) is not int:
                if max_duration is None:
                    if "maxDuration" in src_dict:
                        sent_null += ("maxDuration",)
                elif isinstance(max_duration, bool) or not isinstance(max_duration, (int, float)):
                    raise ParseError.expected("number", max_duration)

            at = "maxLength"
            max_length = d.pop("maxLength", None)
            if type(max_length) is not float and type(max_length) is not int:
                if max_length is None:
                    if "maxLength" in src_dict:
                        sent_null += ("maxLength",)
                elif isinstance(max_length, bool) or not isinstance(max_length, (int, float)):
                    raise ParseError.expected("number", max_length)

            at = "maxSize"
            max_size = d.pop("maxSize", None)
            if type(max_size) is not float and type(max_size) is not int:
                if max_size is None:
                    if "maxSize" in src_dict:
                        sent_null += ("maxSize",)
                elif isinstance(max_size, bool) or not isinstance(max_size, (int, float)):
                    raise ParseError.expected("number", max_size)

            at = "min"
            min_ = d.pop("min", None)
            if type(min_) is not float and type(min_) is not int:
                if min_ is None:
                    if "min" in src_dict:
                        sent_null += ("min",)
                elif isinstance(min_, bool) or not isinstance(min_, (int, float)):
                    raise ParseError.expected("number", min_)

            at = "minDuration"
            min_duration = d.pop("minDuration", None)
            if type(min_duration) is not float and type(min_duration) is not int:
                if min_duration is None:
                    if "minDuration" in src_dict:
                        sent_null += ("minDuration",)
                elif isinstance(min_duration, bool) or not isinstance(min_duration, (int, float)):
                    raise ParseError.expected("number", min_duration)

            at = "minLength"
            min_length = d.pop("minLength", None)
            if type(min_length) is not float and type(min_length) is not int:
                if min_length is None:
                    if "minLength" in src_dict:
                        sent_null += ("minLength",)
                elif isinstance(min_length, bool) or not isinstance(min_length, (int, float)):
                    raise ParseError.expected("number", min_length)

            at = "modelTypes"
            _model_types = d.pop("modelTypes", None)
            model_types: list[ModelType] | None = None
            if _model_types is not None:
                if not isinstance(_model_types, list):
                    raise ParseError.expected("array", _model_types)
                model_types = []
                try:
                    for model_types_item_data in _model_types:
                        model_types_item = ModelType.from_json(model_types_item_data)

                        model_types.append(model_types_item)
                except ParseError as parse_error:
                    parse_error.location = (len(model_types), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(model_types)) from parse_error
            elif "modelTypes" in src_dict:
                sent_null += ("modelTypes",)

            at = "parent"
            parent = d.pop("parent", None)
            if type(parent) is not bool:
                if parent is None:
                    if "parent" in src_dict:
                        sent_null += ("parent",)
                elif not isinstance(parent, bool):
                    raise ParseError.expected("boolean", parent)

            at = "placeholder"
            placeholder = d.pop("placeholder", None)
            if type(placeholder) is not str:
                if placeholder is None:
                    if "placeholder" in src_dict:
                        sent_null += ("placeholder",)
                elif not isinstance(placeholder, str):
                    raise ParseError.expected("string", placeholder)

            at = "prompt"
            prompt = d.pop("prompt", None)
            if type(prompt) is not bool:
                if prompt is None:
                    if "prompt" in src_dict:
                        sent_null += ("prompt",)
                elif not isinstance(prompt, bool):
                    raise ParseError.expected("boolean", prompt)

            at = "promptSpark"
            prompt_spark = d.pop("promptSpark", None)
            if type(prompt_spark) is not bool:
                if prompt_spark is None:
                    if "promptSpark" in src_dict:
                        sent_null += ("promptSpark",)
                elif not isinstance(prompt_spark, bool):
                    raise ParseError.expected("boolean", prompt_spark)

            at = "required"
            _required = d.pop("required", None)
            required: InputRequirement | None = None
            if _required is not None:
                required = InputRequirement.from_dict(_required)
            elif "required" in src_dict:
                sent_null += ("required",)

            at = "step"
            step = d.pop("step", None)
            if type(step) is not float and type(step) is not int:
                if step is None:
                    if "step" in src_dict:
                        sent_null += ("step",)
                elif isinstance(step, bool) or not isinstance(step, (int, float)):
                    raise ParseError.expected("number", step)

            at = "ref"
            _ref = d.pop("ref", None)
            ref: InputRef | None = None
            if _ref is not None:
                ref = InputRef.from_dict(_ref)
            elif "ref" in src_dict:
                sent_null += ("ref",)

            at = "value"
            value = d.pop("value", None)
            if value is None and "value" in src_dict:
                sent_null += ("value",)

            at = "items"
            _items = d.pop("items", None)
            items: list[list[NodeInputItem]] | None = None
            if _items is not None:
                if not isinstance(_items, list):
                    raise ParseError.expected("array", _items)
                items = []
                try:
                    for items_item_data in _items:
                        _items_item = items_item_data
                        if not isinstance(_items_item, list):
                            raise ParseError.expected("array", _items_item)
                        items_item = []
                        try:
                            for items_item_item_data in _items_item:
                                items_item_item = NodeInputItem.from_dict(items_item_item_data)

                                items_item.append(items_item_item)
                        except ParseError as parse_error:
                            parse_error.location = (len(items_item), *parse_error.location)
                            raise
                        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                            raise ParseError.wrap(parse_error, len(items_item)) from parse_error

                        items.append(items_item)
                except ParseError as parse_error:
                    parse_error.location = (len(items), *parse_error.location)
                    raise
                except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
                    raise ParseError.wrap(parse_error, len(items)) from parse_error
            elif "items" in src_dict:
                sent_null += ("items",)

        except ParseError as parse_error:
            parse_error.location = (at, *parse_error.location)
            raise
        except (KeyError, TypeError, ValueError, AttributeError) as parse_error:
            raise ParseError.wrap(parse_error, at) from parse_error
        # Every field is set here, not through __init__: none has a validator or converter to run (the
        # checks are above), and the keyword call would cost more than the parsing itself.
        node_input = object.__new__(cls)
        node_input.name = name
        node_input.type_ = type_
        node_input.allowed_values = allowed_values
        node_input.background_behavior = background_behavior
        node_input.color = color
        node_input.cost_impact = cost_impact
        node_input.default = default
        node_input.description = description
        node_input.group = group
        node_input.hint = hint
        node_input.inputs = inputs
        node_input.kind = kind
        node_input.label = label
        node_input.mask_from = mask_from
        node_input.max_ = max_
        node_input.max_duration = max_duration
        node_input.max_length = max_length
        node_input.max_size = max_size
        node_input.min_ = min_
        node_input.min_duration = min_duration
        node_input.min_length = min_length
        node_input.model_types = model_types
        node_input.parent = parent
        node_input.placeholder = placeholder
        node_input.prompt = prompt
        node_input.prompt_spark = prompt_spark
        node_input.required = required
        node_input.step = step
        node_input.ref = ref
        node_input.value = value
        node_input.items = items
        node_input._sent_null = sent_null
        node_input.additional_properties = d
        return node_input

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


# Imported after the class, not inside its methods, so that models referring to each other
# import cleanly and parsing does not pay for an import statement on every call.
from ..models.input_ref import InputRef  # noqa: E402
from ..models.input_requirement import InputRequirement  # noqa: E402
from ..models.json_object import JsonObject  # noqa: E402
from ..models.node_input_item import NodeInputItem  # noqa: E402
