"""Alt+letter keys (mnemonics) of a window or dialog: what is reachable at once, and where two collide."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QMenu, QTabBar, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased; None when there is none."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].casefold()


def _shown(widget: QWidget, top: QWidget) -> bool:
    return widget.isVisibleTo(top) and widget.window() is top


def window_mnemonics(top: QWidget) -> dict[str, list[str]]:
    """Every Alt+letter of the window as it is now: the menu bar's titles, and the visible buttons, labelled
    fields, group boxes and tabs. letter → what it names."""
    found: dict[str, list[str]] = defaultdict(list)
    if isinstance(top, QMainWindow):
        for action in top.menuBar().actions():
            letter = mnemonic(action.text())
            if letter and action.isVisible():
                found[letter].append(f"menu {action.text()!r}")
    for button in top.findChildren(QAbstractButton):
        if _shown(button, top) and (letter := mnemonic(button.text())):
            found[letter].append(f"button {button.text()!r}")
    for label in top.findChildren(QLabel):
        if _shown(label, top) and label.buddy() is not None and (letter := mnemonic(label.text())):
            found[letter].append(f"label {label.text()!r}")
    for box in top.findChildren(QGroupBox):
        if _shown(box, top) and (letter := mnemonic(box.title())):
            found[letter].append(f"group {box.title()!r}")
    for bar in top.findChildren(QTabBar):
        if _shown(bar, top):
            for index in range(bar.count()):
                if bar.isTabVisible(index) and (letter := mnemonic(bar.tabText(index))):
                    found[letter].append(f"tab {bar.tabText(index)!r}")
    return dict(found)


def menu_mnemonics(menu: QMenu) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for action in menu.actions():
        if action.isVisible() and not action.isSeparator() and (letter := mnemonic(action.text())):
            found[letter].append(action.text())
    return dict(found)


def clashes(found: dict[str, list[str]]) -> dict[str, list[str]]:
    return {letter: names for letter, names in found.items() if len(names) > 1}
