"""The rules of Part I (general provisions) not yet moved to resources/rules/ (requirements.md §5.2)."""
