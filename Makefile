# ATT Desk. `make run` opens the app, `make test` runs every check; both set up .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
ARGS ?=

.PHONY: run test lint typecheck pytest bench dist-check translations demo clean generated

$(STAMP): pyproject.toml constraints.txt
	packaging/install_system_deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# Build requirements first, then the project without build isolation: PySide6 is
	# downloaded once, not again into a throw-away build environment.
	$(BIN)/python -m pip install --quiet -c constraints.txt hatchling PySide6-Essentials
	$(BIN)/python -m pip install --quiet -c constraints.txt --no-build-isolation -e '.[test,dev]'
	touch $@

# Compiled Designer forms and translations; the script skips what is up to date.
generated: $(STAMP)
	$(BIN)/python packaging/build_generated.py

run: generated
	$(BIN)/attdesk $(ARGS)

demo: generated
	$(BIN)/attdesk --db demo.sqlite setup --role focal-point --state PAN --name "Demo focal point"
	$(BIN)/attdesk --db demo.sqlite demo
	$(BIN)/attdesk --db demo.sqlite

test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: generated
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest $(PYTEST_ARGS)

bench: generated
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run $(BENCH_ARGS)

# Build the wheel, install it into a fresh virtualenv outside the checkout, run it.
dist-check: $(STAMP)
	$(BIN)/python packaging/check_wheel.py

translations: $(STAMP)
	$(BIN)/python packaging/build_generated.py --update-translations

clean:
	rm -rf $(VENV) build dist attdesk/gui/forms/ui_*.py resources/i18n/*.qm
