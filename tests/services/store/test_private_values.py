"""Issue 14: the store hands its private values to the log's redaction — all of them when a
process opens it with its checked key (the sync process), each new one as it is written."""

from __future__ import annotations

import pytest

from services.domain import entities as e
from services.domain.demo import ALLERGY_FELIX, SIN_GENEVIEVE
from services.security import redact
from services.store.store import Store


@pytest.fixture(autouse=True)
def nothing_known():
    redact.forget_known()
    yield
    redact.forget_known()


def test_the_sync_process_opening_the_store_knows_its_values(demo_store):
    key = demo_store.check_key()
    redact.forget_known()  # another process, which has read nothing yet
    assert ALLERGY_FELIX in redact.redact(ALLERGY_FELIX)
    again = Store.open(demo_store.path.parent, key)  # as services.sync.worker opens it
    again.close()
    for value in (ALLERGY_FELIX, "Thérèse Côté (grand-mère)", "Peut venir chercher les enfants.",
                  "TREZ 1359 0312", "Geneviève", SIN_GENEVIEVE):
        assert value not in redact.redact(f"line: {value}"), value


def test_a_value_written_is_known_at_once(demo_store):
    redact.forget_known()
    note = "Ne jamais laisser partir avec l'oncle Bertrand"
    with demo_store.write() as conn:
        demo_store.upsert(conn, [e.Contact(id=399, person_id=205, first_name="Josiane",
                                           last_name="Bélanger-Ouimet", notes=note)])
    clean = redact.redact(f"{note} — Josiane Bélanger-Ouimet")
    assert "Bertrand" not in clean and "Josiane" not in clean and "Ouimet" not in clean
