"""Issue 16, item 10: a quick-access card's ✕ removed it at once, with no way back. Now the card
hides, Undo is offered for a few seconds, and only then is the removal saved (at once if the
window closes first)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.views.quick_access import QuickAccessPanel
from services.store import reads


def removable(carnet):
    return next(c for c in carnet.window.home.quick.cards if c.remove is not None)


def waiting(carnet) -> int:
    with carnet.store.reader() as conn:
        return reads.outbox_counts(conn)[0]


@pytest.fixture
def quick_undo(monkeypatch):
    monkeypatch.setattr(QuickAccessPanel, "UNDO_MS", 300)


def test_the_x_hides_the_card_and_undo_brings_it_back_with_nothing_saved(carnet, qtbot,
                                                                       quick_undo):
    panel, card = carnet.window.home.quick, removable(carnet)
    ident = card.card.quick_access_id
    qtbot.mouseClick(card.remove, Qt.MouseButton.LeftButton)
    assert not card.isVisible()
    bar = panel.pending[ident][1]
    assert bar.isVisible() and card.card.organization.name in bar.said.text()
    qtbot.mouseClick(bar.undo, Qt.MouseButton.LeftButton)
    qtbot.wait(500)  # past the Undo's time: nothing is removed
    carnet.wait()
    assert card.isVisible() and ident not in panel.pending
    assert waiting(carnet) == 0
    assert any(c.card.quick_access_id == ident for c in panel.cards)


def test_without_undo_the_card_is_removed_when_the_time_is_up(carnet, qtbot, quick_undo):
    panel, card = carnet.window.home.quick, removable(carnet)
    ident = card.card.quick_access_id
    qtbot.mouseClick(card.remove, Qt.MouseButton.LeftButton)
    assert waiting(carnet) == 0  # not yet: Undo is offered
    qtbot.waitUntil(lambda: ident not in panel.pending, timeout=3000)
    carnet.wait()
    assert waiting(carnet) == 1
    assert all(c.card.quick_access_id != ident for c in panel.cards)


def test_closing_the_window_removes_what_waits_for_its_undo(carnet, qtbot):
    card = removable(carnet)
    qtbot.mouseClick(card.remove, Qt.MouseButton.LeftButton)
    carnet.window.close()
    carnet.wait()
    assert waiting(carnet) == 1
