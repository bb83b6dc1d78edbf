"""A tab built the first time it is shown: the window's first paint builds the Home tab only,
and loads none of the other tabs' code (nor makes their models). Hidden again, its models
pause: they note what changed and read once when the tab shows again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QHideEvent, QShowEvent
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
        else:
            for model in self.models():
                model.resume()
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        for model in self.models():
            model.pause()
        super().hideEvent(event)

    def models(self) -> list:
        """The content's models that follow the change hub (its `models()`, if it has any)."""
        return list(getattr(self.content, "models", list)())
