"""Entry point of the frozen c102desk (PyInstaller freezes this file, not the package's console script).

It only calls ``c102desk.cli:run`` (``main``, in a process that ends with it), so that the frozen program takes the
same arguments as the installed one.
"""

from __future__ import annotations

from c102desk.cli import run

if __name__ == "__main__":
    run()
