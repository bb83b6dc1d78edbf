"""The sync engine: push the outbox, then pull the change feed. One sync at a time.

It reports through plain callbacks (no Qt here): what changed after each commit, progress in
pages, and its state. The desktop turns those into Qt signals.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import random
import threading
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum

from filelock import FileLock, Timeout
from sqlalchemy import select

from services.api import schemas
from services.api.client import ApiClient
from services.api.errors import ApiError, Rejected, SchemaError, SignInNeeded, transient
from services.domain import clock
from services.domain.entities import RESOURCE_TYPES
from services.store.errors import StoreError
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
MAX_SENDS = 3  # times one entry is sent in one sync (an answer that stays unreadable)
LOCK_WAIT = 120.0  # seconds a sync waits for another one of the same store to end
PUSH_LOCK = "sync.lock"  # beside the store: one sync at a time across processes
APPLIED = "applied"  # an outcome, not a state: the entry has left the outbox


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
    skipped: bool = False  # another sync of the store was running
    error: ApiError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Listeners:
    changes: list[Callable[[apply.ChangeSet], None]] = field(default_factory=list)
    progress: list[Callable[[int, int], None]] = field(default_factory=list)
    state: list[Callable[[State, ApiError | None], None]] = field(default_factory=list)


def _holds(current: dict, request: outbox.Request) -> bool:
    """Whether the platform's record already holds every field the request sets."""
    main = request.effects[0] if request.effects else None
    return main is not None and bool(main.fields) and all(
        current.get(name) == value for name, value in main.fields.items())


def _gone(request: outbox.Request, error: Rejected) -> bool:
    """Our own delete, resent after it was applied: the record is already gone."""
    return error.status == 404 and request.method == "DELETE"


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
        self._lock = threading.Lock()  # one sync at a time in this process
        # ... and in every process: the window's sync process, `carnet sync`, a scheduler.
        self._pusher = FileLock(store.path.with_name(PUSH_LOCK), mode=0o600)

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

    def sync(self, wait: float | None = None) -> Report:
        """Push, then pull. One sync at a time per store, across processes (the window's sync
        process, `carnet sync`, a scheduler): a second one waits up to `wait` seconds (default
        LOCK_WAIT) for the first to end, then gives up (`Report.skipped`)."""
        report = Report()
        with self._lock:
            try:
                self._pusher.acquire(timeout=LOCK_WAIT if wait is None else wait)
            except Timeout:
                report.skipped = True
                log.info("sync skipped: another sync of this store is running")
                return report
            try:
                self._sync(report)
            finally:
                self._pusher.release()
        return report

    def _sync(self, report: Report) -> None:
        self._set_state(State.SYNCING)
        try:
            self.push(report)
            self.pull(report)
        except ApiError as error:
            report.error = error
            log.warning("sync stopped: %s (%s)", error.code, type(error).__name__)
        except StoreError:  # a full disk, a damaged file: the caller says it
            self._set_state(State.ERROR)
            raise
        if report.error is None:
            self._set_state(State.IDLE)
        else:
            self._set_state(State.OFFLINE if transient(report.error) else State.ERROR,
                            report.error)

    # --- push ----------------------------------------------------------------------------------

    def push(self, report: Report) -> None:
        """Every entry that may go, in order, a pass at a time until a pass sends nothing (an
        entry applied frees the next one of its record in the same pass; another process may
        have queued more meanwhile)."""
        sent: Counter[int] = Counter()
        while True:
            with self.store.read() as conn:
                queue = outbox.entries(self.store, conn)
            if any(entry.state == outbox.IN_FLIGHT for entry in queue):
                with self.store.write() as conn:  # left by a pusher that died (we hold the lock)
                    outbox.recover(conn)
                continue
            plan = outbox.Plan(queue, clock.now())
            progressed = False
            for queued in plan:
                if sent[queued.id] >= MAX_SENDS:
                    plan.held(queued)
                    continue
                outcome = self._attempt(queued.id, report, sent[queued.id] + 1 == MAX_SENDS)
                if outcome is None:
                    continue
                sent[queued.id] += 1
                progressed = True
                if outcome in outbox.HOLDS_BACK:
                    plan.held(queued)
            if not progressed:
                return

    def _attempt(self, entry_id: int, report: Report, last_try: bool) -> str | None:
        """Send one entry as it is now in the store (an earlier one may have rebased or
        remapped it); its outcome, None if it is no longer there to send. After the
        `last_try` of this sync an unreadable answer waits out the backoff."""
        with self.store.write() as conn:
            entry = outbox.get(self.store, conn, entry_id)
            if entry is None or entry.state not in outbox.SENDABLE:
                return None
            entry.attempts += 1
            outbox.set_state(conn, entry.id, outbox.IN_FLIGHT, attempts=entry.attempts)
        checkpoint("push: in flight")
        return self._send(entry, report, None if last_try else 0.0)

    def _send(self, entry: outbox.Entry, report: Report, unreadable_delay: float | None) -> str:
        r = entry.request
        headers = {"Idempotency-Key": entry.key}
        if entry.base_version and r.if_match:  # refuse if the record changed meanwhile
            headers["If-Match"] = f'"{entry.base_version}"'
        try:
            answer = self.client.request(r.method, r.path, json=r.body, headers=headers)
            checkpoint("push: answered")
        except Rejected as error:
            if not error.understood and not _gone(r, error):  # a refusal, but of what?
                return self._unknown(entry, unreadable_delay)
            return self._refused(entry, error, report)
        except SchemaError:  # resent with its key (at once, unless tried enough for now)
            return self._unknown(entry, unreadable_delay)
        except SignInNeeded:  # refused unheard (401), or not sent: as it was before
            with self.store.write() as conn:
                outbox.set_state(conn, entry.id, entry.state, attempts=entry.attempts - 1)
            raise
        except ApiError as error:  # offline, server trouble: resend later, with its key
            self._unknown(entry, error.retry_after)
            raise
        entities = self._answered(r, answer)
        if entities is None:  # a 2xx we could not read: it may hold the new id or Version
            return self._unknown(entry, unreadable_delay)
        self._accepted(entry, entities, fresh=entry.attempts == 1)
        report.pushed += 1
        return APPLIED

    def _unknown(self, entry: outbox.Entry, retry_after: float | None) -> str:
        """No answer understood: the platform may or may not have applied it. Kept, with its
        key, to send again (after `retry_after` seconds, else the backoff)."""
        delay = backoff(entry.attempts, retry_after)
        later = clock.now() + timedelta(seconds=delay) if delay else None
        with self.store.write() as conn:
            outbox.set_state(conn, entry.id, outbox.UNKNOWN, next_try_at=later)
        return outbox.UNKNOWN

    def _accepted(self, entry: outbox.Entry, entities: list, fresh: bool) -> None:
        """Applied. A first answer is the platform's record now and replaces the local row; an
        answer to a resend may be the first one replayed, older than what a pull has brought
        since: then the pull's row stays (and the next pull brings anything newer)."""
        r = entry.request
        changed: apply.ChangeSet = defaultdict(set)
        with self.store.write() as conn:
            outbox.done(conn, entry.id)
            if r.creates and r.effects[0].id < 0:
                changed[r.creates].add(r.effects[0].id)
                apply.remap_id(self.store, conn, r.creates, r.effects[0].id, entities[0].id)
            pending = outbox.pending_fields(self.store, conn) if fresh and entities else {}
            for entity in entities:
                name = type(entity).__name__
                outbox.rebase(conn, name, entity.id, self._over(conn, entry, entity, fresh),
                              entity.version)
                changed[name].add(entity.id)
                if fresh:
                    self.store.upsert(conn, [apply.merge(entity, pending.get((name, entity.id)))])
        checkpoint("push: saved")
        self._announce(changed)

    def _over(self, conn, entry: outbox.Entry, entity, fresh: bool) -> set[str | None]:
        """The Versions of `entity`'s record that the applied entry built on: the one it was
        made over (its main record), and, for a first answer, the local row's (every record
        it changed: a pull may have brought a newer one than the entry saw)."""
        main = entry.request.effects[0]
        over: set[str | None] = set()
        if (main.type, main.id) == (type(entity).__name__, entity.id) or entry.request.creates:
            over.add(entry.base_version)
        local = self.store.get(conn, type(entity), entity.id) if fresh else None
        if local is not None and local.version:
            over.add(local.version)
        return over

    def _answered(self, request: outbox.Request, answer) -> list | None:
        """The resources an applied write answered with (one, or Items of one type); None when
        the answer cannot be read but must be (a creation's new id, an edit's new Version)."""
        if request.method == "DELETE" and not request.creates and (
                answer is None or (isinstance(answer, dict) and "Version" not in answer)):
            return []  # gone: nothing to learn from the answer
        if not request.effects or not isinstance(answer, dict):
            return None if request.effects else []
        kind = request.creates or request.effects[0].type
        items = answer.get("Items") if "Items" in answer else [answer]
        if not isinstance(items, list) or not items:
            return None
        try:
            return [schemas.resource(kind, item) for item in items]
        except SchemaError:
            return None

    def _refused(self, entry: outbox.Entry, error: Rejected, report: Report) -> str:
        r = entry.request
        if _gone(r, error):
            self._accepted(entry, [], fresh=False)  # already gone: our own delete, resent
            report.pushed += 1
            return APPLIED
        current = error.body.get("Current") if error.status == 412 else None
        if isinstance(current, dict) and _holds(current, r):
            # Our own earlier attempt, applied: its answer was lost, and not replayed.
            with contextlib.suppress(SchemaError):
                self._accepted(entry, [schemas.resource(r.effects[0].type, current)], True)
                report.pushed += 1
                return APPLIED
        details = {"Code": error.code, "Message": error.message, "Fields": error.fields,
                   "Status": error.status}
        with self.store.write() as conn:
            if isinstance(current, dict):
                local = {k: v for e in r.effects for k, v in e.fields.items()}
                conn.execute(conflicts.insert().values(
                    outbox_id=entry.id, resource_type=r.effects[0].type,
                    resource_id=r.effects[0].id, local=self.store.cipher.seal(local),
                    remote=self.store.cipher.seal(current), created_at=clock.now(),
                    resolved=False))
                outbox.set_state(conn, entry.id, outbox.CONFLICT, error=json.dumps(details))
                report.conflicts += 1
                outcome = outbox.CONFLICT
            else:
                outbox.set_state(conn, entry.id, outbox.PARKED, error=json.dumps(details))
                report.parked += 1
                outcome = outbox.PARKED
        checkpoint("push: refused")
        main = r.effects[0] if r.effects else None
        if main:
            self._announce({main.type: {main.id}})
        return outcome

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
