"""The Billing tab (BILL-1..3): balances, transactions, passes, paying online against the
real server, paying by phone, and the history as CSV and XLSX."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.models.billing_model import BillingModel, Exported
from desktop.views.billing_tab import BillingTab
from services.domain.demo import CITY, SWIM
from tests.desktop.tabs import online_workspace, shown


@pytest.fixture
def carnet(session_on_platform):
    """Here, Carnet's session on the platform (tests/desktop/conftest.py's is the window)."""
    return session_on_platform


@pytest.fixture
def billing(qtbot, carnet, monkeypatch):
    ws = online_workspace(carnet)
    tab = shown(qtbot, BillingTab(BillingModel(ws), ws.ops))
    ws.wait()  # read off the GUI thread, shown
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: messages.append(a[2]))
    tab.messages, tab.ws = messages, ws
    yield tab
    ws.wait()
    ws.stop()


def test_a_payment_changes_the_balance_after_sync(qtbot, billing, carnet, web):
    billing.show_organization(CITY)
    owed = billing.owed()
    assert owed == Decimal("140.00") and billing.pay.isVisible()
    assert "140.00" in billing.balance.text()
    reads = billing.model.reads
    failed = []

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        try:
            dialog.confirm = lambda text: True
            dialog.amount.setText("10")  # below the city's minimum of 25 $
            dialog.submit()  # checked on the writer thread: the refusal comes back
            qtbot.waitUntil(lambda: "25.00" in dialog.section.error_of("Amount"))
            dialog.amount.setText("40.00")
            dialog.submit()  # the dialog closes once the payment is saved
        except BaseException as error:  # not left open: the click would never return
            failed.append(error)
            dialog.reject()

    QTimer.singleShot(0, fill)
    billing.pay.click()
    assert not failed, failed
    assert "40.00" in billing.messages[-1]  # the receipt
    billing.ws.wait()
    assert billing.model.reads == reads + 1  # the payment's change, read once
    assert carnet.engine.sync().ok
    billing.model.refresh()
    billing.ws.wait()
    billing.show_organization(CITY)
    assert billing.owed() == Decimal("100.00") and "100.00" in billing.balance.text()
    paid = [t for t in web.get("/me/transactions").json()["Items"]
            if t["OrganizationId"] == CITY and t["Kind"] == "Payment"]
    assert any(Decimal(t["Amount"]) == Decimal("40.00") for t in paid)


def test_an_organization_without_online_payment_gives_its_phone(billing):
    billing.show_organization(SWIM)
    assert billing.owed() > 0
    assert not billing.pay.isVisible() and billing.phone.isVisible()
    assert "phone" in billing.phone.text()


def test_details_and_passes(billing):
    billing.show_organization(SWIM)
    billing.details(0)
    assert billing.messages and "Amount" in billing.messages[-1]
    assert billing.passes.rowCount() == 1
    assert billing.passes.index(0, 2).data() == "5"


def test_a_home_card_asks_for_an_organization_before_it_is_read(qtbot, carnet):
    ws = online_workspace(carnet)
    tab = shown(qtbot, BillingTab(BillingModel(ws), ws.ops))
    tab.show_organization(SWIM)  # the tab was just built: nothing read yet
    ws.wait()
    assert tab.organization().id == SWIM and tab.transactions.rowCount() > 0
    ws.stop()


def test_history_exports_to_csv_and_xlsx(billing, tmp_path):
    first, last = date(2026, 1, 1), date(2026, 12, 31)
    billing.export_to(tmp_path / "h.csv", "csv", first, last)  # off the GUI thread
    billing.ws.wait()
    count = billing.exported.rows
    with (tmp_path / "h.csv").open(encoding="utf-8-sig") as source:
        rows = list(csv.reader(source))
    assert rows[0][0] == "Date" and len(rows) == count + 1 and count >= 4
    assert any(row[1] == "Loisirs Ville de Beaumont-sur-Lac" for row in rows[1:])
    billing.export_to(tmp_path / "h.xlsx", "xlsx", first, last)
    billing.ws.wait()
    assert billing.exported == Exported(count)
    with zipfile.ZipFile(tmp_path / "h.xlsx") as book:
        strings = book.read("xl/sharedStrings.xml").decode()
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "Loisirs Ville de Beaumont-sur-Lac" in strings and sheet.count("<row") == count + 1


def test_an_export_that_cannot_be_written_says_why(billing, tmp_path, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: said.append(a[2]))
    target = tmp_path / "no such folder" / "h.csv"
    billing.export_to(target, "csv", date(2026, 1, 1), date(2026, 12, 31))
    billing.ws.wait()
    assert billing.exported.error and said and str(target) in said[0]
    assert not target.exists()


def test_models_pass_the_model_tester(billing, qtmodeltester):
    billing.show_organization(SWIM)
    qtmodeltester.check(billing.transactions, force_py=True)
    qtmodeltester.check(billing.passes, force_py=True)


def test_an_organizations_text_never_becomes_a_formula(billing, carnet, tmp_path):
    from services.domain import entities as e
    from services.store import history

    with carnet.store.write() as conn:
        [first] = [t for t in carnet.store.all(conn, e.Transaction)][:1]
        carnet.store.upsert(conn, [first.model_copy(update={"description": "=HYPERLINK(1)"})])
    rows = history.history(carnet.store, date(2000, 1, 1), date(2100, 1, 1))
    history.write_csv(rows, tmp_path / "h.csv")
    assert "'=HYPERLINK(1)" in (tmp_path / "h.csv").read_text(encoding="utf-8-sig")
    history.write_xlsx(rows, tmp_path / "h.xlsx")
    with zipfile.ZipFile(tmp_path / "h.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet  # a string, not a formula


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_amounts_are_signed_with_a_running_balance(qtbot, demo_store, lang):
    """Issue 16, item 10: invoices and payments were both positive, with no balance: what is
    owed grows with an invoice, shrinks with a payment, and each row says the balance after
    it (money through QLocale)."""
    from desktop import i18n
    from desktop.formatting import money
    from desktop.models.transactions_model import AMOUNT, BALANCE
    from services.domain.billing import balance
    from tests.desktop.tabs import workspace

    i18n.install(lang)
    try:
        ws = workspace(demo_store, lang)
        tab = shown(qtbot, BillingTab(BillingModel(ws), ws.ops))
        ws.wait()
        assert tab.organizations.count() > 1
        seen = set()
        for row in range(tab.organizations.count()):
            tab.organizations.setCurrentRow(row)
            org = tab.organization()
            model = tab.transactions
            assert model.headerData(BALANCE, Qt.Orientation.Horizontal)
            rows = [model.transaction(r) for r in range(model.rowCount())]  # newest first
            running = Decimal("0.00")
            for r in reversed(range(len(rows))):
                signed = balance([rows[r]])
                seen.add(signed > 0)
                running += signed
                assert model.index(r, AMOUNT).data() == money(signed)
                assert model.index(r, BALANCE).data() == money(running)
            if rows:
                assert model.index(0, BALANCE).data() == money(tab.model.data.owed(org.id))
        assert seen == {True, False}  # invoices and payments both there, signed apart
        ws.wait()
        ws.stop()
    finally:
        i18n.install("en")
