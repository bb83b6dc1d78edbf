"""The main window: six tabs (SPEC), menus with standard shortcuts, the status area; sized to
the screen it opens on, and kept inside it."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt, QUrl
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QGuiApplication,
    QKeySequence,
    QShowEvent,
)

# QFileDialog, QInputDialog and QMessageBox are imported where used: PySide makes a class
# when it is first imported (2 ms of the first paint for these three, issue 20).
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from desktop.views import TABS
from desktop.views.entry_menu import show_cancel_help
from desktop.views.home_tab import HomeTab
from desktop.views.status_area import StatusArea

SHARE = 0.9  # of the screen's free area, the first time: room around it, nothing crushed
LARGEST = QSize(1680, 1050)  # past that, a bigger first window only spreads the calendar


def available(widget: QWidget) -> QRect:
    """The free area (without panels and docks) of the screen the window is on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def first_geometry(area: QRect, minimum: QSize) -> QRect:
    """The first window: most of the screen's free area (at most LARGEST, at least the
    window's minimum as far as the screen allows), centred in it."""
    width = min(max(min(round(area.width() * SHARE), LARGEST.width()), minimum.width()),
                area.width())
    height = min(max(min(round(area.height() * SHARE), LARGEST.height()), minimum.height()),
                 area.height())
    rect = QRect(QPoint(0, 0), QSize(width, height))
    rect.moveCenter(area.center())
    return rect


def inside(geometry: QRect, area: QRect) -> QRect:
    """`geometry` made to fit `area`: smaller where it is bigger, moved where it sticks out
    (a window saved on a bigger screen, or on one no longer there)."""
    size = geometry.size().boundedTo(area.size())
    left = min(max(geometry.left(), area.left()), area.right() + 1 - size.width())
    top = min(max(geometry.top(), area.top()), area.bottom() + 1 - size.height())
    return QRect(QPoint(left, top), size)


class MainWindow(QMainWindow):
    def __init__(self, home: HomeTab, others: list[QWidget], status: StatusArea,
                 settings_store: QSettings | None = None) -> None:
        """`others`: the People, Billing, Wallet, Communications and Settings tabs."""
        super().__init__()
        self.setWindowTitle("Carnet")
        self.home, self.settings_store = home, settings_store
        self.tabs = QTabWidget()
        names = (self.tr("Home"), self.tr("People"), self.tr("Billing"), self.tr("Wallet"),
                 self.tr("Communications"), self.tr("Settings"))
        for widget, text in zip((home, *others), names, strict=True):
            self.tabs.addTab(widget, text)
        self.setCentralWidget(self.tabs)
        self.setStatusBar(status)
        self.status = status
        self.sync_requested = None  # a callable set by the app when a session is open
        # Set by the app: what makes File ▸ Print…'s model (PrintModel) and Edit ▸ Search
        # everything…'s (SearchModel), each when first used (not before the first paint).
        self.make_print_model = self.make_search_model = None
        self.print_model = None
        self.calendar_files = None  # set by the app: File ▸ Export calendar… (CalendarFiles)
        self.clashes = None  # set by the app: View ▸ Clashes… and the calendar's marks
        self.clashes_dialog = None
        self.search_model = None
        self.search_dialog = None
        self._printing = None
        self._menus()
        home.postdated.editInWallet.connect(lambda: self.show_tab("wallet"))
        quick = home.quick
        quick.passesRequested.connect(lambda org: self.show_tab("billing", org))
        quick.balanceRequested.connect(lambda org: self.show_tab("billing", org))
        quick.shopRequested.connect(self.open_store)
        quick.emailsRequested.connect(lambda org: self.show_tab("communications", org))
        geometry = None if settings_store is None else settings_store.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            self.keep_on_screen()
        else:
            self.setGeometry(first_geometry(available(self), self.minimumSizeHint()))
        self._placed: QRect | None = self.geometry()

    def keep_on_screen(self) -> None:
        """A remembered size and place, brought inside the screen's free area if it no
        longer fits there (the window frame counted once the window has one)."""
        area = available(self)
        frame = self.frameGeometry() if self.isVisible() else self.geometry()
        margins = QSize(frame.width() - self.width(), frame.height() - self.height())
        fitted = inside(frame, area)
        if fitted != frame:
            self.resize(fitted.size() - margins)
            self.move(fitted.topLeft())

    def _menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        refresh = QAction(self.tr("&Sync now"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(lambda: self.sync_requested and self.sync_requested())
        file.addAction(refresh)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file.addAction(quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        search = QAction(self.tr("&Search everything…"), self)
        search.setShortcut(QKeySequence.StandardKey.Find)
        search.triggered.connect(self.show_search)
        edit.addAction(search)
        find = QAction(self.tr("&Find in the calendar…"), self)
        find.setShortcut(QKeySequence("Ctrl+Shift+F"))
        find.triggered.connect(self._find)
        edit.addAction(find)
        self._view_menu()
        self.actions_by_name = {"refresh": refresh, "quit": quit_action, "find": find,
                                "search": search}
        self._help_menu()
        self._print_menu(file, quit_action)

    def _help_menu(self) -> None:
        """Help: the guide (F1), the keyboard's shortcuts (read from these menus), how to cancel,
        and a problem report (desktop/views/report_dialog.py)."""
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Guide"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        shortcuts = QAction(self.tr("&Keyboard shortcuts"), self)
        shortcuts.triggered.connect(self.show_shortcuts)
        cancel = QAction(self.tr("How do I cancel a registration?"), self)
        cancel.triggered.connect(self._cancel_help)
        report = QAction(self.tr("&Report a problem…"), self)
        report.triggered.connect(self.report_problem)
        help_menu.addActions([guide, shortcuts, cancel])
        help_menu.addSeparator()
        help_menu.addAction(report)
        self.actions_by_name.update({"guide": guide, "shortcuts": shortcuts,
                                     "report": report})

    def show_guide(self):
        from desktop.views.help_dialogs import GuideDialog

        dialog = GuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_shortcuts(self):
        from desktop.views.help_dialogs import ShortcutsDialog

        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def report_problem(self):
        """Help ▸ Report a problem…: what the report holds, shown before it is saved. The
        store's folder is the one window.ini lives in (desktop.launch.settings_store)."""
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        from desktop import problem_report as report
        from desktop.views.report_dialog import ReportDialog, qt_environment
        from services.domain import clock

        for handler in logging.getLogger().handlers:
            handler.flush()  # the log's last lines are in the file the report reads
        data_dir = None if self.settings_store is None else \
            Path(self.settings_store.fileName()).parent
        theme = "system" if self.settings_store is None else \
            str(self.settings_store.value("ui/theme") or "system")
        files = report.report_files(report.log_dir(), {
            report.VERSIONS: report.versions(qVersion(), pyside_version, data_dir),
            report.ENVIRONMENT: report.environment(qt_environment(self, theme))})
        dialog = ReportDialog(files, report.save, report.mail_link,
                              report.default_name(clock.today()), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def _print_menu(self, file, before: QAction) -> None:
        """File ▸ Print… and Export PDF…: the calendar's view, period and filters on paper
        (desktop/views/print_calendar.py)."""
        print_action = QAction(self.tr("&Print…"), self)
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(lambda: self.printing() and self.printing().print_calendar())
        pdf = QAction(self.tr("Export P&DF…"), self)
        pdf.triggered.connect(lambda: self.printing() and self.printing().export_pdf())
        ics = QAction(self.tr("Export &calendar…"), self)
        ics.triggered.connect(self.export_calendar)
        file.insertActions(before, [print_action, pdf, ics])
        file.insertSeparator(before)
        self.actions_by_name.update({"print": print_action, "export_pdf": pdf,
                                     "export_calendar": ics})

    def export_calendar(self) -> None:
        """OUT-1: what the calendar shows under its filters, as an .ics a calendar app imports
        (from three months back to a year ahead), written off the GUI thread."""
        if self.calendar_files is None:
            return
        from PySide6.QtWidgets import QFileDialog

        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export calendar"), str(Path.home() / "carnet.ics"),
            self.tr("iCalendar files (*.ics)"))
        if not target:
            return
        if not target.lower().endswith(".ics"):
            target += ".ics"
        state = self.home.calendar.state
        self.calendar_files.export_shown(Path(target), state.org_ids, state.person_ids)

    def calendar_written(self, path: str, events: int) -> None:
        self.statusBar().showMessage(self.tr("%n event(s) written to %1", "", events)
                                     .replace("%1", path), 10000)

    def calendar_failed(self, path: str, why: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("Export calendar"), self.tr(
            "%1 could not be written (%2). Nothing was changed there.")
            .replace("%1", path).replace("%2", why))

    def printing(self):
        """The window's printing (a CalendarPrinting), once the app gave it its model."""
        if self.print_model is None and self.make_print_model is not None:
            self.print_model = self.make_print_model()
        if self._printing is None and self.print_model is not None:
            from desktop.views.print_calendar import CalendarPrinting

            self._printing = CalendarPrinting(self, self.home.calendar.state, self.print_model)
        return self._printing

    def _view_menu(self) -> None:
        """Every tab by Ctrl+1…6 and the calendar's views by Ctrl+Alt+1…3 (as mail and calendar
        programs do): the keyboard reaches each screen in one chord."""
        view = self.menuBar().addMenu(self.tr("&View"))
        for number, name in enumerate(TABS, start=1):
            action = QAction(self.tabs.tabText(number - 1), self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, name=name: self.show_tab(name))
            view.addAction(action)
        view.addSeparator()
        for number, (mode, text) in enumerate((("month", self.tr("&Month")),
                                               ("week", self.tr("&Week")),
                                               ("agenda", self.tr("&Agenda"))), start=1):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(f"Ctrl+Alt+{number}"))
            action.triggered.connect(lambda _=False, mode=mode: self._show_view(mode))
            view.addAction(action)
        view.addSeparator()
        clashes = QAction(self.tr("&Clashes…"), self)
        clashes.triggered.connect(self.show_clashes)
        view.addAction(clashes)
        self.tabs.currentChanged.connect(self._retitle)
        self.home.calendar.state.changed.connect(self._retitle)
        self._retitle()

    def set_clashes(self, model) -> None:
        """ASSIST-3: the clashes' model (ClashesModel, the app's: it outlives a window rebuilt
        in another language): the calendar marks its entries."""
        self.clashes = model
        model.marksChanged.connect(self._mark_clashes)  # a method: gone with the window
        self._mark_clashes()

    def _mark_clashes(self) -> None:
        for view in (self.home.calendar.grid, self.home.calendar.week):
            view.set_clash_marks(self.clashes.marks)

    def show_clashes(self) -> None:
        """View ▸ Clashes…: the list, beside the window (choosing one shows its day)."""
        if self.clashes is None:
            return
        if self.clashes_dialog is None:
            from desktop.views.clashes_view import ClashesDialog

            self.clashes_dialog = ClashesDialog(self.clashes, self)
            self.clashes_dialog.dayRequested.connect(self.show_day)
        self.clashes_dialog.show()
        self.clashes_dialog.raise_()

    def show_day(self, day) -> None:
        """That day in the calendar's week (the hours show what overlaps)."""
        self.show_tab("home")
        self.show_view("week")
        self.home.calendar.state.go_to(day)

    def _show_view(self, mode: str) -> None:
        self.show_tab("home")
        self.show_view(mode)

    def _retitle(self) -> None:
        """Where the person is, first in the title (what a screen reader and the task bar
        say): "Billing — Carnet", "Home · Week — Carnet"."""
        where = self.tabs.tabText(self.tabs.currentIndex()).replace("&", "")
        if self.tabs.currentWidget() is self.home:
            views = {"month": self.tr("Month"), "week": self.tr("Week"),
                     "agenda": self.tr("Agenda")}
            where = f"{where} · {views[str(self.home.calendar.state.mode)]}"
        self.setWindowTitle(f"{where} — Carnet")

    def show_tab(self, name: str, organization: int | None = None) -> None:
        """That tab, narrowed to one organization when given (a Home card's buttons)."""
        self.tabs.setCurrentIndex(TABS.index(name))
        tab = self.tabs.currentWidget()
        content = getattr(tab, "content", tab)  # a LazyTab is built by being shown
        if organization is not None and hasattr(content, "show_organization"):
            content.show_organization(organization)

    def show_view(self, name: str) -> None:
        """The Home calendar's view: month, week or agenda (as its buttons switch it)."""
        self.home.show_view(name)

    def show_search(self) -> None:
        """Ctrl+F: search everything (issue 18); Enter opens what is highlighted."""
        if self.search_model is None and self.make_search_model is not None:
            self.search_model = self.make_search_model()
        if self.search_model is None:
            return
        if self.search_dialog is None:
            from desktop.views.search_dialog import SearchDialog

            self.search_dialog = SearchDialog(self.search_model, self)
            self.search_dialog.opened.connect(self.open_found)
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        self.search_dialog.box.setFocus()
        self.search_dialog.box.selectAll()

    def open_found(self, kind: str, ident: int, label: str) -> None:
        """A search result in its tab: a calendar entry's title as the calendar's find (the
        calendar filtered to it); an organization's tab narrowed; anything else selected in
        its tab (`reveal`: once the tab's model has read it, when the tab is built just now).
        Gone since the search: the tab stays as it was, and the status bar says so."""
        from desktop.models.search_model import TAB_OF

        tab = TAB_OF[kind]
        if kind == "Organization":
            self.show_tab(tab, ident)
            return
        self.show_tab(tab)
        if tab == "home":
            self.home.calendar.find(label)
            return
        content = getattr(self.tabs.currentWidget(), "content", None)
        if content is not None and hasattr(content, "reveal"):
            content.reveal(kind, ident, lambda: self.statusBar().showMessage(
                self.tr("“%1” is no longer there: it was deleted or changed since the search.")
                .replace("%1", label), 8000))

    def _find(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getText(self, self.tr("Find"), self.tr("Find in the calendar:"))
        if ok:
            self.show_tab("home")
            self.home.calendar.find(text)

    def _cancel_help(self) -> None:
        # HOME-8: no cancelling from the calendar; say where and when it is possible (each
        # activity's menu says it too: desktop/views/entry_menu.py).
        show_cancel_help(self)

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url))

    def open_store(self, organization: int) -> None:
        """HOME-1: a card's Shop, the organization's online store in the system browser."""
        page = self.home.quick.model.store_page(organization)
        if page is None:
            self.statusBar().showMessage(self.tr("This organization has no online store."),
                                         8000)
            return
        QDesktopServices.openUrl(page)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._placed is not None:  # its frame is known now: all of it inside the screen,
            placed, self._placed = self._placed, None  # unless it was sized since on purpose
            if self.size() == placed.size().expandedTo(self.minimumSize()):  # (a screenshot)
                self.keep_on_screen()

    def closeEvent(self, event) -> None:
        self.home.quick.flush()  # a card waiting for its Undo is removed, not forgotten
        if self.settings_store is not None:
            self.settings_store.setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
