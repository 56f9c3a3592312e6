"""The look of the assessment view: quiet colours, clear hierarchy, chips for verdicts."""

# A final assessment's answers are read-only (their controls disabled) but must stay legible: their text keeps
# a contrast of at least 4.5:1 (WCAG AA) on white and on the light grey of a disabled field (Qt's default
# disabled grey is about 1.6:1). Set on the question pages while the assessment is final.
READ_ONLY_TEXT = "#3e4a56"
READ_ONLY_SHEET = f"""
QLineEdit:disabled, QComboBox:disabled, QRadioButton:disabled, QCheckBox:disabled, QLabel:disabled,
QPlainTextEdit:disabled {{ color: {READ_ONLY_TEXT}; }}
"""


STYLE_SHEET = """
#assessmentHeader { background: #f6f8fa; border-bottom: 1px solid #d8dee4; }
#assessmentTitle { font-size: 15pt; font-weight: 600; color: #1f2933; }
#assessmentSubtitle { color: #57606a; }
#savedIndicator { color: #17633a; padding: 0 10px; }
#savedIndicator[failed="true"] { color: #9b1c1c; font-weight: 600; }
#viewMessage { color: #8a5300; padding: 0 10px; }
#finalBanner { background: #fff4d6; border-bottom: 1px solid #e7c66b; }
#partNavigator { border: none; border-right: 1px solid #d8dee4; background: #fbfcfd; }
#partNavigator::item { padding: 7px 6px; border-bottom: 1px solid #eef1f4; }
#partNavigator::item:selected { background: #dbe9fb; color: #0b3a75; }
#partBody { background: white; }
#partTitle { font-size: 16pt; font-weight: 600; color: #1f2933; }
#partIntro { color: #3e4a56; padding-bottom: 6px; }
#sectionTitle { font-size: 12pt; font-weight: 600; color: #1d4f91; padding-top: 14px;
                border-bottom: 1px solid #d8dee4; padding-bottom: 4px; }
#questionRow { border: 1px solid transparent; border-radius: 6px; }
#questionRow:focus-within { border-color: #9cc3f5; }
#questionLabel { font-weight: 600; color: #1f2933; }
#questionMeta { color: #5f6873; font-size: 9pt; }
QToolButton[marked="true"] { color: #1d4f91; font-weight: 600; }
#answerHistory { color: #3e4a56; }
#unitSuffix { color: #3e4a56; }
QLabel[severity="error"] { color: #9b1c1c; background: #fbe0e0; border-radius: 4px; padding: 4px 8px; }
QLabel[severity="warning"] { color: #7a4a00; background: #fdf0d5; border-radius: 4px; padding: 4px 8px; }
QLabel[severity="settled"] { color: #1f5c3a; background: #e6f4ea; border-radius: 4px; padding: 4px 8px; }
#helpBody { background: #f6f8fa; }
#helpCaption { color: #6e7781; font-size: 9pt; font-weight: 600; letter-spacing: 1px; }
#helpTitle { font-size: 12pt; font-weight: 600; color: #1f2933; }
#helpArticle { color: #1d4f91; font-weight: 600; }
#helpText { color: #1f2933; }
#helpAssumption { background: #fdf0d5; color: #5c3a00; border-radius: 4px; padding: 8px; }
#ratificationPanel { background: #f6f8fa; border: 1px solid #d8dee4; border-radius: 8px; }
#ratificationVerdict { font-size: 14pt; font-weight: 600; }
#ratificationVerdict[possible="yes"] { color: #17633a; }
#ratificationVerdict[possible="no"] { color: #9b1c1c; }
#ratificationVerdict[possible="open"] { color: #8a5300; }
#ratificationDetails { color: #3e4a56; }
#whatIfNote { color: #8a5300; font-weight: 600; }
#dashboardHint { color: #6e7781; }
#searchPanel { background: #f6f8fa; border-bottom: 1px solid #d8dee4; }
#searchResults::item { padding: 3px 4px; }
#gapTree::item { padding: 3px 2px; }
"""
