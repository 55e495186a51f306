# Each target sets itself up from a fresh clone: a virtual environment in .venv, the kit installed
# in it with its test and app extras, then the command.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8888
# Browser tests drive Debian's Chromium; `make test` installs it when it is missing (root, apt).
CHROMIUM ?= /usr/bin/chromium

.PHONY: lab demo test test-long bench lint setup browser clean node a11y

setup: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,app]'
	touch $(STAMP)

lab: $(STAMP)
	$(BIN)/workshop lab --port $(PORT)

demo: $(STAMP)
	$(BIN)/workshop demo --port $(PORT)

browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || echo "Could not install chromium: the browser tests will be skipped"; \
	fi

lint: $(STAMP)
	$(BIN)/ruff check workshop tests benchmarks tools conftest.py

test: $(STAMP) browser
	$(BIN)/ruff check workshop tests benchmarks tools conftest.py
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

# The long runs: 10,000-example fuzzing of the loaders and importers, and the SIGKILL crash test.
test-long: $(STAMP)
	WORKSHOP_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -m slow -p no:cacheprovider tests

# The browser-side tools (axe-core) from package-lock.json, into node_modules/ (git-ignored).
node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# axe-core on every participant notebook (JupyterLab, Run All) and the Voila demo; fails on a
# serious or critical violation in the kit's own output (see tools/a11y.py).
a11y: $(STAMP) browser node
	$(BIN)/python tools/a11y.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis
