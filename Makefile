# Each target sets itself up from a fresh clone: a virtual environment in .venv, the kit installed
# in it with its test and app extras, then the command.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8888
# Browser tests drive Debian's Chromium; `make test` installs it when it is missing (root, apt).
CHROMIUM ?= /usr/bin/chromium

.PHONY: lab demo test test-long bench lint setup browser clean hub class-sim hub-setup

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

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis

# A local JupyterHub for a class (127.0.0.1): the hub and nbgitpuller from PyPI, its proxy from npm.
HUB_STAMP := deploy/hub/node_modules/.installed
N ?= 10

$(HUB_STAMP): deploy/hub/package-lock.json
	cd deploy/hub && npm ci --no-audit --no-fund
	touch $(HUB_STAMP)

hub-setup: $(STAMP) $(HUB_STAMP)
	@$(BIN)/python -c "import jupyterhub, nbgitpuller" 2>/dev/null || \
	  $(BIN)/pip install --quiet -e '.[hub]'

hub: hub-setup
	$(BIN)/python tools/hub.py

# Simulate a class of N participants on that hub; prints a table and a last `class:` line.
class-sim: hub-setup browser
	$(BIN)/python tools/class_sim.py -n $(N)
