"""Only c102desk.ui may import Qt: every other module must import with PySide6 made unavailable."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import c102desk


def _domain_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(c102desk.__path__, "c102desk."):
        if info.name.startswith("c102desk.ui") or info.name == "c102desk.__main__":
            continue
        names.append(info.name)
    return names


def test_every_module_outside_ui_imports_without_pyside6() -> None:
    modules = _domain_modules()
    assert "c102desk.engine.evaluate" in modules
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n"
        "import importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
        "print('ok')\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
