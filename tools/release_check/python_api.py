"""The public Python API of a package at two points, compared with griffe plus a walk for additions.

griffe reports removals and incompatible signatures, but only of objects it reaches as public
members: the client's `client.models.train.trigger` lives in a private module and is reached
through instance attributes (`Scenario.models: Models`). So the walk here follows the public
names and the annotated attributes of public classes, with the members each class inherits, and
griffe is pointed at every module that defines a class so reached or one it inherits from. griffe
reports nothing added: the walk lists additions.

A class moved to another module and still named in its old one (`_client.Scenario`, now defined in
`_sync_client`) is compared with its old self here: griffe skips an object that became an alias.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import griffe

from .changes import Change, Kind

__all__ = ["PACKAGES", "Surface", "compare_packages", "load_packages", "surface"]

PACKAGES = ("scenario_train", "scenario_train_api")
SOURCE = "python"
# Values that change with every release: their change is no API change.
IGNORED_VALUES = frozenset({"__version__"})
# Parameter defaults and constant values that changed alter behaviour, not signatures.
FIX_KINDS = frozenset({griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT, griffe.BreakageKind.ATTRIBUTE_CHANGED_VALUE})

Param = tuple[str, str, bool]  # name, kind, required


@dataclass
class Surface:
    """Public paths (with the parameters of callables) and the modules that define them."""

    entries: dict[str, frozenset[Param] | None] = field(default_factory=dict)
    modules: set[str] = field(default_factory=set)


def load_packages(roots: list[Path]) -> dict[str, griffe.Module]:
    """Both packages, read statically (nothing is imported) from `roots`, aliases resolved."""
    loader = griffe.GriffeLoader(search_paths=[str(root) for root in roots], allow_inspection=False)
    packages = {name: loader.load(name) for name in PACKAGES}
    loader.resolve_aliases(external=False, implicit=False)
    return {name: package for name, package in packages.items() if isinstance(package, griffe.Module)}


def _target(obj: griffe.Object | griffe.Alias) -> griffe.Object | None:
    try:
        return obj.final_target if isinstance(obj, griffe.Alias) else obj
    except (griffe.AliasResolutionError, griffe.CyclicAliasError):
        return None


def _params(function: griffe.Function) -> frozenset[Param]:
    return frozenset((p.name, p.kind.value, p.required) for p in function.parameters if p.name not in {"self", "cls"})


def surface(package: griffe.Module) -> Surface:
    found = Surface()
    seen: set[str] = set()

    def walk(path: str, obj: griffe.Object | griffe.Alias) -> None:
        target = _target(obj)
        if target is None or (target.path in seen and not target.is_module):
            found.entries.setdefault(path, None)
            return
        if target.is_module and target.path in seen:
            return
        seen.add(target.path)
        if isinstance(target, griffe.Function):
            found.entries[path] = _params(target)
            return
        found.entries[path] = None
        members = target.members
        if isinstance(target, griffe.Class):
            # A class's methods include those it inherits: the client's resources subclass the generated
            # ones (`Train` adds to `TrainOperations`), and a method moved to a base is no API change.
            found.modules.add(target.module.path)
            found.modules.update(base.module.path for base in _bases(target))
            members = target.all_members
        if isinstance(target, griffe.Module | griffe.Class):
            for name, member in members.items():
                if member.is_public and not (member.is_alias and target.is_class and not member.inherited):
                    walk(f"{path}.{name}", member)
        elif isinstance(target, griffe.Attribute):
            annotated = _annotated_class(target, package.path)
            if annotated is not None:
                walk(path + "()", annotated)

    walk(package.path, package)
    return found


def _bases(cls: griffe.Class) -> list[griffe.Class]:
    """The classes of the package that `cls` inherits from (none when its bases cannot be resolved)."""
    try:
        return cls.mro()
    except (griffe.AliasResolutionError, griffe.CyclicAliasError, ValueError):
        return []


def _annotated_class(attribute: griffe.Attribute, package: str) -> griffe.Object | None:
    """The class of an attribute annotated with a class of the same package (`models: Models`)."""
    annotation = attribute.annotation
    if not isinstance(annotation, griffe.ExprName):
        return None
    path = annotation.canonical_path
    if not path.startswith(package + "."):
        return None
    try:
        found = _target(attribute.modules_collection.get_member(path))
    except KeyError:
        return None
    return found if isinstance(found, griffe.Class) else None


def _breakages(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    for breakage in griffe.find_breaking_changes(old, new):
        if breakage.obj.name in IGNORED_VALUES:
            continue
        kind = Kind.FIX if breakage.kind in FIX_KINDS else Kind.BREAKING
        what = breakage.kind.value
        if breakage.old_value is not None or breakage.new_value is not None:
            what += f": {_show(breakage.old_value)} -> {_show(breakage.new_value)}"
        yield Change(kind, SOURCE, breakage.obj.path, what)


def _moved(old: griffe.Object, new: griffe.Object) -> Iterator[Change]:
    """griffe's findings on each public object of `old` that `new` names from another module, under its old path."""
    for name, before in old.members.items():
        after = new.members.get(name)
        if before.is_alias or after is None or not after.is_alias or not before.is_public:
            continue
        target = _target(after)
        if isinstance(before, griffe.Object) and target is not None and target.kind == before.kind:
            for change in _breakages(before, target):
                if change.where.startswith(target.path):
                    change = Change(
                        change.kind, change.source, before.path + change.where[len(target.path) :], change.what
                    )
                yield change


def _show(value: object) -> str:
    if isinstance(value, griffe.Parameter):
        kind = value.kind.value if value.kind else "?"
        return f"{value.name} ({kind}{', required' if value.required else ''})"
    return str(value)


def _additions(old: Surface, new: Surface) -> Iterator[Change]:
    for path, params in new.entries.items():
        if path not in old.entries:
            yield Change(Kind.FEATURE, SOURCE, path, "public name added")
            continue
        before = old.entries[path]
        if params is None or before is None:
            continue
        names = {name for name, _, _ in before}
        for name, _, required in sorted(params):
            if name not in names and not required:
                yield Change(Kind.FEATURE, SOURCE, path, f"optional parameter {name!r} added")


def compare_packages(old: dict[str, griffe.Module], new: dict[str, griffe.Module]) -> list[Change]:
    changes: dict[tuple[str, str], Change] = {}
    for name in PACKAGES:
        old_surface, new_surface = surface(old[name]), surface(new[name])
        roots = [name, *sorted(old_surface.modules)]
        for root in roots:
            old_root = old[name].modules_collection.get_member(root)
            try:
                new_root = new[name].modules_collection.get_member(root)
            except KeyError:
                continue  # the module moved; griffe on the package root reports what went missing
            for change in [*_breakages(old_root, new_root), *_moved(old_root, new_root)]:
                changes.setdefault((change.where, change.what), change)
        for change in _additions(old_surface, new_surface):
            changes.setdefault((change.where, change.what), change)
    return list(changes.values())
