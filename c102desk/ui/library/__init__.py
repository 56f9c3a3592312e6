"""The library: every assessment in the local store, with search, filter and the file and trash actions."""

from c102desk.ui.library.library_page import LibraryPage

__all__ = ["LibraryPage"]
