"""The store's Alembic migrations (the ones that upgrade a laptop's SQLite file) run on PostgreSQL too, and give
there exactly the tables the models describe."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from c102desk.store import migrate
from c102desk.store.models import Base


def test_an_empty_database_is_upgraded_to_head_and_matches_the_models(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        with engine.connect() as connection:
            assert set(sa.inspect(connection).get_table_names()) == {*Base.metadata.tables, "alembic_version"}
            assert connection.execute(sa.text("SELECT version_num FROM alembic_version")).scalars().all() == [
                migrate.HEAD]
            assert compare_metadata(MigrationContext.configure(connection), Base.metadata) == []
            checks = {c["name"] for c in sa.inspect(connection).get_check_constraints("answers")}
            assert "ck_answers_confidence" in checks  # r0002's batch step became a plain ALTER TABLE here
            columns = {c["name"]: c for c in sa.inspect(connection).get_columns("evidence_files")}
            assert columns["caption"]["default"] == "''::text"  # r0003's server default
    finally:
        engine.dispose()


def test_the_check_constraints_hold_on_the_server(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        with pytest.raises(sa.exc.IntegrityError, match="ck_assessments_status"), engine.begin() as connection:
            connection.execute(sa.text(
                "INSERT INTO assessments VALUES ('a', 'R', 'T', '1', 'lost', 1, NULL, 'now', 'now', NULL)"))
    finally:
        engine.dispose()


def test_every_migration_goes_down_again_on_the_server(pg_url: str) -> None:
    engine = sa.create_engine(pg_url)
    try:
        with engine.begin() as connection:
            command.upgrade(migrate.alembic_config(connection), "head")
        with engine.begin() as connection:
            command.downgrade(migrate.alembic_config(connection), "base")
        with engine.connect() as connection:
            assert sa.inspect(connection).get_table_names() == ["alembic_version"]
    finally:
        engine.dispose()
