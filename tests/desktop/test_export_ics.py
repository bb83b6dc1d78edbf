"""`carnet export --ics` (issue 17, Done-when): the demo family synced from the reference server,
exported and read back with icalendar and vobject — one event per `carnet agenda --json` entry
at the same instants across the end of daylight saving time; the same UIDs after a sync that
moves and cancels occurrences, their SEQUENCE one higher; bad input said, nothing half-written.
"""

from __future__ import annotations

import errno
import json
import os
from datetime import date, datetime, timedelta

import pytest

from desktop.cli import main
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME
from tests.ics_readers import icalendar_events, vobject_calendar

PERIOD = ("--from", "2026-10-25", "--to", "2026-12-31")  # DST ends on 2026-11-01
SOCCER = 501  # Félix plays, Étienne coaches (staff)
RESOURCE = {"Closure": "closure", "Activity": "occurrence", "Event": "event"}


@pytest.fixture
def carnet(qapp, capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("CARNET_PASSWORD", DEMO_PASSWORD)
    folder = tmp_path / "data"

    def run(*argv: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(folder), "--lang", "en", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def synced(carnet, platform, admin):
    # On the night the clocks go back, 01:30 happens twice: a practice at the second one.
    for start, end in (("2026-11-01T01:30:00-05:00", "2026-11-01T02:15:00-05:00"),
                       ("2026-10-31T23:30:00-04:00", "2026-11-01T01:10:00-04:00")):
        assert admin.post("/admin/occurrences", json={
            "ActivityId": SOCCER, "Start": start, "End": end}).status_code == 201
    code, _, err = carnet("login", "--server", platform.url, "--username", DEMO_USERNAME)
    assert code == 0, err
    return carnet


def _export(carnet, target, *more: str) -> bytes:
    code, out, err = carnet("export", "--ics", str(target), *PERIOD, *more)
    assert code == 0, err
    assert "calendar entries written to" in out
    return target.read_bytes()


def _agenda(carnet, *more: str) -> list[dict]:
    code, out, err = carnet("agenda", "--json", *PERIOD, *more)
    assert code == 0, err
    return json.loads(out)["Entries"]


def _uid(entry: dict) -> str:
    member = f"-person-{entry['PersonId']}" if entry["PersonId"] is not None else ""
    return f"{RESOURCE[entry['Kind']]}-{entry['SourceId']}{member}@carnet"


def _by_uid(events) -> dict:
    found = {str(e["UID"]): e for e in events}
    assert len(found) == len(events), "a UID twice"
    return found


def _same_instants(entries: list[dict], data: bytes) -> None:
    """Each agenda entry is one event of the file, at the same instants, for both parsers."""
    first = _by_uid(icalendar_events(data))
    second = {e.uid.value: e for e in vobject_calendar(data).vevent_list}
    assert set(first) == set(second) == {_uid(e) for e in entries}
    assert len(first) == len(entries)
    for entry in entries:
        one, two = first[_uid(entry)], second[_uid(entry)]
        if entry["AllDay"]:
            start = date.fromisoformat(entry["Start"])
            end = date.fromisoformat(entry["End"]) + timedelta(days=1)  # DTEND is exclusive
            assert (one.start, one.end) == (start, end) == (two.dtstart.value, two.dtend.value)
            assert one["TRANSP"] == "TRANSPARENT"
        else:
            start, end = (datetime.fromisoformat(entry[k]) for k in ("Start", "End"))
            assert one.start == start == two.dtstart.value, _uid(entry)
            assert one.end == end == two.dtend.value, _uid(entry)
        assert ("CANCELLED" if entry["State"] == "Cancelled" else "CONFIRMED") == one["STATUS"]
        assert str(one.get("URL") or "") == (entry["Url"] or "")
        if entry["Role"] == "Staff":
            assert "(staff)" in one["SUMMARY"]


def test_the_demo_family_exported_read_by_two_parsers_as_the_agenda_says(synced, tmp_path):
    data = _export(synced, tmp_path / "family.ics")
    entries = _agenda(synced)
    assert {e["Kind"] for e in entries} == {"Closure", "Activity", "Event"}
    starts = {e["Start"] for e in entries}
    assert "2026-11-01T01:30:00-05:00" in starts  # the repeated hour, the second time
    assert "2026-10-31T23:30:00-04:00" in starts  # across the change
    assert any(s.endswith("-04:00") for s in starts) and any(s.endswith("-05:00") for s in starts)
    _same_instants(entries, data)
    assert len(vobject_calendar(data).vtimezone_list) == 1
    # A member's own calendar: their entries only, named after them.
    mine = _export(synced, tmp_path / "felix.ics", "--person", "félix")
    _same_instants(_agenda(synced, "--person", "félix"), mine)
    assert "Félix Tremblay" in str(vobject_calendar(mine).contents["x-wr-calname"][0].value)


def test_uids_stay_and_sequence_rises_when_the_platform_moves_and_cancels(synced, admin,
                                                                         tmp_path):
    before = _by_uid(icalendar_events(_export(synced, tmp_path / "before.ics")))
    entries = [e for e in _agenda(synced) if e["Kind"] == "Activity"]
    moved, cancelled = entries[3], entries[-1]
    new_start = datetime.fromisoformat(moved["Start"]) + timedelta(days=1, hours=2)
    new_end = datetime.fromisoformat(moved["End"]) + timedelta(days=1, hours=2)
    assert admin.patch(f"/admin/occurrences/{moved['SourceId']}", json={
        "Start": new_start.isoformat(), "End": new_end.isoformat()}).status_code == 200
    assert admin.patch(f"/admin/occurrences/{cancelled['SourceId']}",
                       json={"State": "Cancelled"}).status_code == 200
    code, _, err = synced("sync")
    assert code == 0, err
    after_data = _export(synced, tmp_path / "after.ics")
    after = _by_uid(icalendar_events(after_data))
    assert set(after) == set(before)  # the same entries, the same UIDs
    changed = {_uid(moved), _uid(cancelled)}
    for uid, event in after.items():
        rise = 1 if uid in changed else 0
        assert event["SEQUENCE"] == before[uid]["SEQUENCE"] + rise, uid
    assert after[_uid(moved)].start == new_start and after[_uid(moved)].end == new_end
    assert after[_uid(cancelled)]["STATUS"] == "CANCELLED"
    assert before[_uid(cancelled)]["STATUS"] == "CONFIRMED"
    _same_instants(_agenda(synced), after_data)
    # A second sync with nothing new changes nothing.
    assert synced("sync")[0] == 0
    again = _by_uid(icalendar_events(_export(synced, tmp_path / "again.ics")))
    assert {u: e["SEQUENCE"] for u, e in again.items()} == \
        {u: e["SEQUENCE"] for u, e in after.items()}


def test_a_folder_that_does_not_exist_is_said_in_french(synced, tmp_path):
    target = tmp_path / "missing" / "family.ics"
    code, _, err = synced("--lang", "fr", "export", "--ics", str(target))
    assert code == 2 and str(target) in err and "rien n'a été exporté" in err
    assert "Traceback" not in err and not target.parent.exists()


def test_a_full_disk_leaves_the_old_file_whole_and_no_temporary(synced, tmp_path, monkeypatch):

    target = tmp_path / "family.ics"
    old = _export(synced, target)
    real_fdopen = os.fdopen

    class FillingUp:  # the disk fills up after the first piece
        def __init__(self, handle):
            self.handle, self.pieces = handle, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, data):
            self.pieces += 1
            if self.pieces > 1:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
            return self.handle.write(data)

    monkeypatch.setattr(os, "fdopen",  # where the file is written (services.store.paths)
                        lambda fd, mode: FillingUp(real_fdopen(fd, mode)))
    code, _, err = synced("export", "--ics", str(target), *PERIOD)
    monkeypatch.undo()
    assert code == 2 and str(target) in err and os.strerror(errno.ENOSPC) in err
    assert "Traceback" not in err
    assert target.read_bytes() == old
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".ics", ".tmp")) == \
        ["family.ics"]


def test_ten_years_work(synced, tmp_path):
    code, out, err = synced("export", "--ics", str(tmp_path / "ten.ics"), "--from",
                            "2020-01-01", "--to", "2029-12-31")
    assert code == 0, err
    events = icalendar_events((tmp_path / "ten.ics").read_bytes())
    assert f"{len(events)} calendar entries" in out and len(events) > 100


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_calendars_name_lists_its_members_in_the_languages_order(demo_store, qapp, lang):
    from desktop.cli.export_ics import calendar_title
    from services.domain.demo import ETIENNE, ZOE

    title = calendar_title(demo_store, [ZOE, ETIENNE], lang)
    assert title.index("Étienne") < title.index("Zoé"), title  # code points put É after Z
