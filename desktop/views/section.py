"""A section of an editor saved on its own (PEOPLE-5): labelled fields, each with its error
right below it, a Save button, and a line saying whether the edit has reached the platform.

Field keys are the wire names the rules and the platform use ("FirstName",
"Address.PostalCode"), so a message lands next to the field it is about, whether it comes
from the local check or from the platform's refusal.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QSignalBlocker, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from desktop.operations import Outcome, Pending

# The error colour on a light and on a dark window: 4.5:1 or more on each (#b00020 alone was
# 2.3:1 on Fusion's dark window).
ERROR_COLOURS = ("#b00020", "#ff8a80")


def error_style(palette: QPalette | None = None) -> str:
    """The style sheet of a text in the error colour, for the palette it is shown in."""
    from desktop.views.palette import is_dark

    return f"color: {ERROR_COLOURS[is_dark(palette or QApplication.palette())]};"


class ErrorLabel(QLabel):
    """A label in the error colour, which follows the theme when it changes."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange and self.styleSheet():
            wanted = error_style(QApplication.palette())
            if self.styleSheet() != wanted:
                self.setStyleSheet(wanted)
        super().changeEvent(event)
NO_DATE = QDate(1899, 12, 31)  # a date edit at its minimum shows "not set"


def error_label() -> QLabel:
    """A message in the error colour, wrapped, hidden until there is something to say."""
    label = ErrorLabel()
    label.setStyleSheet(error_style())
    label.setWordWrap(True)
    label.hide()
    return label


def waiting() -> str:
    """A saved edit's status until the platform has it."""
    return QCoreApplication.translate("People", "Saved on this computer; waiting to be sent.")


class DateEdit(QDateEdit):
    """A date that can be left unset: its minimum (NO_DATE) reads `not_set` and stands for
    no date (person_sections.date_of gives None). Unset, its calendar opens on today's month
    (or `opening`'s), never on NO_DATE's December 1899, and a step (arrow key, wheel) starts
    at that date instead of 1900: nothing near 1899 is ever chosen without being seen."""

    def __init__(self, not_set: str, opening: date | None = None, latest: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._opening = opening
        self._watching = False
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        if latest is not None:
            self.setMaximumDate(QDate(latest.year, latest.month, latest.day))
        self.setSpecialValueText(not_set)
        self.setDate(NO_DATE)

    def is_set(self) -> bool:
        return self.date() != self.minimumDate()

    def opening(self) -> QDate:
        """Where an unset date starts: `opening`, else today, within the allowed range."""
        from services.domain import clock

        day = self._opening or clock.today()
        wanted = QDate(day.year, day.month, day.day)
        return max(self.minimumDate().addDays(1), min(wanted, self.maximumDate()))

    def _turn_page(self, calendar: QCalendarWidget) -> None:
        """Unset: the calendar shows (and highlights) the opening date, the field stays unset
        until a day is picked (the calendar's signals are blocked meanwhile)."""
        if not self.is_set():
            start = self.opening()
            with QSignalBlocker(calendar):
                calendar.setSelectedDate(start)
                calendar.setCurrentPage(start.year(), start.month())

    def calendarWidget(self) -> QCalendarWidget:
        calendar = super().calendarWidget()  # Qt pages it to the date (1899 when unset)
        if not self._watching:  # each time the popup opens, Qt pages it there again
            self._watching = True
            calendar.window().installEventFilter(self)
        self._turn_page(calendar)
        return calendar

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self._turn_page(super().calendarWidget())
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event) -> None:
        self.calendarWidget()  # the popup made and watched before Qt shows it
        super().mousePressEvent(event)

    def keyPressEvent(self, event) -> None:
        self.calendarWidget()
        super().keyPressEvent(event)

    def stepBy(self, steps: int) -> None:
        if not self.is_set():
            self.setDate(self.opening())
            return
        super().stepBy(steps)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if not self.is_set():
            return (QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
                    | QAbstractSpinBox.StepEnabledFlag.StepDownEnabled)
        return super().stepEnabled()


def date_edit(not_set: str, opening: date | None = None,
              latest: date | None = None) -> DateEdit:
    """A date field that can be empty: its minimum stands for "no date"; unset, its calendar
    opens near today (`opening`), never in 1899; `latest` bounds it (a birth: today)."""
    return DateEdit(not_set, opening, latest)


class Section(QGroupBox):
    saveRequested = Signal()
    changed = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self.dirty = False
        self._loading = True  # until something is shown: building fires change signals too
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setAccessibleName(self.tr("Save %1").replace("%1", title))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.saveRequested)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.general_error = error_label()
        footer = QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addLayout(footer)

    # --- building -----------------------------------------------------------------------------

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A labelled field (the label is its buddy: Alt+letter and screen readers find it)."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        widget.setAccessibleName(label.replace("&", ""))
        error = error_label()
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        column.addWidget(error)
        self.form.addRow(caption, column)
        self.fields[key], self._errors[key] = widget, error
        self._watch(widget)
        return widget

    def add_note(self, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        self.form.addRow(note)
        return note

    def _watch(self, widget: QWidget) -> None:
        signal = {QLineEdit: "textEdited", QPlainTextEdit: "textChanged",
                  QComboBox: "currentIndexChanged", QDateEdit: "dateChanged",
                  QSpinBox: "valueChanged", QAbstractButton: "toggled"}
        for kind, name in signal.items():
            if isinstance(widget, kind):
                getattr(widget, name).connect(self._edited)
                return

    def _edited(self, *_args) -> None:
        if self._loading:
            return
        self.dirty = True
        self.save_button.setEnabled(True)
        self.status.setText(self.tr("Not saved"))
        self.changed.emit()

    # --- state --------------------------------------------------------------------------------

    def begin_load(self) -> None:
        self._loading = True

    def end_load(self, status: str = "") -> None:
        self._loading = False
        self.dirty = False
        self.save_button.setEnabled(False)
        self.status.setText(status)
        self.show_errors({})

    def show_errors(self, messages: dict[str, str]) -> list[str]:
        """Each message next to its field; the ones for no field of this section below it.
        Returns the keys it showed next to fields."""
        shown = []
        for key, label in self._errors.items():
            text = messages.get(key) or next(
                (m for k, m in messages.items() if k and key.endswith("." + k)), "")
            label.setText(text)
            label.setVisible(bool(text))
            if text:
                shown.append(key)
        rest = [m for k, m in messages.items() if k not in shown
                and not any(key.endswith("." + k) for key in shown)]
        self.general_error.setText("\n".join(rest))
        self.general_error.setVisible(bool(rest))
        return shown

    def error_of(self, key: str) -> str:
        label = self._errors[key]
        return label.text() if label.isVisible() or label.text() else ""

    def saved(self, status: str) -> None:
        self.end_load(status)

    def run(self, pending: Pending, status: str | None = None) -> None:
        """An operation on its way (desktop.operations): Save waits for it; a refusal lands
        next to its fields, what was typed stays; done, the section is saved and says where the
        edit stands (`status`, by default: waiting to be sent)."""
        self.save_button.setEnabled(False)
        pending.then(lambda outcome: self._ran(outcome, status))

    def _ran(self, outcome: Outcome, status: str | None) -> None:
        if outcome.ok:
            self.saved(waiting() if status is None else status)
            return
        self.show_errors(dict(outcome.errors))
        self.save_button.setEnabled(self.dirty)


class SectionDialog(QDialog):
    """A dialog around one Section: its fields, the rules' messages next to them, and buttons
    whose accept runs `submit` (which closes the dialog only when the edit went through, so
    nothing typed is lost)."""

    def __init__(self, title: str, parent: QWidget | None = None,
                 accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Save,
                 accept_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)  # an email address or a card number shows whole
        self.section = Section(title)
        self.section.save_button.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        if accept_text:  # a verb of its own ("Pay…")
            self.accept_button = self.buttons.addButton(
                accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        else:
            self.accept_button = self.buttons.addButton(accept)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section)
        layout.addWidget(self.buttons)

    def submit(self) -> None:
        raise NotImplementedError

    def run(self, pending: Pending) -> None:
        """An operation on its way: the dialog stays, its accept button waiting; refused, each
        message next to its field; done, it closes (`outcome` holds what it made)."""
        self.accept_button.setEnabled(False)
        pending.then(self._ran)

    def _ran(self, outcome: Outcome) -> None:
        self.accept_button.setEnabled(True)
        self.outcome = outcome
        self.done_or_show(dict(outcome.errors))

    def done_or_show(self, errors: dict[str, str]) -> None:
        """Close when the edit went through; else each message next to its field."""
        if errors:
            self.section.show_errors(errors)
        else:
            self.accept()
