"""`carnet reminders` (issue 18): what the tray would show, and when, from the local store —
an hour before each member's activity of the period, none for closures, in the user's
language; nothing marked as shown."""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from services.store.store import Store


def test_an_hour_before_each_members_activity_as_the_agenda_lists_them(cli, tmp_path):
    folder = tmp_path / "data"
    assert cli(folder, "demo-data")[0] == 0
    span = ("--from", "2026-12-01", "--to", "2026-12-06")
    code, out, err = cli(folder, "agenda", "--json", *span)
    assert code == 0, err
    entries = [e for e in json.loads(out)["Entries"]
               if e["Kind"] != "Closure" and e["PersonId"] is not None
               and e["State"] == "Normal"]
    code, out, err = cli(folder, "reminders", "--json", *span)
    assert code == 0, err
    planned = json.loads(out)["Reminders"]
    before = [r for r in planned if r["Kind"] == "Before"]
    assert sorted((datetime.fromisoformat(r["At"]), r["PersonId"]) for r in before) == sorted(
        (datetime.fromisoformat(e["Start"]) - timedelta(minutes=60), e["PersonId"])
        for e in entries)
    assert all(r["Kind"] != "Closure" or "closed" in r["Text"] for r in planned)
    # Nothing was marked as shown: asking again lists the same.
    assert json.loads(cli(folder, "reminders", "--json", *span)[1])["Reminders"] == planned
    store = Store.open(folder)
    try:
        with store.reader() as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'reminders.state'").fetchone()
    finally:
        store.close()
    assert row is None


def test_in_french_and_a_bad_date_is_said(cli, tmp_path):
    folder = tmp_path / "data"
    assert cli(folder, "demo-data")[0] == 0
    code, out, _ = cli(folder, "reminders", "--from", "2026-12-01", "--to", "2026-12-01",
                       lang="fr")
    assert code == 0 and "dans 60 min" in out and "18 h 30" in out
    code, _, err = cli(folder, "reminders", "--from", "1er décembre", lang="fr")
    assert code == 2 and "AAAA-MM-JJ" in err and "1er décembre" in err
