"""The desktop application. The only package of c102desk that imports Qt (tests/test_domain_has_no_qt.py).

``app.run_app`` starts it; ``main_window`` composes the library (``library/``) and the assessment view
(``assessment/``); ``worker`` is the one helper for slow work off the GUI thread.
"""
