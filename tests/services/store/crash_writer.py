"""Child process of test_crash: one long write transaction, killed from outside mid-way."""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from services.domain.entities import Occurrence
from services.security.crypto import new_key
from services.security.keys import KeyLocation, StoreKey
from services.store.store import Store

BATCH = 5_000


def main(path: str, total: int) -> None:
    store = Store(Path(path), StoreKey(new_key(), KeyLocation.FILE, False))
    start = datetime(2026, 1, 1, tzinfo=UTC)
    with store.write() as conn:
        for base in range(0, total, BATCH):
            store.upsert(conn, (
                Occurrence(id=5_000_000 + i, activity_id=1, start=start + timedelta(hours=i),
                           end=start + timedelta(hours=i + 1))
                for i in range(base, min(base + BATCH, total))
            ))
            if base == 0:
                print("writing", flush=True)
    print("committed", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
