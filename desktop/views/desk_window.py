"""Front-desk mode (issue 19): one window for the organizations signed in on this computer,
a tab each, side by side; each with its Today, Find and Calendar pages and a status line (the
last sync, Sync now). Everything reads the organization's own store, offline; a sync runs on
the window's writer thread."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.desk_family_model import FamilyCard
from desktop.models.desk_session import DeskSession
from desktop.tasks import Tasks
from desktop.views.desk_family import FamilyDialog
from desktop.views.desk_pages import CalendarPage, FindPage, TodayPage

PAGES = ("today", "find", "calendar")


class OrgDesk(QWidget):
    """One organization: its pages, its status line."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.card: FamilyDialog | None = None
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.today = TodayPage(session)
        self.find = FindPage(session)
        self.calendar = CalendarPage(session)
        self.pages.addTab(self.today, self.tr("Today"))
        self.pages.addTab(self.find, self.tr("Find"))
        self.pages.addTab(self.calendar, self.tr("Calendar"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Sync status"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.clicked.connect(session.sync_now)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 0, 8, 4)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.sync_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bar)
        session.status.connect(self.status.setText)
        session.busy_changed.connect(lambda busy: self.sync_button.setEnabled(not busy))
        self.find.opened.connect(self.open_family)

    def refresh(self) -> None:
        self.session.refresh()
        self.today.model.refresh()
        self.calendar.state.refresh()

    def show_page(self, page: str) -> None:
        self.pages.setCurrentIndex(PAGES.index(page))

    def open_family(self, account_id: int) -> FamilyDialog:
        if self.card is not None:
            self.card.close()
            self.card.deleteLater()
        self.card = FamilyDialog(FamilyCard(self.session, account_id), self)
        self.card.show()
        return self.card


class DeskWindow(QMainWindow):
    def __init__(self, orgs: list, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Carnet — Front desk"))
        self.tasks = Tasks(self)
        self.tabs = QTabWidget()
        self.desks: list[OrgDesk] = []
        for org in orgs:
            desk = OrgDesk(DeskSession(org, self.tasks, lang, self))
            self.desks.append(desk)
            self.tabs.addTab(desk, org.title)
        self.setCentralWidget(self.tabs)
        sync = QAction(self.tr("Sync now"), self)
        sync.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        sync.triggered.connect(lambda: self.current().session.sync_now())
        close = QAction(self.tr("Close"), self)
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        menu.addAction(sync)
        menu.addSeparator()
        menu.addAction(close)
        self.sync_action = sync
        for desk in self.desks:
            desk.refresh()

    def sizeHint(self) -> QSize:
        return QSize(1280, 800)

    def current(self) -> OrgDesk:
        return self.tabs.currentWidget()

    def show_page(self, page: str) -> None:
        for desk in self.desks:
            desk.show_page(page)

    def keep_synced(self, interval_ms: int | None = None) -> None:
        """Each organization synced at once, then every few minutes (desk_session)."""
        for desk in self.desks:
            if interval_ms is None:
                desk.session.keep_synced()
            else:
                desk.session.keep_synced(interval_ms)

    def wait(self) -> None:
        self.tasks.wait()

    def stop(self) -> None:
        self.tasks.close()
        for desk in self.desks:
            desk.session.close()

    def closeEvent(self, event) -> None:
        self.stop()
        super().closeEvent(event)
