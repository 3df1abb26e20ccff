# Every target builds what it needs: a fresh clone runs `make chat` or `make test` directly.
# Dependencies come from requirements-dev.lock (exact versions with hashes); `make lock`
# regenerates it from pyproject.toml with uv, installed into .venv from PyPI for the purpose.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PACKAGES := app admin bot console dialogs guide mail reviews storage
LOCK := requirements-dev.lock
UV_VERSION := 0.13.9
# Test processes side by side (pytest-xdist): one per core. Each test has its own database,
# files and ports, so they may run in any order and at once; WORKERS=0 runs them in this process.
WORKERS ?= auto

.PHONY: install lock lowest chat run test test-fast lint typecheck unit bench clean refresh-bot-api-spec

$(STAMP): pyproject.toml $(LOCK)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m compileall -q $(PACKAGES)
	touch $(STAMP)

# The project's own modules byte-compiled too (pip does it for the libraries, not for an
# editable install): under the systemd unit's read-only system Python cannot write its cache,
# and every start, `intake export` included, compiled them again (0.2 s of CPU). Only the
# files changed since are compiled again.
install: $(STAMP)
	$(BIN)/python -m compileall -q $(PACKAGES)

# uv only resolves (`make lock`, `make lowest`); installing needs nothing but pip.
UV = { test -x $(BIN)/python || $(PYTHON) -m venv $(VENV); } && \
	$(BIN)/python -m pip install --quiet "uv==$(UV_VERSION)" && $(BIN)/uv

# Every platform and Python >= 3.11 in one file; run it after changing the dependencies.
lock:
	$(UV) pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--generate-hashes --quiet --no-header --output-file $(LOCK)

# The suite at the lowest versions pyproject.toml allows (checks its lower bounds), in .venv-lowest.
lowest:
	$(UV) pip compile pyproject.toml --extra dev --resolution lowest-direct \
		--python-version 3.11 --quiet --output-file .venv-lowest.txt
	test -x .venv-lowest/bin/python || $(PYTHON) -m venv .venv-lowest
	$(BIN)/uv pip sync --python .venv-lowest/bin/python .venv-lowest.txt
	$(BIN)/uv pip install --python .venv-lowest/bin/python --no-deps -e .
	.venv-lowest/bin/pytest -q -n $(WORKERS)

chat: $(STAMP)
	$(BIN)/intake chat $(if $(LANG_CODE),--lang $(LANG_CODE),)

run: $(STAMP)
	$(BIN)/intake run

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest -q -n $(WORKERS)

test: lint typecheck unit

# While editing: lint, types and every test not marked slow (about 2.5 minutes instead of 10).
test-fast: lint typecheck
	$(BIN)/pytest -q -n $(WORKERS) -m "not slow"

bench: install
	$(BIN)/python -m benchmarks

# Replace the Bot API spec the fake Bot API checks calls against: make refresh-bot-api-spec FROM=new.json
refresh-bot-api-spec: $(STAMP)
	$(BIN)/python -m tests.fakebotapi.refresh_spec $(FROM)

clean:
	rm -rf $(VENV) .venv-lowest .venv-lowest.txt .mypy_cache .pytest_cache .ruff_cache
