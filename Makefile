# Everything runs from a local virtualenv that the first target creates: with what the
# product needs to run for demo, run, stack and render (RUNTIME, ~170 MB), and with the test,
# dev, report and docs extras besides for everything else (STAMP, ~620 MB).
PYTHON  ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
STAMP   := $(VENV)/.installed

.PHONY: run demo stack test test-unit bench scenarios screenshots mutate interop fuzz lint render \
        refusal-model docs clean

$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[fast]'
	touch $(RUNTIME)

$(STAMP): $(RUNTIME)
	$(BIN)/pip install --quiet -e '.[test,dev,fast,report,docs]'
	$(BIN)/pip install --quiet --no-deps 'openlit==1.45.0'  # tests only: see pyproject's test extra
	touch $(STAMP)

## demo: the sidecar on embedded defaults plus realistic demo traffic
demo: $(RUNTIME)
	$(BIN)/llm-exporter demo

## run: the sidecar alone, on embedded defaults
run: $(RUNTIME)
	$(BIN)/llm-exporter run

## stack: sidecar + Prometheus + Alertmanager + demo traffic; an alert fires in ~2 minutes
stack: $(RUNTIME)
	$(BIN)/llm-exporter stack

## render: rules/, grafana/, alertmanager/ from the embedded defaults
render: $(RUNTIME)
	$(BIN)/llm-exporter render --out .

## test: unit and integration tests (integration needs Debian's prometheus: see .ci/run),
## in two processes that each take whole files (a module's fixtures are set up once); then,
## alone, the files that hold /healthz under 100 ms during a flood (beside a scenario test
## on the other core, a machine half as fast took 105-163 ms)
ALONE = tests/integration/test_floods.py tests/integration/test_status_page.py \
	tests/integration/test_hostile.py
test: $(STAMP)
	$(BIN)/pytest -q -n 2 --dist loadfile $(ALONE:%=--ignore=%)
	$(BIN)/pytest -q -p no:xdist $(ALONE)

test-unit: $(STAMP)
	$(BIN)/pytest -q -n 2 --dist loadfile --ignore=tests/integration

## bench: throughput, latency, scrape time and memory, as ratios against named baselines
bench: $(STAMP)
	$(BIN)/python bench/run.py

## scenarios: the alert scenario suite in full (simulated fleet, real Prometheus); writes
## docs/alert-scenarios.md. Slow: several minutes per scenario; not part of `make test`.
scenarios: $(STAMP)
	PYTHONPATH=tests $(BIN)/python -m harness.scenarios --jobs 2 --report docs/alert-scenarios.md

## screenshots: README's pictures (the status page, a report), taken by their tests into docs/images/
screenshots: $(STAMP)
	LLM_EXPORTER_ARTIFACTS=docs/images $(BIN)/pytest -q tests/integration/test_status_page.py \
	  tests/integration/test_report.py

## mutate: mutation testing (mutmut) of decode, price, limits, store, exposition, budgets, the
## provider adapters and the proxy's stream splitting (sse) against their unit tests; the
## score per module and the survivors
mutate: $(STAMP)
	$(BIN)/python tests/mutate.py

## interop: the rule-and-dashboard coverage check for every OpenTelemetry instrumentation
## (make test runs it for OpenLLMetry only), ~1 min
interop: $(STAMP)
	LLM_EXPORTER_INTEROP_ALL=1 $(BIN)/pytest -q tests/integration/test_otel_coverage.py

## fuzz: the hostile-input suite with 3x10^5 inputs, 24 min here (make test runs 10^4);
## OTLP/JSON, whole and mangled, made each input slower: 10^6 would take ~80 min
fuzz: $(STAMP)
	LLM_EXPORTER_FUZZ_INPUTS=300000 $(BIN)/pytest -q tests/integration/test_hostile.py

## refusal-model: retrain the refusal classifier on tests/data's corpora (scikit-learn) and
## rewrite the weights the package ships; prints its figures on the held-out sets
refusal-model: $(STAMP)
	$(BIN)/pip install --quiet -e '.[train]'
	$(BIN)/python tools/train_refusal_model.py

## docs: the documentation site (mkdocs.yml, docs/) into site/; --strict, so a broken link,
## a broken anchor or a page left out of the nav fails (make test builds it too: test_docs.py)
docs: $(STAMP)
	$(BIN)/mkdocs build --strict -d site

lint: $(STAMP)
	$(BIN)/ruff check exporter tests bench tools
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info exporter/*.egg-info
