"""Received reports…: a folder of signed reports verified off the GUI thread, listed, filtered, compared across
countries and exported for analysts (``window.InboxWindow``). The domain work is ``c102desk.inbox``."""
