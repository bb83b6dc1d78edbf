"""Resource storage, visibility per account and the change feed."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import Connection, and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from server.bodies import MAX_ID
from server.db import counters, resources, visibility
from services.domain import entities as e

R, V = resources, visibility
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
            "org_id": org, "activity_id": activity,
            "grants": not getattr(entity, "is_cancelled", False)}


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
    if account_id is not None and any(r["org_id"] is not None or r["activity_id"] is not None
                                      for r in rows):
        settle_visibility(conn, account_id, last)
    return stored


def _upsert(conn: Connection, table=R, key: tuple[str, ...] = ("type", "id")):
    insert = pg_insert if conn.dialect.name == "postgresql" else sqlite_insert
    stmt = insert(table)
    return stmt.on_conflict_do_update(
        index_elements=list(key),
        set_={c.name: stmt.excluded[c.name] for c in table.c if c.name not in key},
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
    row = conn.execute(update(R).where(R.c.type == kind, R.c.id == ident)
                       .values(deleted=True, seq=seq, data="null")
                       .returning(R.c.account_id, R.c.org_id, R.c.activity_id)).first()
    if row is not None and row.account_id is not None and (
            row.org_id is not None or row.activity_id is not None):
        settle_visibility(conn, row.account_id, seq)
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
    # A cancelled registration (grants false) shows neither its activity nor its organization.
    own = and_(R.c.account_id == account_id, R.c.deleted.is_(False), R.c.grants.is_(True))
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


# --- visibility -----------------------------------------------------------------------------


def settle_visibility(conn: Connection, account_id: int, seq: int) -> None:
    """Record, as change `seq`, where what the account's own rows let it see now differs from
    what was recorded: the change feed works from these records (visibility_changes)."""
    now = scope(conn, account_id)
    wanted = {("Organization", o) for o in now.org_ids} | \
        {("Activity", a) for a in now.activity_ids}
    recorded = {(kind, target) for kind, target in conn.execute(select(V.c.kind, V.c.target_id)
                .where(V.c.account_id == account_id, V.c.visible.is_(True)))}
    rows = [{"account_id": account_id, "kind": kind, "target_id": target, "visible": visible,
             "seq": seq}
            for visible, targets in ((True, wanted - recorded), (False, recorded - wanted))
            for kind, target in sorted(targets)]
    if rows:
        conn.execute(_upsert(conn, V, ("account_id", "kind", "target_id")), rows)


@dataclass(frozen=True)
class Changed:
    """Organizations and activities whose visibility changed for one account between a cursor
    and the feed's upper bound: the ones now visible (`gained`) and those no longer (`lost`)."""

    gained_orgs: frozenset[int] = frozenset()
    gained_activities: frozenset[int] = frozenset()
    lost_orgs: frozenset[int] = frozenset()
    lost_activities: frozenset[int] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.gained_orgs or self.gained_activities or self.lost_orgs
                    or self.lost_activities)

    def targets(self) -> list[Target]:
        """Each of them, in the order the feed gives them."""
        return sorted([*(Target(ORG, o, True) for o in self.gained_orgs),
                       *(Target(ORG, o, False) for o in self.lost_orgs),
                       *(Target(ACTIVITY, a, True) for a in self.gained_activities),
                       *(Target(ACTIVITY, a, False) for a in self.lost_activities)])


ORG, ACTIVITY = "Organization", "Activity"
NOTHING_CHANGED = Changed()


class Target(NamedTuple):
    kind: str  # ORG or ACTIVITY
    id: int
    gained: bool  # now visible (else: no longer)


@dataclass(frozen=True)
class Position:
    """Where the visibility part of a feed page stopped: after row `seq` of a target."""

    kind: str
    target: int
    seq: int

    def text(self) -> str:
        return f"{self.kind}.{self.target}.{self.seq}"

    @classmethod
    def parse(cls, text: str) -> Position:
        """ValueError when malformed, or out of the database's integer range."""
        found = _POSITION.fullmatch(text)
        if found is None or max(int(found[2]), int(found[3])) > MAX_ID:
            raise ValueError(text)
        return cls(found[1], int(found[2]), int(found[3]))


_POSITION = re.compile(rf"({ORG}|{ACTIVITY})\.([0-9]{{1,19}})\.([0-9]{{1,19}})", re.ASCII)


def visibility_changes(conn: Connection, account_id: int, since: int, upto: int) -> Changed:
    """What became visible or stopped being so with changes `since` < seq ≤ `upto`.

    Only the latest state of each is recorded, so something gained then lost (or the other
    way) since the cursor counts as its latest state: sending it again, or deleting what the
    client may not hold, is harmless, while a change after `upto` waits for the next sync.
    """
    found: dict[tuple[str, bool], set[int]] = {}
    for kind, target, visible in conn.execute(select(V.c.kind, V.c.target_id, V.c.visible).where(
            V.c.account_id == account_id, V.c.seq > since, V.c.seq <= upto)):
        found.setdefault((kind, visible), set()).add(target)

    def of(kind: str, visible: bool) -> frozenset[int]:
        return frozenset(found.get((kind, visible), ()))

    return Changed(of(ORG, True), of(ACTIVITY, True), of(ORG, False), of(ACTIVITY, False))


def _concerned(target: Target, since: int):
    """The organization-side rows of a target that its visibility change concerns: when now
    visible, the live rows the client never got (older than its cursor; later ones are in the
    feed anyway); when no longer, every row the client may hold (live, or deleted since)."""
    kinds, column = (_BY_ORG, R.c.org_id) if target.kind == ORG else \
        (_BY_ACTIVITY, R.c.activity_id)
    held = and_(R.c.seq <= since, R.c.deleted.is_(False)) if target.gained else \
        or_(R.c.deleted.is_(False), R.c.seq > since)
    return and_(R.c.account_id.is_(None), R.c.type.in_(kinds), column == target.id, held)


def _target_rows(conn: Connection, target: Target, since: int, after: int, limit: int) -> list:
    """A target's rows after `after`, in seq order. Found through the organization or activity
    index and sorted (`seq + 0` keeps SQLite off the seq index), one target at a time: a page
    costs what it gives, even when thousands of rows changed visibility at once."""
    return conn.execute(select(R.c.type, R.c.id, R.c.seq, R.c.data)
                        .where(_concerned(target, since), R.c.seq > after)
                        .order_by(R.c.seq + 0).limit(limit)).all()


def visibility_page(conn: Connection, changed: Changed, since: int, start: Position | None,
                    limit: int) -> tuple[list[str], Position | None]:
    """Up to `limit` changes for what became visible (upserts of its rows) or stopped being
    so (deletes), target after target from `start`, and where to go on (None: done)."""
    targets = [t for t in changed.targets()
               if start is None or (t.kind, t.id) >= (start.kind, start.target)]
    items: list[str] = []
    for index, target in enumerate(targets):
        resume = start is not None and (target.kind, target.id) == (start.kind, start.target)
        room = limit - len(items)
        rows = _target_rows(conn, target, since, start.seq if resume else 0, room + 1)
        items += [_change(r.type, r.id, r.seq, not target.gained, r.data) for r in rows[:room]]
        if len(items) < limit:
            continue
        later = targets[index + 1:]
        if len(rows) > room or any(_target_rows(conn, t, since, 0, 1) for t in later):
            return items, Position(target.kind, target.id, rows[room - 1].seq)
        break
    return items, None


def visibility_count(conn: Connection, changed: Changed, since: int) -> int:
    if not changed:
        return 0
    return conn.scalar(select(func.count()).select_from(R).where(
        or_(*(_concerned(target, since) for target in changed.targets()))))


# --- change feed --------------------------------------------------------------------------------


def _change(kind: str, ident: int, seq: int, deleted: bool, data: str) -> str:
    if deleted:
        return (f'{{"Type":{json.dumps(kind)},"Id":{ident},"Op":"Delete","Version":"{seq}",'
                f'"Data":null}}')
    return (f'{{"Type":{json.dumps(kind)},"Id":{ident},"Op":"Upsert","Version":"{seq}",'
            f'"Data":{data}}}')


def _continue_after(rows: list, limit: int, after: int) -> int | None:
    """The seq to continue after when rows beyond `limit` were found (None: no more)."""
    if len(rows) <= limit:
        return None
    return rows[limit - 1].seq if limit else after


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
    # Inline, not _change(): this is the snapshot's hot loop (100,000 rows in bench/feed.py).
    items = [
        (f'{{"Type":{json.dumps(r.type)},"Id":{r.id},"Op":"Delete","Version":"{r.seq}",'
         f'"Data":null}}') if r.deleted else
        (f'{{"Type":{json.dumps(r.type)},"Id":{r.id},"Op":"Upsert","Version":"{r.seq}",'
         f'"Data":{r.data}}}')
        for r in rows[:per_page]
    ]
    return items, _continue_after(rows, per_page, after)


def feed_count(conn: Connection, where: Scope, since: int | None, upto: int) -> int:
    cond = [where.clause(by_seq=True), R.c.seq > (since or 0), R.c.seq <= upto]
    if since is None:
        cond.append(R.c.deleted.is_(False))
    return conn.scalar(select(func.count()).select_from(R).where(*cond))


def purge_tombstones(conn: Connection) -> int:
    """Forget deletions up to now: older cursors can no longer be served (410), and neither
    can the records of what stopped being visible before."""
    horizon = current_value(conn, "seq")
    conn.execute(R.delete().where(R.c.deleted.is_(True), R.c.seq <= horizon))
    conn.execute(V.delete().where(V.c.visible.is_(False), V.c.seq <= horizon))
    conn.execute(update(counters).where(counters.c.name == "horizon").values(value=horizon))
    if conn.scalar(select(counters.c.value).where(counters.c.name == "horizon")) is None:
        conn.execute(counters.insert().values(name="horizon", value=horizon))
    return horizon
