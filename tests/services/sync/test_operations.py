"""Local edits: checked by the domain rules, then the row and its outbox entry together."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from services.domain import entities as e
from services.domain.errors import RuleViolation, ValidationFailed
from services.sync import outbox
from services.sync.operations import LocalEdits, NotFound


@pytest.fixture
def edits(demo_store):
    changed = []
    ops = LocalEdits(demo_store, notify=changed.append, today=lambda: date(2026, 11, 27))
    ops.changed = changed
    return ops


def queued(store) -> list[outbox.Entry]:
    with store.read() as conn:
        return outbox.entries(store, conn)


def test_valid_edit_writes_row_and_outbox(edits, demo_store):
    edits.update_person(202, sin="046 454 286", phones=[{"Number": "514 555 1234"}])
    [entry] = queued(demo_store)
    assert entry.request.method == "PATCH" and entry.request.path == "/me/persons/202"
    assert entry.request.body == {"Phones": [{"Label": "", "Number": "+15145551234"}],
                                  "Sin": "046454286"}
    assert entry.base_version == "1"
    with demo_store.read() as conn:
        assert demo_store.get(conn, e.Person, 202).sin == "046454286"
    assert edits.changed == [{"Person": {202}}]


@pytest.mark.parametrize("changes,field", [
    ({"sin": "046 454 287"}, "Sin"), ({"email": "x"}, "Email"),
    ({"date_of_birth": date(2000, 1, 1)}, "DateOfBirth"),
    ({"phones": [{"Number": "12"}]}, "Phones"),
])
def test_invalid_edit_changes_nothing(edits, demo_store, changes, field):
    with pytest.raises(ValidationFailed) as err:
        edits.update_person(202, **changes)
    assert field in err.value.fields("fr")
    assert queued(demo_store) == []
    with demo_store.read() as conn:
        assert demo_store.get(conn, e.Person, 202).email == "genevieve.gagnon@example.ca"


def test_rules_of_each_area(edits, demo_store):
    with pytest.raises(ValidationFailed):
        edits.set_rl24_shares(205, {301: 50, 302: 51})
    with pytest.raises(RuleViolation) as err:
        edits.remove_quick_access(1501)  # balance due, cart not empty
    assert err.value.code == "QuickAccessBalanceDue"
    with pytest.raises(RuleViolation):
        edits.pay(101, Decimal("10.00"), 901)  # below the minimum
    with pytest.raises(RuleViolation):
        edits.change_postdated_method(953, 901)  # processing
    with pytest.raises(ValidationFailed):
        edits.answer_form(1201, {"shirt": "XXL", "swims": True})
    with pytest.raises(ValidationFailed):
        edits.add_contact(205, "A", "B", is_legal_guardian=True, rank="Primary")
    with pytest.raises(NotFound):
        edits.update_person(99999, first_name="x")
    assert queued(demo_store) == []


def test_no_change_queues_nothing(edits, demo_store):
    edits.update_person(202, first_name="Geneviève")
    assert queued(demo_store) == []


def test_creations_get_temporary_ids(edits, demo_store):
    first = edits.add_person("Noé", "Tremblay", True, date(2024, 5, 1))
    second = edits.invite(first.id, "noe@example.ca")
    assert first.id == -1 and second.id == -2
    entries = queued(demo_store)
    assert [x.request.path for x in entries] == ["/me/persons", "/me/persons/-1/invitations"]
    assert entries[0].request.creates == "Person" and entries[0].base_version is None


def test_deleting_a_method_warns_about_postdated_payments(edits, demo_store):
    still = edits.delete_payment_method(901)
    assert [p.id for p in still] == [951, 952]
    with demo_store.read() as conn:
        assert demo_store.get(conn, e.PaymentMethod, 901) is None
        assert demo_store.get(conn, e.PostdatedPayment, 951).status == "Scheduled"


def test_outbox_payload_is_sealed(edits, demo_store):
    edits.update_person(202, sin="046454286", medical_information={"Allergies": "Pénicilline"})
    raw = b"".join(p.read_bytes() for p in demo_store.path.parent.iterdir() if p.is_file())
    assert b"046454286" not in raw and "Pénicilline".encode() not in raw


def test_a_new_edit_of_refused_fields_replaces_the_refusal(edits, demo_store):
    edits.update_person(203, first_name="X1")
    [refused] = queued(demo_store)
    with demo_store.write() as conn:
        outbox.set_state(conn, refused.id, outbox.PARKED, error='{"Code": "Refused"}')
    edits.update_person(203, last_name="Gagnon-Tremblay")  # other fields: the refusal stays
    assert [x.state for x in queued(demo_store)] == [outbox.PARKED, outbox.PENDING]
    edits.update_person(203, first_name="Zoé-Anne")  # the refused field again: it goes
    entries = queued(demo_store)
    assert [x.state for x in entries] == [outbox.PENDING, outbox.PENDING]
    with demo_store.read() as conn:
        assert outbox.pending_fields(demo_store, conn)[("Person", 203)]["FirstName"] == "Zoé-Anne"
