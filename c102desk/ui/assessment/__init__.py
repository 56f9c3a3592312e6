"""The assessment view and the compliance dashboard (issue 4): ``AssessmentView(store, assessment_id)``."""

from c102desk.ui.assessment.view import AssessmentView

__all__ = ["AssessmentView"]
