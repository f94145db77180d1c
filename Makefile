# The README's two commands are `make run` and `make test`; the rest are helpers.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install lint check unit bench screenshots translations bundle bundle-check clean

$(STAMP): pyproject.toml
	bash packaging/debian-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,dev]"
	touch $(STAMP)

install: $(STAMP)

## Open the booth window on the demo event, kept in a data dir of its own: the real
## data folder stays empty, so the first real start still shows the set-up wizard.
DEMO_DATA_DIR ?= $(CURDIR)/.demo-data
run: $(STAMP)
	$(BIN)/showfloor --data-dir "$(DEMO_DATA_DIR)" demo
	$(BIN)/showfloor --data-dir "$(DEMO_DATA_DIR)"

## Lint, type-check, import contracts, then the whole test suite.
# Two workers for everything but the end-to-end tests, which then run alone: they
# type into a real window under Xvfb, as a keyboard does, and time matters to them.
test: $(STAMP) check
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -n 2 -m "not e2e"
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m e2e

check: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python benchmarks/capture_search.py
	$(BIN)/python benchmarks/badge_parse.py
	$(BIN)/python benchmarks/decode/run.py --quick

## A one-folder desktop bundle in dist/showfloor (PyInstaller).
bundle: $(STAMP)
	$(BIN)/python -m pip install -q -e ".[bundle]"
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build \
		packaging/showfloor.spec

## Build the bundle and run its selftest offscreen in a scratch data dir.
bundle-check: bundle
	tmp=$$(mktemp -d) && QT_QPA_PLATFORM=offscreen SHOWFLOOR_DATA_DIR=$$tmp \
		dist/showfloor/showfloor selftest && rm -rf $$tmp

## The catalogs: collect every marked string into the .ts sources (keeping what is
## translated), then compile the .qm files the window loads. Both are committed, so a
## fresh clone and the bundle need no Qt tools; tests fail when either is stale.
I18N := src/showfloor/resources/i18n
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find src/showfloor -name '*.py' | sort) -locations none -no-obsolete \
		-ts $(I18N)/showfloor_de.ts $(I18N)/showfloor_fr.ts $(I18N)/showfloor_es.ts
	$(BIN)/pyside6-lupdate $$(find src/showfloor -name '*.py' | sort) -locations none -no-obsolete \
		-pluralonly -ts $(I18N)/showfloor_en.ts
	for ts in $(I18N)/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm; done

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python docs/screenshots/make_screenshots.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
