"""The inbox's verdicts agree with tools that are not c102desk: pyHanko's validator called as its documentation
shows (every signature's bottom line, what changed after it) and poppler's pdfsig."""

from __future__ import annotations

from c102desk.inbox.entry import Verdict
from c102desk.inbox.scan import scan
from tests.inbox.fixtures import Received
from tests.signing.independent import needs_pdfsig, pdfsig, pyhanko_verdicts


def test_intact_and_altered_as_pyhanko_sees_them(received_folder: Received) -> None:
    for entry in scan(received_folder.folder):
        if entry.verdict not in (Verdict.INTACT, Verdict.ALTERED):
            continue
        verdicts = pyhanko_verdicts(entry.path)
        assert len(verdicts) == len(entry.signers), entry.name
        # pyHanko's bottom line holds for every signature of an intact report; an altered one has one that fails
        # or a change after it that is more than form filling (the signatures that follow).
        untouched = all(v.bottom_line and v.modification_level in ("NONE", "FORM_FILLING") for v in verdicts)
        assert untouched == (entry.verdict is Verdict.INTACT), entry.name
        assert [v.signer for v in verdicts] == [s.name for s in entry.signers]


@needs_pdfsig
def test_the_signers_as_pdfsig_lists_them(received_folder: Received) -> None:
    for entry in scan(received_folder.folder):
        if entry.verdict is Verdict.INTACT:
            found = pdfsig(entry.path)
            assert [s.signer for s in found] == [s.name for s in entry.signers], entry.name
            assert all(s.validation == "Signature is Valid." for s in found)
        elif entry.verdict is Verdict.UNSIGNED:
            assert pdfsig(entry.path) == []
