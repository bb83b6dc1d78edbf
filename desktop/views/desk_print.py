"""Print roster… at the front desk: the attendance sheet (desktop/desk_printing.py) in a print
preview, painted by the same function as a PDF."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import desk_printing, printing
from desktop.desk_orgs import local_now
from desktop.desk_printing import RosterSheet
from desktop.formatting import long_date, time_of
from desktop.models.desk_roster_model import attendance_text

translate = QCoreApplication.translate


def sheet_of(roster, organization: str) -> RosterSheet:
    """A roster (services.org.reads.Roster) as the sheet says it."""
    session = roster.session
    start, end = datetime.fromisoformat(session.start), datetime.fromisoformat(session.end)
    when = f"{long_date(start.date())}, {time_of(start)}–{time_of(end)}"
    names, notes = [], []
    for person in roster.participants:
        names.append(f"{person.last_name}, {person.first_name}".strip(", "))
        note = [translate("DeskPrint", "drop-in") if person.status == "DropIn" else ""]
        if person.attendance:
            note.append(attendance_text(person.attendance).lower())
        notes.append(" · ".join(n for n in note if n))
    return RosterSheet(session.activity, when, session.location or "", organization,
                       long_date(local_now().date()), names, notes)


def printer_for() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(printing.page_layout(printing.default_paper(), landscape=False))
    return printer


class RosterPreview(QPrintPreviewDialog):
    """The sheet in a print preview; printing from it paints the same pages."""

    def __init__(self, sheet: RosterSheet, parent: QWidget | None = None) -> None:
        printer = printer_for()
        printer.setDocName(sheet.title)
        super().__init__(printer, parent)
        self.printer_ = printer  # kept alive as long as the dialog
        self.sheet = sheet
        self.problems: list[str] = []
        self.setWindowTitle(translate("DeskPrint", "Print the roster"))
        self.paintRequested.connect(self._paint)

    def _paint(self, device: QPrinter) -> None:
        try:
            desk_printing.render(device, self.sheet)
        except OSError as error:  # the printer could not be opened
            self.problems.append(str(error))

    def run(self) -> None:
        self.exec()
        if self.problems:
            QMessageBox.warning(self.parentWidget(), translate("DeskPrint", "Print"),
                                self.problems[-1])
