"""The live calendar file (issue 17, Done-when): after a sync that moves, cancels and adds
occurrences on the platform (admin routes), the file in the chosen folder says so; a reader
parsing it all along never meets half a file. The real store, sync, workspace and threads."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QSettings

from desktop.models.calendar_files import CalendarFiles
from desktop.workspace import Workspace
from services.store import calendar_file
from tests.ics_readers import icalendar_events, vobject_calendar
from tests.reference import TODAY

SOCCER = 501


def _events(path) -> dict:
    return {str(e["UID"]): e for e in icalendar_events(path.read_bytes())}


def _settle(qtbot, workspace: Workspace) -> None:
    qtbot.wait(400)  # the sync's changes are gathered for 300 ms, then published
    assert workspace.tasks.wait()


def _live(session_on_platform, tmp_path, qtbot, per_member=False):
    session = session_on_platform
    session.engine.sync()
    workspace = Workspace(session.store, "en")
    session.engine.listeners.changes.append(workspace.hub.gather)
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    files = CalendarFiles(session.store, workspace.tasks, workspace.hub, "en", settings)
    folder = tmp_path / "drive"
    folder.mkdir()
    assert files.live() == (False, None, False)  # off by default
    files.set_live(True, folder, per_member)
    assert workspace.tasks.wait()
    return session, workspace, files, folder


def test_the_live_file_follows_a_sync_that_moves_cancels_and_adds(
        session_on_platform, admin, tmp_path, qtbot):
    session, workspace, _files, folder = _live(session_on_platform, tmp_path, qtbot)
    try:
        path = folder / calendar_file.LIVE_NAME
        before = _events(path)
        upcoming = sorted((e for e in before.values() if str(e["UID"]).startswith("occurrence-")
                           and e.start.date() > TODAY), key=lambda e: e.start)
        moved, cancelled = upcoming[0], upcoming[-1]
        moved_id, cancelled_id = (int(str(e["UID"]).split("-")[1]) for e in (moved, cancelled))
        new_start = moved.start + timedelta(hours=3)
        assert admin.patch(f"/admin/occurrences/{moved_id}", json={
            "Start": new_start.isoformat(),
            "End": (moved.end + timedelta(hours=3)).isoformat()}).status_code == 200
        assert admin.patch(f"/admin/occurrences/{cancelled_id}",
                           json={"State": "Cancelled"}).status_code == 200
        day = TODAY + timedelta(days=10)
        added = admin.post("/admin/occurrences", json={
            "ActivityId": SOCCER, "Start": f"{day}T18:00:00-05:00",
            "End": f"{day}T19:00:00-05:00"})
        assert added.status_code == 201
        session.engine.sync()
        _settle(qtbot, workspace)
        after = _events(path)
        for uid in (u for u in after if u.startswith(f"occurrence-{moved_id}-")):
            assert after[uid].start == new_start and after[uid]["SEQUENCE"] == \
                before[uid]["SEQUENCE"] + 1
        assert all(after[u]["STATUS"] == "CANCELLED" for u in after
                   if u.startswith(f"occurrence-{cancelled_id}-"))
        new = [u for u in after if u.startswith(f"occurrence-{added.json()['Id']}-")]
        assert new and after[new[0]].start == datetime.fromisoformat(f"{day}T18:00:00-05:00")
        assert set(after) == set(before) | set(new)
        assert len(vobject_calendar(path.read_bytes()).vevent_list) == len(after)
    finally:
        workspace.stop()


def test_a_reader_never_sees_half_a_file(session_on_platform, tmp_path, qtbot):
    _session, workspace, files, folder = _live(session_on_platform, tmp_path, qtbot)
    path = folder / calendar_file.LIVE_NAME
    whole = len(_events(path))
    seen, problems, stop = [], [], threading.Event()

    def read() -> None:
        while not stop.is_set():
            try:
                data = path.read_bytes()
                count = len(icalendar_events(data))
                if count != whole or not data.endswith(b"END:VCALENDAR\r\n"):
                    problems.append(f"{count} events, {len(data)} bytes")
                seen.append(count)
            except Exception as error:
                problems.append(repr(error))

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for _ in range(8):
            files.rewrite()
            assert workspace.tasks.wait()
    finally:
        stop.set()
        reader.join()
        workspace.stop()
    assert problems == [] and len(seen) >= 8
    assert [p.name for p in folder.iterdir()] == [calendar_file.LIVE_NAME]  # nothing left


def test_one_file_per_member_and_a_folder_gone_is_said(session_on_platform, tmp_path, qtbot):
    _session, workspace, files, folder = _live(session_on_platform, tmp_path, qtbot,
                                              per_member=True)
    try:
        names = sorted(p.name for p in folder.iterdir())
        assert "carnet-felix-204.ics" in names and len(names) >= 4
        felix = _events(folder / "carnet-felix-204.ics")
        assert felix and all("-person-204@" in u or u.startswith("closure-") for u in felix)
        for path in folder.iterdir():
            path.unlink()
        folder.rmdir()
        with qtbot.waitSignal(files.failed, timeout=5000) as failed:
            files.rewrite()
        assert str(folder) in failed.args[0]
    finally:
        workspace.stop()


@pytest.mark.expect_log("reading the live calendar file failed", logger="desktop.tasks")
def test_a_read_that_failed_does_not_stop_the_next_rewrites(demo_store, tmp_path, qtbot,
                                                            monkeypatch):
    """A store problem met while writing the live file is logged and said; the next sync
    rewrites it again (the rewrite was left marked running for ever)."""
    from services.store.errors import StoreError

    workspace = Workspace(demo_store, "en")
    files = CalendarFiles(demo_store, workspace.tasks, workspace.hub, "en",
                          QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    folder = tmp_path / "drive"
    folder.mkdir()
    real = calendar_file.write_live
    calls = []

    def once_broken(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise StoreError("StoreUnavailable", demo_store.path)
        return real(*args, **kwargs)

    monkeypatch.setattr(calendar_file, "write_live", once_broken)
    try:
        files.set_live(True, folder, False)
        assert workspace.tasks.wait() and not (folder / calendar_file.LIVE_NAME).exists()
        files.rewrite()  # as after the next sync
        assert workspace.tasks.wait()
        assert len(calls) == 2 and (folder / calendar_file.LIVE_NAME).exists()
    finally:
        workspace.stop()
