from __future__ import annotations

from services.domain.entities import Account, Contact, ContactRank, Person
from services.domain.notifications import RecipientReason, notification_recipient

CHILD = Person(id=5, first_name="Léa", last_name="Tremblay", is_child=True)
ACCOUNT = Account(id=1, username="login@example.ca", contact_email="contact@example.ca",
                  holder_person_id=1, province="QC")


def contact(**kw) -> Contact:
    base = {"id": 9, "person_id": 5, "first_name": "G", "last_name": "T",
            "is_legal_guardian": True, "rank": ContactRank.PRIMARY, "email": "g@example.ca"}
    return Contact(**{**base, **kw})


def test_primary_guardian_first():
    got = notification_recipient(CHILD, [contact(id=8, rank=ContactRank.SECONDARY,
                                                 email="s@example.ca"), contact()], ACCOUNT)
    assert (got.email, got.reason, got.contact_id) == (
        "g@example.ca", RecipientReason.PRIMARY_GUARDIAN, 9)


def test_then_contact_email():
    for others in ([], [contact(rank=ContactRank.SECONDARY)], [contact(email=None)],
                   [contact(is_legal_guardian=False)], [contact(person_id=6)]):
        got = notification_recipient(CHILD, others, ACCOUNT)
        assert (got.email, got.reason) == ("contact@example.ca", RecipientReason.CONTACT_EMAIL)


def test_then_username():
    got = notification_recipient(CHILD, [], ACCOUNT.model_copy(update={"contact_email": None}))
    assert (got.email, got.reason) == ("login@example.ca", RecipientReason.USERNAME)
