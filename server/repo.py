"""Resource storage, visibility per account and the change feed."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from server.db import counters, resources
from services.domain import entities as e

R = resources
ORG_SIDE = {"Organization", "Closure", "Activity", "Occurrence"}
_BY_ORG = ("Organization", "Closure")
_BY_ACTIVITY = ("Activity", "Occurrence")



def next_value(conn: Connection, name: str, step: int = 1) -> int:
    """Take the next value(s) of a counter; the row lock orders concurrent writers."""
    stmt = (update(counters).where(counters.c.name == name)
            .values(value=counters.c.value + step).returning(counters.c.value))
    value = conn.execute(stmt).scalar()
    if value is None:
        conn.execute(counters.insert().values(name=name, value=step))
        value = step
    return value


def current_value(conn: Connection, name: str) -> int:
    return conn.scalar(select(counters.c.value).where(counters.c.name == name)) or 0


def _columns(entity: e.Resource, account_id: int | None, activity_orgs: dict[int, int]) -> dict:
    kind = type(entity).__name__
    org = entity.id if kind == "Organization" else getattr(entity, "organization_id", None)
    activity = entity.id if kind == "Activity" else getattr(entity, "activity_id", None)
    if org is None and activity is not None:
        org = activity_orgs.get(activity)
    return {"type": kind, "id": entity.id, "account_id": None if kind in ORG_SIDE else account_id,
            "org_id": org, "activity_id": activity}


def with_version(entity: e.Resource, seq: int) -> e.Resource:
    return entity.model_copy(update={"version": str(seq)})


def put(conn: Connection, entity: e.Resource, account_id: int | None) -> e.Resource:
    """Insert or replace one resource as a new change; returns it with its new Version."""
    return put_many(conn, [entity], account_id)[0]


def put_many(conn: Connection, entities: list[e.Resource], account_id: int | None,
             activity_orgs: dict[int, int] | None = None) -> list[e.Resource]:
    if not entities:
        return []
    activity_orgs = activity_orgs if activity_orgs is not None else _activity_orgs(conn, entities)
    last = next_value(conn, "seq", len(entities))
    stored, rows = [], []
    for seq, entity in enumerate(entities, start=last - len(entities) + 1):
        entity = with_version(entity, seq)
        stored.append(entity)
        rows.append({**_columns(entity, account_id, activity_orgs), "seq": seq, "deleted": False,
                     "data": entity.model_dump_json(by_alias=True)})
    conn.execute(_upsert(conn), rows)
    return stored


def _upsert(conn: Connection):
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(R)
    return stmt.on_conflict_do_update(
        index_elements=["type", "id"],
        set_={c.name: stmt.excluded[c.name] for c in R.c if c.name not in ("type", "id")},
    )


def _activity_orgs(conn: Connection, entities: Iterable[e.Resource]) -> dict[int, int]:
    wanted = {a for ent in entities if (a := getattr(ent, "activity_id", None)) is not None}
    if not wanted:
        return {}
    rows = conn.execute(select(R.c.id, R.c.org_id).where(R.c.type == "Activity",
                                                         R.c.id.in_(wanted)))
    return dict(rows.all())


def tombstone(conn: Connection, kind: str, ident: int) -> int:
    seq = next_value(conn, "seq")
    conn.execute(update(R).where(R.c.type == kind, R.c.id == ident)
                 .values(deleted=True, seq=seq, data="null"))
    return seq


def new_id(conn: Connection) -> int:
    return next_value(conn, "id")


# --- reading ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scope:
    """What one account may see: its own rows, and the organization side it deals with."""

    account_id: int
    org_ids: frozenset[int]
    activity_ids: frozenset[int]

    def clause(self, by_seq: bool = False):
        """Rows this account may see. `by_seq` hides the columns from the planner (`+ 0`,
        `|| ''`) so that SQLite walks the seq index in order and stops after one page, rather
        than gathering the OR from three indexes and sorting all of it for every page."""
        account, kind, org, activity = R.c.account_id, R.c.type, R.c.org_id, R.c.activity_id
        if by_seq:
            account, org, activity = account + 0, org + 0, activity + 0
            kind = kind.concat("")
        return or_(
            account == self.account_id,
            and_(account.is_(None), kind.in_(_BY_ORG), org.in_(self.org_ids)),
            and_(account.is_(None), kind.in_(_BY_ACTIVITY), activity.in_(self.activity_ids)),
        )


def scope(conn: Connection, account_id: int) -> Scope:
    own = and_(R.c.account_id == account_id, R.c.deleted.is_(False))
    activities = frozenset(conn.scalars(
        select(R.c.activity_id).where(own, R.c.type == "Registration").distinct()))
    orgs = frozenset(conn.scalars(
        select(R.c.org_id).where(own, R.c.org_id.is_not(None)).distinct()))
    return Scope(account_id, orgs, activities)


def get(conn: Connection, model: type[e.Resource], ident: int, where: Scope):
    row = conn.execute(select(R.c.data).where(R.c.type == model.__name__, R.c.id == ident,
                                              R.c.deleted.is_(False), where.clause())).first()
    return None if row is None else model.model_validate_json(row.data)


def list_of(conn: Connection, model: type[e.Resource], where: Scope, *extra) -> list:
    rows = conn.scalars(select(R.c.data).where(R.c.type == model.__name__,
                                               R.c.deleted.is_(False), where.clause(), *extra)
                        .order_by(R.c.id))
    return [model.model_validate_json(data) for data in rows]


def page_of(conn: Connection, model: type[e.Resource], where: Scope, page: int,
            per_page: int) -> tuple[list[str], int]:
    """One page of a list as raw JSON texts, and the total count."""
    cond = (R.c.type == model.__name__, R.c.deleted.is_(False), where.clause())
    total = conn.scalar(select(func.count()).select_from(R).where(*cond))
    rows = conn.scalars(select(R.c.data).where(*cond).order_by(R.c.id)
                        .limit(per_page).offset((page - 1) * per_page))
    return list(rows), total


# --- change feed --------------------------------------------------------------------------------


def feed_page(conn: Connection, where: Scope, since: int | None, upto: int, after: int,
              per_page: int) -> tuple[list[str], int | None]:
    """Changes with `after` < seq ≤ `upto` as change JSON texts, and the seq to continue
    after when more follow (None on the last page).

    Without `since` it is a snapshot: tombstones are left out.
    """
    cond = [where.clause(by_seq=True), R.c.seq > after, R.c.seq <= upto]
    if since is None:
        cond.append(R.c.deleted.is_(False))
    rows = conn.execute(select(R.c.type, R.c.id, R.c.seq, R.c.deleted, R.c.data)
                        .where(*cond).order_by(R.c.seq).limit(per_page + 1)).all()
    items = [
        (f'{{"Type":{json.dumps(r.type)},"Id":{r.id},"Op":"Delete","Version":"{r.seq}",'
         f'"Data":null}}') if r.deleted else
        (f'{{"Type":{json.dumps(r.type)},"Id":{r.id},"Op":"Upsert","Version":"{r.seq}",'
         f'"Data":{r.data}}}')
        for r in rows[:per_page]
    ]
    return items, (rows[per_page - 1].seq if len(rows) > per_page else None)


def feed_count(conn: Connection, where: Scope, since: int | None, upto: int) -> int:
    cond = [where.clause(by_seq=True), R.c.seq > (since or 0), R.c.seq <= upto]
    if since is None:
        cond.append(R.c.deleted.is_(False))
    return conn.scalar(select(func.count()).select_from(R).where(*cond))


def purge_tombstones(conn: Connection) -> int:
    """Forget deletions up to now: older cursors can no longer be served (410)."""
    horizon = current_value(conn, "seq")
    conn.execute(R.delete().where(R.c.deleted.is_(True), R.c.seq <= horizon))
    conn.execute(update(counters).where(counters.c.name == "horizon").values(value=horizon))
    if conn.scalar(select(counters.c.value).where(counters.c.name == "horizon")) is None:
        conn.execute(counters.insert().values(name="horizon", value=horizon))
    return horizon
