"""The public Python API rules: griffe's findings, the walk for additions, and the attrs models."""

from __future__ import annotations

from pathlib import Path

from release_check.attrs_models import compare_attrs
from release_check.changes import Change, Kind
from release_check.python_api import compare_packages, load_packages

from tests.support.release import CLIENT_MODULE, RESOURCES, THING, write_packages


def compare(tmp_path: Path, *, added: dict[str, str] | None = None, **replace: str) -> list[Change]:
    old_root = write_packages(tmp_path / "old")
    new_root = write_packages(tmp_path / "new", added=added, **replace)
    old = load_packages([old_root / "overlay", old_root / "generated"])
    new = load_packages([new_root / "overlay", new_root / "generated"])
    return compare_packages(old, new) + compare_attrs(old["scenario_train_api"], new["scenario_train_api"])


def found(changes: list[Change]) -> set[tuple[Kind, str, str]]:
    return {(change.kind, change.where, change.what.split(":")[0]) for change in changes}


def test_the_same_packages_have_no_change(tmp_path: Path) -> None:
    assert compare(tmp_path) == []


def test_a_public_name_removed_is_breaking(tmp_path: Path) -> None:
    changes = compare(tmp_path, client=CLIENT_MODULE.replace("    def close(self) -> None: ...\n", ""))
    assert found(changes) == {(Kind.BREAKING, "scenario_train._client.Client.close", "Public object was removed")}


MOVED_CLIENT = 'from ._sync_client import Client\n\n__all__ = ["Client"]\n'


def test_a_class_moved_to_another_module_and_named_in_its_old_one_is_the_same_api(tmp_path: Path) -> None:
    assert compare(tmp_path, client=MOVED_CLIENT, added={"_sync_client": CLIENT_MODULE}) == []


def test_a_public_name_removed_from_a_class_moved_to_another_module_is_breaking(tmp_path: Path) -> None:
    """griffe alone skips an object that became an alias: the class is compared with its old self all the same."""
    moved = CLIENT_MODULE.replace("    def close(self) -> None: ...\n", "")
    changes = compare(tmp_path, client=MOVED_CLIENT, added={"_sync_client": moved})
    assert found(changes) == {(Kind.BREAKING, "scenario_train._client.Client.close", "Public object was removed")}


def test_the_walk_follows_an_attribute_s_class_named_from_another_module(tmp_path: Path) -> None:
    resources = 'from ._sync_resources import Models\n\n__all__ = ["Models"]\n'
    added = RESOURCES.replace("= None)", "= None, seed: int | None = None)")
    changes = compare(tmp_path, resources=resources, added={"_sync_resources": added})
    assert found(changes) == {
        (Kind.FEATURE, "scenario_train.Client.models().trigger", "optional parameter 'seed' added")
    }


def test_a_parameter_removed_from_a_class_moved_to_another_module_is_breaking(tmp_path: Path) -> None:
    resources = 'from ._sync_resources import Models\n\n__all__ = ["Models"]\n'
    removed = RESOURCES.replace(", *, project_id: str | None = None", "")
    changes = compare(tmp_path, resources=resources, added={"_sync_resources": removed})
    assert (Kind.BREAKING, "scenario_train._resources.Models.trigger", "Parameter was removed") in found(changes)


def test_a_parameter_removed_behind_an_attribute_is_breaking(tmp_path: Path) -> None:
    changes = compare(tmp_path, resources=RESOURCES.replace(", *, project_id: str | None = None", ""))
    assert (Kind.BREAKING, "scenario_train._resources.Models.trigger", "Parameter was removed") in found(changes)


def test_a_parameter_made_positional_only_is_breaking(tmp_path: Path) -> None:
    changes = compare(tmp_path, resources=RESOURCES.replace("model_id: str, *,", "model_id: str, /, *,"))
    assert found(changes) == {(Kind.BREAKING, "scenario_train._resources.Models.trigger", "Parameter kind was changed")}


def test_a_keyword_only_parameter_made_positional_only_is_breaking(tmp_path: Path) -> None:
    signature = "def trigger(self, model_id: str, project_id: str | None = None, /) -> None: ..."
    changes = compare(tmp_path, resources=RESOURCES.replace(RESOURCES.splitlines()[-1].strip(), signature))
    assert (Kind.BREAKING, "scenario_train._resources.Models.trigger", "Parameter kind was changed") in found(changes)


def test_an_optional_parameter_added_is_a_feature(tmp_path: Path) -> None:
    changes = compare(tmp_path, resources=RESOURCES.replace("= None)", "= None, seed: int | None = None)"))
    assert found(changes) == {
        (Kind.FEATURE, "scenario_train.Client.models().trigger", "optional parameter 'seed' added")
    }


def test_a_required_parameter_added_is_breaking(tmp_path: Path) -> None:
    changes = compare(tmp_path, resources=RESOURCES.replace("= None)", "= None, seed: int)"))
    assert (Kind.BREAKING, "scenario_train._resources.Models.trigger", "Parameter was added as required") in found(
        changes
    )


def test_a_public_name_added_is_a_feature(tmp_path: Path) -> None:
    changes = compare(tmp_path, client=CLIENT_MODULE + "\n    def copy(self) -> None: ...\n")
    assert found(changes) == {(Kind.FEATURE, "scenario_train.Client.copy", "public name added")}


def test_an_attrs_field_made_required_is_breaking_though_griffe_cannot_see_it(tmp_path: Path) -> None:
    changes = compare(tmp_path, thing=THING.replace("name: str | Unset = UNSET", "name: str"))
    assert found(changes) == {
        (Kind.BREAKING, "scenario_train_api.models.thing.Thing.name", "constructor argument made required"),
        (Kind.BREAKING, "scenario_train_api.models.thing.Thing.name", "type narrowed"),
    }


def test_an_attrs_field_added_optional_is_a_feature_and_required_breaking(tmp_path: Path) -> None:
    optional = compare(
        tmp_path / "a", thing=THING.replace("    additional", "    job_id: str | Unset = UNSET\n    additional")
    )
    assert (Kind.FEATURE, "scenario_train_api.models.thing.Thing.job_id", "optional constructor argument added") in (
        found(optional)
    )
    required = compare(tmp_path / "b", thing=THING.replace("    name:", "    job_id: str\n    name:"))
    assert (Kind.BREAKING, "scenario_train_api.models.thing.Thing.job_id", "required constructor argument added") in (
        found(required)
    )


def test_attrs_required_fields_reordered_is_breaking(tmp_path: Path) -> None:
    changes = compare(tmp_path, thing=THING.replace("    id: str\n    status: str", "    status: str\n    id: str"))
    assert found(changes) == {
        (Kind.BREAKING, "scenario_train_api.models.thing.Thing", "positional arguments reordered")
    }


def test_an_attrs_field_removed_is_breaking(tmp_path: Path) -> None:
    changes = compare(tmp_path, thing=THING.replace("    name: str | Unset = UNSET\n", ""))
    assert (
        Kind.BREAKING,
        "scenario_train_api.models.thing.Thing.name",
        "field removed from the constructor and the attributes",
    ) in found(changes)


OPERATIONS = """
__all__ = ["ModelsOperations"]


class ModelsOperations:
    def trigger(self, model_id: str, *, project_id: str | None = None) -> None: ...
"""
INHERITING = """
from ._operations import ModelsOperations

__all__ = ["Models"]


class Models(ModelsOperations):
    def wait(self, model_id: str) -> None: ...
"""


def test_what_a_class_inherits_is_its_api_too(tmp_path: Path) -> None:
    """The client's resources subclass the generated ones, in another module (`Train(TrainOperations)`)."""
    moved = compare(tmp_path / "moved", resources=INHERITING.replace("def wait(", "def _wait("), operations=OPERATIONS)
    old_root = write_packages(tmp_path / "old", resources=INHERITING, operations=OPERATIONS)
    new_root = write_packages(
        tmp_path / "new", resources=INHERITING, operations=OPERATIONS.replace("= None)", "= None, seed: int = 0)")
    )
    old = load_packages([old_root / "overlay", old_root / "generated"])
    new = load_packages([new_root / "overlay", new_root / "generated"])

    assert moved == []
    assert found(compare_packages(old, new)) == {
        (Kind.FEATURE, "scenario_train.Client.models().trigger", "optional parameter 'seed' added")
    }
