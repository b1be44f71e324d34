# The two set-up commands: `make run` and `make test`. Everything installs into .venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install run test lint typecheck unit bench stress screenshots translations dist clean

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))"; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV) || \
		{ echo "Creating the virtualenv failed: on Debian/Ubuntu, 'apt-get install python3-venv'"; exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

install: $(STAMP)

# Starts the desktop app on the default data folder (BIENESTAR_DATA_DIR overrides it).
run: QT_QPA_PLATFORM =
run: install
	$(BIN)/bienestar-field

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: install
	$(BIN)/mypy

# The suite in parallel, one worker per core (PYTEST_WORKERS=0 runs it in one process); a test
# file stays on one worker, so a module's server process is started once.
PYTEST_WORKERS ?= auto
unit: install
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadfile

test: lint typecheck unit

bench: install
	$(BIN)/python -m benchmarks

# Fifty devices of five offices sync at once through a fault-injecting proxy to one PostgreSQL
# server (BIENESTAR_TEST_DATABASE_URL) with three workers; checks exactly-once and no 5xx, and
# prints the figures as JSON (last line). BIENESTAR_STRESS_DEVICES, _HOUSEHOLDS, _ROUNDS,
# _WORKERS (and the rest in benchmarks/stress/__main__.py) make it larger.
stress: install
	$(BIN)/python -m benchmarks.stress

# A PNG of every main screen in Spanish, English and Spanish at large text (docs/screenshots).
screenshots: install
	$(BIN)/python tools/screenshots.py docs/screenshots

# Refresh the .ts catalogues from the UI sources and rebuild the committed .qm files.
translations: install
	$(BIN)/python tools/translations.py
	$(BIN)/python tools/translations.py --check

# The app as one folder (PyInstaller, build.spec) in dist/bienestar-field, then on Debian/Ubuntu
# the package dist/bienestar-field_VERSION_ARCH.deb (installer/linux). The Windows installer is
# built on Windows: installer/README.md.
dist: install
	rm -rf dist/bienestar-field
	$(BIN)/pyinstaller build.spec --noconfirm --log-level WARN --distpath dist \
		--workpath build/pyinstaller
	@if command -v dpkg-deb >/dev/null; then $(BIN)/python installer/linux/build_deb.py; \
		else echo "No dpkg-deb here: built the bundle only (dist/bienestar-field)"; fi

clean:
	rm -rf build dist *.egg-info .mypy_cache .ruff_cache .pytest_cache .import_linter_cache
