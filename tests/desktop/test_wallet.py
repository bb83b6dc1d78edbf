"""The Wallet tab (WALLET-1..3) against the real server: a card added online and kept nowhere,
a postdated payment's method changed, a method deleted with its warning."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop import logs
from desktop.models import roles
from desktop.models.postdated_model import PostdatedModel
from desktop.models.wallet_model import WalletModel
from desktop.views.card_dialog import CardDialog
from desktop.views.wallet_tab import WalletTab
from services.domain import entities as e
from services.store import paths
from services.sync import outbox
from tests.desktop.tabs import online_workspace, shown, workspace


@pytest.fixture
def carnet(session_on_platform):
    """Here, Carnet's session on the platform (tests/desktop/conftest.py's is the window)."""
    return session_on_platform

CARD = "4111 1111 1111 1111"
VISA, MASTERCARD = 901, 902


@pytest.fixture
def wallet(qtbot, carnet):
    ws = online_workspace(carnet)
    payments = PostdatedModel(ws)
    payments.refresh()
    tab = shown(qtbot, WalletTab(WalletModel(ws), payments, ws.ops), size=None)
    ws.wait()  # read off the GUI thread, shown
    assert payments.rowCount() > 0 and tab.methods.rowCount() > 0
    tab.ws = ws
    yield tab
    ws.wait()
    ws.stop()


def files_containing(folder: Path, needles: list[bytes]) -> list[Path]:
    return [path for path in folder.rglob("*") if path.is_file()
            and any(needle in path.read_bytes() for needle in needles)]


def test_a_card_number_typed_in_the_wallet_appears_nowhere_on_disk(qtbot, wallet, carnet):
    logs.setup(logging.DEBUG)
    logging.getLogger().setLevel(logging.DEBUG)
    dialog = CardDialog(wallet.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.number, CARD)
    assert dialog.brand.text() == "Visa"
    dialog.year.setValue(dialog.year.value() + 2)
    qtbot.keyClicks(dialog.cvc, "123")
    dialog.submit()  # sent on the writer thread
    wallet.ws.wait()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.number.text() == ""
    assert any(wallet.methods.method(r).last4 == "1111"  # the wallet read it again
               for r in range(wallet.methods.rowCount()))
    with carnet.store.read() as conn:
        added = [m for m in carnet.store.all(conn, e.PaymentMethod) if m.last4 == "1111"]
    assert added and added[0].brand == "Visa"
    carnet.engine.sync()
    for handler in logging.getLogger().handlers:
        handler.flush()
    digits = CARD.replace(" ", "")
    needles = [digits.encode(), CARD.encode(), digits.encode("utf-16-le")]
    assert (paths.log_dir() / logs.LOG_FILE).exists()
    assert files_containing(carnet.store.path.parent, needles) == []
    assert files_containing(paths.log_dir(), needles) == []


def test_a_bad_card_number_is_refused_here_and_nothing_is_sent(qtbot, wallet, carnet):
    dialog = CardDialog(wallet.ops)
    qtbot.addWidget(dialog)
    dialog.number.setText("4111 1111 1111 1112")
    dialog.submit()
    wallet.ws.wait()
    assert "card" in dialog.section.error_of("Number").lower()
    assert dialog.number.text() == "4111 1111 1111 1112"  # kept to correct it
    dialog.reject()
    assert dialog.number.text() == ""


def test_offline_a_card_waits_for_the_platform(qtbot, carnet):
    dialog = CardDialog(workspace(carnet.store).ops)  # no session
    qtbot.addWidget(dialog)
    dialog.number.setText(CARD)
    dialog.submit()
    assert "platform" in dialog.section.general_error.text()


def test_a_changed_method_on_a_postdated_payment_reaches_the_platform(wallet, carnet, web):
    model = wallet.payments
    scheduled = [model.index(r, 0).data(roles.ENTRY) for r in range(model.rowCount())]
    payment = next(p for p in scheduled if p.status == "Scheduled")
    pending = wallet.change_method(payment.id, MASTERCARD)  # saved on the writer thread
    wallet.ws.wait()
    assert pending.outcome.ok and pending.outcome.errors == {}
    changed = next(model.index(r, 0).data(roles.ENTRY) for r in range(model.rowCount())
                   if model.index(r, 0).data(roles.ENTRY).id == payment.id)
    assert changed.method[1] == "4444"  # the shared model read it again: Mastercard ****4444
    assert carnet.engine.sync().ok
    assert web.get(f"/me/postdated-payments/{payment.id}").json()["PaymentMethodId"] == MASTERCARD


def test_deleting_a_method_in_use_warns_that_payments_stay(wallet, carnet, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda *a, **k: said.append(a[2]) or QMessageBox.StandardButton.Yes)
    row = next(r for r in range(wallet.methods.rowCount()) if wallet.methods.method(r).id == VISA)
    wallet.methods_view.selectRow(row)
    wallet.delete.click()
    assert "still use it" in said[0] and "does not cancel" in said[0]
    wallet.ws.wait()
    with carnet.store.read() as conn:
        assert [x.request.method for x in outbox.entries(carnet.store, conn)] == ["DELETE"]
    assert carnet.engine.sync().ok
    assert wallet.methods.rowCount() == 2


def test_models_pass_the_model_tester(wallet, qtmodeltester):
    qtmodeltester.check(wallet.methods, force_py=True)
    assert wallet.methods.index(0, 0).data(Qt.ItemDataRole.DisplayRole).endswith("4242")


def test_authorizations_and_billing_address_reach_the_platform(qtbot, wallet, carnet, web):
    from desktop.views.method_dialog import MethodDialog
    from services.domain.demo import CITY, SWIM

    method = next(m for m in wallet.methods.methods() if m.id == MASTERCARD)
    dialog = MethodDialog(wallet.ops, method, "Mastercard", wallet.methods.org_names)
    qtbot.addWidget(dialog)
    dialog.allowed[SWIM].setChecked(True)
    dialog.postal.setText("ABC")
    dialog.submit()
    wallet.ws.wait()
    assert "postal" in dialog.section.error_of("BillingAddress.PostalCode").lower() or \
        dialog.section.general_error.text()
    dialog.postal.setText("h2x 1y4")
    dialog.submit()
    wallet.ws.wait()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert carnet.engine.sync().ok
    remote = web.get(f"/me/payment-methods/{MASTERCARD}").json()
    assert sorted(remote["AuthorizedOrganizationIds"]) == sorted([CITY, SWIM])


def test_method_dialog_keeps_the_second_address_line(qtbot, wallet, carnet):
    from desktop.views.method_dialog import MethodDialog
    from services.domain.demo import SWIM

    with carnet.store.write() as conn:
        method = carnet.store.get(conn, e.PaymentMethod, MASTERCARD)
        address = method.billing_address.model_copy(update={"line2": "App. 3"})
        carnet.store.upsert(conn, [method.model_copy(update={"billing_address": address})])
        method = carnet.store.get(conn, e.PaymentMethod, MASTERCARD)
    dialog = MethodDialog(wallet.ops, method, "Mastercard", wallet.methods.org_names)
    qtbot.addWidget(dialog)
    dialog.allowed[SWIM].setChecked(True)
    dialog.submit()
    wallet.ws.wait()
    assert dialog.result() == dialog.DialogCode.Accepted
    with carnet.store.read() as conn:
        assert carnet.store.get(conn, e.PaymentMethod, MASTERCARD).billing_address.line2 == \
            "App. 3"


def test_changing_a_payments_method_with_no_method_left_says_so(wallet, monkeypatch):
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: said.append(a[2]))
    wallet.methods.set_methods([], {})
    shown = wallet.payments_view.model()  # the upcoming ones
    row = next(r for r in range(shown.rowCount())
               if shown.index(r, 0).data(roles.ENTRY).status == "Scheduled")
    wallet.payments_view.selectRow(row)
    wallet.change.click()
    assert said and "first" in said[0]


def test_upcoming_payments_are_upcoming_and_past_ones_fold_away(qtbot, demo_store):
    """Issue 16, item 10: "Upcoming payments" listed Accepted and Refused ones: they are in a
    section of their own, folded until asked for."""
    from services.domain.kinds import PaymentStatus as S

    ws = workspace(demo_store)
    payments = PostdatedModel(ws)
    payments.refresh()
    tab = shown(qtbot, WalletTab(WalletModel(ws), payments, ws.ops))
    ws.wait()

    def statuses(view) -> list:
        model = view.model()
        return [model.index(r, 0).data(roles.ENTRY).status for r in range(model.rowCount())]

    upcoming, past = statuses(tab.payments_view), statuses(tab.past_view)
    assert upcoming and set(upcoming) <= {S.SCHEDULED, S.PROCESSING}
    assert past and set(past) <= {S.ACCEPTED, S.REFUSED}
    assert len(upcoming) + len(past) == payments.rowCount()
    assert tab.payments_view.isVisible() and not tab.past_view.isVisible()
    assert str(len(past)) in tab.past_toggle.text()
    tab.past_toggle.click()
    assert tab.past_view.isVisible()
    tab.past_toggle.click()
    assert not tab.past_view.isVisible()
    ws.stop()


def test_a_bank_account_is_added_with_its_name_and_kept_as_last_4_only(qtbot, wallet, carnet,
                                                                       web):
    """WALLET-1 (issue 16, item 10: bank accounts could not be added): named, checked here
    (institution 3, transit 5, account 7 to 12 digits), sent once; only the name and the
    last 4 digits stay on this computer."""
    from desktop.views.bank_dialog import BankDialog

    assert wallet.add_bank.isEnabled()  # the tab offers it
    dialog = BankDialog(wallet.ops, wallet.model.holder_address)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Compte études")
    dialog.institution.setText("815")
    dialog.transit.setText("1234")  # one digit short
    dialog.account.setText("9876543210")
    dialog.submit()
    wallet.ws.wait()
    assert "transit" in dialog.section.error_of("TransitNumber").lower()
    dialog.transit.setText("12345")
    dialog.submit()
    wallet.ws.wait()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.account.text() == ""
    added = [wallet.methods.method(r) for r in range(wallet.methods.rowCount())
             if wallet.methods.method(r).last4 == "3210"]
    assert added and added[0].kind == "BankAccount" and added[0].name == "Compte études"
    on_platform = web.get("/me/payment-methods").json()
    assert any(m.get("Last4") == "3210" and m.get("Name") == "Compte études"
               for m in on_platform.get("Items", on_platform))
    assert files_containing(carnet.store.path.parent, [b"9876543210"]) == []
