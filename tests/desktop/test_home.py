"""The Home tab driven like a person would: clicks, filters, keys, and its pixels (HOME-3..5)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage

from desktop.changes import Changes
from desktop.views.palette import CLOSURE_DAY, KIND_COLOURS
from services.domain.calendar import EntryKind
from services.domain.demo import ETIENNE, FELIX

TODAY = date(2026, 11, 27)


def grid(carnet):
    return carnet.window.home.calendar.grid


def chips_of(carnet, kind=None, view=None, **where):
    found = []
    for chip in (view or grid(carnet)).chips():
        entry = chip.entry
        if entry is None or (kind is not None and entry.kind is not kind):
            continue
        if all(getattr(entry, k) == v for k, v in where.items()):
            found.append(chip)
    return found


def click(qtbot, widget, rect) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=rect.center())


def test_occurrence_click_opens_its_registration_page(carnet, qtbot, opened_urls):
    chip = chips_of(carnet, EntryKind.ACTIVITY, title="Soccer intérieur U10")[0]
    click(qtbot, grid(carnet), chip.rect)
    assert opened_urls == ["https://boutique.example.ca/loisirs-beaumont/activites/501"]


def test_online_booking_opens_and_closure_or_plain_event_do_not(carnet, qtbot, opened_urls):
    carnet.state.go_to(date(2026, 11, 10))
    carnet.window.home.show_view("week")  # room for every entry of that busy Tuesday
    carnet.state.wait()
    week = carnet.window.home.calendar.week
    booking = chips_of(carnet, EntryKind.EVENT, week, is_online_booking=True)[0]
    week.ensure_visible(booking)
    booking = chips_of(carnet, EntryKind.EVENT, week, is_online_booking=True)[0]
    click(qtbot, week, booking.rect)
    assert opened_urls == ["https://boutique.example.ca/loisirs-beaumont/reservations/701"]
    carnet.state.go_to(date(2026, 11, 16))
    carnet.state.wait()
    for chip in (chips_of(carnet, EntryKind.CLOSURE, week)[0],
                 chips_of(carnet, EntryKind.EVENT, week, is_online_booking=False)[0]):
        week.ensure_visible(chip)
        chip = next(c for c in week.chips() if c.entry == chip.entry and c.day == chip.day)
        click(qtbot, week, chip.rect)
    assert len(opened_urls) == 1


def test_person_filter_hides_other_members(carnet, qtbot):
    assert {c.entry.person_id for c in chips_of(carnet, EntryKind.ACTIVITY)} > {FELIX}
    combo = carnet.window.home.calendar.person
    combo.setCurrentIndex(combo.findData(FELIX))
    carnet.state.wait()
    people = {c.entry.person_id for c in chips_of(carnet) if c.entry.person_id}
    assert people == {FELIX}
    assert all(e.person_id in (FELIX, None) for e in carnet.state.entries)
    combo.setCurrentIndex(0)
    carnet.state.wait()
    assert ETIENNE in {c.entry.person_id for c in chips_of(carnet)}


def test_staff_and_two_members_are_separate_entries(carnet):
    soccer = [c.entry for c in chips_of(carnet, EntryKind.ACTIVITY, title="Soccer intérieur U10")
              if c.day == date(2026, 11, 3)]
    assert sorted((e.person_id, e.is_staff) for e in soccer) == [(ETIENNE, True), (FELIX, False)]


def test_only_removable_cards_show_the_x(carnet):
    cards = {c.card.organization.slug: c for c in carnet.window.home.quick.cards}
    assert [slug for slug, c in cards.items() if c.remove is not None] == ["petits-explorateurs"]
    assert "balance is due" in cards["loisirs-beaumont"].toolTip()
    assert "Federations" in cards["gymnastique-qc"].toolTip()


def test_keyboard_and_overflow(carnet, qtbot):
    widget = grid(carnet)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_PageDown)
    assert carnet.state.anchor.month == 12
    qtbot.keyClick(widget, Qt.Key.Key_T)
    carnet.state.wait()
    assert carnet.state.anchor == TODAY
    qtbot.keyClick(widget, Qt.Key.Key_Right)
    assert carnet.state.selected == date(2026, 11, 28)
    more = next(c for c in widget.chips() if c.entry is None)
    widget.dayActivated.disconnect(carnet.window.home.calendar.show_day)  # a modal dialog
    with qtbot.waitSignal(widget.dayActivated) as signal:
        click(qtbot, widget, more.rect)
    assert signal.args == [more.day]
    assert carnet.state.days.count(more.day) == more.more + sum(
        1 for c in widget.chips() if c.day == more.day and c.entry is not None)


def test_week_and_agenda_views(carnet, qtbot):
    panel = carnet.window.home.calendar
    week = next(b for b in panel.modes.buttons() if b.property("mode") == "week")
    qtbot.mouseClick(week, Qt.MouseButton.LeftButton)
    carnet.state.wait()
    days = {c.day for c in panel.week.chips()}
    assert max(days) - min(days) <= timedelta(days=6)
    agenda = next(b for b in panel.modes.buttons() if b.property("mode") == "agenda")
    qtbot.mouseClick(agenda, Qt.MouseButton.LeftButton)
    carnet.state.wait()
    assert panel.stack.currentWidget() is panel.agenda
    panel.find("Natation")
    carnet.state.wait()
    model = panel.agenda_model
    entries = [model.entry(r) for r in range(model.rowCount()) if model.entry(r) is not None]
    assert len(entries) >= 4 and all(
        "natation" in f"{e.title} {e.person_name} {e.organization_name} {e.location}".lower()
        for e in entries)


def colour_at(image: QImage, point: QPoint) -> QColor:
    return QColor(image.pixel(point))


def close_to(a: QColor, b: QColor, tolerance: int = 12) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3],
                                                       strict=True))


def test_screenshot_has_the_three_colours_where_the_month_has_them(carnet):
    widget = grid(carnet)
    image = widget.grab().toImage()
    checked = {kind: 0 for kind in EntryKind}
    for chip in widget.chips():
        if chip.entry is None:
            continue
        point = QPoint(chip.rect.left() + 2, chip.rect.center().y())  # the chip's edge: no text
        assert close_to(colour_at(image, point), KIND_COLOURS[chip.entry.kind]), chip.entry
        checked[chip.entry.kind] += 1
    assert all(checked.values()), checked
    closed = next(c for c in chips_of(carnet, EntryKind.CLOSURE) if c.day.month == 11)
    cell = next(r for r, d in widget._cells if d == closed.day)
    assert close_to(colour_at(image, QPoint(cell.right() - 3, cell.bottom() - 3)), CLOSURE_DAY)


@pytest.mark.process
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_carnet_screenshot_offline_from_the_store(tmp_path, lang):
    env = {**os.environ, "CARNET_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM":
           "offscreen"}
    carnet = str(Path(sys.executable).with_name("carnet"))
    subprocess.run([carnet, "demo-data"], env=env, check=True, capture_output=True)
    target = tmp_path / f"home-{lang}.png"
    done = subprocess.run([carnet, "--lang", lang, "--screenshot", str(target), "--size",
                           "1280x800"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_sync_batch_rereads_the_shown_period_without_blanking_it(carnet, qtbot):
    state = carnet.state
    state.settle()
    before = list(state.entries)
    chips = len(grid(carnet).chips())
    assert before and chips
    state.on_changes(Changes.of({"Occurrence": {1}}))
    assert state.loading and state.entries == before  # still shown while it is read again
    assert len(grid(carnet).chips()) == chips
    state.wait()
    assert state.entries == before
    assert not state._prefetch_timer.isActive()  # only what shows, during a sync
    state.on_changes(Changes.of({"Email": {1}}))  # nothing a calendar shows: no read at all
    assert not state.loading


def test_a_read_begun_before_a_sync_change_never_shows_after_it(carnet, qtbot, monkeypatch):
    """The read of the shown month was on its way when a sync committed a new closure: its
    (older) result is dropped and the month is read again."""
    import threading

    from services.domain import entities as e
    from services.domain.demo import CITY

    state = carnet.state
    state.settle()
    original, started, gate = state._read, [], threading.Event()

    def slow_read(*args):
        result = original(*args)
        started.append(result)
        if len(started) == 1:
            gate.wait(10)  # the sync commits meanwhile
        return result

    monkeypatch.setattr(state, "_read", slow_read)
    state._cache.clear()
    state.refresh(read_ahead=False)
    qtbot.waitUntil(lambda: bool(started))
    day = state.first_shown() + (state.last_shown() - state.first_shown()) / 2
    with state.store.write() as conn:
        state.store.upsert(conn, [e.Closure(id=777_001, version="1", organization_id=CITY,
                                            name="Dégât d'eau", start_date=day, end_date=day)])
    state.on_changes(Changes.of({"Closure": {777_001}}))
    gate.set()
    state.wait()
    assert any(x.title == "Dégât d'eau" for x in state.entries)
