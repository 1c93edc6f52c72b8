# spec (openapi/) -> generator (pinned, generator-config.yaml + openapi/templates) -> generated/
# -> overlay/ -> tests/.  Every target installs what it needs.
#
# Two lanes: `make test` checks the code on this interpreter (generated/ up to date, the spec, lint,
# mypy --strict, the whole suite under the coverage floor); `make ci` (what .ci/run runs) is
# `make test`, then `make release-check` and the compatibility matrix (`make matrix`).
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
SPEC := openapi/scenario-train.yaml
GENERATED := generated/scenario_train_api
PRISM := tests/prism/node_modules/.bin/prism
# The one generator invocation (openapi-python-client, then the operations' extensions); the output folder comes last.
GENERATE := $(PY) openapi/generate.py --spec $(SPEC)
LINTED := overlay tests bench demo openapi/check_spec.py openapi/generate.py tools noxfile.py
OPTIC := release/optic/node_modules/.bin/optic
# The release check compares with this git ref; empty means the release in release/last-release.json.
BASE ?=
export PATH := $(CURDIR)/$(BIN):$(PATH)

# What CI installs, all of it, from these lines (pyproject.toml pins each Python tool exactly, each
# package-lock.json each Node package):
# - .venv: this package, editable, with the extras below, installed by uv (pyproject.toml's pin),
#   which pip puts in .venv first. Bytecode is compiled at install.
# - Node: Prism (tests/prism) for the suite and Optic (release/optic) for the release check, by npm ci.
# - The matrix (make matrix): one environment per cell, made by nox with the same uv from the same
#   pyproject.toml (noxfile.py says what each cell pins), on pyenv's Python 3.12 and 3.13.
EXTRAS := dev,release
MATRIX_PYTHONS := 3.12 3.13
# uv's pin in pyproject.toml: pip installs it, and uv the rest.
UV_PIN = $(shell grep -o '"uv==[^"]*"' pyproject.toml | tr -d '"')
# uv, not pip: it reads no pip configuration, finds no Python of its own to download, and compiles
# bytecode as pip would (this machine sets PYTHONDONTWRITEBYTECODE, under which each process would
# compile every module it imports).
export UV_PYTHON_DOWNLOADS := never
export UV_COMPILE_BYTECODE := 1
# The matrix's other interpreters: pyenv's latest of MATRIX_PYTHONS when pyenv has them, else PATH's.
PYENV_BINS := $(shell command -v pyenv >/dev/null && for v in $(MATRIX_PYTHONS); do \
	printf '%s/bin:' "$$(pyenv prefix "$$(pyenv latest $$v)")"; done 2>/dev/null)
# The suite's workers (pytest-xdist), two per core: the suite waits on servers, timeouts and child
# processes about as long as it computes, and a second worker per core fills those waits (on 2 cores:
# 96 to 101 s instead of 122 to 135 s for the client, CLI, mock and switch tests under load). A test
# file runs whole on one worker. The matrix's cells use as many.
export WORKERS ?= $(shell echo $$(( 2 * $$(nproc) )))
PYTEST_PARALLEL := -n $(WORKERS) --dist loadfile

.PHONY: setup generate operations unasync api-reference check test ci build bench demo clean release-check matrix template-drift

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet $(UV_PIN)
	$(BIN)/uv pip install --quiet --python $(PY) -e '.[$(EXTRAS)]'
	touch $@

$(PRISM): tests/prism/package-lock.json
	@if command -v npm >/dev/null; then \
		cd tests/prism && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.bin/prism; \
	else echo "npm not found: Prism tests will be skipped (CI requires Node)"; fi

# Optic diffs the spec for make release-check; its lockfile pins ajv, without which it cannot start.
$(OPTIC): release/optic/package-lock.json
	cd release/optic && npm ci --no-audit --no-fund --loglevel=error && touch node_modules/.bin/optic

setup: $(VENV)/.installed $(PRISM) $(OPTIC)

# The whole chain from the spec: generated/ (the generator, then the operations' extensions), the client's
# calls of the operations table, their blocking twins, and api.md. generated/ is generated into a scratch
# folder, then replaced whole, so no stale file survives.
generate: $(VENV)/.installed
	rm -rf .generate-tmp
	$(GENERATE) .generate-tmp
	rm -rf $(GENERATED)
	mkdir -p $(dir $(GENERATED))
	mv .generate-tmp $(GENERATED)
	$(PY) tools/operations.py
	$(PY) tools/unasync.py
	$(PY) tools/api_reference.py

# The client's calls of the operations table (overlay/scenario_train/_async_operations.py), from generated/.
operations: $(VENV)/.installed
	$(PY) tools/operations.py

# The blocking resources (_sync_resources.py, _sync_operations.py) from the async ones, written once.
unasync: $(VENV)/.installed
	$(PY) tools/unasync.py

# api.md, the API reference, from the operations table.
api-reference: $(VENV)/.installed
	$(PY) tools/api_reference.py

check: $(VENV)/.installed
	rm -rf .check-tmp
	$(GENERATE) .check-tmp
	diff -r -x __pycache__ .check-tmp $(GENERATED) || { echo "generated/ is stale or hand-edited: run 'make generate'"; rm -rf .check-tmp; exit 1; }
	rm -rf .check-tmp
	$(PY) openapi/check_spec.py
	$(PY) tools/operations.py --check
	$(PY) tools/unasync.py --check
	$(PY) tools/api_reference.py --check
	$(BIN)/ruff check $(LINTED)
	$(BIN)/ruff format --check $(LINTED)
	$(BIN)/mypy --strict $(GENERATED) overlay/scenario_train
	$(BIN)/mypy --strict tools/release_check tools/template_drift tools/operations.py tools/unasync.py tools/api_reference.py noxfile.py bench demo openapi/check_spec.py openapi/generate.py
	@# tests is one package (shared helpers in tests/support); tools/ holds release_check, which tests/release
	@# imports. tests/typing/*_fail.py must fail mypy: test_typing.py checks that, so they are left out here.
	MYPYPATH=tools $(BIN)/mypy --strict --exclude '_fail\.py$$' tests

# The suite under coverage, on the workers: coverage starts before pytest, which imports the package
# for its plugin, and in each worker and child process ([tool.coverage.run] patch), whose data files
# are combined. Bytecode is cached for the run, though this machine sets PYTHONDONTWRITEBYTECODE:
# without it each worker compiles the sources again, and rewrites anew the assertions of the tests
# and of the pytest plugins' packages (hypothesis, schemathesis, anyio...), 4 s of each one's start.
# The sources are compiled once before the workers start.
test: setup check
	$(PY) -m compileall -q -j 0 overlay generated tests
	rm -f .coverage .coverage.*
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/coverage run -m pytest $(PYTEST_PARALLEL)
	$(BIN)/coverage combine --quiet
	$(BIN)/coverage report

# Everything CI checks: the lane above, the release check and the matrix.
ci: test
	$(MAKE) --no-print-directory release-check
	$(MAKE) --no-print-directory matrix

# What changed since BASE, the bump it needs, and whether version, CHANGELOG and README agree.
release-check: $(VENV)/.installed $(OPTIC)
	PYTHONPATH=tools $(PY) -m release_check $(if $(BASE),--base $(BASE))

# After a bump of the generator's pin: what upstream changed in each template we override, since the
# version its header names (kept pristine in openapi/templates-upstream/). RECORD=1 copies the
# installed upstream templates there once our overrides name the installed version.
template-drift: $(VENV)/.installed
	PYTHONPATH=tools $(PY) -m template_drift $(if $(RECORD),--record)

# The compatibility matrix (noxfile.py says what each cell proves): the previous release's wheel
# against this mock; the suite at the lowest httpx and attrs declared, and at the newest allowed on
# Python 3.12 and 3.13; whether upstream has released past the declared ranges.
matrix: $(VENV)/.installed
	PATH="$(PYENV_BINS)$$PATH" $(BIN)/nox --no-color --report .nox/report.json

build: $(VENV)/.installed
	rm -rf dist
	$(PY) -m build --outdir dist
	$(BIN)/twine check --strict dist/*
	$(PY) tests/packaging/check_dist.py dist

bench: setup
	$(BIN)/uv pip install --quiet --python $(PY) -e '.[bench]'
	cd bench && ../$(PY) run.py

demo: $(VENV)/.installed
	$(PY) demo/run_demo.py

clean:
	rm -rf $(VENV) dist .generate-tmp .check-tmp tests/prism/node_modules release/optic/node_modules .nox .coverage
