"""Front desk's window (issue 19) against the reference server on 127.0.0.1: signed in and
synced with `carnet org`, then Today (sessions with their counts, a roster with attendance set
by the platform's admin route and seen after Sync now), Find (Geneviève, her family's card,
guardians flagged, medical notes only after the button — and the audit line), the month
calendar's colours, the printed roster (pdftotext), and all of it with the server stopped."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget
from PySide6.QtWidgets import QLabel

from desktop import desk_orgs, desk_printing, i18n
from desktop.cli import main
from desktop.models import roles
from desktop.views.desk_print import sheet_of
from desktop.views.desk_window import DeskWindow
from desktop.views.legend import Legend
from desktop.views.palette import KIND_COLOURS
from services.domain.calendar import EntryKind
from services.domain.demo import CITY, DEMO_ORG_KEYS, DEMO_ORG_SECRET, FELIX
from tests.desktop.tabs import modules_at_first_paint

SLUG = "loisirs-beaumont"


@pytest.fixture
def data(qapp, capsys, tmp_path, monkeypatch, platform):
    """A data folder where the city's organization is signed in and synced (`carnet org`)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("CARNET_ORG_SECRET", DEMO_ORG_SECRET)
    for argv in (("org", "login", "--server", platform.url, "--org", SLUG, "--key",
                  DEMO_ORG_KEYS[CITY]), ("org", "sync")):
        assert main(["--data-dir", str(folder), "--lang", "en", *argv]) == 0
    capsys.readouterr()
    yield folder
    i18n.install("en")


def open_desk(qtbot, folder, lang: str = "en") -> DeskWindow:
    i18n.install(lang)
    window = DeskWindow(desk_orgs.signed_in(folder), lang)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.wait()
    return window


@pytest.fixture
def desk(qtbot, data):
    window = open_desk(qtbot, data)
    yield window
    window.stop()


def sync_now(window: DeskWindow) -> None:
    desk = window.current()
    before = desk.session.syncs
    desk.sync_button.click()
    while desk.session.syncs == before:
        window.wait()
    window.wait()


def test_models_pass_the_model_tester(desk, qtmodeltester):
    desk_page = desk.current()
    desk_page.find.model.search("tremblay")
    desk.wait()
    for model in (desk_page.today.model, desk_page.today.roster, desk_page.find.model):
        qtmodeltester.check(model)
    assert desk_page.find.model.rowCount() > 0


def test_today_counts_and_a_roster_with_attendance_after_sync_now(desk, admin):
    page = desk.current().today
    assert page.model.day is not None  # no session left today: the next day with some
    assert page.model.rowCount() > 0 and not page.model.day.is_today
    assert page.title.text().startswith("No more sessions today. Next: ")
    response = admin.post("/admin/occurrences", json={
        "ActivityId": 501, "Start": "2026-11-27T11:30:00-05:00",
        "End": "2026-11-27T13:00:00-05:00"})
    assert response.status_code == 201, response.text
    occurrence = response.json()["Id"]
    assert admin.put(f"/admin/occurrences/{occurrence}/persons/{FELIX}/attendance",
                     json={"AttendanceId": 1}).status_code == 200
    sync_now(desk)
    assert "Last sync:" in desk.current().status.text()
    day = page.model.day
    assert day.is_today and [s.id for s in day.now] == [occurrence]
    first = page.model.index(0, 0)
    assert first.data().startswith("Now · 11:30") and first.data(roles.ENTRY).present == 1
    assert page.model.index(0, 4).data() == 1 and page.model.index(0, 3).data() >= 2
    assert page.roster.occurrence_id == occurrence  # the first session's roster beside it
    names = {page.roster.index(r, 0).data(): page.roster.index(r, 1).data()
             for r in range(page.roster.rowCount())}
    assert names["Félix Tremblay"] == "Present"
    assert "Not taken" in names.values()
    assert "1 present" in page.roster_detail.text() and page.print_button.isEnabled()


def test_find_genevieve_and_her_family_card(desk, qtbot, data):
    desk_page = desk.current()
    desk_page.show_page("find")
    find = desk_page.find
    qtbot.keyClicks(find.box, "genevieve")
    qtbot.waitUntil(lambda: find.model.rowCount() > 0)
    assert find.model.index(0, 1).data() == "Geneviève Gagnon"
    assert find.model.index(0, 2).data() == "Family of Étienne Tremblay"
    qtbot.keyClick(find.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk_page.card is not None)
    card = desk_page.card
    desk.wait()
    text = card.text.toPlainText()
    assert "Geneviève Gagnon" in text and "Étienne Tremblay" in text
    contacts = text.split("\nContacts\n")[1].split("\nRegistrations\n")[0].splitlines()
    guardian = next(line for line in contacts if line.startswith("Étienne Tremblay ·"))
    assert "Legal guardian" in guardian
    emergency = next(line for line in contacts if line.startswith("Thérèse Côté"))
    assert "Legal guardian" not in emergency and "Emergency contact" in emergency
    assert "(450) 555-9876" in emergency and "+1450" not in text  # phones as the family side shows
    assert "years old" in text and "Arachides" not in text and "Allergies" not in text
    audit = data / "orgs" / SLUG / "medical-access.log"
    assert not audit.exists()
    card.medical.click()
    desk.wait()
    assert "Allergies: Arachides" in card.text.toPlainText()
    line = json.loads(audit.read_text(encoding="utf-8"))
    assert line["Account"] == 1 and FELIX in line["Persons"]
    assert "Arachides" not in audit.read_text(encoding="utf-8")
    assert not card.medical.isEnabled()


def _chip_colour(grid, kind: EntryKind) -> QColor:
    image = grid.grab().toImage()
    chip = next(c for c in grid.chips() if c.entry is not None and c.entry.kind is kind)
    return QColor(image.pixel(chip.rect.left() + 2, chip.rect.center().y()))


def test_the_calendar_paints_closures_activities_and_events(desk):
    sync_now(desk)  # five weeks back: the month's first days, its events
    page = desk.current().calendar
    desk.current().show_page("calendar")
    state = page.state
    assert state.period()[0] == date(2026, 11, 1)
    desk.wait()
    assert {EntryKind.ACTIVITY, EntryKind.EVENT} <= state.kinds()
    for kind in (EntryKind.ACTIVITY, EntryKind.EVENT):
        assert _chip_colour(page.grid, kind) == KIND_COLOURS[kind], kind
    state.step(1)
    desk.wait()
    assert state.period()[0] == date(2026, 12, 1) and EntryKind.CLOSURE in state.kinds()
    assert state.days.closed(date(2026, 12, 25))
    assert _chip_colour(page.grid, EntryKind.CLOSURE) == KIND_COLOURS[EntryKind.CLOSURE]
    assert page.month.text() == "December 2026"


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.process
def test_print_roster_renders_an_attendance_sheet(desk, tmp_path):
    page = desk.current().today
    assert page.roster.roster is not None
    sheet = sheet_of(page.roster.roster, desk.current().session.title)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "roster.pdf"
    printer.setOutputFileName(str(target))
    assert desk_printing.render(printer, sheet) == 1
    text = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True,
                          text=True, check=True).stdout
    session = page.roster.roster.session
    assert session.activity in text and "Printed" in text and "Page 1 of 1" in text
    for person in page.roster.roster.participants:
        assert f"{person.last_name}, {person.first_name}" in text
    long = desk_printing.RosterSheet("Long", "today", "here", "org", "today",
                                     [f"Person {n}" for n in range(80)], [""] * 80)
    printer.setOutputFileName(str(tmp_path / "long.pdf"))
    assert desk_printing.render(printer, long) >= 2


def test_print_roster_opens_a_preview_of_the_sheet(desk, qtbot):
    page = desk.current().today
    seen: list[int] = []

    def look() -> None:
        if page.preview is None or not page.preview.isVisible():
            QTimer.singleShot(20, look)
            return
        widget = page.preview.findChild(QPrintPreviewWidget)
        widget.updatePreview()
        seen.append(widget.pageCount())
        page.preview.reject()

    QTimer.singleShot(0, look)
    page.print_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [1] and page.preview is None


@pytest.mark.expect_log("Retrying", logger="urllib3.connectionpool")
def test_everything_reads_with_the_server_stopped(desk, qtbot, platform):
    platform.stop()
    desk_page = desk.current()
    sync_now(desk)
    status = desk_page.status.text()
    assert "cannot be reached" in status and "Traceback" not in status
    assert desk_page.sync_button.isEnabled()
    assert desk_page.today.model.rowCount() > 0
    desk_page.find.model.search("zoe")
    desk.wait()
    assert desk_page.find.model.rowCount() > 0
    card = desk_page.open_family(1)
    desk.wait()
    card.medical.click()
    desk.wait()
    assert "Arachides" in card.text.toPlainText()


def test_in_french(data, qtbot):
    window = open_desk(qtbot, data, "fr")
    try:
        desk_page = window.current()
        assert desk_page.pages.tabText(0) == "Aujourd’hui"
        assert desk_page.today.title.text().startswith("Plus de séances aujourd’hui.")
        assert desk_page.sync_button.text() == "Synchroniser"
        assert "Dernière synchronisation" in desk_page.status.text()
        card = desk_page.open_family(1)
        window.wait()
        text = card.text.toPlainText()
        assert "Tuteur légal" in text and "ans" in text
        detail = desk_page.today.roster_detail.text()
        assert re.search(r"\b1 inscrit,|\b[02-9]\d* inscrits,", detail), detail
        legend = desk_page.calendar.findChild(Legend)
        assert legend is not None and not [w for w in legend.findChildren(QLabel)
                                           if w.text() == "Personnel"]
        assert card.medical.text() == "Afficher les notes médicales"
    finally:
        window.stop()


@pytest.mark.parametrize(("lang", "words"), [
    ("en", "No organization is signed in here: sign in first with “carnet org login”"),
    ("fr", "Aucun organisme n’est connecté ici"),
])
def test_carnet_desk_without_an_organization_says_so(cli, tmp_path, lang, words):
    code, _, err = cli(tmp_path / "empty", "desk", lang=lang)
    assert code == 2 and words in err and len(err.strip().splitlines()) == 1


def test_carnet_desk_takes_a_screenshot(cli, data, tmp_path):
    shot = tmp_path / "desk.png"
    code, _, err = cli(data, "desk", "--org", SLUG, "--screenshot", str(shot), "--size",
                       "1024x600", "--desk-page", "find")
    assert code == 0, err
    assert shot.stat().st_size > 10_000
    code, _, err = cli(data, "desk", "--org", "nowhere")
    assert code == 2 and "nowhere" in err


def test_the_open_desk_syncs_at_once_then_every_few_minutes(desk, admin, qtbot):
    session = desk.current().session
    assert session.syncs == 0  # opening the window alone reads the store, it does not sync
    desk.keep_synced(interval_ms=300)
    qtbot.waitUntil(lambda: session.syncs >= 1, timeout=15_000)
    response = admin.post("/admin/occurrences", json={
        "ActivityId": 501, "Start": "2026-11-27T11:30:00-05:00",
        "End": "2026-11-27T13:00:00-05:00"})
    assert response.status_code == 201, response.text
    page = desk.current().today
    qtbot.waitUntil(lambda: page.model.day is not None and page.model.day.is_today,
                    timeout=15_000)  # the next timed sync brought today's new session
    desk.stop()
    assert not session.timer.isActive()


def test_the_calendar_reads_only_when_its_page_shows(desk):
    """A large organization's month is ~200,000 sessions: Today at start does not wait behind it."""
    page = desk.current().calendar
    desk.wait()
    assert not page.state.active and page.state.stale and page.state.entries == []
    desk.current().show_page("calendar")
    desk.wait()
    assert page.state.active and not page.state.stale and page.state.entries
    desk.current().show_page("today")
    sync_now(desk)  # a sync while the calendar is hidden: read when it shows again
    assert page.state.stale
    desk.current().show_page("calendar")
    desk.wait()
    assert not page.state.stale


@pytest.mark.process
def test_todays_first_paint_loads_no_heavy_module(data, tmp_path):
    """The desk's Today reads its store with plain sqlite3 (services.org.schema, SQLAlchemy,
    loads with the first write): its cold start stays near the family window's."""

    heavy = ("sqlalchemy", "pydantic", "requests", "services.org.schema")
    last, output = modules_at_first_paint(
        ["--data-dir", str(data), "desk", "--screenshot", str(tmp_path / "today.png"),
         "--desk-page", "today"], heavy)
    assert last == "0 []", output


def test_the_desk_window_hands_collection_to_its_thread_once_shown(cli, data, monkeypatch):
    """As the family's window does (desktop.collector.started): what the start allocated is
    frozen and the GUI thread collects from then on. The desk's window never did: the
    collector stayed off for its whole run."""
    import gc
    import sys

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from desktop import collector

    seen = {}
    before = set(QApplication.topLevelWidgets())

    def shown_then_closed(self) -> int:  # the event loop's first turns, then the window closes
        for _ in range(5):
            QApplication.processEvents()
        seen.update(frozen=gc.get_freeze_count(), switch=sys.getswitchinterval(),
                    installed=collector._installed)
        for window in set(QApplication.topLevelWidgets()) - before:  # as the person does
            window.close()
            window.deleteLater()
        return 0

    monkeypatch.setattr(QApplication, "exec", shown_then_closed)
    gc.unfreeze()
    code, _, err = cli(data, "desk", "--org", SLUG)
    gc.unfreeze()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert code == 0, err
    assert seen["frozen"] > 0 and seen["installed"] is not None
    assert seen["switch"] != collector.STARTING_SWITCH_INTERVAL
