"""One hub for what changed in the store: a typed `Changes` on one signal.

A local edit publishes its changes at once, with its initiator (the screen that made it, which
need not read again what it already shows); the sync's changes are gathered for a moment (a
full sync commits hundreds of pages, and each screen should read once, not once a page). Every
model says which resource types it shows and reads again only when a change touches them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal

from services.store.tables import ResourceType

GATHER_MS = 300


@dataclass(frozen=True)
class Changes:
    """Ids changed, by resource type (an empty set: any of that type may have changed), and
    who made the change (None: the sync, or a start-over)."""

    ids: Mapping[ResourceType, frozenset[int]] = field(default_factory=dict)
    initiator: object | None = None

    @classmethod
    def of(cls, changed: Mapping[str, Iterable[int]], initiator: object | None = None
           ) -> Changes:
        """From the sync's and the local edits' {type name: ids}; an unknown name raises."""
        return cls({ResourceType(name): frozenset(ids) for name, ids in changed.items()},
                   initiator)

    @classmethod
    def everything(cls, initiator: object | None = None) -> Changes:
        """Any resource may have changed (a rebuilt store, a recovered one, a new language)."""
        return cls({kind: frozenset() for kind in ResourceType}, initiator)

    @property
    def types(self) -> frozenset[ResourceType]:
        return frozenset(self.ids)

    def touches(self, shown: Iterable[ResourceType]) -> bool:
        return not self.types.isdisjoint(shown)

    def __bool__(self) -> bool:
        return bool(self.ids)

    def merged(self, other: Changes) -> Changes:
        ids = {kind: self.ids.get(kind, frozenset()) | other.ids.get(kind, frozenset())
               for kind in self.types | other.types}
        return Changes(ids, self.initiator if self.initiator is other.initiator else None)


class ChangeHub(QObject):
    changed = Signal(object)  # Changes

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gathered = Changes()
        self._timer = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._timer.timeout.connect(self.flush)

    def publish(self, changes: Changes) -> None:
        """A local edit's changes: told at once."""
        if changes:
            self.changed.emit(changes)

    def gather(self, changed: Mapping[str, Iterable[int]]) -> None:
        """The sync's changes (on the GUI thread): told once they stop coming for a moment."""
        self._gathered = self._gathered.merged(Changes.of(changed))
        if not self._timer.isActive():
            self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        changes, self._gathered = self._gathered, Changes()
        self.publish(changes)

    def stop(self) -> None:
        """Nothing more told: the window is going away."""
        self._timer.stop()
        self._gathered = Changes()


class Watches:
    """Mixed into a model: `SHOWN` names the resource types it shows; `refresh` reads. It reads
    again when a change touches them — once, whoever made it. Paused (its tab hidden), it only
    notes that it is stale and reads once when resumed: a sync sends a batch every few tenths
    of a second, and a screen nobody looks at need not follow each."""

    SHOWN: frozenset[ResourceType] = frozenset()
    _paused = False
    _stale = False

    def refresh(self) -> None:
        raise NotImplementedError

    def react(self, changes: Changes) -> None:
        """What a change that touches it does (read again, unless a model knows better)."""
        self.refresh()

    def watch(self, hub: ChangeHub) -> None:
        hub.changed.connect(self.on_changes)

    def on_changes(self, changes: Changes) -> None:
        if not changes.touches(self.SHOWN):
            return
        if self._paused:
            self._stale = True
        else:
            self.react(changes)

    def pause(self) -> None:
        self._paused = True

    def resume(self) -> None:
        self._paused = False
        if self._stale:
            self._stale = False
            self.refresh()
