"""Front desk's attendance sheet (issue 19): a session's roster on paper — its title, time and
place, the print date, then a line per participant with a box to tick — painted on any paged
device (the print preview's QPrinter, a QPdfWriter) by the one function `render`. Names only:
nothing private (no medical note, no phone) goes on paper.

Painting needs a QGuiApplication (fonts); nothing here reads the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPagedPaintDevice, QPainter, QPen

from desktop.printing import FAINT_INK, INK, RULE, Ink

translate = QCoreApplication.translate


@dataclass(frozen=True)
class RosterSheet:
    """What an attendance sheet shows, already in the interface's words."""

    title: str  # the activity
    when: str  # its day and time
    place: str
    organization: str
    printed: str  # the print date
    names: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # per name: "drop-in", "present"… or ""


def render(device: QPagedPaintDevice, sheet: RosterSheet) -> int:
    """Paint `sheet` on `device` (its page layout set); how many pages it took."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Printout", "The printer or the file could not be opened."))
    try:
        ink = Ink(device)
        # A sheet read at arm's length, ticked with a pen: larger than the calendar's print.
        for font, size in ((ink.title, 18), (ink.subtitle, 11), (ink.heading, 10),
                           (ink.text, 12), (ink.footer, 8)):
            font.setPointSizeF(size)
        page = QRectF(0, 0, device.width(), device.height())
        row = ink.line(ink.text) * 1.9
        footer = ink.line(ink.footer) * 1.6
        count = max(1, len(sheet.names))
        heading = _heading_height(ink)
        per_page = max(1, int((page.height() - heading - footer) // row))
        pages = max(1, -(-count // per_page))
        for number in range(pages):
            if number:
                device.newPage()
            top = _paint_heading(ink, painter, page, sheet, continued=number > 0)
            chunk = range(number * per_page, min(len(sheet.names), (number + 1) * per_page))
            for line, index in enumerate(chunk):
                _paint_row(ink, painter, QRectF(page.left(), top + line * row, page.width(),
                                                row), sheet.names[index],
                           sheet.notes[index] if index < len(sheet.notes) else "")
            if not sheet.names:
                painter.setFont(ink.text)
                painter.setPen(FAINT_INK)
                painter.drawText(QRectF(page.left(), top, page.width(), row),
                                 Qt.AlignmentFlag.AlignVCenter,
                                 translate("DeskPrint", "Nobody is registered."))
            _paint_footer(ink, painter, page, sheet, number + 1, pages)
    finally:
        painter.end()
    return pages


def _heading_height(ink: Ink) -> float:
    return (ink.line(ink.title) + 2 * ink.line(ink.subtitle) + ink.line(ink.heading)
            + ink.pt(16))


def _paint_heading(ink: Ink, painter: QPainter, page: QRectF, sheet: RosterSheet,
                   continued: bool) -> float:
    top = page.top()
    painter.setPen(QPen(INK, ink.pt(0.5)))
    painter.setFont(ink.title)
    title = sheet.title if not continued else translate("DeskPrint", "%1 (continued)").replace(
        "%1", sheet.title)
    painter.drawText(QRectF(page.left(), top, page.width(), ink.line(ink.title)),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    top += ink.line(ink.title)
    painter.setFont(ink.subtitle)
    for text in (" · ".join(p for p in (sheet.when, sheet.place) if p), sheet.organization):
        painter.drawText(QRectF(page.left(), top, page.width(), ink.line(ink.subtitle)),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        top += ink.line(ink.subtitle)
    top += ink.pt(8)
    painter.setFont(ink.heading)
    column = _name_column(ink)
    painter.drawText(QRectF(page.left(), top, column, ink.line(ink.heading)),
                     Qt.AlignmentFlag.AlignLeft, translate("DeskPrint", "Here"))
    painter.drawText(QRectF(page.left() + column, top, page.width(), ink.line(ink.heading)),
                     Qt.AlignmentFlag.AlignLeft, translate("DeskPrint", "Participant"))
    top += ink.line(ink.heading)
    painter.setPen(QPen(INK, ink.pt(1)))
    painter.drawLine(page.left(), top + ink.pt(3), page.right(), top + ink.pt(3))
    return top + ink.pt(8)


def _name_column(ink: Ink) -> float:
    """Where the names start: after the box, and after the word over it."""
    here = ink.metrics(ink.heading).horizontalAdvance(translate("DeskPrint", "Here"))
    return max(ink.pt(30), here + ink.pt(10))


def _paint_row(ink: Ink, painter: QPainter, rect: QRectF, name: str, note: str) -> None:
    box = ink.pt(13)
    painter.setPen(QPen(INK, ink.pt(0.8)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(QRectF(rect.left() + ink.pt(1), rect.center().y() - box / 2, box, box))
    painter.setFont(ink.text)
    left = rect.left() + _name_column(ink)
    painter.drawText(QRectF(left, rect.top(), rect.width() * 0.6, rect.height()),
                     Qt.AlignmentFlag.AlignVCenter, name)
    if note:
        painter.setPen(FAINT_INK)
        painter.drawText(QRectF(left + rect.width() * 0.6, rect.top(),
                                rect.right() - left - rect.width() * 0.6, rect.height()),
                         Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, note)
    painter.setPen(QPen(RULE, ink.pt(0.4)))
    painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())


def _paint_footer(ink: Ink, painter: QPainter, page: QRectF, sheet: RosterSheet, number: int,
                  count: int) -> None:
    painter.setFont(ink.footer)
    painter.setPen(FAINT_INK)
    height = ink.line(ink.footer)
    rect = QRectF(page.left(), page.bottom() - height, page.width(), height)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft, translate(
        "DeskPrint", "Printed %1").replace("%1", sheet.printed))
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight, translate(
        "DeskPrint", "Page %1 of %2").replace("%1", str(number)).replace("%2", str(count)))
