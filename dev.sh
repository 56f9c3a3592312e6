#!/usr/bin/env bash
# One entry point for a fresh machine (Python 3.11+ with venv):
#   ./dev.sh run [ARGS]    set up .venv and run c102desk (e.g. ./dev.sh run evaluate resources/examples/x.c102.json)
#   ./dev.sh test [ARGS]   set up .venv and run the whole test suite: ruff, mypy, pytest
#   ./dev.sh setup         set up .venv only (CI uses it before the suite)
# The set-up is done once: later runs only check that nothing it depends on changed (a second or less).
set -euo pipefail
cd "$(dirname "$0")"

STAMP=.venv/.c102desk-installed  # what the editable install was made from (the hash of its inputs)

say() { echo "dev.sh: $*" >&2; }

setup() {
    local python=${PYTHON:-python3}
    if [ ! -x .venv/bin/python ]; then
        say "first run: creating .venv/ with $("$python" --version 2>&1), then installing c102desk (editable)"
        say "and its dependencies, test and build tools into it; this takes a few minutes, once."
        "$python" -m venv .venv
    fi
    # Reinstall only when the packaging changed (dependencies, entry points, the build hook) or the venv moved.
    local wanted
    wanted=$(cat pyproject.toml setup.py | sha256sum | cut -d' ' -f1)" $(pwd)"
    if [ "$(cat "$STAMP" 2>/dev/null)" != "$wanted" ]; then
        [ -f "$STAMP" ] && say "pyproject.toml or setup.py changed: updating .venv/"
        .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[dev]"
        echo "$wanted" >"$STAMP"
    fi
    # The interface translations: translations/*.ts → .qm beside them (build outputs, not in git), when a .ts is
    # newer than its .qm.
    local ts
    for ts in translations/*.ts; do
        if [ ! -f "${ts%.ts}.qm" ] || [ "$ts" -nt "${ts%.ts}.qm" ]; then
            [ -f "$STAMP.qm" ] && say "compiling the interface translations"
            .venv/bin/python tools/compile_translations.py >/dev/null
            touch "$STAMP.qm"
            break
        fi
    done
}

cmd=${1:-run}
shift || true
case "$cmd" in
    run)
        setup
        exec .venv/bin/c102desk "$@"
        ;;
    setup)
        setup
        ;;
    test)
        setup
        .venv/bin/ruff check .
        .venv/bin/mypy
        exec .venv/bin/python -m pytest "$@"
        ;;
    *)
        echo "usage: ./dev.sh run [ARGS] | ./dev.sh test [PYTEST ARGS] | ./dev.sh setup" >&2
        exit 2
        ;;
esac
