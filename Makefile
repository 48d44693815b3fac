# Two entry points on a fresh machine (Python 3.11, make, git):
#   make run   - set up .venv and launch the dashboard on sample_data/
#   make test  - set up .venv and run the test suite
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.requirements-installed

.PHONY: run test setup bench clean

setup: $(STAMP)

$(STAMP): requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run dashboard.py

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/timex_bench.py
	$(BIN)/python bench/pipeline_bench.py
	$(BIN)/python bench/store_bench.py
	$(BIN)/python bench/page_bench.py
	$(BIN)/python bench/events_score.py
	$(BIN)/python bench/paste_bench.py
	$(BIN)/python bench/merge_bench.py
	$(BIN)/python bench/gazetteer_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
