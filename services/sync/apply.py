"""Writing the platform's resources into the store, keeping fields with pending local edits."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Column, Connection, MetaData, Table, delete, insert, select, update

from services.api import schemas
from services.api.schemas import Change
from services.domain.entities import RESOURCE_TYPES, Resource
from services.store import revisions, search
from services.store.mapping import to_db, upsert_sql
from services.store.schema import RESOURCE_TABLES, T
from services.store.store import Store
from services.sync import outbox

ChangeSet = dict[str, set[int]]


def merge(entity: Resource, local: dict[str, Any] | None) -> Resource:
    """The platform's `entity` with the locally edited fields laid over it."""
    if not local:
        return entity
    return type(entity).model_validate({**entity.wire(), **local})


def validate(changes: Iterable[Change]) -> list[tuple[Change, Resource | None]]:
    """Every change of a page checked against its schema before anything is written."""
    checked = []
    for change in changes:
        if change.Op == "Delete":
            if change.Type not in RESOURCE_TYPES:
                raise schemas.SchemaError(f"{change.Type} {change.Id}: unknown resource type")
            checked.append((change, None))
        else:
            checked.append((change, schemas.resource(change.Type, change.Data, change.Id)))
    return checked


def apply_page(store: Store, conn: Connection, page: list[tuple[Change, Resource | None]],
               pending: dict[tuple[str, int], dict[str, Any]]) -> ChangeSet:
    """Upserts and deletes of one page, in one transaction (the caller's)."""
    changed: ChangeSet = defaultdict(set)
    upserts: list[Resource] = []
    deletes: dict[str, list[int]] = defaultdict(list)
    for change, entity in page:
        changed[change.Type].add(change.Id)
        if entity is None:
            deletes[change.Type].append(change.Id)
        else:
            upserts.append(merge(entity, pending.get((change.Type, change.Id))))
    revisions.count_changes(conn, upserts)  # calendar files' SEQUENCE (issue 17)
    store.upsert(conn, upserts)
    for type_name, ids in deletes.items():
        store.delete(conn, RESOURCE_TYPES[type_name], ids)
    return changed


# Staging copies of the resource tables, outside the schema's metadata (and so outside
# Alembic's view): a 410 rebuild fills them page by page, then swaps them in at once.
_staging_metadata = MetaData()
STAGING: dict[type[Resource], Table] = {
    model: Table(f"staging_{table.name}", _staging_metadata,
                 *(Column(c.name, c.type, primary_key=c.primary_key) for c in table.c))
    for model, table in RESOURCE_TABLES.items()
}


def prepare_staging(conn: Connection) -> None:
    _staging_metadata.drop_all(conn)
    _staging_metadata.create_all(conn)


def stage_page(store: Store, conn: Connection, page: list[tuple[Change, Resource | None]]) -> None:
    """A snapshot page into the staging tables (the live ones stay as they are meanwhile)."""
    groups: dict[type[Resource], list[tuple]] = defaultdict(list)
    for _, entity in page:
        if entity is not None:
            groups[type(entity)].append(to_db(entity, store.cipher))
    for model, rows in groups.items():
        conn.exec_driver_sql(upsert_sql(STAGING[model]), rows)


def replace_all(store: Store, conn: Connection) -> None:
    """Swap in the staged snapshot: every platform row replaced, local creations kept, pending
    edits laid back over, all in the caller's one transaction."""
    revisions.count_staged_changes(conn, {model.__name__: STAGING[model] for model in STAGING})
    for model, table in RESOURCE_TABLES.items():
        conn.execute(delete(table).where(table.c.id > 0))  # temp ids (< 0) are local creations
        conn.execute(insert(table).from_select([c.name for c in table.c],
                                               select(STAGING[model])))
    _staging_metadata.drop_all(conn)
    search.rebuild(conn)  # search everything (issue 18): the swapped-in rows, same transaction
    reapply(store, conn)


def reapply(store: Store, conn: Connection) -> None:
    """Lay every pending local edit back over the rows (after a rebuild)."""
    for (type_name, ident), fields in outbox.pending_fields(store, conn).items():
        model = RESOURCE_TYPES[type_name]
        current = store.get(conn, model, ident)
        if current is not None:
            store.upsert(conn, [merge(current, fields)])


def remap_id(store: Store, conn: Connection, type_name: str, temp: int, real: int) -> None:
    """A local creation got its platform id: move the row and every reference to it."""
    for table in RESOURCE_TABLES.values():
        for column in table.c:
            if column.name.endswith("_id") and column.name != "id":
                conn.execute(update(table).where(column == temp).values({column.name: real}))
    table = T[type_name]
    conn.execute(delete(table).where(table.c.id == temp))
    search.remove(conn, type_name, [temp])
    search.reindex(conn, type_name, [real])
    for entry in outbox.entries(store, conn, (outbox.PENDING, outbox.PARKED, outbox.CONFLICT,
                                              outbox.IN_FLIGHT)):
        if _remap_request(entry.request, temp, real):
            outbox.rewrite(store, conn, entry)


def _swap(value: Any, temp: int, real: int) -> Any:
    if isinstance(value, dict):
        return {k: (real if k.endswith("Id") and v == temp else _swap(v, temp, real))
                for k, v in value.items()}
    if isinstance(value, list):
        return [_swap(v, temp, real) for v in value]
    return value


def _remap_request(request: outbox.Request, temp: int, real: int) -> bool:
    before = (request.path, request.body, [e.wire() for e in request.effects])
    request.path = "/".join(str(real) if part == str(temp) else part
                            for part in request.path.split("/"))
    request.body = _swap(request.body, temp, real)
    for effect in request.effects:
        if effect.id == temp:
            effect.id = real
        effect.fields = _swap(effect.fields, temp, real)
    return before != (request.path, request.body, [e.wire() for e in request.effects])
