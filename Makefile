# Packstation. The two commands users need: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint typecheck contracts contracts-proof pytest pytest-core pytest-gui perf bundle bundle-test translations clean help

help:
	@echo "make run    - set up .venv and start Packstation on the built-in sandbox marketplace"
	@echo "make test   - set up .venv with the dev tools and run lint, types, contracts and tests"
	@echo "make perf   - run the benchmarks; figures go to tests/perf/results/"
	@echo "make bundle - build the PyInstaller bundle into installer/dist/"
	@echo "make translations - extract texts into resources/translations/*.ts, compile .qm"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -U "pip>=24"

$(VENV)/.run-installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e .
	@touch $@

$(VENV)/.dev-installed: pyproject.toml | $(BIN)/python
	$(PIP) install -e ".[dev]"
	@touch $@ $(VENV)/.run-installed

run: $(VENV)/.run-installed
	@installer/system-deps.sh run
	@$(BIN)/python installer/i18n/build.py --compile
	$(BIN)/packstation gui

test: $(VENV)/.dev-installed
	@installer/system-deps.sh test
	@$(BIN)/python installer/i18n/build.py --compile
	$(MAKE) --no-print-directory lint typecheck contracts contracts-proof pytest

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check packstation printers tests installer
	$(BIN)/ruff format --check packstation printers tests installer

typecheck: $(VENV)/.dev-installed
	$(BIN)/mypy

contracts: $(VENV)/.dev-installed
	$(BIN)/lint-imports

# Shows that the import contracts bite: plants a Qt import in a core package of a scratch copy
# and expects lint-imports to fail there.
contracts-proof: $(VENV)/.dev-installed
	@tests/contracts/prove-contracts.sh $(BIN)

pytest: pytest-core pytest-gui

# The Qt-free layers are tested with PySide6 blocked: an accidental Qt import fails loudly.
pytest-core: $(VENV)/.dev-installed
	PACKSTATION_BLOCK_QT=1 $(BIN)/python -m pytest -p no:pytest-qt -m "not gui" tests

pytest-gui: $(VENV)/.dev-installed
	$(BIN)/python -m pytest -m gui tests

perf: $(VENV)/.dev-installed
	@installer/system-deps.sh test
	$(BIN)/python -m pytest -p no:cacheprovider -o addopts="" -s tests/perf

# Extract the GUI's texts into resources/translations/*.ts and compile the .qm files.
translations: $(VENV)/.dev-installed
	$(BIN)/python installer/i18n/build.py

bundle: $(VENV)/.dev-installed
	$(BIN)/python installer/build_bundle.py

# Builds the bundle and runs its selftest, probe and AppDir check (the slow tests/installer test).
bundle-test: $(VENV)/.dev-installed
	RUN_BUNDLE_TEST=1 $(BIN)/python -m pytest -p no:cacheprovider -m slow tests/installer

clean:
	rm -rf build dist installer/build installer/dist .pytest_cache .mypy_cache .ruff_cache
