"""Pausing Python's cyclic garbage collector during a large batch of short-lived allocations.

Building and signing a report allocates hundreds of thousands of container objects, almost all freed at once by
reference counting. With the collector running, a young collection every 700 net allocations examines whatever is
alive at that moment (the story, the pages in progress) and moves it to an older generation, and that promotion
brings on full collections, which traverse the whole heap: about 130,000 objects once reportlab's fonts and
pyHanko are loaded, ~50 ms each, about one per signed report. Paused, nothing of the batch is examined or
promoted while it runs; at the end one collection of the youngest generation, where all of the batch's objects
still are, frees its reference cycles (a few ms), so it leaves no garbage behind for a later collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Run the block with the cyclic garbage collector off, then collect the youngest generation. Does nothing
    when the collector is already off (a caller or another thread has paused it and will collect)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
        gc.collect(0)
