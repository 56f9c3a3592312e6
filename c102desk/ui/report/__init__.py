"""The report screens: Export report… (preview, sign and save) and Verify a report….

One module per dialog: ``export_dialog.ExportReportDialog``, ``identity_dialog.CreateIdentityDialog`` and
``verify_dialog.VerifyReportDialog``; ``page_viewer.PageViewer`` shows a PDF's pages and ``tasks`` holds the
work done off the GUI thread. The main window imports them when first used (pyHanko and pdfium load then).
"""
