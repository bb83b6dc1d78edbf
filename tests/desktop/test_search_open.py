"""Search everything (issue 18): Enter opens the thing in its tab, for every kind — the person,
a contact in their person's contacts, the email in the reader, the transaction and the pass in
Billing — also when that tab is built (and its model read) just then; a thing gone since the
search changes nothing and is said in the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from desktop.models import roles
from desktop.views import TABS

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: no raise

WAIT = 5000


def open_hit(carnet, qtbot, query: str, kind: str, ident: int):
    """Ctrl+F, `query` typed, the hit of `kind` and `ident` highlighted, Enter."""
    window = carnet.window
    window.actions_by_name["search"].trigger()
    dialog = window.search_dialog
    with qtbot.waitSignal(window.search_model.found, timeout=WAIT):
        dialog.box.setText(query)
    model = dialog.model
    rows = [r for r in range(model.rowCount()) if (hit := model.index(r).data(roles.ENTRY))
            is not None and (hit.kind, hit.id) == (kind, ident)]
    assert rows, f"no {kind} {ident} found for {query!r}"
    dialog.results.setCurrentIndex(model.index(rows[0]))
    QTest.keyClick(dialog.box, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def content(carnet, tab: str):
    window = carnet.window
    assert window.tabs.currentIndex() == TABS.index(tab)
    widget = window.tabs.currentWidget()
    return getattr(widget, "content", widget)


def current(view):
    index = view.currentIndex()
    return index.data(roles.ENTRY) if index.isValid() else None


def selected(view):
    rows = view.selectionModel().selectedRows()
    return [index.data(roles.ENTRY).id for index in rows]


def seen(view, index) -> bool:
    """The row is in the view's visible part (scrolled to)."""
    return view.viewport().rect().intersects(view.visualRect(index))


def test_a_person_opens_selected_in_a_people_tab_never_shown_before(carnet, qtbot):
    people = carnet.window.tabs.widget(TABS.index("people"))
    assert people.content is None  # built, and its model read, by the opening itself
    open_hit(carnet, qtbot, "zoé", "Person", 203)
    tab = content(carnet, "people")
    qtbot.waitUntil(lambda: current(tab.list) is not None and current(tab.list).id == 203,
                    timeout=WAIT)
    assert tab.editor.person.id == 203
    assert "Zoé Tremblay" in tab.editor.name.text()


def test_a_person_opens_in_a_people_tab_already_read(carnet, qtbot):
    window = carnet.window
    window.show_tab("people")
    tab = content(carnet, "people")
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0, timeout=WAIT)
    first = current(tab.list).id
    window.show_tab("home")
    open_hit(carnet, qtbot, "léa", "Person", 205)
    assert first != 205
    assert content(carnet, "people") is tab
    assert current(tab.list).id == 205  # at once: the model has the row
    assert tab.editor.person.id == 205


def test_a_contact_opens_in_its_persons_contacts(carnet, qtbot):
    open_hit(carnet, qtbot, "thérèse", "Contact", 307)  # Léa's grandmother (Félix's too)
    tab = content(carnet, "people")
    panel = tab.editor.contacts
    qtbot.waitUntil(lambda: tab.editor.person is not None and tab.editor.person.id == 205
                    and current(panel.table) is not None, timeout=WAIT)
    assert current(tab.list).id == 205
    assert current(panel.table).id == 307
    assert selected(panel.table) == [307]
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty(), timeout=WAIT)


def test_an_email_opens_in_the_reader(carnet, qtbot):
    open_hit(carnet, qtbot, "journée pédagogique", "Email", 1104)
    tab = content(carnet, "communications")
    qtbot.waitUntil(lambda: current(tab.list) is not None and current(tab.list).id == 1104,
                    timeout=WAIT)
    assert tab.pages.currentIndex() == 0
    assert selected(tab.list) == [1104]
    assert "Journée pédagogique" in tab.heading.text()
    assert tab.heading.isVisible()


def test_an_email_filtered_out_is_shown_with_everyone(carnet, qtbot):
    window = carnet.window
    window.show_tab("communications", 101)  # Loisirs' emails only
    tab = content(carnet, "communications")
    qtbot.waitUntil(lambda: tab.proxy.organization == 101, timeout=WAIT)
    tab.pages.setCurrentIndex(1)  # the subscriptions
    window.show_tab("home")
    open_hit(carnet, qtbot, "journée pédagogique", "Email", 1104)  # the CPE's
    assert content(carnet, "communications") is tab
    qtbot.waitUntil(lambda: current(tab.list) is not None and current(tab.list).id == 1104,
                    timeout=WAIT)
    assert tab.pages.currentIndex() == 0
    assert tab.proxy.organization is None


def test_a_transaction_opens_selected_and_scrolled_to(carnet, qtbot):
    open_hit(carnet, qtbot, "soccer bricolage", "Transaction", 801)
    tab = content(carnet, "billing")
    view = tab.transactions_view
    qtbot.waitUntil(lambda: current(view) is not None and current(view).id == 801,
                    timeout=WAIT)
    assert tab.organization().id == 101  # Loisirs: not the first organization shown
    assert selected(view) == [801]
    assert seen(view, view.currentIndex())


def test_a_pass_opens_in_billing_with_its_organizations_passes(carnet, qtbot):
    open_hit(carnet, qtbot, "licence récréative", "Pass", 853)
    tab = content(carnet, "billing")
    view = tab.passes_view
    qtbot.waitUntil(lambda: current(view) is not None and current(view).id == 853,
                    timeout=WAIT)
    assert tab.organization().id == 104
    assert selected(view) == [853]
    assert seen(view, view.currentIndex())


def test_a_thing_gone_since_the_search_changes_nothing_and_is_said(carnet, qtbot):
    window = carnet.window
    window.show_tab("billing", 102)
    tab = content(carnet, "billing")
    qtbot.waitUntil(lambda: tab.organization() is not None and tab.organization().id == 102,
                    timeout=WAIT)
    window.show_tab("home")
    window.open_found("Transaction", 999_999, "Gone")
    assert content(carnet, "billing") is tab
    qtbot.waitUntil(lambda: "no longer" in window.statusBar().currentMessage(), timeout=WAIT)
    assert tab.organization().id == 102
