"""A tab built the first time it is shown: the window's first paint builds the Home tab only,
and loads none of the other tabs' code."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyTab(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self.content: QWidget | None = None
        self._missed: dict[str, set[int]] = {}  # changes that came while the tab was hidden
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.content is None:
            self.content = self._build()
            self.layout().addWidget(self.content)
        elif self._missed:
            missed, self._missed = self._missed, {}
            self._pass_on(missed)
        super().showEvent(event)

    def on_sync_changes(self, changed: dict[str, set[int]]) -> None:
        """Passed on while the tab shows; gathered while it is hidden (a sync sends a batch
        every few tenths of a second: a tab nobody looks at reads once, when it shows again).
        Before it is built, nothing: it reads everything then."""
        if self.content is None:
            return
        if self.isVisible():
            self._pass_on(changed)
            return
        for name, ids in changed.items():
            self._missed.setdefault(name, set()).update(ids)

    def _pass_on(self, changed: dict[str, set[int]]) -> None:
        if hasattr(self.content, "on_sync_changes"):
            self.content.on_sync_changes(changed)
