"""The current time, pinnable for tests and reproducible demos (CARNET_TODAY=YYYY-MM-DD).

Shared by the client and the reference server, so both agree on "today" in a test.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time

from services.domain.calendar import zone

LOCAL_ZONE = "America/Toronto"


def now() -> datetime:
    pinned = os.environ.get("CARNET_TODAY")
    if pinned:
        # Noon local time on the pinned day: "today" is the same in every Canadian zone.
        return datetime.combine(date.fromisoformat(pinned), time(12), zone(LOCAL_ZONE))
    return datetime.now(UTC)


def today() -> date:
    return now().astimezone(zone(LOCAL_ZONE)).date()
