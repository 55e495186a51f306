# Each target sets itself up from a fresh clone: a virtual environment in .venv holding exactly
# requirements/lock.txt (every package pinned, with hashes) and the kit itself, then the command.
# The installer is uv: the one on PATH if it runs, else a pinned copy that the system pip puts in
# .venv-tools (nothing outside this folder). The environment is re-made when the lock or
# pyproject.toml changes.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
COMPILED := $(VENV)/.compiled
LOCK := requirements/lock.txt
# `make lab` installs only this share of the lock (the kit and JupyterLab), quietly.
LAB_LOCK := requirements/lab.txt
LAB_STAMP := $(VENV)/.lab-installed
LAB_LOG := $(VENV)/jupyterlab.log
# Empty: `workshop lab` takes the first free port from 8888 and prints the address.
PORT ?=
# Browser tests drive Debian's Chromium; `make test` installs it when it is missing (root, apt).
CHROMIUM ?= /usr/bin/chromium

UV_VERSION := 0.13.9
UV_TOOLS := .venv-tools
UV ?= $(shell uv --version >/dev/null 2>&1 && command -v uv || echo $(UV_TOOLS)/bin/uv)
# Never download a Python behind the user's back; use the one named by PYTHON.
export UV_PYTHON_DOWNLOADS := never
# The private uv, when it is the one to use (an order-only prerequisite of what runs uv).
UV_NEEDED := $(filter $(UV_TOOLS)/bin/uv,$(UV))

.PHONY: lab demo test test-long bench eval eval-ml lint setup browser clean lock binder doctor node a11y \
  message-order \
  hub class-sim hub-setup

setup: $(STAMP)

$(UV_TOOLS)/bin/uv:
	@echo "==> uv is not on PATH: installing uv $(UV_VERSION) into $(UV_TOOLS)/ with the system pip"
	@$(PYTHON) -m pip install --quiet --quiet --disable-pip-version-check --root-user-action=ignore \
	  --target $(UV_TOOLS) uv==$(UV_VERSION)

$(STAMP): $(LOCK) pyproject.toml $(wildcard share/jupyter/voila/templates/workshop/*) \
  $(wildcard workshop/jupyter/jupyter_server_config.d/*) | $(UV_NEEDED)
	@echo "==> Setting up $(VENV) from $(LOCK) with $$($(UV) --version)"
	@rm -f $(STAMP)
	$(UV) venv --quiet --allow-existing --python $(PYTHON) $(VENV)
	$(UV) pip sync --python $(BIN)/python $(LOCK)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $(STAMP)
	@echo "==> $(VENV) is ready"

# The test suite starts dozens of Pythons (kernels, servers, the CLI): compile the environment's
# modules once, so that none of them compiles them again (with PYTHONDONTWRITEBYTECODE set, every
# process would). `make lab` skips this: a single server start compiles only what it imports.
$(COMPILED): $(STAMP)
	@echo "==> Compiling $(VENV)'s modules once for the test suite"
	@$(BIN)/python -m compileall -q -j 0 $$($(BIN)/python -c \
	  'import sysconfig; print(sysconfig.get_paths()["purelib"])') >/dev/null || true
	@touch $(COMPILED)

# After a change to the dependencies in pyproject.toml: pin again (keeping every pin that still
# fits), then write the Binder file from the new lock. Commit both files.
lock: | $(UV_NEEDED)
	$(UV) pip compile pyproject.toml --all-extras --universal --python-version 3.11 \
	  --generate-hashes --custom-compile-command "make lock" --quiet -o $(LOCK)
	$(UV) pip compile pyproject.toml --extra lab --universal --python-version 3.11 \
	  -c $(LOCK) --generate-hashes --custom-compile-command "make lock" --quiet -o $(LAB_LOCK)
	$(MAKE) --no-print-directory binder

# binder/requirements.txt: the lab, app and hub extras for repo2docker's Python 3.12 on Linux,
# each at its version in the lock (tests/test_lock.py checks they agree).
binder: | $(UV_NEEDED)
	$(UV) pip compile pyproject.toml --extra hub --python-version 3.12 --python-platform linux \
	  -c $(LOCK) --no-annotate --custom-compile-command "make binder" --quiet \
	  -o binder/requirements.txt

# The lab's share only (requirements/lab.txt, no test tools, no other servers), in a few lines of
# its own; a .venv that `make setup` already made for everything is used as it is.
$(LAB_STAMP): $(LAB_LOCK) pyproject.toml | $(UV_NEEDED)
	@if [ -f $(STAMP) ] && [ $(STAMP) -nt $(LOCK) ] && [ $(STAMP) -nt pyproject.toml ]; then \
	  touch $@; \
	else \
	  echo "==> Setting up $(VENV) for the lab: $$(grep -c '==' $(LAB_LOCK)) pinned packages from $(LAB_LOCK)" && \
	  $(UV) venv --quiet --allow-existing --python $(PYTHON) $(VENV) && \
	  $(UV) pip install --quiet --python $(BIN)/python --require-hashes -r $(LAB_LOCK) && \
	  $(UV) pip install --quiet --python $(BIN)/python --no-deps -e . && \
	  touch $@ && echo "==> $(VENV) is ready for the lab"; \
	fi

lab: $(LAB_STAMP)
	@$(BIN)/workshop lab $(if $(PORT),--port $(PORT)) --log $(LAB_LOG)

demo: $(STAMP)
	$(BIN)/workshop demo $(if $(PORT),--port $(PORT))

doctor: $(STAMP)
	$(BIN)/workshop doctor

browser:
	@if [ ! -x $(CHROMIUM) ]; then \
	  echo "Installing Debian's chromium for the browser tests"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) \
	  || echo "Could not install chromium: the browser tests will be skipped"; \
	fi

# The one ruff command: `make lint` alone, and the first step of `make test`.
lint: $(STAMP)
	$(BIN)/ruff check workshop tests benchmarks tools conftest.py

test: lint $(COMPILED) browser
	$(BIN)/python -m pytest -n 2 --dist loadfile -q

# The long runs: 10,000-example fuzzing of the loaders and importers, and the SIGKILL crash test.
test-long: $(COMPILED)
	WORKSHOP_FUZZ_EXAMPLES=10000 $(BIN)/python -m pytest -q -m slow -p no:cacheprovider tests

# The browser-side tools (axe-core) from package-lock.json, into node_modules/ (git-ignored).
node: node_modules/.package-lock.json

node_modules/.package-lock.json: package.json package-lock.json
	npm ci --no-audit --no-fund

# axe-core on every participant notebook (JupyterLab, Run All) and the Voila demo; fails on a
# serious or critical violation in the kit's own output (see tools/a11y.py).
a11y: $(STAMP) browser node
	$(BIN)/python tools/a11y.py

# Whether the kernel handles a box's update before the click sent after it, under two CPU
# burners (tools/message_order.py; the reason ipykernel stays below 7 in pyproject.toml).
message-order: $(STAMP) browser
	$(BIN)/python tools/message_order.py

# How far the answer check agrees with the labelled corpus in tests/eval/ (see benchmarks/eval.py),
# then how the drafts read on workspaces written blind to the draft code (benchmarks/draft_eval.py),
# then how many coach's questions 05 asks before the draft holds the reason and the growth
# in the participant's words (benchmarks/reply_flow.py).
eval: $(STAMP)
	$(BIN)/python benchmarks/eval.py
	$(BIN)/python benchmarks/draft_eval.py
	$(BIN)/python benchmarks/reply_flow.py

# The answer check's learned second opinion (benchmarks/check_model.py): the rules, the
# classifier and their combinations cross-validated on the studied sets, then the held-out sets'
# figures (never their texts). `.venv/bin/python benchmarks/check_model.py --write` rebuilds
# data/check_model.json from the studied sets, bit for bit.
eval-ml: $(STAMP)
	$(BIN)/python benchmarks/check_model.py

bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) $(UV_TOOLS) .pytest_cache .ruff_cache .hypothesis

# A local JupyterHub for a class (127.0.0.1): the hub and nbgitpuller from PyPI, its proxy from npm.
HUB_STAMP := deploy/hub/node_modules/.installed
N ?= 10

$(HUB_STAMP): deploy/hub/package-lock.json
	cd deploy/hub && npm ci --no-audit --no-fund
	touch $(HUB_STAMP)

hub-setup: $(STAMP) $(HUB_STAMP)

hub: hub-setup
	$(BIN)/python tools/hub.py

# Simulate a class of N participants on that hub; prints a table and a last `class:` line.
class-sim: hub-setup browser
	$(BIN)/python tools/class_sim.py -n $(N)
