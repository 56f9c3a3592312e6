"""The application's look: a light, calm style sheet on top of the platform style (Fusion)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

PRIMARY = "#1a5fb4"
PRIMARY_HOVER = "#184f94"

STYLE_SHEET = f"""
QLabel#pageHeading, QLabel#welcomeHeading {{ color: #1f2933; }}
QLabel#subtle {{ color: #5f6b7a; }}
QFrame#welcomeCard {{
    background: palette(base);
    border: 1px solid #d5dae1;
    border-radius: 10px;
}}
QPushButton#primaryButton {{
    background: {PRIMARY};
    color: white;
    border: 1px solid {PRIMARY};
    border-radius: 6px;
    padding: 6px 16px;
    min-height: 1.4em;
    font-weight: bold;
}}
QPushButton#primaryButton:hover {{ background: {PRIMARY_HOVER}; }}
QPushButton#primaryButton:focus {{ border: 2px solid #0b2e59; }}
QPushButton#exampleButton {{
    text-align: left;
    padding: 6px 12px;
    min-height: 1.4em;
}}
QTableView#libraryTable {{
    border: 1px solid #d5dae1;
    border-radius: 6px;
    selection-background-color: #d8e6f8;
    selection-color: #1f2933;
    alternate-background-color: #f7f9fb;
}}
QTableView#libraryTable::item {{ padding: 4px 8px; }}
QHeaderView::section {{
    background: #f0f3f6;
    color: #3c4753;
    border: none;
    border-bottom: 1px solid #d5dae1;
    padding: 6px 8px;
    font-weight: bold;
}}
QToolButton {{ padding: 4px 10px; }}
"""


def apply_style(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
