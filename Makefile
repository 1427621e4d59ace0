# lagebild: the two commands of the README, and a few more.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test setup lint bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[server,dev]'
	touch $(STAMP)

setup: $(STAMP)

## demo: set up and code the bundled sample articles, then print the events table
demo: $(STAMP)
	rm -f examples.duckdb
	$(BIN)/lagebild ingest examples/ --db examples.duckdb
	$(BIN)/lagebild events --db examples.duckdb

## test: set up and run the test suite (and the linter)
test: $(STAMP)
	$(BIN)/ruff check src tests scripts bench
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests scripts bench

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py

clean:
	rm -rf $(VENV) examples.duckdb .pytest_cache .ruff_cache
