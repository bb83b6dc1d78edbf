"""Help ▸ Report a problem…: every file of the report, listed, each one's text shown read-only —
exactly what the zip will hold — then Save… (a file dialog; the zip written all or nothing) or
Email… (a mailto: link whose body says to attach the saved file: a mail client never takes an
attachment from a link). What the files hold: desktop.problem_report."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate


class ReportDialog(QDialog):
    """`files`: {name: text}, as the zip will hold them; `save`: writes them to a path as a
    zip (desktop.problem_report.save), OSError when it cannot."""

    def __init__(self, files: Mapping[str, str], save: Callable[[Path, Mapping[str, str]], None],
                 mail_link: Callable[[str, str], str], default_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files, self._save, self._mail_link = dict(files), save, mail_link
        self.default_name, self.saved_to = default_name, None
        self.setWindowTitle(translate("Report", "Report a problem"))
        intro = QLabel(translate(
            "Report", "This is everything the report holds: Carnet's log (with passwords, "
            "tokens, card numbers, SINs, email addresses and private details already removed), "
            "the versions and the environment. Your data and your password are never in it. "
            "Nothing is sent: save it, then attach it to an email."))
        intro.setWordWrap(True)
        self.names = QListWidget()
        self.names.setAccessibleName(translate("Report", "Files in the report"))
        self.names.addItems(list(self.files))
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setAccessibleName(translate("Report", "The file's text"))
        self.names.currentRowChanged.connect(self._show)
        split = QSplitter()
        split.addWidget(self.names)
        split.addWidget(self.text)
        split.setStretchFactor(1, 1)
        split.setSizes([180, 620])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(translate("Report", "&Save…"))
        self.email_button = QPushButton(translate("Report", "&Email…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.email_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        self.email_button.clicked.connect(self.email)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 110, 520)
        if self.files:
            self.names.setCurrentRow(0)

    def _show(self, row: int) -> None:
        item = self.names.item(row)
        self.text.setPlainText("" if item is None else self.files[item.text()])

    def save(self) -> None:
        target, _ = QFileDialog.getSaveFileName(
            self, translate("Report", "Save the problem report"),
            str(Path.home() / self.default_name), translate("Report", "Zip files (*.zip)"))
        if target:
            self.save_to(Path(target if target.lower().endswith(".zip") else target + ".zip"))

    def save_to(self, target: Path) -> bool:
        try:
            self._save(target, self.files)
        except OSError as error:
            QMessageBox.warning(self, translate("Report", "Report a problem"), translate(
                "Report", "%1 could not be written (%2). Nothing was changed there.")
                .replace("%1", str(target)).replace("%2", error.strerror or str(error)))
            return False
        self.saved_to = target
        self.email_button.setDefault(True)
        return True

    def email(self) -> None:
        name = self.saved_to.name if self.saved_to is not None else self.default_name
        subject = translate("Report", "Carnet: a problem report")
        body = translate(
            "Report", "Hello,\n\nWhat happened: \n\nThe problem report is attached (%1, saved "
            "with Help ▸ Report a problem… ▸ Save…). A link cannot attach it for you: please "
            "attach the file to this email before sending it.\n").replace("%1", name)
        QDesktopServices.openUrl(QUrl(self._mail_link(subject, body)))



def qt_environment(widget: QWidget, theme: str) -> dict[str, str]:
    """The platform, locale, screens and theme, as Qt sees them from `widget`'s window."""
    from PySide6.QtCore import QLocale, QSysInfo
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    screens = QGuiApplication.screens()
    entries = {
        "Platform": f"{QSysInfo.prettyProductName()} ({QSysInfo.currentCpuArchitecture()})",
        "Qt platform": QGuiApplication.platformName(),
        "Locale": f"{QLocale().name()} (system: {QLocale.system().name()})",
        "Screens": str(len(screens)),
    }
    for number, screen in enumerate(screens, start=1):
        size = screen.size()
        entries[f"Screen {number}"] = (f"{size.width()}x{size.height()}, scale "
                                       f"{screen.devicePixelRatio():g}, "
                                       f"{screen.logicalDotsPerInch():.0f} dpi")
    window = widget.window()
    entries["Window"] = f"{window.width()}x{window.height()}"
    entries["Theme"] = f"{theme} (colour scheme: " \
        f"{QGuiApplication.styleHints().colorScheme().name}, style: " \
        f"{QApplication.style().name()})"
    return entries
