"""Server migrations on a database that already holds data (SQLite, and PostgreSQL when
CARNET_TEST_POSTGRES_URL is set)."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import insert, select, text

from server.db import MIGRATIONS, counters, make_engine, reset, resources, visibility
from tests.reference import BACKENDS, POSTGRES


def _upgrade(engine, revision: str) -> None:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, revision)


def _row(kind: str, ident: int, account: int | None, org: int | None, activity: int | None,
         data: str, deleted: bool = False) -> dict:
    return {"type": kind, "id": ident, "account_id": account, "org_id": org,
            "activity_id": activity, "seq": ident, "deleted": deleted, "data": data}


@pytest.fixture(params=BACKENDS)
def engine(request, tmp_path):
    url = POSTGRES if request.param == "postgresql" else f"sqlite:///{tmp_path / 'm.sqlite3'}"
    engine = make_engine(url)
    reset(engine)
    yield engine
    reset(engine)
    engine.dispose()


def test_s0003_records_what_each_account_sees_and_cancelled_registrations_grant_nothing(engine):
    _upgrade(engine, "s0002")
    rows = [
        _row("Registration", 1, 7, 10, 20, '{"Id":1,"IsCancelled":false}'),
        _row("Registration", 2, 7, 11, 21, '{"Id":2,"IsCancelled":true}'),
        _row("Registration", 3, 7, 12, 22, '{"Id":3,"IsCancelled":false}', deleted=True),
        _row("QuickAccess", 4, 7, 13, None, '{"Id":4}'),
        _row("Activity", 20, None, 10, 20, '{"Id":20}'),
    ]
    with engine.begin() as conn:
        conn.execute(insert(counters), [{"name": "seq", "value": 40}])
        # Plain SQL: the table as s0002 left it, without the column s0003 adds.
        conn.execute(text("INSERT INTO resources (type, id, account_id, org_id, activity_id,"
                          " seq, deleted, data) VALUES (:type, :id, :account_id, :org_id,"
                          " :activity_id, :seq, :deleted, :data)"), rows)
    _upgrade(engine, "head")
    with engine.connect() as conn:
        grants = dict(conn.execute(select(resources.c.id, resources.c.grants)).all())
        seen = set(conn.execute(select(visibility.c.account_id, visibility.c.kind,
                                       visibility.c.target_id, visibility.c.visible,
                                       visibility.c.seq)).all())
    assert grants == {1: True, 2: False, 3: True, 4: True, 20: True}
    assert seen == {(7, "Activity", 20, True, 40), (7, "Organization", 10, True, 40),
                    (7, "Organization", 13, True, 40)}



def test_migrations_make_the_schema_of_the_code(engine):
    """A table added to server/db.py without its migration (or the other way) fails here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from server.db import metadata

    _upgrade(engine, "head")
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
