"""The Home tab: upcoming entries, quick access, the calendar (month, week, agenda) and
postdated payments."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import day_label, long_date
from desktop.models.calendar_state import CalendarState, FilterChoices, ViewMode
from desktop.models.entry_list_model import AgendaModel, EntryListModel
from desktop.models.postdated_model import PostdatedModel, status_label
from desktop.models.postdated_proxy import PostdatedProxy
from desktop.models.quick_access_model import QuickAccessModel
from desktop.views.agenda_view import EntryListView
from desktop.views.calendar_grid import CalendarGrid
from desktop.views.legend import Legend
from desktop.views.quick_access import QuickAccessPanel
from desktop.views.tables import record_table
from desktop.views.upcoming_view import UpcomingView
from desktop.views.week_view import WeekView
from services.domain.kinds import PaymentStatus


def heading(text: str) -> QLabel:
    label = QLabel(f"<h3>{text}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class DayDialog(QDialog):
    """A day's entries when they overflow its cell ("+N"): they open as in the grid."""

    def __init__(self, day: date, entries, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(long_date(day))
        self.model = EntryListModel(self, with_dates=False)
        self.model.set_entries(entries)
        self.view = EntryListView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Entries of %1").replace("%1", long_date(day)))
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(0, 0))
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)  # Enter opens the entry, not this button
        close.clicked.connect(self.accept)
        layout.addWidget(close)
        self.resize(460, 360)


class FilterCombo(QComboBox):
    """Its whole text when there is room, narrower (elided) on a small screen."""

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 26 + 30),
                     hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().averageCharWidth() * 10 + 30),
                     hint.height())


class ElidedLabel(QLabel):
    """A one-line title that ends in "…" where there is no room (the whole in its tooltip),
    never widening the window (issue 16, item 1)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(60)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().windowText().color())
        painter.drawText(self.contentsRect(), Qt.AlignmentFlag.AlignLeft
                         | Qt.AlignmentFlag.AlignVCenter, self.fontMetrics().elidedText(
                             self.text(), Qt.TextElideMode.ElideRight,
                             self.contentsRect().width()))
        painter.end()


class CalendarPanel(QWidget):
    """Toolbar (period, view, filters), the month grid, the week or the agenda, and the legend.
    A Find searches every entry and shows its matches in the agenda, with a bar that says so
    until it is cleared (its button, or Escape)."""

    def __init__(self, state: CalendarState, people: list[tuple[int, str]],
                 orgs: list[tuple[int, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.grid = CalendarGrid(state)
        self.week = WeekView(state)
        self.agenda_model = AgendaModel(self)
        self.agenda = EntryListView()
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(self.tr("Agenda"))
        self.stack = QStackedWidget()
        for view in (self.grid, self.week, self.agenda):
            self.stack.addWidget(view)
        self.views = {ViewMode.MONTH: self.grid, ViewMode.WEEK: self.week,
                      ViewMode.AGENDA: self.agenda}

        self.previous = QToolButton(text="◀")
        self.previous.setAccessibleName(self.tr("Previous"))
        self.next = QToolButton(text="▶")
        self.next.setAccessibleName(self.tr("Next"))
        self.today = QPushButton(self.tr("Today"))
        self.title = ElidedLabel()
        self.modes = QButtonGroup(self)
        toolbar = QHBoxLayout()
        for widget in (self.previous, self.today, self.next):
            toolbar.addWidget(widget)
        toolbar.addWidget(self.title, 1)
        for mode, text in ((ViewMode.MONTH, self.tr("Month")), (ViewMode.WEEK, self.tr("Week")),
                           (ViewMode.AGENDA, self.tr("Agenda"))):
            button = QPushButton(text)
            button.setCheckable(True)
            button.setChecked(mode is state.mode)
            button.setProperty("mode", str(mode))
            self.modes.addButton(button)
            toolbar.addWidget(button)
        self.person = FilterCombo()
        self.person.setAccessibleName(self.tr("Person filter"))
        self.org = FilterCombo()
        self.org.setAccessibleName(self.tr("Organization filter"))
        self.set_choices(people, orgs)
        toolbar.addWidget(self.person)
        toolbar.addWidget(self.org)

        self.filter_bar = QFrame()
        self.filter_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.filter_label = QLabel()
        self.filter_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.filter_clear = QPushButton(self.tr("Clear"))
        self.filter_clear.setToolTip(self.tr("Show the calendar again (Escape)"))
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(6, 2, 2, 2)
        bar.addWidget(self.filter_label, 1)
        bar.addWidget(self.filter_clear)
        self.filter_bar.hide()
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.setEnabled(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(Legend())

        self.previous.clicked.connect(lambda: state.step(-1))
        self.next.clicked.connect(lambda: state.step(1))
        self.today.clicked.connect(lambda: state.go_to(state.today))
        self.modes.buttonClicked.connect(lambda b: self.show_view(b.property("mode")))
        self.person.currentIndexChanged.connect(self._filters_changed)
        self.org.currentIndexChanged.connect(self._filters_changed)
        self.filter_clear.clicked.connect(self.clear_find)
        self.escape.activated.connect(self.clear_find)
        for view in (self.grid, self.week):
            view.dayActivated.connect(self.show_day)
        state.changed.connect(self._state_changed)
        state.searched.connect(self._searched)
        self._state_changed()

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

    def show_view(self, mode: str | ViewMode) -> None:
        """Month, week or agenda (the buttons, `--view`); the month and the week end a Find."""
        mode = ViewMode(mode)
        for button in self.modes.buttons():
            button.setChecked(button.property("mode") == mode)
        if mode is not ViewMode.AGENDA:
            self.state.clear_search()
        if mode is not self.state.mode:
            self.state.set_mode(mode)

    def _state_changed(self) -> None:
        first, last = self.state.period()
        if self.state.mode is ViewMode.WEEK:
            self.title.setText(f"{day_label(first)} – {day_label(last)} {last.year}")
        else:
            self.title.setText(self.locale().standaloneMonthName(first.month) + f" {first.year}")
        self.title.setToolTip(self.title.text())
        self.stack.setCurrentWidget(self.views[self.state.mode])
        if self.state.mode is ViewMode.AGENDA and not self.state.search_text:
            # every entry of the month, made only for this list
            self.agenda_model.set_entries([e for e in self.state.entries
                                           if first <= e.last_day and e.first_day <= last],
                                          first)

    def _searched(self) -> None:
        state = self.state
        on = bool(state.search_text)
        self.filter_bar.setVisible(on)
        self.escape.setEnabled(on)
        for button in (self.previous, self.next, self.today):
            button.setEnabled(not on)
        if not on:
            self._state_changed()
            return
        if state.found is None:
            self.filter_label.setText(self.tr("Searching every date for “%1”…").replace(
                "%1", state.search_text))
            return
        self.filter_label.setText(
            self.tr("Filtered: %1 of %2 entries contain “%3”, every date").replace(
                "%1", QLocale().toString(len(state.found))).replace(
                "%2", QLocale().toString(state.searched_total)).replace(
                "%3", state.search_text))
        self.filter_label.setToolTip(self.filter_label.text())
        self.agenda_model.set_entries(state.found)

    def show_day(self, day: date) -> None:
        DayDialog(day, self.state.days.entries(day), self).exec()

    def find(self, text: str) -> None:
        """Ctrl+F: every entry whose title, member, organization or place holds `text`,
        whatever its date, in the agenda; an empty text ends the Find."""
        if not text.strip():
            self.clear_find()
            return
        self.show_view(ViewMode.AGENDA)
        self.state.search(text)

    def clear_find(self) -> None:
        self.state.clear_search()


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
        self.upcoming = UpcomingView()
        self.upcoming.setModel(upcoming)
        scroll = QScrollArea()
        self.quick = QuickAccessPanel(quick, follows=scroll)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.quick)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addWidget(heading(self.tr("Upcoming")))
        column.addWidget(self.upcoming)
        column.addSpacing(6)
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

    def show_view(self, name: str) -> None:
        """The calendar's month, week or agenda (`--screenshot --view`)."""
        self.calendar.show_view(name)
