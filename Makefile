# Every target builds what it needs: a fresh clone runs `make chat` or `make test` directly.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install chat run test test-fast lint typecheck unit bench clean refresh-bot-api-spec

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

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
	$(BIN)/pytest -q

test: lint typecheck unit

# While editing: lint, types and every test not marked slow (about a minute instead of four).
test-fast: lint typecheck
	$(BIN)/pytest -q -m "not slow"

bench: $(STAMP)
	$(BIN)/python -m benchmarks

# Replace the Bot API spec the fake Bot API checks calls against: make refresh-bot-api-spec FROM=new.json
refresh-bot-api-spec: $(STAMP)
	$(BIN)/python -m tests.fakebotapi.refresh_spec $(FROM)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
