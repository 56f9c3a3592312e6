"""pyHanko is used without its network clients (c102desk.signing.offline): signing and verifying import no HTTP
library, and whatever would reach a server is refused with a sentence, not attempted."""

from __future__ import annotations

import subprocess
import sys

import pytest

from c102desk.signing import offline  # installs the stand-ins, as every import of c102desk.signing does
from c102desk.signing.identity import SigningError


def test_signing_and_verifying_import_no_http_client() -> None:
    code = ("import sys, c102desk.signing.sign, c102desk.signing.verify\n"
            "from pyhanko.sign import signers, validation, fields, timestamps\n"
            "from pyhanko.sign.validation import ades\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('aiohttp', 'requests', 'yarl')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_stand_ins_are_what_pyhanko_holds() -> None:
    from pyhanko.sign import timestamps
    from pyhanko.sign.validation import ades

    assert sys.modules[offline.TIMESTAMP_CLIENT].HTTPTimeStamper is timestamps.HTTPTimeStamper
    assert vars(ades)["AIOHttpFetcherBackend"] is sys.modules[offline.CERTIFICATE_FETCHERS].AIOHttpFetcherBackend


def test_a_time_stamp_server_named_in_a_signature_field_is_not_called() -> None:
    from pyhanko.sign.fields import SigSeedValueSpec

    spec = SigSeedValueSpec(timestamp_server_url="http://tsa.example.invalid/")
    with pytest.raises(SigningError) as refused:
        spec.build_timestamper()  # type: ignore[no-untyped-call]
    assert isinstance(refused.value, offline.NetworkRefused)
    assert "offline" in str(refused.value)


def test_fetchers_are_refused() -> None:
    backend = sys.modules[offline.CERTIFICATE_FETCHERS].AIOHttpFetcherBackend()
    with pytest.raises(offline.NetworkRefused):
        backend.get_fetchers()
