"""The assessment file (``*.c102.json``) of engine-contract.md §1."""

from c102desk.assessment.file_format import FORMAT, FORMAT_VERSION, AssessmentFile, parse_assessment, read_assessment

__all__ = ["FORMAT", "FORMAT_VERSION", "AssessmentFile", "parse_assessment", "read_assessment"]
