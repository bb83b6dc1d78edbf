"""The status area (SPEC): account, online/offline, last successful sync, progress, pending
edits (with their list) and conflicts."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QLabel, QMenu, QProgressBar, QStatusBar, QStyle, QToolButton

from desktop.formatting import lockout, moment_text
from desktop.models.status_model import Pending, StatusModel
from services.domain.messages import message


class StatusArea(QStatusBar):
    conflictsRequested = Signal()  # the conflicts count was clicked: review them (SYNC-4)

    def __init__(self, model: StatusModel, account: str, lang: str,
                 state: tuple[str, str] = ("offline", ""),
                 progress: tuple[int, int] = (0, 0)) -> None:
        """`state`, `progress`: the sync's latest (offline until it has reached the platform)."""
        super().__init__()
        self.model, self.lang = model, lang
        model.changed.connect(self._show)
        self.account = QLabel(account)
        self.connection = QLabel()
        self.last_sync = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.hide()
        self.pending = QToolButton()
        self.pending.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Room for the menu's arrow: styles draw it over the end of the text otherwise.
        arrow = self.pending.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
        self.pending.setStyleSheet(f"QToolButton {{ padding-right: {arrow + 6}px; }}")
        self.pending.setMenu(QMenu(self.pending))
        self.pending.menu().aboutToShow.connect(self._list_pending)
        self.conflicts = QToolButton()
        self.conflicts.setAutoRaise(True)
        self.conflicts.setToolTip(self.tr("Review what changed on both sides"))
        self.conflicts.clicked.connect(self.conflictsRequested)
        for widget in (self.account, self.connection, self.last_sync):
            self.addWidget(widget)
        for widget in (self.bar, self.conflicts, self.pending):
            self.addPermanentWidget(widget)
        self.set_progress(*progress)
        self._say_state(*state)
        if not model.reads:  # desktop.app.build asked already, before the widgets: not twice
            model.refresh()
        self._show()

    def set_state(self, state: str, code: str) -> None:
        self._say_state(state, code)
        if state != "syncing":  # a sync ended (or never began): its last time, what waits
            self.model.refresh()

    def _say_state(self, state: str, code: str) -> None:
        texts = {"idle": self.tr("Online"), "syncing": self.tr("Syncing…"),
                 "offline": self.tr("Offline"), "error": self.tr("Sync problem")}
        self.connection.setText(texts.get(state, state))
        # A lockout's end is not in a code: said without it (the CLI and dialogs have it).
        self.connection.setToolTip("" if not code else lockout(None, self.lang)
                                   if code == "TooManyAttempts" else message(code, self.lang))
        self.bar.setVisible(state == "syncing")

    def show_problem(self, text: str) -> None:
        """A problem with the store the sync met: what to do, on hovering the state."""
        self.connection.setText(self.tr("Sync problem"))
        self.connection.setToolTip(text)

    def set_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)

    def refresh(self) -> None:
        self.model.refresh()

    def _show(self) -> None:
        facts = self.model.facts
        if facts.last_sync:
            moment = QDateTime.fromSecsSinceEpoch(
                int(datetime.fromisoformat(facts.last_sync).timestamp()))
            when = moment_text(moment.toLocalTime())
        else:
            when = self.tr("never")
        self.last_sync.setText(self.tr("Last sync: %1").replace("%1", when))
        self.pending.setText(self.tr("%n edit(s) waiting", "", facts.waiting))
        self.conflicts.setText(self.tr("%n conflict(s)", "", facts.conflicts)
                               if facts.conflicts else "")
        self.conflicts.setVisible(bool(facts.conflicts))

    def _list_pending(self) -> None:
        """The waiting edits, read as the list opens, shown when read."""
        menu = self.pending.menu()
        menu.clear()
        menu.addAction(self.tr("Reading…")).setEnabled(False)
        self.model.read_pending(self._listed)

    def _listed(self, waiting: list[Pending]) -> None:
        menu = self.pending.menu()
        menu.clear()
        for entry in waiting:
            text = entry.text + (f" — {entry.error}" if entry.error else "")
            menu.addAction(text).setEnabled(False)
