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
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        if self.content is None:
            self.content = self._build()
            self.layout().addWidget(self.content)
        super().showEvent(event)

    def on_sync_changes(self, changed: dict[str, set[int]]) -> None:
        """Passed on once built; before, the tab reads everything when it is built."""
        if self.content is not None and hasattr(self.content, "on_sync_changes"):
            self.content.on_sync_changes(changed)
