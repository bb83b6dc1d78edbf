"""The sync engine: push the outbox, then pull the change feed. One sync at a time.

It reports through plain callbacks (no Qt here): what changed after each commit, progress in
pages, and its state. The desktop turns those into Qt signals.
"""

from __future__ import annotations

import json
import logging
import math
import random
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

from sqlalchemy import select

from services.api import schemas
from services.api.client import ApiClient
from services.api.errors import ApiError, Rejected, SchemaError, transient
from services.domain import clock
from services.domain.entities import RESOURCE_TYPES
from services.store.reads import LAST_SYNC
from services.store.schema import RESOURCE_TABLES, conflicts
from services.store.store import Store
from services.sync import apply, outbox
from services.sync.faults import checkpoint
from services.sync.prefetch import prefetch

log = logging.getLogger(__name__)
CURSOR = "sync.cursor"
PER_PAGE = 500
MAX_BACKOFF = 15 * 60


class State(StrEnum):
    IDLE = "idle"
    SYNCING = "syncing"
    OFFLINE = "offline"
    ERROR = "error"


@dataclass
class Report:
    pushed: int = 0
    parked: int = 0
    conflicts: int = 0
    pulled: int = 0
    rebuilt: bool = False
    error: ApiError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Listeners:
    changes: list[Callable[[apply.ChangeSet], None]] = field(default_factory=list)
    progress: list[Callable[[int, int], None]] = field(default_factory=list)
    state: list[Callable[[State, ApiError | None], None]] = field(default_factory=list)


def backoff(attempts: int, retry_after: float | None = None) -> float:
    """Seconds before trying a failed write again: Retry-After, else exponential with jitter."""
    if retry_after is not None:
        return retry_after
    return min(MAX_BACKOFF, 2 ** min(attempts, 12)) * random.uniform(0.5, 1.5)


class SyncEngine:
    def __init__(self, store: Store, client: ApiClient, per_page: int = PER_PAGE) -> None:
        self.store, self.client, self.per_page = store, client, per_page
        self.listeners = Listeners()
        self.state = State.IDLE
        self._lock = threading.Lock()  # one sync at a time
        with store.write() as conn:
            outbox.recover(conn)

    # --- reporting -----------------------------------------------------------------------------

    def _announce(self, changed: apply.ChangeSet) -> None:
        if changed:
            for listener in self.listeners.changes:
                listener(changed)

    def _progress(self, done: int, total: int) -> None:
        for listener in self.listeners.progress:
            listener(done, total)

    def _set_state(self, state: State, error: ApiError | None = None) -> None:
        self.state = state
        for listener in self.listeners.state:
            listener(state, error)

    # --- the whole sync ------------------------------------------------------------------------

    def sync(self) -> Report:
        report = Report()
        with self._lock:
            self._set_state(State.SYNCING)
            try:
                self.push(report)
                self.pull(report)
            except ApiError as error:
                report.error = error
                log.warning("sync stopped: %s (%s)", error.code, type(error).__name__)
            if report.error is None:
                self._set_state(State.IDLE)
            else:
                self._set_state(State.OFFLINE if transient(report.error) else State.ERROR,
                                report.error)
        return report

    # --- push ----------------------------------------------------------------------------------

    def push(self, report: Report) -> None:
        while True:
            now = clock.now()
            with self.store.read() as conn:
                entry = outbox.next_ready(self.store, conn, now)
            if entry is None:
                return
            with self.store.write() as conn:
                outbox.set_state(conn, entry.id, outbox.IN_FLIGHT,
                                 attempts=entry.attempts + 1)
            checkpoint("push: in flight")
            self._send(entry, report)

    def _send(self, entry: outbox.Entry, report: Report) -> None:
        r = entry.request
        headers = {"Idempotency-Key": entry.key}
        if entry.base_version:  # edits of an existing resource: refuse if it changed meanwhile
            headers["If-Match"] = f'"{entry.base_version}"'
        try:
            answer = self.client.request(r.method, r.path, json=r.body, headers=headers)
            checkpoint("push: answered")
        except Rejected as error:
            self._refused(entry, error, report)
            return
        except SchemaError:
            answer = None  # it was accepted; the next pull brings the platform's version
        except ApiError as error:  # offline, server trouble, signed out: try again later
            later = clock.now() + timedelta(seconds=backoff(entry.attempts, error.retry_after)) \
                if transient(error) else None
            with self.store.write() as conn:
                outbox.set_state(conn, entry.id, outbox.PENDING, next_try_at=later)
            raise
        self._accepted(entry, answer)
        report.pushed += 1

    def _accepted(self, entry: outbox.Entry, answer) -> None:
        r = entry.request
        changed: apply.ChangeSet = defaultdict(set)
        with self.store.write() as conn:
            outbox.done(conn, entry.id)
            entities = self._answered(r, answer)
            if r.creates and r.effects[0].id < 0:
                changed[r.creates].add(r.effects[0].id)
                if entities:
                    apply.remap_id(self.store, conn, r.creates, r.effects[0].id,
                                   entities[0].id)
                else:  # created, but the answer was unreadable: the pull brings it
                    self.store.delete(conn, RESOURCE_TYPES[r.creates], [r.effects[0].id])
            for entity in entities:
                name = type(entity).__name__
                local = self.store.get(conn, type(entity), entity.id)
                if local is not None and local.version:
                    outbox.rebase(conn, name, entity.id, local.version, entity.version)
                pending = outbox.pending_fields(self.store, conn).get((name, entity.id))
                self.store.upsert(conn, [apply.merge(entity, pending)])
                changed[name].add(entity.id)
        checkpoint("push: saved")
        self._announce(changed)

    def _answered(self, request: outbox.Request, answer) -> list:
        """The resources an accepted write answered with (one, or Items of one type)."""
        if not request.effects or not isinstance(answer, dict):
            return []
        kind = request.creates or request.effects[0].type
        items = answer.get("Items") if "Items" in answer else [answer]
        try:
            return [schemas.resource(kind, item) for item in items or []
                    if isinstance(item, dict) and "Version" in item]
        except SchemaError:
            return []  # accepted all the same: the next pull brings the platform's version

    def _refused(self, entry: outbox.Entry, error: Rejected, report: Report) -> None:
        details = {"Code": error.code, "Message": error.message, "Fields": error.fields,
                   "Status": error.status}
        with self.store.write() as conn:
            if error.status == 412 and isinstance(error.body.get("Current"), dict):
                local = {k: v for e in entry.request.effects for k, v in e.fields.items()}
                conn.execute(conflicts.insert().values(
                    outbox_id=entry.id, resource_type=entry.request.effects[0].type,
                    resource_id=entry.request.effects[0].id,
                    local=self.store.cipher.seal(local),
                    remote=self.store.cipher.seal(error.body["Current"]),
                    created_at=clock.now(), resolved=False))
                outbox.set_state(conn, entry.id, outbox.CONFLICT, error=json.dumps(details))
                report.conflicts += 1
            else:
                outbox.set_state(conn, entry.id, outbox.PARKED, error=json.dumps(details))
                report.parked += 1
        checkpoint("push: refused")
        main = entry.request.effects[0] if entry.request.effects else None
        if main:
            self._announce({main.type: {main.id}})

    # --- pull ----------------------------------------------------------------------------------

    def pull(self, report: Report) -> None:
        with self.store.read() as conn:
            cursor = self.store.get_meta(conn, CURSOR)
            empty = not any(conn.execute(select(table.c.id).limit(1)).first()
                            for table in RESOURCE_TABLES.values())
        try:
            if cursor is None and not empty:
                self._rebuild(report)
            else:
                self._follow(cursor, report)
        except Rejected as error:
            if error.status != 410:
                raise
            self._rebuild(report)

    def _pages(self, cursor: str | None):
        total = None
        pages = prefetch(self.client.changes(cursor, self.per_page))
        for done, page in enumerate(pages, start=1):
            checked = apply.validate(page.Items)
            total = total or max(1, math.ceil(page.Paging.TotalCount / self.per_page))
            yield checked, page, done, max(total, done)

    def _follow(self, cursor: str | None, report: Report) -> None:
        """Incremental (or, into an empty store, first) pull: one transaction per page."""
        for checked, page, done, total in self._pages(cursor):
            with self.store.write() as conn:
                pending = outbox.pending_fields(self.store, conn)
                changed = apply.apply_page(self.store, conn, checked, pending)
                if not page.Paging.Next:
                    self.store.set_meta(conn, CURSOR, page.Cursor)
                    self.store.set_meta(conn, LAST_SYNC, clock.now().isoformat())
            checkpoint("pull: page committed")
            report.pulled += len(checked)
            self._announce(changed)
            self._progress(done, total)

    def _rebuild(self, report: Report) -> None:
        """410 (or a store without cursor): stage a full snapshot, then swap it in at once."""
        with self.store.write() as conn:
            apply.prepare_staging(conn)
        for checked, page, done, total in self._pages(None):
            with self.store.write() as conn:
                apply.stage_page(self.store, conn, checked)
                if not page.Paging.Next:
                    apply.replace_all(self.store, conn)
                    self.store.set_meta(conn, CURSOR, page.Cursor)
                    self.store.set_meta(conn, LAST_SYNC, clock.now().isoformat())
            checkpoint("rebuild: page committed")
            report.pulled += len(checked)
            self._progress(done, total)
        report.rebuilt = True
        self._announce({name: set() for name in RESOURCE_TYPES})  # empty: any may have changed
