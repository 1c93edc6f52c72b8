"""The generated attrs models' constructors and attribute types, which griffe does not model.

An attrs class's `__init__` is written by attrs from its annotated fields, so griffe sees no
parameters. Here the fields are read in order, as attrs reads them: a field without a default
is a required argument, a field declared `init=False` is no argument, and a required field is
also positional. A union annotation that loses a member is narrowed (`str | Unset` -> `str`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import griffe

from .changes import Change, Kind

__all__ = ["AttrsField", "attrs_classes", "attrs_fields", "compare_attrs"]

SOURCE = "attrs"
DECORATORS = frozenset({"_attrs_define", "define", "attrs.define", "attr.s", "attrs.frozen", "frozen"})


@dataclass(frozen=True)
class AttrsField:
    name: str
    annotation: str
    required: bool


def attrs_classes(package: griffe.Module) -> dict[str, griffe.Class]:
    found: dict[str, griffe.Class] = {}

    def walk(module: griffe.Module) -> None:
        for member in module.members.values():
            if member.is_alias:
                continue
            if isinstance(member, griffe.Module):
                walk(member)
            elif isinstance(member, griffe.Class) and _is_attrs(member):
                found[member.path] = member

    walk(package)
    return found


def _is_attrs(cls: griffe.Class) -> bool:
    return any(str(decorator.value).split("(")[0] in DECORATORS for decorator in cls.decorators)


def attrs_fields(cls: griffe.Class) -> list[AttrsField]:
    methods = [(m.lineno or 0, m.endlineno or 0) for m in cls.members.values() if isinstance(m, griffe.Function)]
    fields = []
    for name, member in cls.members.items():
        if not isinstance(member, griffe.Attribute) or member.annotation is None or "property" in member.labels:
            continue
        if any(start <= (member.lineno or 0) <= end for start, end in methods):
            continue  # assigned in a method, not declared in the class body
        value = None if member.value is None else str(member.value)
        if value is not None and "init=False" in value.replace(" ", ""):
            continue
        fields.append(AttrsField(name, str(member.annotation), value is None))
    return fields


def _union(annotation: str) -> frozenset[str]:
    return frozenset(part.strip() for part in annotation.split("|"))


def _compare_class(path: str, old: list[AttrsField], new: list[AttrsField]) -> Iterator[Change]:
    old_by_name, new_by_name = {f.name: f for f in old}, {f.name: f for f in new}
    for name, before in old_by_name.items():
        at = f"{path}.{name}"
        after = new_by_name.get(name)
        if after is None:
            yield Change(Kind.BREAKING, SOURCE, at, "field removed from the constructor and the attributes")
            continue
        if after.required and not before.required:
            yield Change(Kind.BREAKING, SOURCE, at, "constructor argument made required")
        elif before.required and not after.required:
            yield Change(Kind.FEATURE, SOURCE, at, "constructor argument made optional")
        lost = _union(before.annotation) - _union(after.annotation)
        if lost:
            yield Change(Kind.BREAKING, SOURCE, at, f"type narrowed: {before.annotation} -> {after.annotation}")
        elif before.annotation != after.annotation:
            yield Change(Kind.FEATURE, SOURCE, at, f"type widened: {before.annotation} -> {after.annotation}")
    for name, after in new_by_name.items():
        if name not in old_by_name:
            kind, what = (Kind.BREAKING, "required") if after.required else (Kind.FEATURE, "optional")
            yield Change(kind, SOURCE, f"{path}.{name}", f"{what} constructor argument added")
    # Only the relative order of arguments positional before and after: a new one is reported above.
    both = {f.name for f in old if f.required} & {f.name for f in new if f.required}
    old_positional = [f.name for f in old if f.name in both]
    new_positional = [f.name for f in new if f.name in both]
    if old_positional != new_positional:
        yield Change(
            Kind.BREAKING, SOURCE, path, f"positional arguments reordered: {old_positional} -> {new_positional}"
        )


def compare_attrs(old: griffe.Module, new: griffe.Module) -> list[Change]:
    old_classes, new_classes = attrs_classes(old), attrs_classes(new)
    changes: list[Change] = []
    for path, cls in old_classes.items():
        if path in new_classes:  # a removed class is griffe's finding
            changes.extend(_compare_class(path, attrs_fields(cls), attrs_fields(new_classes[path])))
    return changes
