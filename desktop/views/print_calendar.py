"""File ▸ Print… and File ▸ Export PDF… (issue 17, item 4): the month, the week or the agenda
the Home calendar shows, under its filters. The entries are read on the workspace's reader
thread (desktop/models/print_model.py), then painted by desktop/printing.py — the same pages
as `carnet export --pdf` — in a print preview or into a PDF written whole or not at all."""

from __future__ import annotations

import itertools
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop import printing
from desktop.models.calendar_state import CalendarState, ViewMode
from desktop.models.print_model import PrintModel, Printout, PrintRequest


def landscape_for(view: str) -> bool:
    """Seven columns read best across the page; an agenda down it."""
    return view != ViewMode.AGENDA


class PdfDialog(QDialog):
    """Where the PDF goes, on which paper, which way up."""

    def __init__(self, path: Path, paper: str, landscape: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.path = QLineEdit(str(path))
        self.path.setAccessibleName(self.tr("File"))
        self.path.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(browse)
        self.paper = QComboBox()
        self.paper.addItem(self.tr("Letter (8.5 × 11 in)"), "letter")
        self.paper.addItem(self.tr("A4 (210 × 297 mm)"), "a4")
        self.paper.setCurrentIndex(self.paper.findData(paper))
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Portrait"), False)
        self.orientation.addItem(self.tr("Landscape"), True)
        self.orientation.setCurrentIndex(int(landscape))
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), where)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export PDF"), self.path.text(),
                                                self.tr("PDF documents (*.pdf)"))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def choice(self) -> tuple[Path, str, bool]:
        return (Path(self.path.text().strip()).expanduser(), self.paper.currentData(),
                self.orientation.currentData())


class CalendarPrinting(QObject):
    """What the window's File ▸ Print… and Export PDF… do."""

    def __init__(self, window: QWidget, state: CalendarState, model: PrintModel) -> None:
        super().__init__(window)
        self.window, self.state, self.model = window, state, model
        self._tags = itertools.count()
        self._asked: dict[int, tuple] = {}
        model.ready.connect(self._ready)
        model.failed.connect(lambda tag: self._asked.pop(tag, None))  # said in the status bar
        self.preview: QPrintPreviewDialog | None = None  # while it shows

    def request(self) -> PrintRequest:
        """The view shown, its period and its filters."""
        state = self.state
        first, last = state.period()
        return PrintRequest(str(state.mode), first, last, state.org_ids, state.person_ids,
                            state.week_start)

    def print_calendar(self) -> None:
        self._read(("print",))

    def export_pdf(self) -> None:
        request = self.request()
        dialog = PdfDialog(self.default_path(request), printing.default_paper(),
                           landscape_for(request.view), self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._read(("pdf", *dialog.choice()), request)

    def default_path(self, request: PrintRequest) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        views = {"month": self.tr("month"), "week": self.tr("week"),
                 "agenda": self.tr("agenda")}
        period = request.first.strftime("%Y-%m" if request.view == "month" else "%Y-%m-%d")
        return Path(folder) / f"Carnet {views[request.view]} {period}.pdf"

    def _read(self, what: tuple, request: PrintRequest | None = None) -> None:
        tag = next(self._tags)
        self._asked[tag] = what
        self.model.read(tag, request or self.request())

    def _ready(self, tag: int, printout: Printout) -> None:
        what = self._asked.pop(tag, None)
        if what is None:
            return
        if what[0] == "print":
            self._preview(printout)
        else:
            self._write(printout, *what[1:])

    def _preview(self, printout: Printout) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(printing.page_layout(printing.default_paper(),
                                                   landscape_for(printout.view)))
        printer.setDocName(f"Carnet {printout.first.isoformat()}")
        self.preview = QPrintPreviewDialog(printer, self.window)
        self.preview.setWindowTitle(self.tr("Print the calendar"))
        problems: list[str] = []

        def paint(device: QPrinter) -> None:
            try:
                printing.render(device, printout)
            except OSError as error:  # the printer could not be opened
                problems.append(str(error))

        self.preview.paintRequested.connect(paint)
        try:
            self.preview.exec()
        finally:
            self.preview.deleteLater()
            self.preview = None
        if problems:
            QMessageBox.warning(self.window, self.tr("Print"), problems[-1])

    def _write(self, printout: Printout, path: Path, paper: str, landscape: bool) -> None:
        data = printing.pdf(printout, paper, landscape)
        try:
            printing.write_file(path, data)
        except OSError as error:
            QMessageBox.warning(self.window, self.tr("Export PDF"),
                                printing.write_problem(path, error))
            return
        self.window.statusBar().showMessage(
            self.tr("The calendar is in %1.").replace("%1", str(path)), 10000)
