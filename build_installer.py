"""Build the self-contained installer of c102desk (freeze, smoke-test, package).

Not written yet: it comes with its own issue ("Installer build"). Until then this script says so and fails,
so that nobody mistakes it for a working build.
"""

from __future__ import annotations

import sys


def main() -> int:
    print("build_installer.py: the installer build is not implemented yet (see the 'Installer build' issue).",
          file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
