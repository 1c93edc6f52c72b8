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
from ..types import UNSET, Unset

T = TypeVar("T", bound="NodeInput")


@_attrs_define
class NodeInput:
    name: str
    type_: InputType
    allowed_values: list[Any] | Unset = UNSET
    background_behavior: BackgroundBehavior | Unset = UNSET
    color: bool | Unset = UNSET
    cost_impact: bool | Unset = UNSET
    default: Any | Unset = UNSET
    description: str | Unset = UNSET
    group: str | Unset = UNSET
    hint: str | Unset = UNSET
    inputs: list[JsonObject] | Unset = UNSET
    kind: InputKind | Unset = UNSET
    label: str | Unset = UNSET
    mask_from: str | Unset = UNSET
    max_: float | Unset = UNSET
    max_duration: float | Unset = UNSET
    max_length: float | Unset = UNSET
    max_size: float | Unset = UNSET
    min_: float | Unset = UNSET
    min_duration: float | Unset = UNSET
    min_length: float | Unset = UNSET
    model_types: list[ModelType] | Unset = UNSET
    parent: bool | Unset = UNSET
    placeholder: str | Unset = UNSET
    prompt: bool | Unset = UNSET
    prompt_spark: bool | Unset = UNSET
    required: InputRequirement | Unset = UNSET
    """ `conditionalValues` is the shape up to SDK 2.2.0 (and on the documentation page); `conditional` replaces it
    from 2.3.0. Both occur. """
    step: float | Unset = UNSET
    ref: InputRef | Unset = UNSET
    value: Any | Unset = UNSET
    items: list[list[NodeInputItem]] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # Optional typed fields the API documents as non-nullable but may send as null: a null is
    # accepted, read as UNSET, and written back by to_dict. (A free-form field keeps null as None.)
    _sent_null: tuple[str, ...] = _attrs_field(init=False, default=(), repr=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        allowed_values: list[Any] | Unset = UNSET
        if not isinstance(self.allowed_values, Unset):
            allowed_values = self.allowed_values

        background_behavior: str | Unset = UNSET
        if not isinstance(self.background_behavior, Unset):
            background_behavior = self.background_behavior.value

        color = self.color

        cost_impact = self.cost_impact

        default = self.default

        description = self.description

        group = self.group

        hint = self.hint

        inputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = []
            for inputs_item_data in self.inputs:
                inputs_item = inputs_item_data.to_dict()
                inputs.append(inputs_item)

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        label = self.label

        mask_from = self.mask_from

        max_ = self.max_

        max_duration = self.max_duration

        max_length = self.max_length

        max_size = self.max_size

        min_ = self.min_

        min_duration = self.min_duration

        min_length = self.min_length

        model_types: list[str] | Unset = UNSET
        if not isinstance(self.model_types, Unset):
            model_types = []
            for model_types_item_data in self.model_types:
                model_types_item = model_types_item_data.value
                model_types.append(model_types_item)

        parent = self.parent

        placeholder = self.placeholder

        prompt = self.prompt

        prompt_spark = self.prompt_spark

        required: dict[str, Any] | Unset = UNSET
        if not isinstance(self.required, Unset):
            required = self.required.to_dict()

        step = self.step

        ref: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ref, Unset):
            ref = self.ref.to_dict()

        value = self.value

        items: list[list[dict[str, Any]]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = []
                for items_item_item_data in items_item_data:
                    items_item_item = items_item_item_data.to_dict()
                    items_item.append(items_item_item)

                items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if allowed_values is not UNSET:
            field_dict["allowedValues"] = allowed_values
        if background_behavior is not UNSET:
            field_dict["backgroundBehavior"] = background_behavior
        if color is not UNSET:
            field_dict["color"] = color
        if cost_impact is not UNSET:
            field_dict["costImpact"] = cost_impact
        if default is not UNSET:
            field_dict["default"] = default
        if description is not UNSET:
            field_dict["description"] = description
        if group is not UNSET:
            field_dict["group"] = group
        if hint is not UNSET:
            field_dict["hint"] = hint
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if kind is not UNSET:
            field_dict["kind"] = kind
        if label is not UNSET:
            field_dict["label"] = label
        if mask_from is not UNSET:
            field_dict["maskFrom"] = mask_from
        if max_ is not UNSET:
            field_dict["max"] = max_
        if max_duration is not UNSET:
            field_dict["maxDuration"] = max_duration
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if max_size is not UNSET:
            field_dict["maxSize"] = max_size
        if min_ is not UNSET:
            field_dict["min"] = min_
        if min_duration is not UNSET:
            field_dict["minDuration"] = min_duration
        if min_length is not UNSET:
            field_dict["minLength"] = min_length
        if model_types is not UNSET:
            field_dict["modelTypes"] = model_types
        if parent is not UNSET:
            field_dict["parent"] = parent
        if placeholder is not UNSET:
            field_dict["placeholder"] = placeholder
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if prompt_spark is not UNSET:
            field_dict["promptSpark"] = prompt_spark
        if required is not UNSET:
            field_dict["required"] = required
        if step is not UNSET:
            field_dict["step"] = step
        if ref is not UNSET:
            field_dict["ref"] = ref
        if value is not UNSET:
            field_dict["value"] = value
        if items is not UNSET:
            field_dict["items"] = items
        for null_key in self._sent_null:
            field_dict.setdefault(null_key, None)

        return field_dict

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
            _allowed_values_sent = d.pop("allowedValues", UNSET)
            if _allowed_values_sent is None:
                _allowed_values_sent = UNSET
                sent_null += ("allowedValues",)
            _allowed_values = _allowed_values_sent
            allowed_values: list[Any] | Unset = UNSET
            if _allowed_values is not UNSET:
                if not isinstance(_allowed_values, list):
                    raise ParseError.expected("array", _allowed_values)
                allowed_values = _allowed_values

            at = "backgroundBehavior"
            _background_behavior_sent = d.pop("backgroundBehavior", UNSET)
            if _background_behavior_sent is None:
                _background_behavior_sent = UNSET
                sent_null += ("backgroundBehavior",)
            _background_behavior = _background_behavior_sent
            background_behavior: BackgroundBehavior | Unset
            if _background_behavior is UNSET:
                background_behavior = UNSET
            else:
                background_behavior = BackgroundBehavior.from_json(_background_behavior)

            at = "color"
            color = d.pop("color", UNSET)
            if type(color) is not bool and color is not UNSET:
                if color is None:
                    color = UNSET
                    sent_null += ("color",)
                elif not isinstance(color, bool):
                    raise ParseError.expected("boolean", color)

            at = "costImpact"
            cost_impact = d.pop("costImpact", UNSET)
            if type(cost_impact) is not bool and cost_impact is not UNSET:
                if cost_impact is None:
                    cost_impact = UNSET
                    sent_null += ("costImpact",)
                elif not isinstance(cost_impact, bool):
                    raise ParseError.expected("boolean", cost_impact)

            at = "default"
            default = d.pop("default", UNSET)

            at = "description"
            description = d.pop("description", UNSET)
            if type(description) is not str and description is not UNSET:
                if description is None:
                    description = UNSET
                    sent_null += ("description",)
                elif not isinstance(description, str):
                    raise ParseError.expected("string", description)

            at = "group"
            group = d.pop("group", UNSET)
            if type(group) is not str and group is not UNSET:
                if group is None:
                    group = UNSET
                    sent_null += ("group",)
                elif not isinstance(group, str):
                    raise ParseError.expected("string", group)

            at = "hint"
            hint = d.pop("hint", UNSET)
            if type(hint) is not str and hint is not UNSET:
                if hint is None:
                    hint = UNSET
                    sent_null += ("hint",)
                elif not isinstance(hint, str):
                    raise ParseError.expected("string", hint)

            at = "inputs"
            _inputs_sent = d.pop("inputs", UNSET)
            if _inputs_sent is None:
                _inputs_sent = UNSET
                sent_null += ("inputs",)
            _inputs = _inputs_sent
            inputs: list[JsonObject] | Unset = UNSET
            if _inputs is not UNSET:
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

            at = "kind"
            _kind_sent = d.pop("kind", UNSET)
            if _kind_sent is None:
                _kind_sent = UNSET
                sent_null += ("kind",)
            _kind = _kind_sent
            kind: InputKind | Unset
            if _kind is UNSET:
                kind = UNSET
            else:
                kind = InputKind.from_json(_kind)

            at = "label"
            label = d.pop("label", UNSET)
            if type(label) is not str and label is not UNSET:
                if label is None:
                    label = UNSET
                    sent_null += ("label",)
                elif not isinstance(label, str):
                    raise ParseError.expected("string", label)

            at = "maskFrom"
            mask_from = d.pop("maskFrom", UNSET)
            if type(mask_from) is not str and mask_from is not UNSET:
                if mask_from is None:
                    mask_from = UNSET
                    sent_null += ("maskFrom",)
                elif not isinstance(mask_from, str):
                    raise ParseError.expected("string", mask_from)

            at = "max"
            max_ = d.pop("max", UNSET)
            if type(max_) is not float and type(max_) is not int and max_ is not UNSET:
                if max_ is None:
                    max_ = UNSET
                    sent_null += ("max",)
                elif isinstance(max_, bool) or not isinstance(max_, (int, float)):
                    raise ParseError.expected("number", max_)

            at = "maxDuration"
            max_duration = d.pop("maxDuration", UNSET)
            if type(max_duration) is not float and type(max_duration) is not int and max_duration is not UNSET:
                if max_duration is None:
                    max_duration = UNSET
                    sent_null += ("maxDuration",)
                elif isinstance(max_duration, bool) or not isinstance(max_duration, (int, float)):
                    raise ParseError.expected("number", max_duration)

            at = "maxLength"
            max_length = d.pop("maxLength", UNSET)
            if type(max_length) is not float and type(max_length) is not int and max_length is not UNSET:
                if max_length is None:
                    max_length = UNSET
                    sent_null += ("maxLength",)
                elif isinstance(max_length, bool) or not isinstance(max_length, (int, float)):
                    raise ParseError.expected("number", max_length)

            at = "maxSize"
            max_size = d.pop("maxSize", UNSET)
            if type(max_size) is not float and type(max_size) is not int and max_size is not UNSET:
                if max_size is None:
                    max_size = UNSET
                    sent_null += ("maxSize",)
                elif isinstance(max_size, bool) or not isinstance(max_size, (int, float)):
                    raise ParseError.expected("number", max_size)

            at = "min"
            min_ = d.pop("min", UNSET)
            if type(min_) is not float and type(min_) is not int and min_ is not UNSET:
                if min_ is None:
                    min_ = UNSET
                    sent_null += ("min",)
                elif isinstance(min_, bool) or not isinstance(min_, (int, float)):
                    raise ParseError.expected("number", min_)

            at = "minDuration"
            min_duration = d.pop("minDuration", UNSET)
            if type(min_duration) is not float and type(min_duration) is not int and min_duration is not UNSET:
                if min_duration is None:
                    min_duration = UNSET
                    sent_null += ("minDuration",)
                elif isinstance(min_duration, bool) or not isinstance(min_duration, (int, float)):
                    raise ParseError.expected("number", min_duration)

            at = "minLength"
            min_length = d.pop("minLength", UNSET)
            if type(min_length) is not float and type(min_length) is not int and min_length is not UNSET:
                if min_length is None:
                    min_length = UNSET
                    sent_null += ("minLength",)
                elif isinstance(min_length, bool) or not isinstance(min_length, (int, float)):
                    raise ParseError.expected("number", min_length)

            at = "modelTypes"
            _model_types_sent = d.pop("modelTypes", UNSET)
            if _model_types_sent is None:
                _model_types_sent = UNSET
                sent_null += ("modelTypes",)
            _model_types = _model_types_sent
            model_types: list[ModelType] | Unset = UNSET
            if _model_types is not UNSET:
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

            at = "parent"
            parent = d.pop("parent", UNSET)
            if type(parent) is not bool and parent is not UNSET:
                if parent is None:
                    parent = UNSET
                    sent_null += ("parent",)
                elif not isinstance(parent, bool):
                    raise ParseError.expected("boolean", parent)

            at = "placeholder"
            placeholder = d.pop("placeholder", UNSET)
            if type(placeholder) is not str and placeholder is not UNSET:
                if placeholder is None:
                    placeholder = UNSET
                    sent_null += ("placeholder",)
                elif not isinstance(placeholder, str):
                    raise ParseError.expected("string", placeholder)

            at = "prompt"
            prompt = d.pop("prompt", UNSET)
            if type(prompt) is not bool and prompt is not UNSET:
                if prompt is None:
                    prompt = UNSET
                    sent_null += ("prompt",)
                elif not isinstance(prompt, bool):
                    raise ParseError.expected("boolean", prompt)

            at = "promptSpark"
            prompt_spark = d.pop("promptSpark", UNSET)
            if type(prompt_spark) is not bool and prompt_spark is not UNSET:
                if prompt_spark is None:
                    prompt_spark = UNSET
                    sent_null += ("promptSpark",)
                elif not isinstance(prompt_spark, bool):
                    raise ParseError.expected("boolean", prompt_spark)

            at = "required"
            _required_sent = d.pop("required", UNSET)
            if _required_sent is None:
                _required_sent = UNSET
                sent_null += ("required",)
            _required = _required_sent
            required: InputRequirement | Unset
            if _required is UNSET:
                required = UNSET
            else:
                required = InputRequirement.from_dict(_required)

            at = "step"
            step = d.pop("step", UNSET)
            if type(step) is not float and type(step) is not int and step is not UNSET:
                if step is None:
                    step = UNSET
                    sent_null += ("step",)
                elif isinstance(step, bool) or not isinstance(step, (int, float)):
                    raise ParseError.expected("number", step)

            at = "ref"
            _ref_sent = d.pop("ref", UNSET)
            if _ref_sent is None:
                _ref_sent = UNSET
                sent_null += ("ref",)
            _ref = _ref_sent
            ref: InputRef | Unset
            if _ref is UNSET:
                ref = UNSET
            else:
                ref = InputRef.from_dict(_ref)

            at = "value"
            value = d.pop("value", UNSET)

            at = "items"
            _items_sent = d.pop("items", UNSET)
            if _items_sent is None:
                _items_sent = UNSET
                sent_null += ("items",)
            _items = _items_sent
            items: list[list[NodeInputItem]] | Unset = UNSET
            if _items is not UNSET:
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
