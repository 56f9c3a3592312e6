"""What is wrong with an assessment file, as a type.

Every one is an ``AssessmentFileError`` whose message is the one the command line prints (the file, then the
problem, in English), unchanged by the type. A screen tells the kinds apart by their type and says each in the
user's words (c102desk/ui/widgets/source_problem.py), with ``problem`` — the message without the file's path — as
the technical detail where it helps.
"""

from __future__ import annotations

from c102desk.errors import AssessmentFileError


class AssessmentProblem(AssessmentFileError):
    """A problem of the file ``source``; the message is ``"{source}: {problem}"``."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class FileNotReadableError(AssessmentProblem):
    """The file cannot be opened: it does not exist, is a folder, may not be read, or the name is no name."""

    def __init__(self, source: str, problem: str, reason: str | None = None) -> None:
        super().__init__(source, problem)
        self.reason = reason  # the system's words ("Permission denied"), when it gave any


class FileTooLargeError(AssessmentProblem):
    """Larger than any assessment file (limits.MAX_FILE_BYTES): refused before it is read whole."""


class NotAnAssessmentError(AssessmentProblem):
    """Not an assessment file at all: not UTF-8 text, not JSON, not a JSON object, or another format."""


class NotJsonError(NotAnAssessmentError):
    """Not JSON text (and not JSON cut short): ``problem`` says where the parser stopped (line, column)."""


class CutShortError(AssessmentProblem):
    """The text ends too early — inside a string, a number, a word or before its brackets close: a copy, a
    download or a save cut short (a disk full, the power gone)."""


class NewerFormatError(AssessmentProblem):
    """Written in a newer ``format_version`` than this program reads."""

    def __init__(self, source: str, problem: str, version: int) -> None:
        super().__init__(source, problem)
        self.version = version


class UnknownQuestionnaireError(AssessmentProblem):
    """Answers a questionnaire version this program does not have (one published after it)."""

    def __init__(self, source: str, problem: str, version: str) -> None:
        super().__init__(source, problem)
        self.version = version


class RefusedContentsError(AssessmentProblem):
    """An assessment file whose contents break a rule of the format or a limit: a key missing or of the wrong
    kind, an answer the questionnaire does not accept, a number or a text over its limit, a key twice."""

    def __init__(self, source: str, problem: str, key: str | None) -> None:
        super().__init__(source, problem)
        self.key = key  # where in the file ("answers/III.benefit.rate"), None when the reader cannot tell
