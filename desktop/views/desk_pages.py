"""The three pages of an organization at the front desk (issue 19): Today (sessions now and
next, the chosen one's roster beside them, Print roster…), Find (persons and families as you
type; Enter opens the family's card) and Calendar (the organization's month)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.desk_orgs import local_now
from desktop.formatting import long_date, time_of
from desktop.models import roles
from desktop.models.desk_calendar_state import DeskCalendarState
from desktop.models.desk_find_model import ACCOUNT, FindModel
from desktop.models.desk_roster_model import RosterModel
from desktop.models.desk_session import DeskSession
from desktop.models.desk_today_model import TodayModel
from desktop.views.calendar_grid import CalendarGrid
from desktop.views.legend import Legend

SEARCH_PAUSE_MS = 250


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    return view


def _heading(text: str = "") -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.15)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


# Columns sized to their first rows' contents, not all of them: a large organization has
# ~2,000 sessions today, and Qt measured a thousand rows of each column at every reset.
CONTENTS_ROWS = 64


class TodayPage(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = TodayModel(session, parent=self)
        self.roster = RosterModel(session, self)
        self.title = _heading()
        self.sessions = _table(self.model)
        self.sessions.setAccessibleName(self.tr("Sessions"))
        header = self.sessions.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(CONTENTS_ROWS)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.sessions.selectionModel().currentRowChanged.connect(self._chosen)
        self.roster_title = _heading()
        self.roster_detail = QLabel()
        self.roster_detail.setWordWrap(True)
        self.people = _table(self.roster)
        self.people.setAccessibleName(self.tr("Roster"))
        people_header = self.people.horizontalHeader()
        people_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        people_header.setResizeContentsPrecision(CONTENTS_ROWS)
        people_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.preview = None  # while the print preview shows
        self.print_button = QPushButton(self.tr("Print roster…"))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_roster)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.title)
        column.addWidget(self.sessions, 1)
        right = QWidget()
        side = QVBoxLayout(right)
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.roster_title)
        side.addWidget(self.roster_detail)
        side.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        side.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.model.loaded.connect(self._loaded)
        self.roster.loaded.connect(self._roster_loaded)
        self._roster_loaded()

    def _loaded(self) -> None:
        day = self.model.day
        if day is None or (not day.now and not day.next):
            self.title.setText(self.tr("No more sessions today."))
        elif day.is_today:
            self.title.setText(self.tr("Today, %1: %n session(s) now, %2 later", "",
                                       len(day.now)).replace("%1", long_date(day.day))
                               .replace("%2", str(len(day.next))))
        else:
            self.title.setText(self.tr("No more sessions today. Next: %1").replace(
                "%1", long_date(day.day)))
        wanted = self.roster.occurrence_id
        ids = [s.id for s in self.model.sessions()]
        row = ids.index(wanted) if wanted in ids else 0
        if ids:
            self.sessions.selectRow(row)
            self.sessions.setCurrentIndex(self.model.index(row, 0))
        else:
            self.roster.show(None)

    def _chosen(self, current, _previous=None) -> None:
        session = current.data(roles.ENTRY) if current.isValid() else None
        self.roster.show(session.id if session is not None else None)

    def _roster_loaded(self) -> None:
        roster = self.roster.roster
        self.print_button.setEnabled(roster is not None)
        if roster is None:
            self.roster_title.setText(self.tr("Roster"))
            self.roster_detail.setText(self.tr("Choose a session to see who is registered."))
            return
        session = roster.session
        start, end = datetime.fromisoformat(session.start), datetime.fromisoformat(session.end)
        self.roster_title.setText(session.activity)
        when = f"{long_date(start.date())}, {time_of(start)}–{time_of(end)}"
        counts = ", ".join((self.tr("%n registered", "", session.registered),
                            self.tr("%n present", "", session.present),
                            self.tr("%n absent", "", session.absent)))
        self.roster_detail.setText(" · ".join(p for p in (when, session.location, counts) if p))

    def sheet(self):
        from desktop.views.desk_print import sheet_of

        return sheet_of(self.roster.roster, self.session.title)

    def print_roster(self) -> None:
        from desktop.views.desk_print import RosterPreview

        if self.roster.roster is None:
            return
        self.preview = RosterPreview(self.sheet(), self)
        try:
            self.preview.run()
        finally:
            self.preview.deleteLater()
            self.preview = None


class FindPage(QWidget):
    opened = Signal(int)  # an account to show

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = FindModel(session, self)
        self.box = QLineEdit()
        self.box.setPlaceholderText(self.tr("Name, email or phone number"))
        self.box.setAccessibleName(self.tr("Find a person or a family"))
        self.box.setClearButtonEnabled(True)
        self.results = _table(self.model)
        self.results.setAccessibleName(self.tr("Persons and families found"))
        header = self.results.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(self.tr("Type a name, an email or a phone number; accents and "
                                    "case do not matter."))
        self.count.setWordWrap(True)
        self._pause = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._pause.timeout.connect(lambda: self.model.search(self.box.text()))
        self.box.textChanged.connect(lambda _text: self._pause.start())
        self.box.returnPressed.connect(self._enter)
        self.results.activated.connect(self.open_row)
        self.results.doubleClicked.connect(self.open_row)
        self.model.found.connect(self._found)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)

    def _found(self, count: int) -> None:
        if not self.model.query.strip():
            self.count.setText(self.tr("Type a name, an email or a phone number; accents and "
                                       "case do not matter."))
        elif count:
            self.count.setText(self.tr("%n found — Enter or a double-click opens the family's "
                                       "card.", "", count))
            if not self.results.currentIndex().isValid():
                self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self.count.setText(self.tr("Nothing found for “%1”.").replace(
                "%1", self.model.query.strip()))

    def _enter(self) -> None:
        if self._pause.isActive():  # typed, then Enter at once: the answer first
            self._pause.stop()
            self.model.search(self.box.text())
            self.model.found.connect(self._open_first, Qt.ConnectionType.SingleShotConnection)
            return
        self._open_first()

    def _open_first(self, _count: int = 0) -> None:
        index = self.results.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self.open_row(index)

    def open_row(self, index) -> None:
        account = index.siblingAtColumn(0).data(ACCOUNT)
        if account is not None:
            self.opened.emit(int(account))


class CalendarPage(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = DeskCalendarState(session, local_now().date(), self)
        self.grid = CalendarGrid(self.state)
        previous, following = QToolButton(), QToolButton()
        previous.setText("◀")
        previous.setAccessibleName(self.tr("Previous month"))
        previous.setToolTip(self.tr("Previous month"))
        following.setText("▶")
        following.setAccessibleName(self.tr("Next month"))
        following.setToolTip(self.tr("Next month"))
        today = QPushButton(self.tr("Today"))
        previous.clicked.connect(lambda: self.state.step(-1))
        following.clicked.connect(lambda: self.state.step(1))
        today.clicked.connect(lambda: self.state.go_to(self.state.today))
        self.month = _heading()
        bar = QHBoxLayout()
        bar.addWidget(previous)
        bar.addWidget(following)
        bar.addWidget(today)
        bar.addSpacing(12)
        bar.addWidget(self.month, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.grid, 1)
        layout.addWidget(Legend(staff=False))
        self.state.changed.connect(self._changed)
        self._changed()

    def showEvent(self, event) -> None:
        self.state.activate()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self.state.activate(False)
        super().hideEvent(event)

    def _changed(self) -> None:
        from desktop.formatting import written

        first = self.state.period()[0]
        text = written(first, "MMMM yyyy", self.locale())
        self.month.setText(text[:1].upper() + text[1:])
