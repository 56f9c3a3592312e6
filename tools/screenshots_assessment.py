"""Screenshots of the assessment view from the real widgets: docs/screenshots/question-page.png, dashboard.png.

Run: ``.venv/bin/python tools/screenshots_assessment.py`` (offscreen; needs no display). The example
assessment resources/examples/midland-three-parts.c102.json is imported into a temporary store.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from c102desk.resources import resource_path
from c102desk.store import Store
from c102desk.ui.assessment import AssessmentView

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
SIZE = (1400, 880)


def main() -> int:
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    app = QApplication.instance() or QApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder, Store.open(folder) as store:
        assessment_id = store.import_file(resource_path("examples", "midland-three-parts.c102.json"))
        view = AssessmentView(store, assessment_id)
        view.resize(*SIZE)
        view.show()
        app.processEvents()
        view.go_to_question("III.benefit.method")
        page = view.part_pages["III"]
        page.verticalScrollBar().setValue(view.rows["III.benefit.method"].y() - 16)
        view.rows["III.benefit.rate"].details_button.setChecked(True)
        app.processEvents()
        view.grab().save(str(OUT / "question-page.png"))
        view.tabs.setCurrentIndex(1)
        view.dashboard.select("III")
        app.processEvents()
        view.grab().save(str(OUT / "dashboard.png"))
        view.close()
    print(f"written to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
