"""The Home tab: upcoming entries, quick access, the calendar and postdated payments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import long_date
from desktop.models.calendar_state import CalendarState, FilterChoices, ViewMode
from desktop.models.entry_list_model import EntryListModel
from desktop.models.postdated_model import PostdatedModel, status_label
from desktop.models.postdated_proxy import PostdatedProxy
from desktop.models.quick_access_model import QuickAccessModel
from desktop.views.calendar_grid import CalendarGrid
from desktop.views.legend import Legend
from desktop.views.quick_access import QuickAccessPanel
from desktop.views.tables import record_table
from services.domain.kinds import PaymentStatus


def heading(text: str) -> QLabel:
    label = QLabel(f"<h3>{text}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class DayDialog(QDialog):
    """A day's entries when they overflow its cell ("+N")."""

    def __init__(self, day: date, entries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(long_date(day))
        self.model = EntryListModel(self, with_dates=False)
        self.model.set_entries(entries)
        view = QListView()
        view.setModel(self.model)
        view.setAccessibleName(self.tr("Entries of %1").replace("%1", long_date(day)))
        layout = QVBoxLayout(self)
        layout.addWidget(view)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(460, 360)


class CalendarPanel(QWidget):
    """Toolbar (period, view, filters), the grid or agenda list, and the legend."""

    def __init__(self, state: CalendarState, people: list[tuple[int, str]],
                 orgs: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.grid = CalendarGrid(state)
        self.agenda_model = EntryListModel(self)
        self.agenda_proxy = QSortFilterProxyModel(self)
        self.agenda_proxy.setSourceModel(self.agenda_model)
        self.agenda_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.agenda = QListView()
        self.agenda.setModel(self.agenda_proxy)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.agenda)

        self.previous = QToolButton(text="◀")
        self.previous.setAccessibleName(self.tr("Previous"))
        self.next = QToolButton(text="▶")
        self.next.setAccessibleName(self.tr("Next"))
        self.today = QPushButton(self.tr("Today"))
        self.title = QLabel()
        self.modes = QButtonGroup(self)
        toolbar = QHBoxLayout()
        for widget in (self.previous, self.today, self.next, self.title):
            toolbar.addWidget(widget)
        toolbar.addStretch(1)
        for mode, text in ((ViewMode.MONTH, self.tr("Month")), (ViewMode.WEEK, self.tr("Week")),
                           (ViewMode.AGENDA, self.tr("Agenda"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(mode is ViewMode.MONTH)
            button.setProperty("mode", str(mode))
            self.modes.addButton(button)
            toolbar.addWidget(button)
        self.person = QComboBox()
        self.person.setAccessibleName(self.tr("Person filter"))
        self.org = QComboBox()
        self.org.setAccessibleName(self.tr("Organization filter"))
        self.set_choices(people, orgs)
        toolbar.addWidget(self.person)
        toolbar.addWidget(self.org)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(Legend())

        self.previous.clicked.connect(lambda: state.step(-1))
        self.next.clicked.connect(lambda: state.step(1))
        self.today.clicked.connect(lambda: state.go_to(state.today))
        self.modes.buttonClicked.connect(lambda b: state.set_mode(ViewMode(b.property("mode"))))
        self.person.currentIndexChanged.connect(self._filters_changed)
        self.org.currentIndexChanged.connect(self._filters_changed)
        self.grid.dayActivated.connect(self.show_day)
        state.changed.connect(self._state_changed)

    def set_choices(self, people: list[tuple[int, str]], orgs: list[tuple[int, str]]) -> None:
        """The filters' lists (after a sync brought members or organizations)."""
        for combo, everyone, items in ((self.person, self.tr("Everyone"), people),
                                       (self.org, self.tr("All organizations"), orgs)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for ident, name in items:
                combo.addItem(name, ident)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)

    def _filters_changed(self) -> None:
        person, org = self.person.currentData(), self.org.currentData()
        self.state.set_filters(None if org is None else {org},
                               None if person is None else {person})

    def _state_changed(self) -> None:
        first, last = self.state.period()
        if self.state.mode is ViewMode.WEEK:
            self.title.setText(f"{long_date(first)} – {long_date(last)}")
        else:
            self.title.setText(self.locale().standaloneMonthName(first.month) + f" {first.year}")
        self.stack.setCurrentWidget(self.agenda if self.state.mode is ViewMode.AGENDA
                                    else self.grid)
        if self.state.mode is ViewMode.AGENDA:  # every entry made only for this list
            self.agenda_model.set_entries([e for e in self.state.entries
                                           if first <= e.last_day and e.first_day <= last])

    def show_day(self, day: date) -> None:
        DayDialog(day, self.state.days.entries(day), self).exec()

    def find(self, text: str) -> None:
        """Ctrl+F: the agenda view, narrowed to entries whose text contains `text`."""
        self.state.set_mode(ViewMode.AGENDA)
        for button in self.modes.buttons():
            button.setChecked(button.property("mode") == ViewMode.AGENDA)
        self.agenda_proxy.setFilterFixedString(text)


class PostdatedPanel(QWidget):
    """HOME-7: every postdated payment, by status; editing happens in the Wallet."""

    editInWallet = Signal()

    def __init__(self, model: PostdatedModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = PostdatedProxy(self)
        self.proxy.setSourceModel(model)
        self.table = record_table(self.proxy, self.tr("Postdated payments"))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.status = QComboBox()
        self.status.setAccessibleName(self.tr("Status filter"))
        self.status.addItem(self.tr("All statuses"), None)
        for status in PaymentStatus:
            self.status.addItem(status_label(status), str(status))
        self.status.currentIndexChanged.connect(
            lambda: self.proxy.set_statuses(None if self.status.currentData() is None
                                            else {self.status.currentData()}))
        edit = QPushButton(self.tr("Edit in Wallet"))
        edit.clicked.connect(self.editInWallet)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Postdated payments")))
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)


class HomeTab(QWidget):
    def __init__(self, state: CalendarState, upcoming: EntryListModel,
                 quick: QuickAccessModel, postdated: PostdatedModel, choices: FilterChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.upcoming = QListView()
        self.upcoming.setModel(upcoming)
        self.upcoming.setAccessibleName(self.tr("Upcoming"))
        self.upcoming.setMaximumHeight(120)
        self.upcoming.setWordWrap(True)
        self.quick = QuickAccessPanel(quick)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.quick)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(heading(self.tr("Upcoming")))
        column.addWidget(self.upcoming)
        column.addWidget(heading(self.tr("Quick access")))
        column.addWidget(scroll, 1)
        self.calendar = CalendarPanel(state, choices.people, choices.organizations)
        choices.changed.connect(lambda: self.calendar.set_choices(choices.people,
                                                                  choices.organizations))
        self.postdated = PostdatedPanel(postdated)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.calendar)
        right.addWidget(self.postdated)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 950])
        right.setSizes([560, 200])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
