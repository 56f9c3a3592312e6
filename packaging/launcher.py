"""Entry point of the frozen c102desk (PyInstaller freezes this file, not the package's console script).

It only calls ``c102desk.cli:main``, so that the frozen program takes the same arguments as the installed one.
"""

from __future__ import annotations

import sys

from c102desk.cli import main

if __name__ == "__main__":
    sys.exit(main())
