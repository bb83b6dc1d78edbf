"""Filling a store from a dataset and exporting it back (docs/dataset.md)."""

from __future__ import annotations

from services.domain import entities as e
from services.domain.dataset import ACCOUNT_COLLECTIONS, ORG_COLLECTIONS, AccountData, Dataset
from services.store import search
from services.store.schema import RESOURCE_TABLES
from services.store.store import Store

_COLLECTION_MODEL = {
    name: field.annotation.__args__[0]  # list[Model] → Model
    for name, field in {**Dataset.model_fields, **AccountData.model_fields}.items()
    if name in ORG_COLLECTIONS or name in ACCOUNT_COLLECTIONS
}


def load(store: Store, dataset: Dataset, account_index: int = 0) -> int:
    """Replace the store's content with one account of `dataset`; returns rows written."""
    account = dataset.accounts[account_index]
    with store.write() as conn:
        for table in RESOURCE_TABLES.values():
            conn.execute(table.delete())
        search.clear(conn)
        return store.upsert(conn, [*dataset.org_resources(), *account.resources()])


def export(store: Store) -> Dataset:
    """The store's account as a dataset (no password: a client never has one to give)."""
    with store.read() as conn:
        collections = {name: store.all(conn, model) for name, model in _COLLECTION_MODEL.items()}
        account = store.all(conn, e.Account)[0]
    return Dataset(
        **{name: collections[name] for name in ORG_COLLECTIONS},
        accounts=[AccountData(account=account,
                              **{name: collections[name] for name in ACCOUNT_COLLECTIONS})],
    )
