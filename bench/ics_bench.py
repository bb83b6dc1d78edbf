"""The calendar as an .ics file at a front desk's scale (issue 17):

- a store of 100,000 occurrences (bench/sync.py's dataset: 460 weekly activities, one member
  each), exported whole with `services.store.calendar_file.write_calendar` — what
  `carnet export --ics` and the live file run: read from SQLite a month at a time, each event
  built and serialized by icalendar, written as it comes;
- against the icalendar library alone serializing the same events, built directly from entries
  already in memory, as one Calendar (target ratio <= 1.5);
- the peak memory of each (tracemalloc, a run of its own: tracing slows the timed runs).

    .venv/bin/python bench/ics_bench.py

Options: --occurrences N (100,000), --runs N (3; the median is kept). Not named ics.py or
icalendar.py: a script's folder comes first on sys.path and would shadow the library.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
import tracemalloc
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
from icalendar import Calendar, Event, Timezone

from services.domain import clock, ics
from services.domain.calendar import CalendarEntry
from services.domain.demo import scaled_dataset
from services.domain.kinds import OccurrenceState
from services.store import calendar_file, calendar_reads, dataset_io
from services.store.store import Store

ACTIVITIES = 460  # as bench/sync.py
STAMP = datetime(2026, 11, 27, 12, tzinfo=UTC)


def direct(entries: list[CalendarEntry], zones: set[str], first: date, last: date,
           target: Path) -> None:
    """The same events, the library's way: one Calendar holding every Event, then to_ical."""
    calendar = Calendar()
    calendar.add("prodid", ics.PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", "Carnet")
    calendar.add("x-wr-calname", "Carnet")
    for zone in sorted(zones):
        calendar.add_component(Timezone.from_tzid(zone, first_date=first - timedelta(days=1),
                                                  last_date=last + timedelta(days=2)))
    for entry in entries:
        event = Event()
        event.add("uid", f"occurrence-{entry.source_id}-person-{entry.person_id}@carnet")
        event.add("dtstamp", STAMP)
        event.add("sequence", 0)
        event.add("summary", f"{entry.title} · {entry.person_name}")
        event.add("dtstart", entry.local_start)
        event.add("dtend", entry.local_end)
        event.add("transp", "OPAQUE")
        event.add("status", "CANCELLED" if entry.state is OccurrenceState.CANCELLED
                  else "CONFIRMED")
        if entry.location:
            event.add("location", entry.location)
        if entry.target_url:
            event.add("url", entry.target_url)
        event.add("categories", ["Activity"])
        event.add("color", "blue")
        event.add("description", entry.organization_name)
        calendar.add_component(event)
    target.write_bytes(calendar.to_ical())


def carnet(store: Store, first: date, last: date, target: Path) -> int:
    return calendar_file.write_calendar(store, target, first, last, lang="en", name="Carnet",
                                        stamp=STAMP).events


def peak_mb(work) -> float:
    tracemalloc.start()
    try:
        work()
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--occurrences", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # the store key in a file
    folder = Path(tempfile.mkdtemp())
    dataset = scaled_dataset(clock.today(), activities=ACTIVITIES,
                             weeks=max(1, args.occurrences // ACTIVITIES))
    store = Store.open(folder / "store")
    dataset_io.load(store, dataset)
    first = min(o.start for o in dataset.occurrences).date() - timedelta(days=1)
    last = max(o.end for o in dataset.occurrences).date() + timedelta(days=1)
    with store.reader() as conn:
        entries = calendar_reads.calendar_entries(conn, first, last)
    entries = [e for e in entries if e.kind.value == "Activity"]  # the occurrences
    zones = {e.time_zone for e in entries}
    print(f"{len(dataset.occurrences)} occurrences, {len(entries)} entries, "
          f"{first} to {last}")
    ours, theirs = [], []
    for run in range(args.runs):
        started = time.perf_counter()
        written = carnet(store, first, last, folder / f"carnet{run}.ics")
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        direct(entries, zones, first, last, folder / f"direct{run}.ics")
        theirs.append(time.perf_counter() - started)
    print(f"Carnet's export (store to file, {written} events): median "
          f"{statistics.median(ours):.2f} s ({', '.join(f'{t:.2f}' for t in ours)})")
    print(f"icalendar alone, the same events from memory: median "
          f"{statistics.median(theirs):.2f} s ({', '.join(f'{t:.2f}' for t in theirs)})")
    ours_mb = peak_mb(lambda: carnet(store, first, last, folder / "traced.ics"))
    theirs_mb = peak_mb(lambda: direct(entries, zones, first, last, folder / "traced2.ics"))
    store.close()
    shutil.rmtree(folder, ignore_errors=True)  # 300 MB at full size
    print(f"peak memory (tracemalloc): Carnet's export {ours_mb:.1f} MB, icalendar alone "
          f"{theirs_mb:.1f} MB (its entries already in memory, not counted)")
    ratio = statistics.median(ours) / statistics.median(theirs)
    print(f"ICS export of {len(dataset.occurrences)} occurrences: ratio {ratio:.2f} "
          f"(target <= 1.5)")


if __name__ == "__main__":
    main()
