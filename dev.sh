#!/usr/bin/env bash
# One entry point for a fresh machine (Python 3.11+ with venv):
#   ./dev.sh run [ARGS]    set up .venv and run c102desk (e.g. ./dev.sh run evaluate resources/examples/x.c102.json)
#   ./dev.sh test [ARGS]   set up .venv and run the whole test suite: ruff, mypy, pytest
set -euo pipefail
cd "$(dirname "$0")"

setup() {
    local python=${PYTHON:-python3}
    if [ ! -x .venv/bin/python ]; then
        "$python" -m venv .venv
    fi
    .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
    # The interface translations: translations/*.ts → .qm beside them (build outputs, not in git).
    .venv/bin/python tools/compile_translations.py >/dev/null
}

cmd=${1:-run}
shift || true
case "$cmd" in
    run)
        setup
        exec .venv/bin/c102desk "$@"
        ;;
    test)
        setup
        .venv/bin/ruff check .
        .venv/bin/mypy
        exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh run [ARGS] | ./dev.sh test [PYTEST ARGS]" >&2
        exit 2
        ;;
esac
