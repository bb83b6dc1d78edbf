"""Print and PDF (issue 17, item 4): the month, the week or the agenda under the calendar's
filters, on Letter or A4, portrait or landscape, in the interface's language.

One module paints for the window (File ▸ Print…, its preview, File ▸ Export PDF…) and for
`carnet export --pdf`: a `Printout` (what was read: the period, its entries, the filters' names,
the last sync) laid out on any paged device — a QPdfWriter or a QPrinter. Each page has a title
(the period) and the filters under it, the body, the legend and a footer (the print date, "as of
the last sync", the page number). The month's weeks, the week's columns and the agenda's days
run over as many pages as they need.

Paper is not the screen: chips are a light tint of their kind's colour with a bar of the colour
itself and black text, so they read in colour and in greyscale alike; closures are hatched too
(pink, blue and purple are the same grey once printed in black and white), other events
outlined; cancelled entries are struck through, staff in italics, as on the screen.

Painting needs a QGuiApplication (fonts); nothing here reads the store.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QDateTime,
    QIODevice,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
)

from desktop.formatting import day_label, long_date, moment_text, time_of, written
from desktop.models.entry_list_model import entry_person, entry_time, entry_title
from desktop.models.print_model import Printout, month_end, months, week_of
from desktop.views.palette import CLOSURE_DAY, KIND_COLOURS
from services.domain.calendar import CalendarEntry, EntryKind
from services.domain.kinds import OccurrenceState

translate = QCoreApplication.translate
VIEWS = ("month", "week", "agenda")
PAPERS = {"letter": QPageSize.PageSizeId.Letter, "a4": QPageSize.PageSizeId.A4}
MARGIN_MM = 12.0
_C = QLocale.Country
# Where Letter is the usual paper (CLDR's paperSize): everywhere else, A4. QLocale's
# measurement system does not say it: Canada is metric and prints on Letter.
LETTER_TERRITORIES = frozenset({
    _C.UnitedStates, _C.Canada, _C.Mexico, _C.Chile, _C.Colombia, _C.CostaRica, _C.Guatemala,
    _C.Panama, _C.Philippines, _C.PuertoRico, _C.Venezuela, _C.ElSalvador, _C.Nicaragua,
    _C.DominicanRepublic, _C.Belize})

INK = QColor("#000000")
FAINT_INK = QColor("#555555")  # secondary text: 7.5:1 on white, still dark once photocopied
RULE = QColor("#8A8A8A")
OUTSIDE = QColor("#F0F0F0")  # a day of the grid outside its month
TINT = 0.16  # a chip's fill: this much of its kind's colour in white
HATCH = 0.45  # a closure's hatching: this much of the closure colour in white


def default_paper(locale: QLocale | None = None) -> str:
    """"letter" or "a4": the paper of `locale`'s territory (default: the system's when it
    names one, else the interface's — fr-CA and en-CA print on Letter)."""
    if locale is None:
        locale = QLocale.system()
        if locale.territory() == _C.AnyTerritory:
            locale = QLocale()
    return "letter" if locale.territory() in LETTER_TERRITORIES else "a4"


def page_layout(paper: str, landscape: bool) -> QPageLayout:
    orientation = QPageLayout.Orientation.Landscape if landscape \
        else QPageLayout.Orientation.Portrait
    return QPageLayout(QPageSize(PAPERS[paper]), orientation,
                       QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                       QPageLayout.Unit.Millimeter)


# --- drawing ---------------------------------------------------------------------------------


def mix(colour: QColor, amount: float) -> QColor:
    """`amount` of `colour` in white."""
    return QColor.fromRgbF(*(1 + (c - 1) * amount for c in
                             (colour.redF(), colour.greenF(), colour.blueF())))


class Ink:
    """The fonts, sizes and strokes of one device: lengths in points, drawn in its units."""

    def __init__(self, device: QPagedPaintDevice) -> None:
        self.device = device
        self.k = device.logicalDpiY() / 72.0  # device units per point
        family = QGuiApplication.font().family()

        def font(size: float, bold: bool = False) -> QFont:
            made = QFont(family)
            made.setPointSizeF(size)
            made.setBold(bold)
            # No ligatures: "staff" stays s-t-a-f-f in the PDF, for a search or a copy.
            made.setFeature(QFont.Tag("liga"), 0)
            return made

        self.title = font(15, bold=True)
        self.subtitle = font(9.5)
        self.heading = font(9, bold=True)
        self.text = font(8.5)
        self.chip = font(7.5)
        self.small = font(7)
        self.footer = font(7.5)

    def pt(self, points: float) -> float:
        return points * self.k

    def metrics(self, font: QFont) -> QFontMetricsF:
        return QFontMetricsF(font, self.device)

    def line(self, font: QFont) -> float:
        return self.metrics(font).lineSpacing()

    def styled(self, font: QFont, entry: CalendarEntry | None) -> QFont:
        """Struck through when cancelled, in italics for staff (HOME-4), as on the screen."""
        if entry is None:
            return font
        made = QFont(font)
        made.setStrikeOut(entry.state is OccurrenceState.CANCELLED)
        made.setItalic(entry.is_staff)
        return made

    def wrap(self, text: str, font: QFont, width: float, most: int = 0) -> list[str]:
        """`text` in lines no wider than `width` (at most `most`, the last elided)."""
        metrics = self.metrics(font)
        lines: list[str] = []
        for paragraph in text.split("\n"):
            current = ""
            for word in paragraph.split(" "):
                trial = f"{current} {word}" if current else word
                if metrics.horizontalAdvance(trial) <= width or not current:
                    current = trial
                else:
                    lines.append(current)
                    current = word
                while metrics.horizontalAdvance(current) > width and len(current) > 1:
                    # a word longer than the line: cut where it fits
                    cut = len(current)
                    while cut > 1 and metrics.horizontalAdvance(current[:cut]) > width:
                        cut -= 1
                    lines.append(current[:cut])
                    current = current[cut:]
            lines.append(current)
        if most and len(lines) > most:
            rest = " ".join(lines[most - 1:])
            lines = [*lines[:most - 1], metrics.elidedText(rest, Qt.TextElideMode.ElideRight,
                                                           width)]
        return lines

    def hatch(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        """Diagonal lines (/) across `rect`, 3.5 pt apart: a closure, in colour or not."""
        painter.save()
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip if painter.hasClipping()
                            else Qt.ClipOperation.ReplaceClip)
        painter.setPen(QPen(colour, self.pt(0.8)))
        step, height = self.pt(3.5), rect.height()
        x = rect.left() - height
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + height, rect.top()))
            x += step
        painter.restore()

    def swatch(self, painter: QPainter, rect: QRectF, kind: EntryKind) -> None:
        """A chip's background: the kind's tint, a bar of its colour at the left; closures
        hatched, other events outlined — what tells them apart in greyscale."""
        colour = KIND_COLOURS[kind]
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(mix(colour, TINT))
        painter.drawRect(rect)
        if kind is EntryKind.CLOSURE:
            self.hatch(painter, rect, mix(colour, HATCH))
        painter.setBrush(colour)
        painter.drawRect(QRectF(rect.left(), rect.top(), min(self.pt(2.5), rect.width()),
                                rect.height()))
        if kind is EntryKind.EVENT:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(colour, self.pt(0.8)))
            half = self.pt(0.4)
            painter.drawRect(rect.adjusted(half, half, -half, -half))
        painter.restore()

    def lines(self, painter: QPainter, left: float, top: float, texts: Sequence[str],
              font: QFont, colour: QColor = INK) -> float:
        """Lines of text from `top`; where the next one would begin."""
        painter.setFont(font)
        painter.setPen(colour)
        metrics = self.metrics(font)
        for text in texts:
            painter.drawText(QPointF(left, top + metrics.ascent()), text)
            top += metrics.lineSpacing()
        return top


@dataclass
class Block:
    """An entry as printed: its kind, the entry (its look), lines of text in fonts."""

    entry: CalendarEntry
    lines: list[tuple[str, QFont, QColor]]
    height: float

    def paint(self, ink: Ink, painter: QPainter, rect: QRectF) -> None:
        ink.swatch(painter, rect, self.entry.kind)
        top = rect.top() + ink.pt(1.5)
        for text, font, colour in self.lines:
            top = ink.lines(painter, rect.left() + ink.pt(4.5), top, [text], font, colour)


def block(ink: Ink, entry: CalendarEntry, width: float, parts: Sequence[tuple[str, QFont, int]]
          ) -> Block:
    """`parts`: (text, font, most lines) of an entry, wrapped in a chip `width` wide."""
    inner = width - ink.pt(6)
    lines: list[tuple[str, QFont, QColor]] = []
    for text, font, most in parts:
        if not text:
            continue
        styled = ink.styled(font, entry)
        colour = FAINT_INK if font is ink.small else INK
        lines += [(line, styled, colour) for line in ink.wrap(text, styled, inner, most)]
    height = sum(ink.line(font) for _, font, _ in lines) + ink.pt(3)
    return Block(entry, lines, height)


# --- the page --------------------------------------------------------------------------------

Body = Callable[[QPainter, QRectF], None]


@dataclass
class Page:
    title: str
    body: Body
    continued: bool = False


@dataclass
class Frame:
    """Where a page's parts go, in device units."""

    page: QRectF
    body: QRectF = field(init=False)
    header: float = 0.0
    bottom: float = 0.0

    def __post_init__(self) -> None:
        self.body = QRectF(self.page.left(), self.page.top() + self.header, self.page.width(),
                           self.page.height() - self.header - self.bottom)


def filters_text(printout: Printout) -> str:
    people = ", ".join(printout.people) or translate("Printout", "Everyone")
    orgs = ", ".join(printout.organizations) or translate("Printout", "All organizations")
    return f"{people} · {orgs}"


def instant(moment: datetime) -> str:
    """A date and time of this computer's zone, as the status bar writes them."""
    local = QDateTime.fromSecsSinceEpoch(int(moment.timestamp())).toLocalTime()
    return moment_text(local)


def footer_text(printout: Printout) -> str:
    printed = translate("Printout", "Printed on %1").replace("%1", instant(printout.printed))
    if printout.last_sync is None:
        synced = translate("Printout", "not synced with the platform yet")
    else:
        synced = translate("Printout", "as of the last sync, %1").replace(
            "%1", instant(printout.last_sync))
    return f"Carnet · {printed} · {synced}"


def legend(ink: Ink, painter: QPainter, left: float, top: float) -> None:
    """HOME-3's legend, as the screen's (desktop/views/legend.py), with the paper's swatches."""
    size, gap = ink.pt(9), ink.pt(4)
    x = left
    painter.setFont(ink.small)
    metrics = ink.metrics(ink.small)
    baseline = top + (size + metrics.ascent() - metrics.descent()) / 2
    for kind, text in ((EntryKind.CLOSURE, translate("Printout", "Closures")),
                       (EntryKind.ACTIVITY, translate("Printout", "Activities")),
                       (EntryKind.EVENT, translate("Printout", "Other events and bookings"))):
        ink.swatch(painter, QRectF(x, top, size * 1.6, size), kind)
        x += size * 1.6 + gap
        painter.setFont(ink.small)
        painter.setPen(INK)
        painter.drawText(QPointF(x, baseline), text)
        x += metrics.horizontalAdvance(text) + 3 * gap
    for text, strike, italic in ((translate("Printout", "Cancelled: struck through"), True,
                                  False),
                                 (translate("Printout", "Staff: in italics"), False, True)):
        font = QFont(ink.small)
        font.setStrikeOut(strike)
        font.setItalic(italic)
        painter.setFont(font)
        painter.setPen(INK)
        painter.drawText(QPointF(x, baseline), text)
        x += ink.metrics(font).horizontalAdvance(text) + 3 * gap


def frame_of(ink: Ink) -> Frame:
    device = ink.device
    page = QRectF(0, 0, device.width(), device.height())
    header = ink.line(ink.title) + ink.line(ink.subtitle) + ink.pt(8)
    bottom = ink.pt(9) + ink.pt(4) + ink.line(ink.footer) + ink.pt(8)
    return Frame(page, header, bottom)


def paint_page(ink: Ink, painter: QPainter, frame: Frame, page: Page, number: int, count: int,
               printout: Printout) -> None:
    left, top = frame.page.left(), frame.page.top()
    title = page.title
    if page.continued:
        title = translate("Printout", "%1 (continued)").replace("%1", title)
    ink.lines(painter, left, top, ink.wrap(title, ink.title, frame.page.width(), 1), ink.title)
    ink.lines(painter, left, top + ink.line(ink.title), ink.wrap(
        filters_text(printout), ink.subtitle, frame.page.width(), 1), ink.subtitle, FAINT_INK)
    page.body(painter, frame.body)
    bottom = frame.body.bottom() + ink.pt(8)
    legend(ink, painter, left, bottom)
    foot = bottom + ink.pt(9) + ink.pt(4)
    ink.lines(painter, left, foot, [footer_text(printout)], ink.footer, FAINT_INK)
    numbering = translate("Printout", "Page %1 of %2").replace(
        "%1", QLocale().toString(number)).replace("%2", QLocale().toString(count))
    painter.setFont(ink.footer)
    metrics = ink.metrics(ink.footer)
    painter.drawText(QPointF(frame.page.right() - metrics.horizontalAdvance(numbering),
                             foot + metrics.ascent()), numbering)


# --- the month -------------------------------------------------------------------------------


def capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def month_title(month: date) -> str:
    return capitalized(f"{QLocale().standaloneMonthName(month.month)} {month.year}")


def chip_person(entry: CalendarEntry) -> str:
    """HOME-4: the member's first name, marked when staff (as the grid's chips)."""
    person = entry.person_name.split(" ")[0] if entry.person_name else ""
    if person and entry.is_staff:
        person = translate("Printout", "%1 (staff)").replace("%1", person)
    return person


def month_chip(ink: Ink, entry: CalendarEntry, width: float, level: int = 0) -> Block:
    """A month's chip: the time and the member over the title; tighter at a higher `level`
    (one text over two lines, then one line), for a month to fit its page."""
    if entry.kind is EntryKind.CLOSURE:
        return block(ink, entry, width, [(entry.title, ink.chip, 3 - level)])
    head = f"{time_of(entry.local_start)} {chip_person(entry)}".strip()
    if level == 0:
        return block(ink, entry, width, [(head, ink.chip, 2), (entry.title, ink.chip, 2)])
    return block(ink, entry, width, [(f"{head} · {entry.title}", ink.chip, 3 - level)])


def month_pages(ink: Ink, printout: Printout, body: QRectF) -> list[Page]:
    pages: list[Page] = []
    column = body.width() / 7
    weekday = ink.line(ink.heading) + ink.pt(3)
    number = ink.line(ink.heading) + ink.pt(2)
    gap = ink.pt(1.5)
    room = body.height() - weekday
    for month in months(printout.first, printout.last):
        last = month_end(month)
        by_day = printout.on(month, last)
        for level in range(3):  # the tightest chips only when the month needs them
            weeks = _weeks(ink, printout, month, by_day, column, number, gap, level)
            if sum(need for _, _, need in weeks) <= room:
                break
        # Weeks onto pages: all on one when they fit (sharing the room), else as many as fit.
        groups: list[list] = [[]]
        used = 0.0
        for week in weeks:
            if groups[-1] and used + week[2] > room:
                groups.append([])
                used = 0.0
            groups[-1].append(week)
            used += week[2]
        for index, group in enumerate(groups):
            total = sum(w[2] for w in group)
            spare = max(0.0, room - total) / len(group) if len(groups) == 1 else 0.0
            heights = [min(room, w[2] + spare) for w in group]
            pages.append(Page(month_title(month),
                              _month_body(ink, printout, month, group, heights, column, weekday,
                                          number, gap),
                              continued=index > 0))
    return pages


def _weeks(ink: Ink, printout: Printout, month: date, by_day: dict, column: float,
           number: float, gap: float, level: int) -> list:
    """The month's weeks: (days, chips by day, height needed)."""
    last = month_end(month)
    weeks = []
    start = week_of(month, printout.week_start)
    while start <= last:
        days = [start + timedelta(days=k) for k in range(7)]
        chips = {day: [month_chip(ink, e, column - 2 * gap, level) for e in by_day.get(day, ())]
                 for day in days if month <= day <= last}
        need = number + max((sum(c.height + gap for c in made) for made in chips.values()),
                            default=0) + gap
        weeks.append((days, chips, need))
        start += timedelta(days=7)
    return weeks


def _month_body(ink: Ink, printout: Printout, month: date, group: list, heights: list[float],
                column: float, weekday: float, number: float, gap: float) -> Body:
    last = month_end(month)

    def paint(painter: QPainter, body: QRectF) -> None:
        locale = QLocale()
        painter.setPen(INK)
        for k in range(7):
            name = capitalized(locale.dayName((printout.week_start + k) % 7 + 1,
                                              QLocale.FormatType.LongFormat))
            name = ink.metrics(ink.heading).elidedText(name, Qt.TextElideMode.ElideRight,
                                                       column - 2 * gap)
            ink.lines(painter, body.left() + k * column + gap, body.top(), [name], ink.heading)
        top = body.top() + weekday
        for (days, chips, _need), height in zip(group, heights, strict=True):
            for k, day in enumerate(days):
                cell = QRectF(body.left() + k * column, top, column, height)
                inside = month <= day <= last
                closed = inside and any(c.entry.kind is EntryKind.CLOSURE
                                        for c in chips.get(day, ()))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(CLOSURE_DAY if closed else (QColor("white") if inside
                                                             else OUTSIDE))
                painter.drawRect(cell)
                if closed:
                    ink.hatch(painter, cell, mix(KIND_COLOURS[EntryKind.CLOSURE], HATCH * 0.6))
                painter.setPen(QPen(RULE, ink.pt(0.5)))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(cell)
                if not inside:
                    continue
                ink.lines(painter, cell.left() + gap, cell.top() + ink.pt(1),
                          [locale.toString(day.day)], ink.heading)
                y = cell.top() + number
                made = chips.get(day, [])
                for index, chip in enumerate(made):
                    more = len(made) - index
                    rest = ink.line(ink.small) if more > 1 else 0
                    if y + chip.height + rest > cell.bottom() - gap:
                        text = translate("Printout", "+%1 more (see the agenda)").replace(
                            "%1", locale.toString(more))
                        ink.lines(painter, cell.left() + gap, y, ink.wrap(
                            text, ink.small, column - 2 * gap, 1), ink.small)
                        break
                    chip.paint(ink, painter, QRectF(cell.left() + gap, y, column - 2 * gap,
                                                    chip.height))
                    y += chip.height + gap
            top += height

    return paint


# --- the week --------------------------------------------------------------------------------


def week_title(first: date) -> str:
    last = first + timedelta(days=6)
    return translate("Printout", "Week of %1 to %2").replace("%1", day_label(first)).replace(
        "%2", f"{day_label(last)} {last.year}")


def week_block(ink: Ink, entry: CalendarEntry, width: float) -> Block:
    if entry.kind is EntryKind.CLOSURE:
        return block(ink, entry, width, [(entry_time(entry), ink.chip, 1),
                                         (entry_title(entry), ink.chip, 4),
                                         (entry.organization_name, ink.small, 2)])
    return block(ink, entry, width, [(entry_time(entry), ink.chip, 1),
                                     (entry_person(entry), ink.chip, 2),
                                     (entry_title(entry), ink.chip, 3),
                                     (entry.location, ink.small, 2)])


def week_pages(ink: Ink, printout: Printout, body: QRectF) -> list[Page]:
    pages: list[Page] = []
    column = body.width() / 7
    gap = ink.pt(2)
    header = ink.line(ink.heading) + ink.pt(4)
    room = body.height() - header - gap
    start = week_of(printout.first, printout.week_start)
    while start <= printout.last:
        days = [start + timedelta(days=k) for k in range(7)]
        by_day = printout.on(days[0], days[-1])
        # Each column's blocks, page by page.
        columns: list[list[list[Block]]] = []
        for day in days:
            runs: list[list[Block]] = [[]]
            used = 0.0
            for entry in by_day.get(day, ()):
                made = week_block(ink, entry, column - 2 * gap)
                if runs[-1] and used + made.height > room:
                    runs.append([])
                    used = 0.0
                runs[-1].append(made)
                used += made.height + gap
            columns.append(runs)
        for index in range(max(len(runs) for runs in columns)):
            shown = [runs[index] if index < len(runs) else [] for runs in columns]
            pages.append(Page(week_title(start), _week_body(ink, days, shown, column, header,
                                                            gap), continued=index > 0))
        start += timedelta(days=7)
    return pages


def _week_body(ink: Ink, days: list[date], columns: list[list[Block]], column: float,
               header: float, gap: float) -> Body:
    def paint(painter: QPainter, body: QRectF) -> None:
        for k, (day, blocks) in enumerate(zip(days, columns, strict=True)):
            left = body.left() + k * column
            closed = any(b.entry.kind is EntryKind.CLOSURE for b in blocks)
            cell = QRectF(left, body.top() + header, column, body.height() - header)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(CLOSURE_DAY if closed else QColor("white"))
            painter.drawRect(cell)
            if closed:
                ink.hatch(painter, cell, mix(KIND_COLOURS[EntryKind.CLOSURE], HATCH * 0.6))
            painter.setPen(QPen(RULE, ink.pt(0.5)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(left, body.top(), column, body.height()))
            painter.drawLine(QPointF(left, cell.top()), QPointF(left + column, cell.top()))
            name = ink.metrics(ink.heading).elidedText(
                capitalized(day_label(day)), Qt.TextElideMode.ElideRight, column - 2 * gap)
            ink.lines(painter, left + gap, body.top() + ink.pt(2), [name], ink.heading)
            y = cell.top() + gap
            for made in blocks:
                made.paint(ink, painter, QRectF(left + gap, y, column - 2 * gap, made.height))
                y += made.height + gap

    return paint


# --- the agenda ------------------------------------------------------------------------------


def agenda_title(printout: Printout) -> str:
    # A date format is a translatable string: "MMMM d, yyyy" in English, "d MMMM yyyy" in French.
    pattern = translate("Printout", "MMMM d, yyyy")
    return translate("Printout", "Agenda from %1 to %2").replace(
        "%1", written(printout.first, pattern)).replace("%2", written(printout.last, pattern))


def agenda_pages(ink: Ink, printout: Printout, body: QRectF) -> list[Page]:
    """Days in order, each under its date; a day cut by the page goes on under its date again."""
    title = agenda_title(printout)
    by_day = printout.on(printout.first, printout.last)
    time_width = max([ink.metrics(ink.text).horizontalAdvance(entry_time(e))
                      for e in printout.entries] + [ink.pt(60)]) + ink.pt(8)
    time_width = min(time_width, body.width() / 3)
    bar = ink.pt(9)
    text_left = time_width + bar + ink.pt(6)
    text_width = body.width() - text_left
    heading = ink.line(ink.heading) + ink.pt(5)
    gap = ink.pt(2.5)
    Row = tuple[CalendarEntry, list[str], list[str], float]
    pages: list[list[tuple[date, bool, list[Row]]]] = [[]]
    used = 0.0
    for day in sorted(by_day):
        rows: list[Row] = []
        for entry in by_day[day]:
            what = " · ".join(x for x in (entry_title(entry), entry_person(entry)) if x)
            where = " · ".join(x for x in (entry.organization_name, entry.location) if x)
            first = ink.wrap(what, ink.styled(ink.text, entry), text_width)
            second = ink.wrap(where, ink.small, text_width, 2)
            height = max(len(first) * ink.line(ink.text) + len(second) * ink.line(ink.small),
                         ink.line(ink.text)) + gap
            rows.append((entry, first, second, height))
        continued = False
        while rows:
            if used + heading + rows[0][3] > body.height() and pages[-1]:
                pages.append([])
                used = 0.0
            used += heading
            taken: list[Row] = []
            while rows and (not taken or used + rows[0][3] <= body.height()):
                taken.append(rows.pop(0))
                used += taken[-1][3]
            pages[-1].append((day, continued, taken))
            used += gap
            continued = True
    if not pages[-1] and len(pages) > 1:
        pages.pop()

    def body_of(days: list[tuple[date, bool, list[Row]]]) -> Body:
        def paint(painter: QPainter, area: QRectF) -> None:
            y = area.top()
            if not days:
                ink.lines(painter, area.left(), y, [translate("Printout", "No entries.")],
                          ink.text)
            for day, again, rows in days:
                text = capitalized(long_date(day))
                if again:
                    text = translate("Printout", "%1 (continued)").replace("%1", text)
                ink.lines(painter, area.left(), y + ink.pt(2), [text], ink.heading)
                painter.setPen(QPen(RULE, ink.pt(0.5)))
                painter.drawLine(QPointF(area.left(), y + heading - ink.pt(1.5)),
                                 QPointF(area.right(), y + heading - ink.pt(1.5)))
                y += heading
                for entry, first, second, height in rows:
                    ink.lines(painter, area.left(), y, [entry_time(entry)], ink.text)
                    ink.swatch(painter, QRectF(area.left() + time_width, y + ink.pt(1), bar,
                                               height - gap - ink.pt(1)), entry.kind)
                    below = ink.lines(painter, area.left() + text_left, y, first,
                                      ink.styled(ink.text, entry))
                    ink.lines(painter, area.left() + text_left, below, second, ink.small,
                              FAINT_INK)
                    y += height
                y += gap

        return paint

    return [Page(title, body_of(days), continued=index > 0) for index, days in enumerate(pages)]


# --- the whole -------------------------------------------------------------------------------

LAYOUTS = {"month": month_pages, "week": week_pages, "agenda": agenda_pages}


def render(device: QPagedPaintDevice, printout: Printout) -> int:
    """Paint `printout` on `device` (its page layout set); how many pages it took."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(translate("Printout", "The printer or the file could not be opened."))
    try:
        ink = Ink(device)
        frame = frame_of(ink)
        pages = LAYOUTS[printout.view](ink, printout, frame.body)
        for number, page in enumerate(pages, start=1):
            if number > 1:
                device.newPage()
            paint_page(ink, painter, frame, page, number, len(pages), printout)
    finally:
        painter.end()
    return len(pages)


def pdf(printout: Printout, paper: str, landscape: bool) -> bytes:
    """The printout as a PDF document (in memory: a file is written whole or not at all)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator("Carnet")
    writer.setTitle({"month": month_title(printout.first), "week": week_title(printout.first),
                     "agenda": agenda_title(printout)}[printout.view])
    writer.setPageLayout(page_layout(paper, landscape))
    render(writer, printout)
    del writer  # the document ends with its writer
    data: QByteArray = buffer.data()
    return bytes(data.data())


def write_file(target: Path, data: bytes) -> None:
    """`data` in `target`, all or nothing: written beside it, flushed, then renamed over it —
    a full disk or a cut never leaves half a file, nor an older one cut short. Owner-only,
    like every file Carnet writes (the schedule names the children)."""
    from services.store.paths import replace_atomically

    replace_atomically(target, [data])


def write_problem(target: Path, error: OSError) -> str:
    """Why `target` could not be written, in the user's words, naming it."""
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        why = translate("Printout", "the disk is full")
    elif error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        why = translate("Printout", "that folder cannot be written to")
    elif error.errno == errno.ENOENT:
        why = translate("Printout", "that folder does not exist")
    else:
        why = error.strerror or type(error).__name__
    return translate("Printout", "Could not write %1 (%2); nothing was written.").replace(
        "%1", str(target)).replace("%2", why)
