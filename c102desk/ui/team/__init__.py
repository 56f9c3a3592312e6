"""Team work in the app: merging an offline copy, comparing (docs/team-work.md)."""
