"""Signing identities, PAdES signatures of c102desk reports, and their verification (plain Python, no Qt).

The pyHanko stack costs about half a second to import, so callers import these modules lazily.
"""

from c102desk.signing import offline

offline.install()  # before any module of this package imports pyHanko
