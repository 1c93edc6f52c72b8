"""Check that the spec is valid OpenAPI 3.1 and that every example it references validates.

Run by `make check`. Exits non-zero with one line per problem.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry
from referencing.jsonschema import DRAFT202012

SPEC = Path(__file__).with_name("scenario-train.yaml")
SPEC_URI = "urn:scenario-train:spec"


def load_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return spec


def schema_validator(spec: dict[str, Any], schema: dict[str, Any]) -> Draft202012Validator:
    """A validator for `schema`, whose `#/components/...` references resolve inside the spec."""
    registry: Registry[Any] = Registry().with_resource(SPEC_URI, DRAFT202012.create_resource(spec))
    resolved = json.loads(json.dumps(schema).replace('"#/components/', f'"{SPEC_URI}#/components/'))
    return Draft202012Validator(resolved, registry=registry)


def media_examples(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any], Any]]:
    """(where, schema, example value) for every example of every response body."""
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for status, response in operation.get("responses", {}).items():
                for media_type, media in response.get("content", {}).items():
                    for name, example in media.get("examples", {}).items():
                        if "$ref" in example:
                            example = spec["components"]["examples"][example["$ref"].rsplit("/", 1)[1]]
                        if "externalValue" in example:
                            value = json.loads((SPEC.parent / example["externalValue"]).read_text("utf-8"))
                        else:
                            value = example["value"]
                        where = f"{method.upper()} {path} {status} {media_type} example {name!r}"
                        yield where, media["schema"], value


def main() -> int:
    spec = load_spec()
    validate(spec)
    problems = []
    count = 0
    for where, schema, value in media_examples(spec):
        count += 1
        for error in schema_validator(spec, schema).iter_errors(value):
            problems.append(f"{where}: {error.json_path}: {error.message}")
    if count == 0:
        problems.append("no response example found: the documented example must be referenced")
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"{SPEC.name}: valid OpenAPI 3.1; {count} example(s) validate against their schemas")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
