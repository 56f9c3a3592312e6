"""The kinds of bad input that crashed, hung or fooled c102desk, found by attacking every input path
(``evaluate``, ``import``, ``report``, ``export``, ``restore``, ``--data-dir``): each now gives one clear message
and exit status 2 — the store exactly as it was, no output file — or, where the input is in fact fine (a long
file name, a revision 2), simply works. docs/assessment-file.md lists the limits; docs/reliability.md counts
these classes.

``TRACEBACKS``: the 17 classes that ended in a Python traceback. ``OTHERS``: those that hung, ate memory,
stalled the report, or were silently accepted.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from c102desk.assessment import limits, read_assessment
from c102desk.cli import main
from c102desk.errors import AssessmentFileError
from c102desk.store import Store
from tests.store.conftest import dump_tables
from tests.store.fault_tools import EXAMPLES

pytestmark = pytest.mark.faults  # part of the fault-injection suite (docs/reliability.md)

GOOD = EXAMPLES / "midland-three-parts.c102.json"


def _document(**changes: Any) -> dict[str, Any]:
    document: dict[str, Any] = json.loads(GOOD.read_text(encoding="utf-8"))
    document.update(changes)
    return document


def _answer(text: str, question: str = '"I.child.age_limit": 18') -> Callable[[], str]:
    """The example with one answer's JSON text replaced (``text`` is written as is)."""
    return lambda: GOOD.read_text(encoding="utf-8").replace(question, f'"I.child.age_limit": {text}')


def _extra(text: str) -> Callable[[], str]:
    """The example with one more top-level key whose value is ``text``, written as is."""
    return lambda: GOOD.read_text(encoding="utf-8").rstrip().removesuffix("}") + f', "x-extra": {text}}}'


@dataclass(frozen=True)
class FileClass:
    """A kind of bad assessment file: its text, and words its message must contain."""

    make: Callable[[], str]
    words: str
    before: str  # what happened before
    commands: tuple[str, ...] = ("evaluate", "import", "report")  # those that read what is wrong


TRACEBACKS: dict[str, FileClass] = {
    "NaN": FileClass(_answer("NaN"), "NaN is not a number", "ValueError: cannot convert NaN to integer ratio"),
    "Infinity": FileClass(_answer("-Infinity"), "-Infinity is not a number",
                          "OverflowError: cannot convert Infinity to integer ratio"),
    "an integer over 4,300 digits": FileClass(_answer("9" * 5000), "too many digits",
                                               "ValueError: Exceeds the limit (4300 digits)"),
    "nesting of 900 levels": FileClass(_extra("[" * 900 + "]" * 900), "nested too deeply",
                                       "RecursionError in the checks"),
    "nesting of 5,000 levels": FileClass(_extra("[" * 5000 + "]" * 5000), "nested too deeply",
                                         "RecursionError in the JSON decoder"),
    "a revision number of 2^63": FileClass(lambda: json.dumps(_document(assessment={"revision": 2**63})),
                                           "too large", "OverflowError: Python int too large to convert to "
                                           "SQLite INTEGER"),
    "an evidence size of 2^64": FileClass(
        lambda: json.dumps(_document(evidence=[{"ref": "E1", "name": "a.pdf", "sha256": "0" * 64, "size": 2**64}])),
        "too large", "OverflowError: Python int too large to convert to SQLite INTEGER"),
    "a lone surrogate in the title": FileClass(
        lambda: GOOD.read_text(encoding="utf-8").replace('"Ratification with three Parts"', '"\\ud800"'),
        "invalid character (U+D800)", "UnicodeEncodeError: surrogates not allowed (import, report, evaluate)"),
    "a lone surrogate in a text answer": FileClass(
        lambda: GOOD.read_text(encoding="utf-8").replace('"Labour force survey 2025"', '"\\udfff survey"', 1),
        "invalid character (U+DFFF)", "UnicodeEncodeError: surrogates not allowed"),
    "a lone surrogate in a note": FileClass(
        lambda: json.dumps(_document(answer_details={"I.child.age_limit": {"note": "\ud800"}})),
        "invalid character (U+D800)", "UnicodeEncodeError: surrogates not allowed"),
}

OTHERS: dict[str, FileClass] = {
    "nesting of 900 objects": FileClass(_extra('{"a": ' * 900 + "1" + "}" * 900), "nested too deeply",
                                        "the RecursionError of 900 levels, through objects"),
    "an exponent of 999,999,999": FileClass(_answer("1e999999999"), "too large", "hung (a number of 10^999999999)"),
    "an exponent of -999,999,999": FileClass(_answer("1e-999999999"), "digits after the decimal point",
                                             "hung"),
    "a number of 2^63 as an answer": FileClass(_answer(str(2**63)), "too large",
                                               "accepted, beyond what the store and the engine handle"),
    "a 10 MB title": FileClass(lambda: json.dumps(_document(title="x" * 10_000_000)), "too long",
                               "the report ran for minutes"),
    "a title over 500 characters": FileClass(lambda: json.dumps(_document(title="x" * 501)), "too long",
                                             "accepted"),
    "a key twice": FileClass(lambda: GOOD.read_text(encoding="utf-8").rstrip().removesuffix("}")
                             + ', "title": "a second title"}', "appears twice", "the second silently kept"),
    "a control character": FileClass(lambda: json.dumps(_document(title="\x1b]0;pwned\x07")),
                                     "control character", "accepted, and printed to the terminal by 'list'"),
    "a NUL character": FileClass(lambda: json.dumps(_document(country="a\x00b")), "control character",
                                 "accepted"),
    "a questionnaire version that is a path": FileClass(
        lambda: json.dumps(_document(questionnaire_version="2/../../../../etc")), "not known",
        "looked for a questionnaire outside the program's folder"),
    "a stored copy outside the evidence folder": FileClass(
        lambda: json.dumps(_document(evidence=[{"ref": "E1", "name": "a", "sha256": "0" * 64, "size": 1,
                                                "storage": "copy", "path": "../../../etc/passwd"}])),
        "named by its SHA-256", "accepted", commands=("import",)),
}

FILE_CLASSES = {**TRACEBACKS, **OTHERS}


def test_there_are_seventeen_classes_that_were_tracebacks() -> None:
    # The file classes above, and those of the other input paths below.
    assert len(TRACEBACKS) + len(PATH_TRACEBACKS) + len(TRACEBACKS_OF_WORKING_INPUT) == 17


@pytest.fixture
def filled_store(tmp_path: Path) -> Path:
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        assessment_id = store.create_assessment("Ruritania", "kept")
        store.set_answer(assessment_id, "I.stats.employees", 99)
    return data_dir


def _refused(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run the command line: exit 2, nothing on stdout, one line on stderr; return it."""
    capsys.readouterr()
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    message = captured.err.strip()
    assert message.startswith("c102desk: ") and "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("name", sorted(FILE_CLASSES))
def test_each_bad_file_is_refused_by_every_command_with_the_store_unchanged(
    name: str, filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = FILE_CLASSES[name]
    bad = tmp_path / "bad.c102.json"
    bad.write_text(case.make(), encoding="utf-8", errors="surrogatepass")
    before = dump_tables(filled_store)
    out = tmp_path / "report.pdf"
    commands = [["evaluate", str(bad)], ["import", str(bad), "--data-dir", str(filled_store)],
                ["import", str(bad), "--keep-both", "--data-dir", str(filled_store)],
                ["report", str(bad), "--out", str(out)]]
    for command in (c for c in commands if c[0] in case.commands):
        message = _refused(command, capsys)
        assert case.words in message, (command[0], message)
        assert str(bad) in message  # the message names the file
    assert dump_tables(filled_store) == before
    assert not out.exists()


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.c102.json"
    with big.open("w", encoding="utf-8") as handle:  # valid JSON, only too large
        handle.write(GOOD.read_text(encoding="utf-8").rstrip().removesuffix("}") + ', "x-padding": "')
        handle.write("x" * (limits.MAX_FILE_BYTES + 1))
        handle.write('"}')
    before = dump_tables(filled_store)
    for command in (["evaluate", str(big)], ["import", str(big), "--data-dir", str(filled_store)],
                    ["report", str(big), "--out", str(tmp_path / "r.pdf")]):
        assert "too large" in _refused(command, capsys)
    assert dump_tables(filled_store) == before


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_an_endless_file_is_read_only_as_far_as_the_limit(capsys: pytest.CaptureFixture[str]) -> None:
    assert "too large" in _refused(["evaluate", "/dev/zero"], capsys)
    assert "too large" in _refused(["report", "/dev/zero", "--out", "/nonexistent/r.pdf"], capsys)


def test_a_200_mb_file_is_refused_in_a_small_amount_of_memory(tmp_path: Path) -> None:
    import tracemalloc

    big = tmp_path / "huge.c102.json"
    with big.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: no time spent writing it
    tracemalloc.start()
    try:
        with pytest.raises(AssessmentFileError, match="too large"):
            read_assessment(big)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024  # it read the whole file, decoded and parsed it: 2 GB. Now not a byte of it


# --------------------------------------------------------------------- the other input paths


def _data_dir_is_a_file(tmp_path: Path) -> list[str]:
    return ["list", "--data-dir", str(GOOD)]


def _data_dir_name_too_long(tmp_path: Path) -> list[str]:
    return ["list", "--data-dir", str(tmp_path / ("d" * 300) / "x")]


def _data_dir_cannot_be_made(tmp_path: Path) -> list[str]:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    return ["import", str(GOOD), "--data-dir", str(blocker / "data")]


PATH_TRACEBACKS: dict[str, tuple[Callable[[Path], list[str]], str]] = {
    "--data-dir that is a file": (_data_dir_is_a_file, "it is a file, not a folder"),
    "--data-dir with a name too long": (_data_dir_name_too_long, "File name too long"),
    "--data-dir that cannot be created": (_data_dir_cannot_be_made, "cannot use"),
}


@pytest.mark.parametrize("name", sorted(PATH_TRACEBACKS))
def test_each_bad_path_gives_one_message(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, words = PATH_TRACEBACKS[name]
    assert words in _refused(make(tmp_path), capsys)


def test_an_empty_data_dir_is_refused_not_taken_for_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert "no folder name" in _refused(["list", "--data-dir", ""], capsys)


def test_a_file_name_of_240_characters_is_written_and_read(
    filled_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Before: export and report wrote a temporary file named after the target, which went over the file
    # system's 255 bytes ("File name too long" for a name that is fine); import of such a report crashed.
    with Store.open(filled_store) as store:
        (info,) = store.list_assessments()
    long_name = tmp_path / ("a" * 240 + ".c102.json")
    assert main(["export", info.id, "--out", str(long_name), "--data-dir", str(filled_store)]) == 0
    assert main(["evaluate", str(long_name)]) == 0
    report = tmp_path / ("r" * 240 + ".pdf")
    assert main(["report", str(long_name), "--out", str(report)]) == 0
    capsys.readouterr()
    assert main(["import", str(report), "--force-unsigned", "--keep-both", "--data-dir", str(filled_store)]) == 0
    assert len(capsys.readouterr().out.strip()) == 36  # the new assessment's id
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".c102desk-")]  # no temporary file left


def test_list_into_a_pipe_closed_early_is_quiet(tmp_path: Path) -> None:
    from c102desk.bench.data import build_library

    data_dir = tmp_path / "data"
    build_library(data_dir, 1000, 1)  # a listing larger than the pipe's buffer: the writer meets the closed end
    listing = subprocess.Popen([sys.executable, "-m", "c102desk", "list", "--data-dir", str(data_dir)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert listing.stdout is not None and listing.stderr is not None
    listing.stdout.readline()  # 'head -1'
    listing.stdout.close()
    errors = listing.stderr.read().decode()
    listing.stderr.close()
    assert listing.wait(timeout=60) == 0, errors
    assert errors == ""  # no BrokenPipeError traceback, no "Exception ignored"


def test_a_file_where_the_backups_folder_should_be_is_one_line_not_a_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / "backups").write_text("not a folder", encoding="utf-8")
    assert main(["import", str(GOOD), "--data-dir", str(data_dir)]) == 0  # imported; only the backup failed
    (record,) = [r for r in caplog.records if "a file has that name" in r.getMessage()]
    assert "backups" in record.getMessage() and record.exc_info is None  # one line on stderr, no traceback


def test_an_exported_revision_two_imports(filled_store: Path, tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    with Store.open(filled_store) as store:
        (info,) = store.list_assessments()
        store.finalize(info.id)
        second = store.new_revision(info.id)
    exported = tmp_path / "revision-2.c102.json"
    assert main(["export", second, "--out", str(exported), "--data-dir", str(filled_store)]) == 0
    assert main(["import", str(exported), "--data-dir", str(tmp_path / "fresh")]) == 0  # IntegrityError before


# Inputs that are fine but crashed: tested above by the test named.
TRACEBACKS_OF_WORKING_INPUT = {
    "'c102desk list | head' (BrokenPipeError)": test_list_into_a_pipe_closed_early_is_quiet,
    "a report with a 240-character name, imported (OSError: File name too long)":
        test_a_file_name_of_240_characters_is_written_and_read,
    "a file where the backups folder should be (FileExistsError at close)":
        test_a_file_where_the_backups_folder_should_be_is_one_line_not_a_traceback,
    "an exported revision 2 or later, imported (IntegrityError)": test_an_exported_revision_two_imports,
}
