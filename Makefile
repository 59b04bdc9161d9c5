# Everything a fresh machine needs. `make report` installs the package as a user does (no extras) into
# .venv-plain; `make test` installs it editable with the test extra into .venv. The README quotes both recipes.
VENV ?= .venv
BIN := $(VENV)/bin
PLAIN_VENV ?= .venv-plain
# A plain install is a copy of the package: reinstall it when the package changes.
PACKAGE := $(wildcard claimcheck/*.py claimcheck/templates/*)

.PHONY: init report test lint format seeds

init: $(VENV)/.installed

$(VENV)/.installed: setup.cfg pyproject.toml
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

$(PLAIN_VENV)/.installed: setup.cfg pyproject.toml $(PACKAGE)
	python3 -m venv $(PLAIN_VENV)
	$(PLAIN_VENV)/bin/pip install --quiet .
	touch $@

report: $(PLAIN_VENV)/.installed
	$(PLAIN_VENV)/bin/claimcheck run fixtures/ --html report.html --json report.json --csv report.csv

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
