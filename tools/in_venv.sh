#!/bin/sh
# Run one of .venv's tools (pre-commit's hooks use this): on a fresh clone, `make setup` makes
# .venv first, from the lock (uv's cache makes it quick), saying only what goes wrong.
set -e
cd "$(git rev-parse --show-toplevel)"
make -s setup >/dev/null
exec .venv/bin/"$@"
