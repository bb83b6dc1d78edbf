"""Settings ▸ Calendar subscription (issue 17, OUT-2): the account's feed as a webcal:// link to
copy and a QR code to scan with a phone; Regenerate (the old link stops working) and Stop. Each
asks the platform through a typed operation (the platform keeps only a hash of the link, so
Carnet shows the one it was given here)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.operations import Operations, Outcome, Result

translate = QCoreApplication.translate
MODULE = 5  # pixels per QR module: a phone's camera reads it from a laptop's screen
QUIET = 4  # modules of white around it (ISO/IEC 18004's quiet zone)


def qr_matrix(text: str) -> list[list[bool]]:
    """The QR code of `text` as rows of modules (True: dark), by segno."""
    import segno  # when a link is shown, not when the window opens

    return [[bool(m) for m in row] for row in segno.make(text, error="m", micro=False).matrix]


def qr_image(text: str, module: int = MODULE, quiet: int = QUIET) -> QImage:
    """The QR code drawn black on white, `module` pixels a module, with its quiet zone."""
    matrix = qr_matrix(text)
    size = (len(matrix) + 2 * quiet) * module
    image = QImage(size, size, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for y, row in enumerate(matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.fillRect(QRect((x + quiet) * module, (y + quiet) * module,
                                           module, module), QColor("black"))
    finally:
        painter.end()
    return image


class CalendarFeedSection(QGroupBox):
    """Shows what the platform answers; every button is an online operation."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(translate("CalendarFeed", "Calendar subscription"), parent)
        self.ops = ops
        self.feed: Any = None  # the last services.sync.online.CalendarFeed answered
        layout = QVBoxLayout(self)
        note = QLabel(translate(
            "CalendarFeed", "A phone or a calendar app can subscribe to the family's calendar: "
            "it follows what the organizations change. Whoever has the link sees the calendar, "
            "without a password: share it only with people who may."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setAccessibleName(translate("CalendarFeed", "Subscription link"))
        self.copy = QPushButton(translate("CalendarFeed", "&Copy"))
        self.copy.setAccessibleName(translate("CalendarFeed", "Copy the subscription link"))
        self.copy.clicked.connect(self._copy)
        self.link_row = QWidget()
        row = QHBoxLayout(self.link_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.link, 1)
        row.addWidget(self.copy)
        self.link_row.hide()
        layout.addWidget(self.link_row)
        self.qr = QLabel()
        self.qr.setAccessibleName(translate("CalendarFeed", "QR code of the subscription link"))
        self.qr.setToolTip(translate("CalendarFeed", "Scan it with the phone's camera to "
                                     "subscribe."))
        self.qr.hide()
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        self.show_link = QPushButton(translate("CalendarFeed", "Show the subscription &link"))
        self.show_link.clicked.connect(self.ask)
        self.make = QPushButton(translate("CalendarFeed", "Make a &link"))
        self.make.clicked.connect(lambda: self._run(self.ops.regenerate_calendar_feed()))
        self.regenerate = QPushButton(translate("CalendarFeed", "&Regenerate…"))
        self.regenerate.setToolTip(translate("CalendarFeed", "A new link: the current one "
                                             "stops working."))
        self.regenerate.clicked.connect(self._regenerate)
        self.stop = QPushButton(translate("CalendarFeed", "S&top the link…"))
        self.stop.clicked.connect(self._stop)
        for button in (self.show_link, self.make, self.regenerate, self.stop):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self._buttons(show=True)

    # --- asking the platform ----------------------------------------------------------------

    def ask(self) -> None:
        self._run(self.ops.calendar_feed())

    def _run(self, pending: Any) -> None:
        for button in (self.show_link, self.make, self.regenerate, self.stop):
            button.setEnabled(False)
        pending.then(self._answered)

    def _regenerate(self) -> None:
        title = translate("CalendarFeed", "Regenerate the subscription link")
        asked = QMessageBox.question(self, title, translate(
            "CalendarFeed", "Make a new link? The current one stops working at once: the "
            "calendars subscribed to it stop following the changes until they subscribe to "
            "the new one."))
        if asked == QMessageBox.StandardButton.Yes:
            self._run(self.ops.regenerate_calendar_feed())

    def _stop(self) -> None:
        title = translate("CalendarFeed", "Stop the subscription link")
        asked = QMessageBox.question(self, title, translate(
            "CalendarFeed", "Stop the link? The calendars subscribed to it stop following "
            "the changes. You can make a new link later."))
        if asked == QMessageBox.StandardButton.Yes:
            self._run(self.ops.revoke_calendar_feed())

    def _answered(self, outcome: Outcome) -> None:
        for button in (self.show_link, self.make, self.regenerate, self.stop):
            button.setEnabled(True)
        if outcome.result is not Result.APPLIED:  # offline, refused: what was shown stays
            self._say(outcome.errors.get("") or next(iter(outcome.errors.values()), ""))
            return
        self.feed = feed = outcome.value
        if feed.url is not None:
            self._say("")
            self._show(feed.webcal)
            self._buttons(regenerate=True, stop=True)
        elif feed.active:
            self._hide_link()
            self._say(translate(
                "CalendarFeed", "A subscription link exists, made on another computer (or "
                "before this one signed in): Carnet cannot show it here. Regenerate it to "
                "show a new one here; the old one then stops working."))
            self._buttons(regenerate=True, stop=True)
        else:
            self._hide_link()
            self._say(translate(
                "CalendarFeed", "There is no subscription link: it was stopped, or never "
                "made. Calendars subscribed to an old link no longer follow the changes."))
            self._buttons(make=True)

    # --- showing ----------------------------------------------------------------------------

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _show(self, webcal: str) -> None:
        self.link.setText(webcal)
        self.link.setCursorPosition(0)
        self.link_row.show()
        self.qr.setPixmap(QPixmap.fromImage(qr_image(webcal)))
        self.qr.show()

    def _hide_link(self) -> None:
        self.link.clear()
        self.link_row.hide()
        self.qr.clear()
        self.qr.hide()

    def _buttons(self, show: bool = False, make: bool = False, regenerate: bool = False,
                 stop: bool = False) -> None:
        self.show_link.setVisible(show)
        self.make.setVisible(make)
        self.regenerate.setVisible(regenerate)
        self.stop.setVisible(stop)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.link.text())
        self._say(translate("CalendarFeed", "Link copied."))
