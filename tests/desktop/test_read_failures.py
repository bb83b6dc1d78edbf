"""Issue 15: a read that fails reaches someone — it is logged as an error (which fails any
test that does not expect it) and said in the status bar; it never turns into an empty screen
that looks like "no data"."""

from __future__ import annotations

import pytest

from desktop.changes import Changes
from desktop.models import upcoming_model
from services.store.errors import Problem, StoreError
from services.store.tables import ResourceType as R


@pytest.mark.expect_log("reading the upcoming entries failed", logger="desktop.tasks")
def test_a_failed_read_is_logged_and_said_in_the_status_bar(carnet, monkeypatch):
    rows_before = carnet.upcoming.rowCount()
    assert rows_before > 0

    def broken(*_args, **_kwargs):
        raise StoreError(Problem.DAMAGED, carnet.store.path)

    monkeypatch.setattr(upcoming_model.calendar_reads, "upcoming_entries", broken)
    carnet.workspace.hub.publish(Changes.of({R.OCCURRENCE: {1}}))
    carnet.wait()
    said = carnet.window.statusBar().currentMessage()
    assert "could not be read" in said and "StoreError" in said
    assert carnet.upcoming.rowCount() == rows_before  # what was shown stays, not emptied
