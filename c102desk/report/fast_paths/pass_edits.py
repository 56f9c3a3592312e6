"""What a layout pass leaves to undo before another pass, kept without keeping the flowables alive.

reportlab marks the flowables a pass moves on (``_postponed`` on one that did not fit where it stood, the
``keepWithNext`` it clears) and records each mark as an edit ``(function, flowable, *arguments)`` to undo before
the next pass (``BaseDocTemplate._multiBuildEdits``). Most of the flowables so marked are pieces that splitting
made (the rest of a table that runs over several pages, with the rest of its long cells), made again by the next
pass and never seen again: holding them in a list of edits kept every such piece, and every paragraph and line it
held, alive until the end of the report (half the memory of a report of a thousand pages of long notes,
docs/performance.md). So each edit holds its flowable weakly: a piece no longer used is freed, and an edit is
undone for the flowables that are still there (those of the story, which a next pass meets again).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import Any


class PassEdits:
    """The edits of one pass: ``record`` is what the document template calls, ``undo`` puts them back."""

    def __init__(self) -> None:
        self._edits: list[tuple[Callable[..., Any], Callable[[], Any], tuple[Any, ...]]] = []

    def record(self, edit: tuple[Any, ...]) -> None:
        function, target, *arguments = edit
        try:
            held: Callable[[], Any] = weakref.ref(target)
        except TypeError:  # an object without weak references (none of reportlab's flowables): held strongly
            held = lambda: target  # noqa: E731
        self._edits.append((function, held, tuple(arguments)))

    def undo(self) -> None:
        """Undo every edit whose flowable is still alive, in the order they were made, as reportlab does."""
        for function, held, arguments in self._edits:
            target = held()
            if target is not None:
                function(target, *arguments)
        self._edits.clear()

    def __len__(self) -> int:
        return len(self._edits)
