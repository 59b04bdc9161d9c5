# Everything a fresh machine needs: `make report` and `make test` create .venv first.
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: init report test lint format seeds

init: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

report: init
	$(BIN)/claimcheck run fixtures/ --html report.html --json report.json --csv report.csv

test: init
	$(BIN)/pytest

lint: init
	$(BIN)/ruff check claimcheck tests benchmarks
	$(BIN)/ruff format --check claimcheck tests benchmarks

format: init
	$(BIN)/ruff format claimcheck tests benchmarks

seeds: init
	$(BIN)/claimcheck run ../shared/seeds --json seeds.json --quiet
	python3 ../shared/eval/score_seeds.py seeds.json
