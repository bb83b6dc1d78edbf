"""Datasets in and out of the server's storage (docs/dataset.md)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

from argon2 import Parameters
from pydantic import ValidationError
from sqlalchemy import Connection, Engine, func, select

from server import repo
from server.auth import add_org_key, hash_password
from server.db import counters, logins, metadata, resources
from server.settings import PRODUCTION_HASHING
from services.domain import entities as e
from services.domain.dataset import (
    ACCOUNT_COLLECTIONS,
    ORG_COLLECTIONS,
    AccountData,
    Dataset,
)
from services.domain.demo import DEMO_ORG_KEYS, DEMO_ORG_SECRET

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


def load(engine: Engine, dataset: Dataset, hashing: Parameters = PRODUCTION_HASHING,
         demo_keys: bool = False) -> None:
    """Add the dataset's organizations and accounts (ids as given; Versions assigned here);
    with `demo_keys` (demo mode), the demo organizations' API keys too (demo_org_keys)."""
    with engine.begin() as conn:
        ensure_counters(conn)
        _fill(conn, dataset, hashing, demo_keys)


def replace(engine: Engine, dataset: Dataset, hashing: Parameters = PRODUCTION_HASHING,
            demo_keys: bool = False) -> None:
    """The database's whole content replaced by `dataset` in one transaction, so a failure
    leaves it as it was. The database gets a new epoch: the old content's cursors get 410."""
    with engine.begin() as conn:
        old_epoch = repo.current_value(conn, "epoch")
        for table in reversed(metadata.sorted_tables):
            conn.execute(table.delete())
        ensure_counters(conn)
        if repo.current_value(conn, "epoch") == old_epoch:  # one chance in 2**31
            repo.next_value(conn, "epoch")
        _fill(conn, dataset, hashing, demo_keys)


def demo_org_keys(dataset: Dataset) -> list[tuple[int, str]]:
    """The demo organizations of `dataset` (id and slug as the demo's) and their API keys.
    Only in demo mode: the secret is public (services/domain/demo.py), so a dataset loaded
    for real gets no key this way."""
    return [(org.id, DEMO_ORG_KEYS[org.id]) for org in dataset.organizations
            if DEMO_ORG_KEYS.get(org.id) == f"org-{org.slug}"]


def _fill(conn: Connection, dataset: Dataset, hashing: Parameters,
          demo_keys: bool = False) -> None:
    if demo_keys:
        for org_id, key in demo_org_keys(dataset):
            add_org_key(conn, org_id, key, DEMO_ORG_SECRET, hashing)
    activity_orgs = {a.id: a.organization_id for a in dataset.activities}
    org_side = list(dataset.org_resources())
    for start in range(0, len(org_side), BATCH):
        repo.put_many(conn, org_side[start:start + BATCH], None, activity_orgs)
    # A hash costs about 0.1 s (on purpose): one per distinct password of the load, and one
    # for all the accounts given none (a random secret nobody knows, so none signs in), else
    # an organization's 20,000 families would take half an hour to load.
    hashes: dict[str | None, str] = {}
    for block in dataset.accounts:
        if block.password not in hashes:
            hashes[block.password] = hash_password(block.password or secrets.token_urlsafe(16),
                                                   hashing)
        conn.execute(logins.insert().values(account_id=block.account.id,
                                            username=block.account.username,
                                            password_hash=hashes[block.password]))
        own = list(block.resources())
        for start in range(0, len(own), BATCH):
            repo.put_many(conn, own[start:start + BATCH], block.account.id, activity_orgs)
    top = conn.scalar(select(func.max(resources.c.id))) or 0
    if repo.current_value(conn, "id") < top:
        repo.next_value(conn, "id", top + 1000 - repo.current_value(conn, "id"))


def _placed(dataset: Dataset) -> Iterator[tuple[str, e.Resource]]:
    """Every resource of the dataset with where it is in the file."""
    for name in ORG_COLLECTIONS:
        alias = Dataset.model_fields[name].alias
        for index, resource in enumerate(getattr(dataset, name)):
            yield f"{alias}[{index}]", resource
    for number, block in enumerate(dataset.accounts):
        yield f"Accounts[{number}].Account", block.account
        for name in ACCOUNT_COLLECTIONS:
            alias = AccountData.model_fields[name].alias
            for index, resource in enumerate(getattr(block, name)):
                yield f"Accounts[{number}].{alias}[{index}]", resource


# --- dataset files (carnet-server --load) ------------------------------------------------------


class LoadError(Exception):
    """A dataset file that cannot be served, said in one line for the person who gave it."""


def read_dataset(path: Path) -> Dataset:
    """The dataset in `path`, read and checked whole before any database is touched."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"cannot read {path}: {exc.strerror or exc}") from exc
    if not data.strip():
        raise LoadError(f"{path} is empty: expected a dataset (docs/dataset.md)")
    try:
        dataset = Dataset.from_json(data)
    except ValidationError as exc:
        raise LoadError(f"{path}: {_described(exc)}") from exc
    problem = _inconsistency(dataset)
    if problem:
        raise LoadError(f"{path}: {problem}")
    return dataset


def _described(error: ValidationError) -> str:
    problems = error.errors()
    first = problems[0]
    if first["type"] == "json_invalid":
        return f"not valid JSON ({first['msg'].removeprefix('Invalid JSON: ')})"
    where = _field_path(first["loc"])
    text = f"{where}: {first['msg']}" if where else f"not a dataset ({first['msg']})"
    more = len(problems) - 1
    return f"{text} (and {more} more problem{'s' if more > 1 else ''})" if more else text


def _field_path(loc: tuple) -> str:
    """("Accounts", 0, "Persons", 2, "DateOfBirth") → "Accounts[0].Persons[2].DateOfBirth"."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def _inconsistency(dataset: Dataset) -> str | None:
    """What the database would refuse, or silently merge, said before it is touched."""
    seen: dict[str, int] = {}
    for index, block in enumerate(dataset.accounts):
        username = block.account.username
        if username in seen:
            return (f"Accounts[{index}].Account.Username: {username} is already the username "
                    f"of Accounts[{seen[username]}]")
        seen[username] = index
    first_seen: dict[tuple[str, int], str] = {}
    for where, resource in _placed(dataset):
        key = (type(resource).__name__, resource.id)
        if key in first_seen:
            return f"{where}.Id: {key[0]} {key[1]} is already {first_seen[key]}"
        first_seen[key] = where
    return None


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
