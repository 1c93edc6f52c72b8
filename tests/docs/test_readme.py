"""The README's examples that need no credentials run as written."""

from __future__ import annotations

import re
from pathlib import Path

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def python_block_of(section: str) -> str:
    body = README.split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    match = re.search(r"```python\n(.*?)```", body, re.DOTALL)
    assert match, f"no python example under '## {section}'"
    return match.group(1)


def test_the_mock_example_runs() -> None:
    """With no SCENARIO_* variable set (tests/conftest.py clears them), as on a new machine."""
    namespace: dict[str, object] = {}
    exec(compile(python_block_of("Testing your code against the mock"), "README.md", "exec"), namespace)
    assert "model" in namespace


def test_the_worked_example_of_the_whole_sequence_runs() -> None:
    """Create a model, add training images, train, wait: verbatim, against the mock, as a new user would."""
    namespace: dict[str, object] = {}
    exec(compile(python_block_of("From a new model to a trained one"), "README.md", "exec"), namespace)
    final = namespace["final"]
    assert getattr(final, "status", None) == "trained"


def test_the_make_commands_come_first() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.DOTALL)
    assert first_block is not None
    commands = [line.split("#")[0].strip() for line in first_block.group(1).splitlines()]
    assert commands[:2] == ["make demo", "make test"]
    assert README.index(first_block.group(0)) < README.index("## Quickstart")


def test_every_documented_exit_code_is_the_clis() -> None:
    from scenario_train import _cli

    table = README.split("\n## Command line\n", 1)[1]
    documented = {int(code) for code in re.findall(r"^\| (\d+) \|", table, re.MULTILINE)}
    defined = {value for name, value in vars(_cli).items() if name.startswith("EXIT_")}
    assert documented == defined


def test_the_make_targets_table_lists_each_target_once() -> None:
    makefile = (Path(__file__).resolve().parents[2] / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY: (.*)$", makefile, re.MULTILINE)
    assert phony is not None
    table = README.split("\n### Make targets\n", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `make ([\w-]+)` \|", table, re.MULTILINE)
    assert sorted(documented) == sorted(set(documented)), "a target is documented twice"
    assert set(documented) == set(phony.group(1).split()) - {"clean"}
