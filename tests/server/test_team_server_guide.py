"""docs/team-server.md's set-up, run as written against a real PostgreSQL: the SQL blocks of the guide, then
``server init`` as the administrator acting as the owner group; an official may then write data but not change
the tables."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from c102desk.server import init_server
from c102desk.server.errors import PermissionDeniedError

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "team-server.md"


def _sql_blocks() -> list[str]:
    return re.findall(r"```sql\n(.*?)```", GUIDE.read_text(encoding="utf-8"), flags=re.S)


def test_the_guide_s_roles_and_database_work_as_it_says(pg_cluster: Any) -> None:
    roles, rights = _sql_blocks()
    pg_cluster.psql(roles)
    pg_cluster.psql(rights, database="c102_ministry")
    try:
        admin = pg_cluster.url_for("c102_ministry", role="it_admin", password="change-me")
        report = init_server(admin + "?options=-c%20role%3Dc102_owner")
        assert (report.role, report.before) == ("c102_owner", None)

        official = pg_cluster.url_for("c102_ministry", role="ana_perez", password="change-me-too")
        engine = sa.create_engine(official)
        try:
            with engine.begin() as connection:
                connection.execute(sa.text("INSERT INTO assessor_profiles (name, organisation, role, created) "
                                           "VALUES ('Ana', 'Ministry', 'assessor', '2026-01-01')"))
                owner = connection.execute(sa.text(
                    "SELECT tableowner FROM pg_tables WHERE tablename = 'answers'")).scalar()
            assert owner == "c102_owner"
            with pytest.raises(sa.exc.ProgrammingError, match="must be owner"), engine.begin() as connection:
                connection.execute(sa.text("DROP TABLE answers"))
        finally:
            engine.dispose()
        # An up-to-date server needs nothing of the official; a future upgrade would be refused to them.
        assert not init_server(official).changed
        administrator = sa.create_engine(admin)
        try:
            with administrator.begin() as connection:
                connection.execute(sa.text("SET ROLE c102_owner"))
                connection.execute(sa.text("UPDATE alembic_version SET version_num = 'r0004'"))
        finally:
            administrator.dispose()
        with pytest.raises(PermissionDeniedError, match="the role ana_perez may not create or change"):
            init_server(official)
    finally:
        pg_cluster.drop_database("c102_ministry")
        pg_cluster.psql("DROP ROLE ana_perez; DROP ROLE it_admin; DROP OWNED BY c102_team; DROP ROLE c102_team;"
                        "DROP OWNED BY c102_owner; DROP ROLE c102_owner;")
