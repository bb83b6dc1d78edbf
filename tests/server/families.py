"""Two accounts on one server: the demo family (Québec) and the Smiths (Ontario)."""

from __future__ import annotations

from datetime import date, timedelta

from services.domain import entities as e
from services.domain.dataset import AccountData, Dataset
from services.domain.demo import CITY, at, demo_dataset

SMITH_USER, SMITH_PASSWORD = "smith@example.ca", "Smith-password-1"


def smiths(today: date) -> AccountData:
    """A second account, in Ontario, with one of everything the first has (ids 9000+)."""
    when = at(today, 10)
    return AccountData(
        account=e.Account(id=2, username=SMITH_USER, holder_person_id=9001, province="ON"),
        password=SMITH_PASSWORD,
        persons=[e.Person(id=9001, first_name="Ann", last_name="Smith", is_child=False,
                          date_of_birth=date(1980, 1, 1)),
                 e.Person(id=9002, first_name="Tom", last_name="Smith", is_child=True,
                          date_of_birth=date(2015, 1, 1))],
        contacts=[e.Contact(id=9101, person_id=9002, first_name="Ann", last_name="Smith",
                            is_legal_guardian=True, rank="Primary", rl24_percent=100,
                            notes="private note of the Smiths")],
        invitations=[e.Invitation(id=9201, person_id=9001, email="x@example.ca", sent_at=when)],
        quick_access=[e.QuickAccess(id=9301, organization_id=CITY)],
        registrations=[e.Registration(id=9401, person_id=9002, activity_id=502)],
        events=[e.Event(id=9501, organization_id=CITY, person_ids=[9002], title="Smith event",
                        start=when, end=when + timedelta(hours=1))],
        transactions=[e.Transaction(id=9601, organization_id=CITY, kind="Invoice", date=today,
                                    amount="10.00")],
        passes=[e.Pass(id=9701, organization_id=CITY, name="Smith pass", tokens_left=1,
                       valid_from=today, valid_to=today + timedelta(days=9))],
        carts=[e.Cart(id=9801, organization_id=CITY, item_count=0)],
        postdated_payments=[e.PostdatedPayment(id=9901, organization_id=CITY, due_date=today,
                                               amount="5.00", status="Scheduled",
                                               payment_method_id=9951)],
        payment_methods=[e.PaymentMethod(id=9951, kind="Card", brand="Visa", last4="1881")],
        emails=[e.Email(id=9961, organization_id=CITY, sender="a@b.ca", subject="Smith mail",
                        html_body="<p>secret smith</p>", sent_at=when)],
        subscriptions=[e.Subscription(id=9971, organization_id=CITY)],
        org_forms=[e.OrgForm(id=9981, organization_id=CITY, person_id=9002, title="Form",
                             fields=[e.FormField(key="k", label="K", type="Text")])],
    )


OTTAWA = 150


def smith_org_side(today: date) -> list[e.Resource]:
    """An organization only the Smiths deal with, and its calendar."""
    when = at(today, 18)
    return [
        e.Organization(id=OTTAWA, name="Ottawa Smith Recreation", slug="ottawa-smith",
                       province="ON"),
        e.Closure(id=9051, organization_id=OTTAWA, name="Smith closure", start_date=today,
                  end_date=today),
        e.Activity(id=9052, organization_id=OTTAWA, name="Smith swim"),
        e.Occurrence(id=9053, activity_id=9052, start=when, end=when + timedelta(hours=1)),
    ]


def two_families(today: date) -> Dataset:
    demo = demo_dataset(today)
    org, closure, activity, occurrence = smith_org_side(today)
    account = smiths(today)
    account = account.model_copy(update={
        "registrations": [*account.registrations,
                          e.Registration(id=9402, person_id=9002, activity_id=9052)],
        "quick_access": [*account.quick_access, e.QuickAccess(id=9302, organization_id=OTTAWA)],
    })
    return demo.model_copy(update={
        "organizations": [*demo.organizations, org], "closures": [*demo.closures, closure],
        "activities": [*demo.activities, activity],
        "occurrences": [*demo.occurrences, occurrence],
        "accounts": [*demo.accounts, account]})
