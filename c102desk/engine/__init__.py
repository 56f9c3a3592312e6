"""The rule engine: answers in, article-cited verdicts out. Plain Python, no Qt."""

from c102desk.engine.evaluate import evaluate
from c102desk.engine.results import Evaluation, PartResult, PartStatus, Requirement, Status

__all__ = ["Evaluation", "PartResult", "PartStatus", "Requirement", "Status", "evaluate"]
