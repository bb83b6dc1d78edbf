"""The People tab driven like a person would (PEOPLE-1..8, COMMS-3): typing, saving, syncing
with the real reference server, offline, refused, in conflict."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QDateEdit, QWidget

from desktop import i18n
from desktop.changes import Changes
from desktop.models.people_model import PeopleModel
from desktop.views.people_tab import PeopleTab
from services.domain import entities as e
from services.domain.demo import ETIENNE, FELIX, LEA, ZOE
from services.sync import outbox
from tests.desktop.tabs import online_workspace, shown, workspace
from tests.reference import connect


@pytest.fixture
def carnet(session_on_platform):
    """Here, Carnet's session on the platform (tests/desktop/conftest.py's is the window)."""
    return session_on_platform

GENEVIEVE = 202


def people_tab(ws) -> PeopleTab:
    tab = PeopleTab(PeopleModel(ws), ws.ops)
    tab.ws = ws
    return tab


@pytest.fixture
def people(qtbot, carnet):
    tab = shown(qtbot, people_tab(online_workspace(carnet)))
    settle(tab)
    return tab


def settle(tab) -> None:
    """Every operation and read asked is done and shown."""
    tab.ws.wait()


def reload(tab) -> None:
    """The store was changed behind the window's back: the People model reads again."""
    tab.model.refresh()
    settle(tab)


def waiting(session) -> list:
    with session.store.read() as conn:
        return outbox.entries(session.store, conn)


def section(tab: PeopleTab, name: str):
    kinds = {"photo": 0, "identity": 1, "address": 2, "reach": 3, "medical": 4,
             "insurance": 5, "sin": 6}
    return tab.editor.sections[kinds[name]]


def type_into(qtbot, widget, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    qtbot.keyClicks(widget, text)


def save(qtbot, part) -> None:
    assert part.save_button.isEnabled(), "typing should enable Save"
    qtbot.mouseClick(part.save_button, Qt.MouseButton.LeftButton)
    settle(part.window())  # the tab, shown on its own


def submitted(dialog) -> None:
    """A dialog's submit, and its operation's outcome shown."""
    dialog.submit()
    dialog.ops.wait()


def test_valid_edits_are_saved_at_once_and_reach_the_platform(qtbot, people, carnet, web):
    people.select_person(GENEVIEVE)
    reach, medical = section(people, "reach"), section(people, "medical")
    type_into(qtbot, reach.phones[1][0], "514 555 0199")
    type_into(qtbot, reach.phones[1][1], "Travail")
    save(qtbot, reach)
    assert "waiting to be sent" in reach.status.text()
    medical.texts["allergies"].setFocus()
    qtbot.keyClicks(medical.texts["allergies"], "Arachides")
    save(qtbot, medical)
    address = section(people, "address")
    type_into(qtbot, address.postal, "h2x1y4")
    save(qtbot, address)
    assert len(waiting(carnet)) == 3
    assert carnet.engine.sync().ok and waiting(carnet) == []
    person = web.get(f"/me/persons/{GENEVIEVE}").json()
    assert {"Label": "Travail", "Number": "+15145550199"} in person["Phones"]
    assert person["MedicalInformation"]["Allergies"] == "Arachides"
    assert person["Address"]["PostalCode"] == "H2X 1Y4"


@pytest.mark.parametrize("where, field, text, message", [
    ("sin", "Sin", "046 454 287", "SIN"),
    ("reach", "Phones.0", "12", "phone"),
    ("reach", "Email", "pas-un-courriel", "email"),
    ("address", "Address.PostalCode", "ABC", "postal code"),
    ("identity", "FirstName", "", "required"),
])
def test_invalid_edits_show_the_fields_message_and_send_nothing(qtbot, people, carnet,
                                                                where, field, text, message):
    people.select_person(ETIENNE)
    part = section(people, where)
    widget = part.fields[field]
    target = widget.focusProxy() or widget
    type_into(qtbot, target, text)
    save(qtbot, part)
    shown = part.error_of(field)
    assert message.lower() in shown.lower(), shown
    assert target.text() == text  # what was typed stays in the form
    assert waiting(carnet) == []


def test_rl24_shares_of_101_are_refused_and_the_total_says_so(qtbot, people, carnet):
    people.select_person(LEA)
    shares = people.editor.shares
    assert shares.isVisible() and len(shares.spins) == 2
    first, second = shares.spins.values()
    first.setValue(60)
    second.setValue(41)
    assert "101" in shares.total.text() and "100" in shares.total.text()
    save(qtbot, shares)
    assert "100" in shares.general_error.text()
    assert waiting(carnet) == []
    second.setValue(40)
    save(qtbot, shares)
    assert len(waiting(carnet)) == 1 and carnet.engine.sync().ok


def test_date_of_birth_is_entered_once(qtbot, people, carnet, web):
    people.select_person(FELIX)
    identity = section(people, "identity")
    assert not identity.birth.isEnabled() and identity.birth_locked.isVisible()
    assert "contact the organization" in identity.birth_locked.text()
    # A copy that lacks it (as a stale one could): the field opens, the platform refuses a
    # second date, and its message lands on the field.
    with carnet.store.write() as conn:
        felix = carnet.store.get(conn, e.Person, FELIX)
        carnet.store.upsert(conn, [felix.model_copy(update={"date_of_birth": None})])
    reload(people)
    assert identity.birth.isEnabled()
    identity.birth.setFocus()
    identity.birth.setDate(QDate(2015, 1, 2))
    save(qtbot, identity)
    carnet.engine.sync()
    reload(people)
    assert "once" in identity.error_of("DateOfBirth").lower()
    assert "refused" in identity.status.text().lower()
    assert web.get(f"/me/persons/{FELIX}").json()["DateOfBirth"] != "2015-01-02"


def test_an_offline_edit_survives_a_restart_and_is_sent_on_reconnect(qtbot, tmp_path, platform,
                                                                     web):
    folder = tmp_path / "offline"
    session = connect(platform.url, folder)
    session.engine.sync()
    tab = people_tab(workspace(session.store))  # no session: as offline, nothing is sent
    qtbot.addWidget(tab)
    tab.show()
    settle(tab)
    tab.select_person(ZOE)
    type_into(qtbot, section(tab, "identity").first, "Zoe")
    save(qtbot, section(tab, "identity"))
    tab.close()
    session.close()  # the app quits

    again = connect(platform.url, folder)  # restarted, online
    try:
        assert [entry.request.path for entry in waiting(again)] == [f"/me/persons/{ZOE}"]
        assert again.engine.sync().ok
        assert web.get(f"/me/persons/{ZOE}").json()["FirstName"] == "Zoe"
    finally:
        again.close()


def test_a_conflict_shows_both_values_and_the_user_chooses(qtbot, people, carnet, web):
    people.select_person(ZOE)
    identity = section(people, "identity")
    type_into(qtbot, identity.first, "Zoe")
    save(qtbot, identity)
    web.patch(f"/me/persons/{ZOE}", json={"FirstName": "Zoey"})
    assert carnet.engine.sync().conflicts == 1
    reload(people)
    assert people.editor.review.isVisible()
    seen = {}

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        table = dialog.table
        seen.update({table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                     for r in range(table.rowCount())})
        dialog.keep_mine.click()

    told = []
    people.ws.hub.changed.connect(told.append)  # every screen hears of it (calendar, status)
    QTimer.singleShot(0, choose)
    qtbot.mouseClick(people.editor.review, Qt.MouseButton.LeftButton)
    settle(people)
    assert seen == {"First name": ("Zoe", "Zoey")}  # the editor's label (issue 16, item 4)
    assert [change.ids for change in told] == [{"Person": {ZOE}}]
    assert carnet.engine.sync().ok
    assert web.get(f"/me/persons/{ZOE}").json()["FirstName"] == "Zoe"
    assert not people.editor.review.isVisible()


def test_contacts_recipient_and_readiness(qtbot, people, carnet):
    people.select_person(LEA)
    editor = people.editor
    assert editor.contacts.model.rowCount() == 3
    assert "etienne.tremblay@example.ca" in editor.recipient.text()
    assert "primary legal guardian" in editor.recipient.text()
    assert "Everything" in editor.readiness.text()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.first.setText("Marc")
        dialog.last.setText("Roy")
        dialog.phone.setText("12")  # refused: the dialog stays open with the message
        submitted(dialog)
        assert "phone" in dialog.section.error_of("Phones").lower()
        dialog.phone.setText("450 555 0123")
        submitted(dialog)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(editor.contacts.add, Qt.MouseButton.LeftButton)
    settle(people)
    assert editor.contacts.model.rowCount() == 4
    assert len(waiting(carnet)) == 1 and carnet.engine.sync().ok


def test_add_a_person_needs_the_four_fields(qtbot, people, carnet):
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.first.setText("Noah")
        submitted(dialog)  # last name and date of birth missing
        assert dialog.section.error_of("LastName") and dialog.section.error_of("DateOfBirth")
        dialog.last.setText("Tremblay")
        dialog.birth.setDate(QDate(2020, 3, 4))
        submitted(dialog)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(people.add, Qt.MouseButton.LeftButton)
    settle(people)
    assert people.model.rowCount() == 6
    assert people.editor.person.first_name == "Noah"
    assert carnet.engine.sync().ok


def test_a_photo_is_cropped_square_and_at_most_512(qtbot, people, tmp_path):
    picture = QImage(1200, 800, QImage.Format.Format_RGB32)
    picture.fill(Qt.GlobalColor.darkCyan)
    path = tmp_path / "wide.png"
    picture.save(str(path))
    photo = section(people, "photo")
    assert photo.use_file(str(path))
    from desktop.models.people_model import photo_image

    stored = photo_image(photo.changes()["photo"])
    assert (stored.width(), stored.height()) == (512, 512)
    assert not photo.use_file(str(tmp_path / "missing.png"))


def test_models_pass_the_model_tester(people, qtmodeltester):
    qtmodeltester.check(people.model, force_py=True)
    people.select_person(LEA)
    qtmodeltester.check(people.editor.contacts.model, force_py=True)


def test_tab_walks_the_editor_top_down_with_named_fields(qtbot, people):
    """Every field reachable with Tab, in reading order, each with a name a screen reader says
    and a label bound to it."""
    people.select_person(ETIENNE)
    editor = people.editor
    first = section(people, "photo").choose
    first.setFocus()
    seen: list[QWidget] = []
    for _ in range(150):  # a date takes a Tab per part (day, month, year) before moving on
        widget = QApplication.focusWidget()
        if widget is None or not editor.isAncestorOf(widget) or (seen and widget is seen[0]):
            break
        if widget not in seen:
            seen.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    fields = [w for s in editor.sections if s.isVisible() for w in s.fields.values()]
    focusable = {(w.focusProxy() or w) for w in fields if w.isEnabled()}
    assert focusable <= set(seen), ([w.accessibleName() for w in focusable - set(seen)],
                                    [w.accessibleName() or type(w).__name__ for w in seen])
    tops = [w.mapTo(editor, w.rect().topLeft()).y() for w in seen]
    assert tops == sorted(tops), "Tab goes down the editor"
    for widget in seen:
        assert widget.accessibleName() or widget.text(), widget
    from PySide6.QtWidgets import QLabel

    for part in (s for s in editor.sections if s.isVisible()):
        buddies = {label.buddy() for label in part.findChildren(QLabel)}
        assert set(part.fields.values()) <= buddies, part.title()  # every field has its label


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_editor_screenshot(qtbot, people, lang, tmp_path):
    i18n.install(lang)
    try:
        tab = people_tab(people.ws)
        qtbot.addWidget(tab)
        tab.resize(1280, 800)
        settle(tab)
        tab.select_person(LEA)
        tab.show()
        image = tab.grab().toImage()
        assert not image.isNull() and image.width() == 1280
        assert tab.editor.sections[1].first.text() == "Léa"
    finally:
        i18n.install("en")


def test_dates_not_set_read_as_none(qtbot):
    from desktop.views.person_sections import date_of, set_date
    from desktop.views.section import date_edit

    edit = date_edit("Not set")
    qtbot.addWidget(edit)
    assert isinstance(edit, QDateEdit) and date_of(edit) is None
    set_date(edit, date(2020, 2, 29))
    assert date_of(edit) == date(2020, 2, 29)


def test_a_second_date_of_birth_is_refused_here_and_nothing_is_sent(qtbot, people, carnet):
    """The editor opened while the copy had no date; the sync brought one meanwhile."""
    with carnet.store.write() as conn:
        felix = carnet.store.get(conn, e.Person, FELIX)
        carnet.store.upsert(conn, [felix.model_copy(update={"date_of_birth": None})])
    reload(people)
    people.select_person(FELIX)
    identity = section(people, "identity")
    identity.birth.setFocus()
    identity.birth.setDate(QDate(2015, 1, 2))
    with carnet.store.write() as conn:
        carnet.store.upsert(conn, [felix])
    people.ws.hub.publish(Changes.of({"Person": {FELIX}}))  # a sync brought it: what is
    settle(people)  # typed stays
    assert identity.birth.date() == QDate(2015, 1, 2)
    save(qtbot, identity)
    assert "once" in identity.error_of("DateOfBirth").lower()
    assert waiting(carnet) == []


def test_leaving_unsaved_changes_asks_first(qtbot, people, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *args, **kw: asked.append(args[2]) or answers.pop(0))
    people.select_person(ETIENNE)
    type_into(qtbot, section(people, "identity").first, "Etienne-Paul")
    people.list.setCurrentIndex(people.model.index(people.model.row_of(ZOE), 0))
    assert people.editor.person.id == ETIENNE and "Étienne" in asked[0]  # stayed
    assert section(people, "identity").first.text() == "Etienne-Paul"
    people.list.setCurrentIndex(people.model.index(people.model.row_of(ZOE), 0))
    assert people.editor.person.id == ZOE and len(asked) == 2


def test_an_organizations_form_checks_its_required_answers(qtbot, people, carnet, web):
    people.select_person(LEA)
    [form] = people.editor.forms
    key = next(f.key for f in form.schema if f.required)
    field = form.fields[key]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    save(qtbot, form)
    assert "required" in form.error_of(key).lower() and waiting(carnet) == []
    qtbot.keyClicks(field, "Therese Cote (grand-mere)")
    save(qtbot, form)
    assert carnet.engine.sync().ok and waiting(carnet) == []
    answers = web.get(f"/me/org-forms/{form.form_id}").json()["Answers"]
    assert answers[key] == "Therese Cote (grand-mere)"


def test_invite_checks_the_address_then_queues_the_invitation(qtbot, people, carnet):
    people.select_person(GENEVIEVE)

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.email.setText("pas-un-courriel")
        submitted(dialog)
        assert "email" in dialog.section.error_of("Email").lower()
        dialog.email.setText("genevieve@example.ca")
        submitted(dialog)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(people.editor.invite, Qt.MouseButton.LeftButton)
    settle(people)
    assert [entry.request.path for entry in waiting(carnet)] == [
        f"/me/persons/{GENEVIEVE}/invitations"]


def test_editing_a_contact_keeps_its_other_phones(qtbot, people, carnet):
    from desktop.views.contact_dialog import ContactDialog

    with carnet.store.write() as conn:
        contact = next(c for c in carnet.store.all(conn, e.Contact) if c.person_id == LEA)
        two = [e.Phone(label="Cell", number="+15145550100"),
               e.Phone(label="Work", number="+15145550101")]
        carnet.store.upsert(conn, [contact.model_copy(update={"phones": two})])
    reload(people)
    people.select_person(LEA)
    current = next(c for c in people.editor.contacts.model.contacts() if c.id == contact.id)
    dialog = ContactDialog(people.ops, people.editor.person, current, False)
    qtbot.addWidget(dialog)
    dialog.relationship.setText("Papa")
    submitted(dialog)
    with carnet.store.read() as conn:
        saved = carnet.store.get(conn, e.Contact, contact.id)
    assert saved.phones == two and saved.relationship == "Papa"


def test_a_form_number_field_takes_infinity_as_not_a_number(qtbot):
    from desktop.views.org_forms import _number

    assert _number("Infinity") == "Infinity" and _number("NaN") == "NaN"
    assert _number("2") == 2 and _number("2,5") == 2.5


def test_any_conflict_can_be_settled_from_the_status_bar(qtbot, carnet, web):
    from desktop.app import build

    carnet.engine.sync()
    carnet.edits.update_contact(301, relationship="Papa")
    web.patch("/me/contacts/301", json={"Relationship": "Père (tuteur)"})
    assert carnet.engine.sync().conflicts == 1
    app = build(carnet.store, "en", "famille.tremblay@example.ca")
    qtbot.addWidget(app.window)
    app.window.show()
    app.wait()
    button = app.window.status.conflicts
    assert button.isVisible() and "1" in button.text()
    seen = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the conflicts are read off the GUI thread first
            QTimer.singleShot(10, choose)
            return
        seen.append(dialog.table.item(0, 2).text())
        dialog.take_theirs.click()

    QTimer.singleShot(0, choose)
    button.click()
    qtbot.waitUntil(lambda: bool(seen))
    app.wait()
    assert seen == ["Père (tuteur)"]
    with carnet.store.read() as conn:
        assert carnet.store.get(conn, e.Contact, 301).relationship == "Père (tuteur)"
    assert not button.isVisible()
    app.stop()  # the conflict's refresh would fire after the window is gone


@pytest.mark.qt_log_ignore("This plugin does not support")  # the offscreen popup's own
def test_the_date_of_birth_picker_opens_near_today_and_never_gives_1899(qtbot, demo_store):
    """Issue 16, item 5: unset, the picker opened on December 1899."""
    from PySide6.QtCore import QPoint

    from desktop.views.person_dialogs import AddPersonDialog
    from desktop.views.person_sections import date_of
    from services.domain import clock

    ws = workspace(demo_store)
    dialog = AddPersonDialog(ws.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    birth = dialog.birth
    assert date_of(birth) is None  # nothing chosen yet: "Not set"
    today = clock.today()
    qtbot.mouseClick(birth, Qt.MouseButton.LeftButton,
                     pos=QPoint(birth.width() - 6, birth.height() // 2))
    calendar = birth.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    assert calendar.selectedDate() == QDate(today.year, today.month, today.day)
    assert date_of(birth) is None  # shown, not chosen
    assert calendar.maximumDate() == QDate(today.year, today.month, today.day)  # no future
    calendar.window().hide()
    assert date_of(birth) is None and birth.calendarWidget().yearShown() == today.year
    birth.setFocus()
    qtbot.keyClick(birth, Qt.Key.Key_Up)  # a step from "not set" starts at today, not 1900
    assert date_of(birth) == today
    dialog.first.setText("Noah")
    dialog.last.setText("Tremblay")
    birth.setDate(birth.minimumDate())
    dialog.submit()
    ws.wait()
    assert dialog.section.error_of("DateOfBirth")  # not set: required, never 1899 sent
    ws.stop()
