"""Team work: comparing assessments and revisions, merging offline copies (docs/team-work.md)."""
