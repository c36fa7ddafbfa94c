# Everything runs from a local virtualenv that the first target creates.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run demo test test-unit bench lint clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dev,fast]'
	touch $(STAMP)

## demo: the sidecar on embedded defaults plus realistic demo traffic
demo: $(STAMP)
	$(BIN)/llm-exporter demo

## run: the sidecar alone, on embedded defaults
run: $(STAMP)
	$(BIN)/llm-exporter run

## test: unit and integration tests (integration needs Debian's prometheus: see .ci/run)
test: $(STAMP)
	$(BIN)/pytest -q

test-unit: $(STAMP)
	$(BIN)/pytest -q --ignore=tests/integration

## bench: throughput, latency, scrape time and memory, as ratios against named baselines
bench: $(STAMP)
	$(BIN)/python bench/run.py

lint: $(STAMP)
	$(BIN)/ruff check exporter tests bench

clean:
	rm -rf $(VENV) build *.egg-info exporter/*.egg-info
