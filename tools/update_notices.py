"""Rewrite resources/licenses/THIRD-PARTY-NOTICES.md from third-party.yaml: ``python tools/update_notices.py``.

``tests/test_notices.py`` fails while the file is out of date, or while a package the program installs is not
listed in the YAML file.
"""

from __future__ import annotations

from pathlib import Path

from c102desk.notices import components, render_markdown

TARGET = Path(__file__).resolve().parent.parent / "resources" / "licenses" / "THIRD-PARTY-NOTICES.md"


def main() -> int:
    TARGET.write_text(render_markdown(components()), encoding="utf-8")
    print(TARGET)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
