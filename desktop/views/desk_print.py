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


def preview(sheet: RosterSheet, parent: QWidget | None, exec_: bool = True
            ) -> QPrintPreviewDialog:
    printer = printer_for()
    printer.setDocName(sheet.title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(translate("DeskPrint", "Print the roster"))
    problems: list[str] = []

    def paint(device: QPrinter) -> None:
        try:
            desk_printing.render(device, sheet)
        except OSError as error:
            problems.append(str(error))

    dialog.paintRequested.connect(paint)
    if exec_:
        dialog.exec()
        dialog.deleteLater()
        if problems:
            QMessageBox.warning(parent, translate("DeskPrint", "Print"), problems[-1])
    return dialog
