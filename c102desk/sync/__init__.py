"""Synchronising a laptop's library with the team store (issue 17, docs/team-server.md "Syncing a laptop")."""
