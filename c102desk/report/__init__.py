"""The gap-assessment PDF report (reportlab), plain Python with no Qt.

``build_report(assessment, lang=..., signer=...)`` returns the unsigned PDF with the assessment and the
evaluation attached; ``report.signatures.sign_report`` signs it and ``report.verification`` checks every
signature of it. Importing this package is cheap: the reportlab modules are loaded by ``c102desk.report.builder``.
"""
