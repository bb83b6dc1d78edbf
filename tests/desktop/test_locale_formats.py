"""French formats (issue 16, item 6): money through QLocale in the user's language, even in
the rules' messages; the payment's minimum checked before any confirmation; phones as the
editor shows them; times without a leading zero ("9 h 30"); names sorted by the language's
collation ("Échecs" before "Zumba"), in every list a person sees."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QDateTime, QLocale

from desktop import i18n
from desktop.formatting import money, time_of
from desktop.models.billing_model import BillingModel, read_billing
from desktop.models.calendar_state import FilterChoices
from desktop.models.communications_model import CommunicationsModel
from desktop.models.people_model import PeopleModel
from desktop.models.quick_access_model import QuickAccessModel
from desktop.views.billing_tab import BillingTab
from desktop.views.payment_dialog import PaymentDialog
from services.domain import entities as e
from services.domain.billing import balance, check_payment, payment_offer
from services.domain.demo import CITY, DAYCARE, FEDERATION, SWIM
from services.domain.errors import RuleViolation
from tests.desktop.tabs import shown, workspace


@pytest.fixture(params=["fr", "en"])
def lang(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def ws(demo_store, lang):
    made = workspace(demo_store, lang)
    yield made
    made.wait()
    made.stop()


def payment_dialog(qtbot, ws, org_id: int) -> PaymentDialog:
    with ws.store.read() as conn:
        org = next(o for o in ws.store.all(conn, e.Organization) if o.id == org_id)
        owed = balance(t for t in ws.store.all(conn, e.Transaction)
                       if t.organization_id == org_id)
        methods = ws.store.all(conn, e.PaymentMethod)
    dialog = PaymentDialog(ws.ops, org, owed, payment_offer(org, owed), methods)
    qtbot.addWidget(dialog)
    return dialog


def test_the_payment_dialog_speaks_money_in_the_users_language(qtbot, ws, lang):
    locale = i18n.locale_for(lang)
    dialog = payment_dialog(qtbot, ws, CITY)  # owes 140 $, at least 25 $
    asked: list[str] = []
    dialog.confirm = lambda text: asked.append(text) or False
    assert dialog.amount.text() == ("140,00" if lang == "fr" else "140.00")
    dialog.amount.setText("10,00" if lang == "fr" else "10.00")
    dialog.submit()
    error = dialog.section.error_of("Amount")
    assert money(Decimal("25"), locale) in error
    assert ("25,00\N{NO-BREAK SPACE}$" if lang == "fr" else "$25.00") in error
    assert asked == []  # below the minimum: said at once, nothing to confirm
    dialog.amount.setText("1000,00" if lang == "fr" else "1,000.00")
    dialog.submit()
    assert money(Decimal("140"), locale) in dialog.section.error_of("Amount")
    assert asked == []
    dialog.amount.setText("40,00" if lang == "fr" else "40.00")
    dialog.submit()
    assert asked and money(Decimal("40"), locale) in asked[0]  # only a valid amount is asked
    assert not dialog.section.error_of("Amount")


def test_a_refusal_from_the_rules_formats_its_money_in_the_users_language(ws, lang):
    with ws.store.read() as conn:
        method = ws.store.all(conn, e.PaymentMethod)[0].id
    outcomes = []
    ws.ops.pay(CITY, Decimal("10.00"), method, initiator=None).then(outcomes.append)
    ws.wait()
    assert outcomes and not outcomes[0].ok
    text = outcomes[0].errors["Amount"]
    assert money(Decimal("25"), i18n.locale_for(lang)) in text
    assert ("25.00" not in text) if lang == "fr" else ("$25.00" in text)


def test_the_rules_carry_amounts_as_values():
    with pytest.raises(RuleViolation) as raised:
        check_payment(e.Organization(id=1, version="1", name="X", slug="x", phone="+15145550123",
                                     allows_online_payment=True, payment_mode="Partial",
                                     minimum_payment=Decimal("30.00")),
                      Decimal("90.00"), Decimal("5.00"))
    assert raised.value.params["minimum"] == Decimal("30.00")


def test_an_organizations_phone_reads_as_the_editor_shows_it(qtbot, ws, lang):
    tab = shown(qtbot, BillingTab(BillingModel(ws), ws.ops))
    ws.wait()
    tab.show_organization(SWIM)  # pays by phone: +14505550142
    assert "(450) 555-0142" in tab.phone.text() and "+1450" not in tab.phone.text()
    with ws.store.read() as conn:
        swim = next(o for o in ws.store.all(conn, e.Organization) if o.id == SWIM)
    with pytest.raises(RuleViolation) as raised:
        check_payment(swim, Decimal("10.00"), Decimal("10.00"))
    assert "(450) 555-0142" in raised.value.message(lang)


def test_times_have_no_leading_zero(lang):
    from desktop.formatting import moment_text

    locale = i18n.locale_for(lang)
    morning = time_of(datetime(2026, 11, 27, 9, 30), locale)
    assert not morning.startswith("0")
    if lang == "fr":
        assert morning == "9 h 30"
        assert time_of(datetime(2026, 11, 27, 14, 5), locale) == "14 h 05"
        assert moment_text(QDateTime(2026, 11, 27, 9, 5, 0), locale) == "2026-11-27 9 h 05"
    else:
        assert morning.startswith("9:30")


def renamed(store, names: dict[int, str]) -> None:
    with store.write() as conn:
        orgs = [o.model_copy(update={"name": names[o.id]})
                for o in store.all(conn, e.Organization) if o.id in names]
        store.upsert(conn, orgs)


NAMES = {CITY: "Zumba Beaumont", SWIM: "Échecs Marsouins", DAYCARE: "école Les Petits",
         FEDERATION: "Escrime Québec"}
COLLATED = ["Échecs Marsouins", "école Les Petits", "Escrime Québec", "Zumba Beaumont"]


def in_order(names, wanted=COLLATED) -> list[str]:
    return [n for n in names if n in wanted]


def test_lists_sort_by_the_languages_collation(qtbot, ws, lang):
    renamed(ws.store, NAMES)
    assert in_order(o.name for o in read_billing(ws.store).organizations) == COLLATED

    choices = FilterChoices(ws)
    choices.refresh()
    ws.wait()
    assert in_order(name for _, name in choices.organizations) == COLLATED

    cards = QuickAccessModel(ws, date(2026, 11, 27))
    cards.refresh()
    ws.wait()
    shown_cards = [cards.card(row).organization.name for row in range(cards.rowCount())]
    assert in_order(shown_cards) == [n for n in COLLATED if n in shown_cards]
    assert len(shown_cards) >= 2

    comms = CommunicationsModel(ws)
    comms.refresh()
    ws.wait()
    subscriptions = comms.subscriptions
    orgs = [subscriptions.index(row, 0).data() for row in range(subscriptions.rowCount())]
    assert in_order(orgs) == [n for n in COLLATED if n in orgs]


def test_people_with_the_same_rank_sort_by_collation(qtbot, ws, lang):
    with ws.store.write() as conn:
        adults = [p for p in ws.store.all(conn, e.Person) if not p.is_child]
        account = ws.store.all(conn, e.Account)[0]
        others = [p for p in adults if p.id != account.holder_person_id]
        ws.store.upsert(conn, [
            others[0].model_copy(update={"first_name": "Zoé", "last_name": "Zumba",
                                         "date_of_birth": None}),
            e.Person(id=9901, version="1", first_name="Élise", last_name="Éthier",
                     is_child=False)])
    people = PeopleModel(ws)
    people.refresh()
    ws.wait()
    names = [people.index(row, 0).data() for row in range(people.rowCount())]
    found = [n for n in names if "Zumba" in n or "Éthier" in n]
    assert len(found) == 2 and "Éthier" in found[0], names

    choices = FilterChoices(ws)
    choices.refresh()
    ws.wait()
    found = [n for _, n in choices.people if "Zumba" in n or "Éthier" in n]
    assert len(found) == 2 and "Éthier" in found[0]


def test_qlocale_default_is_the_users(lang):
    assert QLocale().language() == i18n.locale_for(lang).language()


def test_the_first_of_a_month_is_written_1er_in_french(lang):
    from desktop.formatting import day_label

    expected = {"fr": ("mar. 1er déc.", "mer. 2 déc."), "en": ("Tue, Dec 1", "Wed, Dec 2")}
    assert (day_label(date(2026, 12, 1)), day_label(date(2026, 12, 2))) == expected[lang]
