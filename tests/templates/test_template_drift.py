"""`make template-drift`: each overridden template against the upstream template it was copied from.

A bump of the generator's pin is simulated with a copy of the installed upstream templates, changed
and labelled with a newer version; nothing here needs the network.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import openapi_python_client
import pytest

from tests.support.env import for_a_tool

REPO = Path(__file__).resolve().parents[2]
OURS = REPO / "openapi" / "templates"
PRISTINE = REPO / "openapi" / "templates-upstream"
INSTALLED = Path(openapi_python_client.__file__).parent / "templates"
RECORDED = "0.29.1"
NEXT = "0.30.0"


@dataclass(frozen=True)
class Run:
    code: int
    out: str

    def line(self, template: str) -> str:
        (found,) = [line for line in self.out.splitlines() if line.startswith(f"{template}: ")]
        return found


def template_drift(*options: str | Path) -> Run:
    ran = subprocess.run(
        [sys.executable, "-m", "template_drift", *map(str, options)],
        env=for_a_tool(PYTHONPATH=str(REPO / "tools")),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert ran.stderr == ""
    return Run(ran.returncode, ran.stdout)


def overrides() -> list[str]:
    """Our templates that the generator has too."""
    return sorted(
        p.relative_to(OURS).as_posix() for p in OURS.rglob("*") if (INSTALLED / p.relative_to(OURS)).is_file()
    )


@pytest.fixture
def bumped(tmp_path: Path) -> Path:
    """The installed upstream templates, copied as if they were those of the next version."""
    upstream = tmp_path / "upstream"
    shutil.copytree(INSTALLED, upstream)
    return upstream


def after_bump(upstream: Path, *options: str | Path) -> Run:
    return template_drift("--upstream", upstream, "--upstream-version", NEXT, *options)


def test_every_override_is_based_on_the_installed_generator_and_kept_pristine() -> None:
    run = template_drift()

    assert run.code == 0, run.out
    for template in overrides():
        assert run.line(template) == f"{template}: based on {RECORDED}, the installed version"
        assert (PRISTINE / RECORDED / template).read_bytes() == (INSTALLED / template).read_bytes()


def test_every_template_opens_with_where_it_comes_from_and_why_it_differs() -> None:
    for path in OURS.rglob("*.jinja"):
        header = path.read_text(encoding="utf-8").split("#}", 1)[0]
        name = path.relative_to(OURS).as_posix()
        if name in overrides():
            assert re.match(rf"{{#-? Copied from openapi-python-client {RECORDED} \(templates/{name}\)\.", header), name
            assert "differs" in header, name
        else:
            assert re.match("{#-? Not an upstream template", header), name


def test_a_template_upstream_changed_shows_the_change_and_the_version_ours_is_based_on(bumped: Path) -> None:
    changed = bumped / "str_enum.py.jinja"
    changed.write_text(
        changed.read_text(encoding="utf-8").replace("dictsort(true)", "dictsort(false)"), encoding="utf-8"
    )

    run = after_bump(bumped)

    assert run.code == 1
    assert run.line("str_enum.py.jinja") == (
        f"str_enum.py.jinja: based on {RECORDED}; CHANGED upstream in {NEXT}, to carry into ours "
        "(it merges into ours cleanly):"
    )
    diff = run.out.split(run.line("str_enum.py.jinja") + "\n", 1)[1]
    assert diff.startswith(f"--- upstream {RECORDED}/str_enum.py.jinja\n+++ upstream {NEXT}/str_enum.py.jinja\n")
    assert "\n-    {% for key, value in enum.values|dictsort(true) %}\n" in diff
    assert "\n+    {% for key, value in enum.values|dictsort(false) %}\n" in diff
    assert run.line("client.py.jinja") == (
        f"client.py.jinja: based on {RECORDED}; unchanged upstream in {NEXT}: name that version in its header"
    )
    assert run.out.splitlines()[-1].startswith(f"template drift: {len(overrides())} of ")


def test_an_upstream_change_to_a_line_ours_changed_too_shows_the_conflict(bumped: Path) -> None:
    changed = bumped / "property_templates" / "enum_property.py.jinja"
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("({{ source }})", "(value={{ source }})", 1), encoding="utf-8")

    run = after_bump(bumped)

    assert "(1 conflict with ours, below the diff)" in run.line("property_templates/enum_property.py.jinja")
    conflict = re.search(
        r"<<<<<<< ours\n(.*?)\n\|\|\|\|\|\|\| pristine\n(.*?)\n=======\n(.*?)\n>>>>>>> upstream", run.out, re.S
    )
    assert conflict is not None, run.out
    assert conflict.groups() == (
        "{{ property.class_info.name }}.from_json({{ source }})",
        "{{ property.class_info.name }}({{ source }})",
        "{{ property.class_info.name }}(value={{ source }})",
    )


def test_a_template_upstream_dropped_is_reported(bumped: Path) -> None:
    (bumped / "types.py.jinja").unlink()

    run = after_bump(bumped)

    assert run.code == 1
    assert run.line("types.py.jinja") == (
        f"types.py.jinja: based on {RECORDED}; upstream {NEXT} has no such template: ours is unused"
    )


def test_a_template_of_ours_that_upstream_now_has_is_reported(bumped: Path) -> None:
    (bumped / "model_fields.jinja").write_text("{# new upstream #}\n", encoding="utf-8")

    run = after_bump(bumped)

    assert run.line("model_fields.jinja") == (
        f"model_fields.jinja: ours, but upstream {NEXT} has a template of that name: ours hides it"
    )


def copy_of_ours(tmp_path: Path) -> Path:
    ours = tmp_path / "templates"
    shutil.copytree(OURS, ours)
    return ours


def test_an_override_without_its_header_is_reported(tmp_path: Path) -> None:
    ours = copy_of_ours(tmp_path)
    client = ours / "client.py.jinja"
    client.write_text(client.read_text(encoding="utf-8").split("#}\n", 1)[1], encoding="utf-8")

    run = template_drift("--templates", ours)

    assert run.code == 1
    assert "client.py.jinja: does not open with '{# Copied from openapi-python-client VERSION" in run.out


def test_a_header_naming_another_template_is_reported(tmp_path: Path) -> None:
    ours = copy_of_ours(tmp_path)
    client = ours / "client.py.jinja"
    client.write_text(client.read_text(encoding="utf-8").replace("(templates/client.py.jinja)", "(templates/x.jinja)"))

    run = template_drift("--templates", ours)

    assert run.code == 1
    assert "client.py.jinja: its header names templates/x.jinja, not templates/client.py.jinja" in run.out


def test_an_edited_pristine_copy_is_reported(tmp_path: Path) -> None:
    pristine = tmp_path / "templates-upstream"
    shutil.copytree(PRISTINE, pristine)
    (pristine / RECORDED / "errors.py.jinja").write_text("edited\n", encoding="utf-8")

    run = template_drift("--pristine", pristine)

    assert run.code == 1
    assert run.line("errors.py.jinja") == (
        f"errors.py.jinja: the pristine copy templates-upstream/{RECORDED}/errors.py.jinja is not upstream "
        f"{RECORDED}'s template: restore it"
    )


def test_recording_keeps_the_upstream_version_the_headers_name_and_drops_the_old(bumped: Path, tmp_path: Path) -> None:
    ours = copy_of_ours(tmp_path)
    pristine = tmp_path / "templates-upstream"
    shutil.copytree(PRISTINE, pristine)
    changed = bumped / "str_enum.py.jinja"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n# upstream's new line\n", encoding="utf-8")

    refused = after_bump(bumped, "--templates", ours, "--pristine", pristine, "--record")
    assert refused.code == 1
    assert f"str_enum.py.jinja: its header names {RECORDED}, not the installed {NEXT}" in refused.out

    for template in overrides():
        path = ours / template
        path.write_text(path.read_text(encoding="utf-8").replace(RECORDED, NEXT, 1), encoding="utf-8")
    recorded = after_bump(bumped, "--templates", ours, "--pristine", pristine, "--record")

    assert recorded.code == 0, recorded.out
    assert not (pristine / RECORDED).exists()
    assert (pristine / NEXT / "str_enum.py.jinja").read_text(encoding="utf-8").endswith("# upstream's new line\n")
    assert sorted(p.relative_to(pristine / NEXT).as_posix() for p in (pristine / NEXT).rglob("*.jinja")) == overrides()


def test_a_header_may_trim_the_whitespace_after_it(tmp_path: Path) -> None:
    ours = copy_of_ours(tmp_path)
    client = ours / "client.py.jinja"
    client.write_text(client.read_text(encoding="utf-8").replace("{# Copied", "{#- Copied", 1), encoding="utf-8")

    run = template_drift("--templates", ours)

    assert run.code == 0, run.out
    assert run.line("client.py.jinja") == f"client.py.jinja: based on {RECORDED}, the installed version"
