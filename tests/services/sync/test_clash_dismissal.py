"""ASSIST-3 (issue 18 item 3): a dismissed clash is kept on this computer only (no outbox
entry) and stays dismissed across syncs; a moved occurrence makes a new clash."""

from __future__ import annotations

from datetime import date

from services.domain.clashes import DISMISSED, ClashKind
from services.store import clash_reads
from services.sync import outbox
from services.sync.operations import LocalEdits

NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))


def found(store):
    with store.reader() as conn:
        return clash_reads.clashes(conn, *NOVEMBER)


def by_kind(store):
    return {c.kind: c for c in found(store).clashes}


def test_dismissing_writes_the_meta_and_no_outbox_entry(demo_store):
    changed = []
    edits = LocalEdits(demo_store, notify=changed.append)
    key = by_kind(demo_store)[ClashKind.CLOSED].key
    edits.dismiss_clash(key)
    with demo_store.read() as conn:
        assert outbox.entries(demo_store, conn) == []
        assert demo_store.get_meta(conn, DISMISSED) == f'["{key}"]'
    assert [c.kind for c in found(demo_store).shown()] == [ClashKind.TWO_PLACES,
                                                           ClashKind.DOUBLE_BOOKED]
    edits.dismiss_clash(key, dismissed=False)
    assert len(found(demo_store).shown()) == 3


def test_a_dismissed_clash_stays_dismissed_after_a_sync(carnet, admin):
    carnet.engine.sync()
    kinds = by_kind(carnet.store)
    assert set(kinds) == set(ClashKind)
    carnet.edits.dismiss_clash(kinds[ClashKind.DOUBLE_BOOKED].key)
    carnet.edits.dismiss_clash(kinds[ClashKind.TWO_PLACES].key)
    with carnet.store.read() as conn:
        assert outbox.entries(carnet.store, conn) == []
    soccer = next(e for e in kinds[ClashKind.TWO_PLACES].entries if e.title.startswith("Soccer"))
    # The platform moves the soccer game a quarter of an hour later, and renames the closure.
    admin.patch(f"/admin/occurrences/{soccer.source_id}",
                json={"State": "Moved", "Start": "2026-11-03T23:45:00Z",
                      "End": "2026-11-04T00:45:00Z"})
    report = carnet.engine.sync()
    assert report.ok and report.pulled >= 1 and report.pushed == 0
    after = found(carnet.store)
    assert {c.kind for c in after.clashes} == set(ClashKind)
    shown = {c.kind: c for c in after.shown()}
    # The double booking is the same clash: still dismissed. The moved game is a new clash.
    assert set(shown) == {ClashKind.TWO_PLACES, ClashKind.CLOSED}
    assert shown[ClashKind.TWO_PLACES].key != kinds[ClashKind.TWO_PLACES].key
    assert shown[ClashKind.CLOSED].key == kinds[ClashKind.CLOSED].key
