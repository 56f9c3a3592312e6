"""pyHanko without its network clients: c102desk never goes on the network (the brief: nothing at run time).

pyHanko imports, with its signing and validation modules, an HTTP time-stamp client and HTTP fetchers of
certificates and revocation data (both built on aiohttp). c102desk uses neither: its signatures carry no
time-stamp from a server and its verification fetches nothing (``verify.py``: ``allow_fetching=False``). Yet
importing them cost a signed report about a quarter of a second (aiohttp, and two SSL contexts set up with the
system's certificates: docs/performance.md §9), and a PDF could name a time-stamp server in a signature field's
seed value that pyHanko would then call.

So, before pyHanko is first imported, the two modules are put in ``sys.modules`` as stand-ins with the names
pyHanko imports from them (pyHanko 0.38: ``pyhanko.sign.timestamps.aiohttp_client`` and
``pyhanko_certvalidator.fetchers.aiohttp_fetchers``). Anything that would use them raises ``NetworkRefused``, a
``SigningError`` with a sentence for the user. A name pyHanko imports from them that the stand-in lacks (a newer
pyHanko) raises ImportError at once — tests import every pyHanko module c102desk uses with the stand-ins in place.
"""

from __future__ import annotations

import sys
import types
from typing import Any, NoReturn

from c102desk.i18n import Msg
from c102desk.signing.identity import SigningError

TIMESTAMP_CLIENT = "pyhanko.sign.timestamps.aiohttp_client"
CERTIFICATE_FETCHERS = "pyhanko_certvalidator.fetchers.aiohttp_fetchers"


class NetworkRefused(SigningError):
    """Something asked pyHanko to reach a server (a time-stamp authority, a certificate or revocation source)."""


def _refuse(*_args: Any, **_kwargs: Any) -> NoReturn:
    raise NetworkRefused(Msg("sign.offline"))


class _RefusedTimeStamper:
    """Stands for pyHanko's HTTP time-stamp client: making one is refused."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        _refuse()


class _RefusedFetcherBackend:
    """Stands for pyHanko's HTTP fetcher backend. pyHanko makes one for AdES validation when the caller gave
    none and closes it afterwards; asking it for fetchers is refused."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def get_fetchers(self) -> NoReturn:
        _refuse()

    async def close(self) -> None:
        return None


def _stand_in(name: str, **names: object) -> types.ModuleType:
    module = types.ModuleType(name, f"c102desk's offline stand-in for {name} (c102desk.signing.offline)")
    module.__dict__.update(names)
    module.__all__ = list(names)  # type: ignore[attr-defined]
    return module


def install() -> None:
    """Put the stand-ins in place, unless pyHanko's network modules were already imported (then nothing is
    changed: replacing a module other modules hold would split pyHanko in two)."""
    sys.modules.setdefault(TIMESTAMP_CLIENT, _stand_in(
        TIMESTAMP_CLIENT, HTTPTimeStamper=_RefusedTimeStamper, AIOHttpTimeStamper=_RefusedTimeStamper))
    sys.modules.setdefault(CERTIFICATE_FETCHERS, _stand_in(
        CERTIFICATE_FETCHERS, AIOHttpFetcherBackend=_RefusedFetcherBackend))
