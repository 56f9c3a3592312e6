"""Alembic migrations of the store schema, shipped inside the package and applied at open (see migrate.py)."""
