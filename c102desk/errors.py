"""Known, expected errors: each carries a sentence a ministry official understands.

Bugs are not modelled here; they propagate as ordinary exceptions and are logged.
"""

from __future__ import annotations


class C102Error(Exception):
    """Base of every error that is shown to the user as a plain message."""


class QuestionnaireError(C102Error):
    """A questionnaire definition file under resources/ is broken (a defect of the installation)."""


class AssessmentFileError(C102Error):
    """An assessment file cannot be read: not JSON, not an assessment, wrong version or invalid answers."""
