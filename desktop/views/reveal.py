"""A search hit shown in its tab (issue 18): what each tab's `reveal(kind, ident, missing)`
shares. Selected at once when the tab's model has read it; else once the model has read (a tab
built just now, a hidden one catching up) — and when that read has it not either, `missing()`
(deleted since the search): nothing else changes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, SignalInstance


class Reveal(QObject):
    def __init__(self, loaded: SignalInstance, select: Callable[[str, int], bool],
                 refresh: Callable[[], None], parent: QObject) -> None:
        """`loaded`: the model's signal that it has read (connect after the tab's own slot:
        this one runs once the tab shows what was read); `select(kind, ident)`: shows it if
        the tab has it (True) or changes nothing (False); `refresh`: the model reads again."""
        super().__init__(parent)
        self._select, self._refresh = select, refresh
        self._wanted: tuple[str, int, Callable[[], None] | None] | None = None
        self.read = False  # the model has read since the tab was made
        loaded.connect(self._loaded)

    def reveal(self, kind: str, ident: int, missing: Callable[[], None] | None = None) -> None:
        self._wanted = None
        if self.read and self._select(kind, ident):
            return
        self._wanted = (kind, ident, missing)
        if self.read:  # not in what it read: perhaps new since (the search index is ahead)
            self._refresh()

    def _loaded(self, *_cause) -> None:
        self.read = True
        if self._wanted is None:
            return
        kind, ident, missing = self._wanted
        self._wanted = None
        if not self._select(kind, ident) and missing is not None:
            missing()
