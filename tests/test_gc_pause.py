"""The collector pause around report building: off inside, back on after, the block's reference cycles freed."""

from __future__ import annotations

import gc
import weakref

import pytest

from c102desk.gc_pause import collector_paused


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only the cyclic collector frees it


def test_collector_is_off_inside_and_on_after_with_the_cycles_of_the_block_freed() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        cycle = weakref.ref(_Node())
    assert gc.isenabled()
    assert cycle() is None


def test_collector_is_on_again_after_an_error() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("boom")
    assert gc.isenabled()


def test_a_collector_already_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()
