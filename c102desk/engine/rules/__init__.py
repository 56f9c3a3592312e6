"""The rules of Parts XI–XIV and Part I not yet moved to resources/rules/ (requirements.md §5.2)."""

from __future__ import annotations

from c102desk.engine.rules import part_xiv

__all__ = ["part_xiv"]
