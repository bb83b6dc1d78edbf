"""The other tabs, read-only for now: what the store holds, so the window is useful offline.
Their editors come with the People, Billing, Wallet and Communications issues."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from services.store.store import Store


class ListTab(QWidget):
    """A heading, a note and a list refreshed from the store."""

    TYPES: frozenset[str] = frozenset()

    def __init__(self, store: Store, title: str, note: str, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.store = store
        self.list = QListWidget()
        self.list.setAccessibleName(title)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{title}</h2>"))
        if note:
            hint = QLabel(note)
            hint.setWordWrap(True)
            layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        self.refresh()

    def on_sync_changes(self, changed: dict[str, set[int]]) -> None:
        if self.TYPES & set(changed):
            self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        with self.store.read() as conn:
            for text, bold in self.rows(conn):
                item = QListWidgetItem(text)
                if bold:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.list.addItem(item)

    def rows(self, conn) -> list[tuple[str, bool]]:
        raise NotImplementedError


class SettingsTab(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("<h2>" + self.tr("Settings") + "</h2>"))
        folder = QLabel(self.tr("Data folder: %1").replace("%1", str(store.path.parent)))
        folder.setWordWrap(True)
        layout.addWidget(folder)
        layout.addStretch(1)
