"""The cold-start bench's fair baseline (issue 20): the widgets Carnet's first window shows, from
PySide6 only, with no Carnet code — filled from literals, shown, grabbed to a PNG, exited.

    skeleton FILE [--size 1280x800]

What it mirrors (`carnet --screenshot FILE` on the demo family's synced store, Home tab), class
for class and count for count:

- the start: a QApplication, the window icon (desktop/icons/carnet.png), two QTranslators (the
  app's .qm from desktop/translations, Qt's qtbase_xx), QLocale.setDefault — the language as
  Carnet picks it with none saved (the system's: French or English); no theme applied (Qt's
  default, as Carnet's "system"); gc disabled until the end, as desktop.cli does;
- desktop/views/main_window.py: a QMainWindow with a QTabWidget of six tabs (Home, then five
  empty QWidget+QVBoxLayout placeholders, as its LazyTabs are before they show), the menus
  (File 5 actions and a separator, Edit 2, View 6+3+1 with shortcuts, Help 4) and its first
  geometry (nine tenths of the screen's free area, centred), then the screenshot's size;
- desktop/views/status_area.py: a QStatusBar with three labels, a hidden QProgressBar, a hidden
  QToolButton and a QToolButton with its menu and its style sheet;
- desktop/views/home_tab.py: a QSplitter of the left column (two rich-text headings, the
  Upcoming list: a QListView of 5 rows painted by a QStyledItemDelegate as two lines, a time
  and a chip; a QScrollArea of 4 QFrame cards, each a bold plain-text name and 4 QPushButtons in a
  QGridLayout, with a ✕ QToolButton on the one removable card, a tooltip on the others) and a
  vertical QSplitter of the calendar panel (a toolbar of 2 QToolButtons, 4 QPushButtons, an
  eliding QLabel, two QComboBoxes of 6 and 5 items; a hidden filter bar QFrame; a
  QStackedWidget of the month grid — a QWidget that lays out 42 day cells with 53 chips, 5 of
  them "+N more", and paints them with the same calls —, a hidden week QWidget with its
  QScrollBar and a hidden agenda QListView; the legend: 3 colour swatches with a style sheet
  and 5 labels) and the postdated payments (a rich-text heading, a QComboBox of the 4 statuses
  and "All", a QPushButton and a sortable QTableView of 5 rows and 5 columns through a
  QSortFilterProxyModel);
- desktop/launch.py's screenshot: resize, show, the posted layout requests sent, events
  processed, the backing store read (offscreen; QWidget.grab() elsewhere), saved as PNG at
  quality 80; then desktop.cli's end: the streams flushed and the process ended at once, no
  teardown of Python's objects.

Not mirrored, being Carnet's own work: the store (SQLite, migrations check), the reads on worker
threads, the models, the logs and the crash handler, the display check.
"""

import gc
import os
import sys
from pathlib import Path

from PySide6.QtCore import (
    QEvent,
    QLibraryInfo,
    QLocale,
    QPoint,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTranslator,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPen,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QScrollBar,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStatusBar,
    QStyle,
    QStyledItemDelegate,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

HERE = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parent.parent))
COLOURS = (("#c2185b", "white"), ("#1565c0", "white"), ("#7b1fa2", "white"))  # the 3 kinds
TITLES = ("6:30 p.m. Félix · Soccer intérieur U10", "5:00 p.m. Zoé · Natation — Junior 3",
          "9:30 a.m. Léa · Éveil musical", "Congé des Fêtes", "9:00 a.m. Geneviève · Yoga",
          "6:00 p.m. Zoé · Spectacle de Noël — répétition générale")
# Chips a day of the six weeks shows (the demo family's December), "+N more" after two.
PER_DAY = (0, 0, 3, 1, 0, 1, 5, 0, 0, 2, 1, 1, 1, 4, 0, 0, 2, 1, 1, 1, 4,
           0, 0, 4, 2, 1, 2, 4, 1, 1, 1, 2, 1, 2, 3, 0, 0, 2, 1, 0, 1, 3)
ORGS = ("Club de natation Les Marsouins", "CPE Les Petits Explorateurs",
        "Fédération de gymnastique du Québec", "Loisirs Ville de Beaumont-sur-Lac")


class MonthGrid(QWidget):
    """As the month grid: cells and chips laid out on resize, painted from that cache."""

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.85))
        self.bold = QFont(self.small)
        self.bold.setBold(True)
        self.fonts = {}
        for struck in (False, True):
            for italic in (False, True):
                font = QFont(self.small)
                font.setStrikeOut(struck)
                font.setItalic(italic)
                self.fonts[struck, italic] = font
        self.metrics = QFontMetrics(self.small)
        self.cells, self.chips, self.headers = [], [], []

    def sizeHint(self) -> QSize:
        return QSize(700, 520)

    def resizeEvent(self, event) -> None:
        self.relayout()

    def showEvent(self, event) -> None:
        self.relayout()
        super().showEvent(event)

    def relayout(self) -> None:
        header, day_line = self.metrics.height() + 6, QFontMetrics(self.bold).height() + 2
        chip_h = self.metrics.height() + 4
        cell_w, cell_h = max(self.width(), 70) / 7, (max(self.height(), header + 60) - header) / 6
        self.headers = [(QRect(round(c * cell_w), 0, round(cell_w), header),
                         self.locale().dayName(c or 7, QLocale.FormatType.ShortFormat))
                        for c in range(7)]
        self.cells, self.chips = [], []
        for index, count in enumerate(PER_DAY):
            row, column = divmod(index, 7)
            cell = QRect(round(column * cell_w), round(header + row * cell_h), round(cell_w),
                         round(cell_h))
            self.cells.append((cell, index % 31 + 1))
            y, width = cell.top() + day_line, cell.width() - 4
            for number in range(min(count, 2 if count > 3 else 3)):
                text = self.metrics.elidedText(TITLES[(index + number) % len(TITLES)],
                                               Qt.TextElideMode.ElideRight, width - 6)
                self.chips.append((QRect(cell.left() + 2, y, width, chip_h), text,
                                   (index + number) % 3, number == 1))
                y += chip_h + 2
            if count > 3:
                self.chips.append((QRect(cell.left() + 2, y, width, chip_h),
                                   f"+{count - 2} more", None, False))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        painter.setFont(self.small)
        painter.setPen(palette.text().color())
        for rect, name in self.headers:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
        grid = QPen(palette.mid().color())
        for rect, day in self.cells:
            painter.fillRect(rect, palette.base() if day % 9 else QColor("#fce4ec"))
            painter.setPen(grid)
            painter.drawRect(rect)
            painter.setFont(self.bold if day == 1 else self.small)
            painter.setPen(palette.text().color())
            painter.drawText(rect.adjusted(4, 1, -4, 0), Qt.AlignmentFlag.AlignLeft
                             | Qt.AlignmentFlag.AlignTop, str(day))
        for rect, text, kind, italic in self.chips:
            paint_chip(painter, rect, text, kind, self.fonts[False, italic])
        painter.end()


def paint_chip(painter: QPainter, rect: QRect, text: str, kind: int | None, font: QFont
               ) -> None:
    painter.save()
    if kind is None:  # "+N more"
        painter.setPen(QApplication.palette().text().color())
    else:
        background, foreground = COLOURS[kind]
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor(foreground))
    painter.setFont(font)
    painter.setClipRect(rect)
    painter.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, text)
    painter.restore()


class Upcoming(QStyledItemDelegate):
    """As the Upcoming list's rows: the day and time, then the entry's chip."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.font = QFont(view.font())
        self.metrics = QFontMetrics(self.font)

    def sizeHint(self, option, index) -> QSize:
        return QSize(260, 2 * self.metrics.height() + 12)

    def paint(self, painter, option, index) -> None:
        rect = option.rect
        painter.save()
        painter.setPen(option.palette.text().color())
        line = QRect(rect.left() + 4, rect.top() + 2, rect.width() - 8, self.metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignVCenter, self.metrics.elidedText(
            index.data(Qt.ItemDataRole.ToolTipRole), Qt.TextElideMode.ElideRight, line.width()))
        chip = QRect(line.left(), line.bottom() + 4, line.width(), self.metrics.height() + 4)
        paint_chip(painter, chip, self.metrics.elidedText(
            index.data(), Qt.TextElideMode.ElideRight, chip.width() - 8), index.row() % 3,
            self.font)
        painter.restore()


def heading(text: str) -> QLabel:
    label = QLabel(f"<h3>{text}</h3>")
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def combo(*items: str) -> QComboBox:
    box = QComboBox()
    for number, item in enumerate(items):
        box.addItem(item, number or None)
    return box


def card(name: str, removable: bool, balance: str) -> QFrame:
    frame = QFrame()
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(frame)
    top = QHBoxLayout()
    label = QLabel(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    label.setWordWrap(True)
    top.addWidget(label, 1)
    if removable:
        remove = QToolButton()
        remove.setText("✕")
        remove.setToolTip("Remove from quick access")
        top.addWidget(remove)
    else:
        frame.setToolTip("This card stays because:\n• a balance is due\n• a registration")
    layout.addLayout(top)
    grid = QGridLayout()
    for number, text in enumerate(("Passes", "Shop", balance, "Emails (0)")):
        button = QPushButton(text)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        grid.addWidget(button, number // 2, number % 2)
    layout.addLayout(grid)
    return frame


def left_column() -> QWidget:
    upcoming = QListView()
    upcoming.setItemDelegate(Upcoming(upcoming))
    upcoming.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    upcoming.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    upcoming.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    upcoming.setFrameShape(QFrame.Shape.NoFrame)
    model = QStandardItemModel(upcoming)
    for number in range(5):
        item = QStandardItem(TITLES[number].split(" ", 2)[-1])
        item.setToolTip(f"Tue, Dec {number + 1} · 6:30 p.m.–7:30 p.m.")
        model.appendRow(item)
    upcoming.setModel(model)
    upcoming.setFixedHeight(sum(upcoming.sizeHintForRow(row) for row in range(5)))
    cards = QWidget()
    stack = QVBoxLayout(cards)
    stack.setContentsMargins(0, 0, 0, 0)
    for number, name in enumerate(ORGS):
        stack.addWidget(card(name, number == 1, f"${number * 46.5:.2f}"))
    stack.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(cards)
    left = QWidget()
    column = QVBoxLayout(left)
    column.addWidget(heading("Upcoming"))
    column.addWidget(upcoming)
    column.addSpacing(6)
    column.addWidget(heading("Quick access"))
    column.addWidget(scroll, 1)
    return left


def calendar_panel() -> QWidget:
    panel = QWidget()
    toolbar = QHBoxLayout()
    for widget in (QToolButton(text="◀"), QPushButton("Today"), QToolButton(text="▶")):
        toolbar.addWidget(widget)
    title = QLabel("December 2026")
    title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    toolbar.addWidget(title, 1)
    for number, text in enumerate(("Month", "Week", "Agenda")):
        button = QPushButton(text)
        button.setCheckable(True)
        button.setChecked(number == 0)
        toolbar.addWidget(button)
    toolbar.addWidget(combo("Everyone", "Félix", "Zoé", "Léa", "Étienne", "Geneviève"))
    toolbar.addWidget(combo("All organizations", *ORGS))
    bar = QFrame()
    bar.setFrameShape(QFrame.Shape.StyledPanel)
    line = QHBoxLayout(bar)
    line.addWidget(QLabel(), 1)
    line.addWidget(QPushButton("Clear"))
    bar.hide()
    stack = QStackedWidget()
    week = QWidget()
    QScrollBar(Qt.Orientation.Vertical, week)
    agenda = QListView()
    agenda.setModel(QStandardItemModel(agenda))
    for view in (MonthGrid(), week, agenda):
        stack.addWidget(view)
    legend = QWidget()
    keys = QHBoxLayout(legend)
    keys.setContentsMargins(0, 0, 0, 0)
    for (colour, _), text in zip(COLOURS, ("Closures", "Activities",
                                           "Other events and bookings"), strict=True):
        swatch = QLabel()
        swatch.setFixedSize(14, 14)
        swatch.setStyleSheet(f"background: {colour}; border-radius: 3px;")
        keys.addWidget(swatch)
        keys.addWidget(QLabel(text))
        keys.addSpacing(12)
    for text, strike in (("Cancelled", True), ("Staff", False)):
        label = QLabel(text)
        font = label.font()
        font.setStrikeOut(strike)
        font.setItalic(not strike)
        label.setFont(font)
        keys.addWidget(label)
        keys.addSpacing(12)
    keys.addStretch(1)
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(toolbar)
    layout.addWidget(bar)
    layout.addWidget(stack, 1)
    layout.addWidget(legend)
    return panel


def postdated_panel() -> QWidget:
    model = QStandardItemModel(0, 5)
    model.setHorizontalHeaderLabels(["Date", "Organization", "Amount", "Payment method",
                                     "Status"])
    for number in range(5):
        model.appendRow([QStandardItem(text) for text in (
            f"2026-1{number % 3}-0{number + 1}", ORGS[number % 4], f"${70 + number * 29.5:.2f}",
            "Visa ****4242", ("Accepted", "Refused", "Processing", "Scheduled")[number % 4])])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    table = QTableView()
    table.setModel(proxy)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    panel = QWidget()
    panel.model = model  # kept alive with the panel, as Carnet's models are
    top = QHBoxLayout()
    top.addWidget(heading("Postdated payments"))
    top.addStretch(1)
    top.addWidget(combo("All statuses", "Scheduled", "Processing", "Accepted", "Refused"))
    top.addWidget(QPushButton("Edit in Wallet"))
    layout = QVBoxLayout(panel)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top)
    layout.addWidget(table)
    return panel


def status_bar() -> QStatusBar:
    status = QStatusBar()
    for text in ("famille.tremblay@example.ca", "Offline", "Last sync: 2026-12-01 11:51 p.m."):
        status.addWidget(QLabel(text))
    progress = QProgressBar()
    progress.setMaximumWidth(160)
    progress.hide()
    conflicts = QToolButton()
    conflicts.setAutoRaise(True)
    conflicts.hide()
    pending = QToolButton()
    pending.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    arrow = pending.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator)
    pending.setStyleSheet(f"QToolButton {{ padding-right: {arrow + 6}px; }}")
    pending.setMenu(QMenu(pending))
    pending.setText("0 edits waiting")
    for widget in (progress, conflicts, pending):
        status.addPermanentWidget(widget)
    return status


def window() -> QMainWindow:
    main = QMainWindow()
    tabs = QTabWidget()
    home = QWidget()
    left, right = left_column(), QSplitter(Qt.Orientation.Vertical)
    right.addWidget(calendar_panel())
    right.addWidget(postdated_panel())
    right.setStretchFactor(0, 3)
    right.setStretchFactor(1, 1)
    split = QSplitter()
    split.addWidget(left)
    split.addWidget(right)
    split.setStretchFactor(0, 1)
    split.setStretchFactor(1, 3)
    split.setSizes([330, 950])
    right.setSizes([560, 200])
    QVBoxLayout(home).addWidget(split)
    tabs.addTab(home, "Home")
    for name in ("People", "Billing", "Wallet", "Communications", "Settings"):
        other = QWidget()
        QVBoxLayout(other).setContentsMargins(0, 0, 0, 0)
        tabs.addTab(other, name)
    main.setCentralWidget(tabs)
    main.setStatusBar(status_bar())
    menus = main.menuBar()
    for title, items in (("&File", ("&Sync now\tF5", "&Print…\tCtrl+P", "Export P&DF…",
                                    "Export &calendar…", None, "&Quit\tCtrl+Q")),
                         ("&Edit", ("&Search everything…\tCtrl+F",
                                    "&Find in the calendar…\tCtrl+Shift+F")),
                         ("&View", (*(f"{tabs.tabText(n)}\tCtrl+{n + 1}" for n in range(6)),
                                    None, "&Month\tCtrl+Alt+1", "&Week\tCtrl+Alt+2",
                                    "&Agenda\tCtrl+Alt+3", None, "&Clashes…")),
                         ("&Help", ("&Guide\tF1", "&Keyboard shortcuts",
                                    "How do I cancel a registration?", None,
                                    "&Report a problem…"))):
        menu = menus.addMenu(title)
        for item in items:
            if item is None:
                menu.addSeparator()
                continue
            text, _, keys = item.partition("\t")
            action = QAction(text, main)
            if keys:
                action.setShortcut(QKeySequence(keys))
            menu.addAction(action)
    main.setWindowTitle("Home · Month — Carnet")
    area = QGuiApplication.primaryScreen().availableGeometry()
    size = QSize(min(round(area.width() * 0.9), 1680), min(round(area.height() * 0.9), 1050))
    frame = QRect(QPoint(0, 0), size.expandedTo(main.minimumSizeHint()).boundedTo(area.size()))
    frame.moveCenter(area.center())
    main.setGeometry(frame)
    return main


def language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def main(argv: list[str]) -> int:
    target = argv[1]
    width, height = (int(x) for x in (argv[3] if argv[2:3] == ["--size"] else "1280x800")
                     .split("x"))
    gc.disable()  # as desktop.cli: the start's objects all live on
    app = QApplication([argv[0]])
    QApplication.setWindowIcon(QIcon(str(HERE / "desktop" / "icons" / "carnet.png")))
    lang = language()
    for name, folder in ((f"carnet_{lang}.qm", str(HERE / "desktop" / "translations")),
                         (f"qtbase_{lang}", QLibraryInfo.path(
                             QLibraryInfo.LibraryPath.TranslationsPath))):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.French if lang == "fr"
                               else QLocale.Language.English, QLocale.Country.Canada))
    shown = window()
    shown.resize(QSize(width, height))
    shown.show()
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    QApplication.processEvents()
    picture = shown.screen().grabWindow(shown.winId()) \
        if QGuiApplication.platformName() == "offscreen" else shown.grab()
    picture.save(target, "PNG", 80)
    gc.enable()
    return 0


def end_now(code: int) -> None:
    """As desktop.cli ends `carnet --screenshot`: the streams flushed, no teardown."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None:
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    end_now(main(sys.argv))
