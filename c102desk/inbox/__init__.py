"""The ILO's desk: a folder of received reports, each verified (every signature, with ``report.verification``),
listed with what its signed assessment says, compared across countries and over time, and exported for analysts.

``scan`` verifies the files one after another; ``entry`` reads one; ``picture`` counts Parts by status across
countries and a country's revisions; ``tables`` feeds the analysts' exports; ``summary_pdf`` writes the PDF
summary; ``commands`` is ``c102desk inbox``. No Qt: the app's screen is ``c102desk.ui.inbox``.
"""
