"""What an entry of the calendar offers on a right click, the Menu key or Shift+F10 — in the
month, the week, the agenda and Upcoming: open its registration page (HOME-5), and how to
cancel it (HOME-8), said on the activity where a person looks for it, not only in Help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QMenu, QWidget

from desktop.views.calendar_grid import open_entry
from services.domain.calendar import CalendarEntry, EntryKind

translate = QCoreApplication.translate


def cancel_help_text() -> str:
    return translate("EntryMenu", "Sessions cannot be cancelled from the calendar. A session can "
                     "be cancelled only in the platform's mobile app, before its first "
                     "occurrence, and only if it was paid in full by card in one transaction. "
                     "Drop-ins can be cancelled online.")


def show_cancel_help(parent: QWidget, entry: CalendarEntry | None = None) -> None:
    text = cancel_help_text()
    if entry is not None:
        text = translate("EntryMenu", "%1 with %2:").replace("%1", entry.title).replace(
            "%2", entry.organization_name) + "\n\n" + text
    from PySide6.QtWidgets import QMessageBox  # made by PySide when first imported: not at start

    QMessageBox.information(parent, translate("EntryMenu", "Cancelling"), text)


def entry_menu(entry: CalendarEntry, parent: QWidget) -> QMenu:
    menu = QMenu(parent)
    opening = menu.addAction(translate("EntryMenu", "&Open the registration page"))
    opening.setEnabled(bool(entry.target_url))
    opening.triggered.connect(lambda: open_entry(entry))
    if entry.kind is EntryKind.ACTIVITY:
        cancel = menu.addAction(translate("EntryMenu", "How do I &cancel this?"))
        cancel.triggered.connect(lambda: show_cancel_help(parent, entry))
    return menu


def show_entry_menu(entry: CalendarEntry | None, parent: QWidget, where: QPoint) -> bool:
    """The entry's menu at `where` (global), if there is an entry; whether it showed."""
    if entry is None:
        return False
    menu = entry_menu(entry, parent)
    menu.exec(where)
    menu.deleteLater()
    return True
