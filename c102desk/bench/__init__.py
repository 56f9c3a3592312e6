"""The benchmark suite: each figure measured against a floor (the bare tool underneath) in the same run.

``python -m c102desk.bench [--quick] [--json OUT]``. Plain Python: the Qt measurements run in fresh
subprocesses (``c102desk.bench.qt_probe``), so importing this package imports no Qt.
"""
