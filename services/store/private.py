"""What a log line must never show (issue 14): every text inside the store's sealed values
(SIN, medical information, health insurance, a contact's notes, a form's answers) and the names
of persons and contacts, handed to the log's redaction (services.security.redact).

A process hands over the store's values once its key is checked (`remember_store`: commands,
the window after its first paint, the sync process as it opens the store), and every value it
writes as it writes it (`remember`, from services.store.mapping.to_db): a sync that brings new
ones, a local edit. In memory only.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from services.domain import entities as e
from services.security import redact
from services.store.schema import SECRET_FIELDS

if TYPE_CHECKING:
    from services.store.store import Store

NAMED = (e.Person, e.Contact)
KINDS = frozenset({*SECRET_FIELDS, *NAMED})


def private_texts(entity: e.Resource) -> Iterator[str]:
    """The texts of `entity` no log may show: inside its sealed fields, and its names."""
    secret = SECRET_FIELDS.get(type(entity))
    if secret:
        yield from redact.texts(entity.model_dump(mode="json", include=set(secret)))
    if isinstance(entity, NAMED):
        yield from (entity.first_name, entity.last_name, entity.full_name)


def remember(entities: Iterable[e.Resource]) -> None:
    redact.remember(text for entity in entities for text in private_texts(entity))


def remember_store(store: Store) -> None:
    """Every private value the store holds, for the log's redaction."""
    with store.read() as conn:
        for model in sorted(KINDS, key=lambda m: m.__name__):
            remember(store.all(conn, model))
