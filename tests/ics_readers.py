"""Reading an iCalendar file back with two independent parsers (issue 17's tests)."""

from __future__ import annotations

import icalendar
import vobject
import vobject.icalendar


def icalendar_events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def vobject_calendar(data: bytes):
    """vobject keeps each TZID's rules process-wide, from the first file that defined it: a file
    read earlier (other years' transitions) would decide this one's instants. Forgotten first."""
    vars(vobject.icalendar)["__tzidMap"].clear()
    return vobject.readOne(data.decode("utf-8"))
