"""Datasets in and out of the server's storage (docs/dataset.md)."""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, Engine, func, select

from server import repo
from server.auth import hash_password
from server.db import counters, logins, resources
from services.domain import entities as e
from services.domain.dataset import (
    ACCOUNT_COLLECTIONS,
    ORG_COLLECTIONS,
    AccountData,
    Dataset,
)

BATCH = 5_000
_MODELS = {name: field.annotation.__args__[0]
           for name, field in {**Dataset.model_fields, **AccountData.model_fields}.items()
           if name in ORG_COLLECTIONS or name in ACCOUNT_COLLECTIONS}


def ensure_counters(conn: Connection) -> None:
    present = set(conn.scalars(select(counters.c.name)))
    for name in ("seq", "id", "horizon"):
        if name not in present:
            conn.execute(counters.insert().values(name=name, value=0))
    if "epoch" not in present:  # names this database in cursors: a reset server answers 410
        conn.execute(counters.insert().values(name="epoch", value=secrets.randbelow(2**31)))


def load(engine: Engine, dataset: Dataset) -> None:
    """Add the dataset's organizations and accounts (ids as given; Versions assigned here)."""
    with engine.begin() as conn:
        ensure_counters(conn)
        activity_orgs = {a.id: a.organization_id for a in dataset.activities}
        org_side = list(dataset.org_resources())
        for start in range(0, len(org_side), BATCH):
            repo.put_many(conn, org_side[start:start + BATCH], None, activity_orgs)
        for block in dataset.accounts:
            password = block.password or secrets.token_urlsafe(16)
            conn.execute(logins.insert().values(account_id=block.account.id,
                                                username=block.account.username,
                                                password_hash=hash_password(password)))
            own = list(block.resources())
            for start in range(0, len(own), BATCH):
                repo.put_many(conn, own[start:start + BATCH], block.account.id, activity_orgs)
        top = conn.scalar(select(func.max(resources.c.id))) or 0
        if repo.current_value(conn, "id") < top:
            repo.next_value(conn, "id", top + 1000 - repo.current_value(conn, "id"))


def export(conn: Connection, account_id: int) -> Dataset:
    """What `account_id` sees, as a dataset (no password)."""
    scope = repo.scope(conn, account_id)
    found = {name: repo.list_of(conn, model, scope) for name, model in _MODELS.items()}
    account = repo.get(conn, e.Account, account_id, scope)
    return Dataset(
        **{name: found[name] for name in ORG_COLLECTIONS},
        accounts=[AccountData(account=account,
                              **{name: found[name] for name in ACCOUNT_COLLECTIONS})],
    )
