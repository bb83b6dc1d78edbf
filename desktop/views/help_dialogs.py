"""Help ▸ Keyboard shortcuts: every shortcut of the window's menus, read from their QActions (so
the list follows the menus, in the UI language), then the calendar's own keys. Help ▸ Guide: the
short guide in the UI language (resources/guide/guide_fr.md, guide_en.md; bundled by
packaging/carnet.spec)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import ROOT

translate = QCoreApplication.translate
GUIDE_DIR = ROOT / "resources" / "guide"
_MNEMONIC = re.compile(r"&(?!&)(.)")


def plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersand, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def keys(action: QAction) -> str:
    """The action's shortcuts, as the platform writes them (Ctrl+F, ⌘F), in the UI language."""
    return ", ".join(sequence.toString(QKeySequence.SequenceFormat.NativeText)
                     for sequence in action.shortcuts() if not sequence.isEmpty())


def menu_rows(menu: QMenu, prefix: str = "") -> list[tuple[str, str]]:
    """(what, keys) of every action of `menu` with a shortcut, submenus included."""
    rows = []
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        if action.menu() is not None:
            rows += menu_rows(action.menu(), prefix + plain(action.text()) + " ▸ ")
        elif shown := keys(action):
            rows.append((prefix + plain(action.text()), shown))
    return rows


def shortcut_groups(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """[(group, [(what, keys)])]: the menus opened by Alt and their letter, then each menu's
    actions, then the window's own actions (outside any menu), then the calendar's keys."""
    groups, menus = [], []
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is None or not action.isVisible():
            continue
        title = plain(action.text())
        letter = _MNEMONIC.search(action.text())
        if letter:
            alt = QKeySequence(f"Alt+{letter.group(1).upper()}")
            menus.append((title, alt.toString(QKeySequence.SequenceFormat.NativeText)))
        if rows := menu_rows(menu):
            groups.append((title, rows))
    if menus:
        groups.insert(0, (translate("Help", "Menus"), menus))
    own = [(plain(action.text()), shown) for action in window.actions()
           if (shown := keys(action)) and action.text()]
    if own:
        groups.append((translate("Help", "Window"), own))
    groups.append((translate("Help", "Calendar"), calendar_keys()))
    return groups


def calendar_keys() -> list[tuple[str, str]]:
    """The calendar's keys, handled by its grid rather than by actions (README "By keyboard")."""
    return [
        (translate("Help", "Move between days"), translate("Help", "Arrow keys")),
        (translate("Help", "Previous or next month or week"),
         translate("Help", "Page Up, Page Down")),
        (translate("Help", "Back to today"), "T"),
        (translate("Help", "Walk a day's entries, then leave"),
         translate("Help", "Tab, Shift+Tab")),
        (translate("Help", "Open an entry (its registration page)"),
         translate("Help", "Enter, Space")),
        (translate("Help", "An entry's menu (open, how to cancel)"),
         translate("Help", "Menu key, Shift+F10")),
        (translate("Help", "Back to the day; clear the calendar's find"),
         translate("Help", "Escape")),
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(translate("Help", "Keyboard shortcuts"))
        self.groups = shortcut_groups(window)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([translate("Help", "Action"), translate("Help", "Keys")])
        self.tree.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.tree.setRootIsDecorated(False)
        for group, rows in self.groups:
            top = QTreeWidgetItem(self.tree, [group])
            top.setFirstColumnSpanned(True)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            top.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for what, shown in rows:
                QTreeWidgetItem(top, [what, shown])
        self.tree.expandAll()
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        wide = sum(self.tree.sizeHintForColumn(column) for column in (0, 1))
        self.resize(max(self.fontMetrics().averageCharWidth() * 80, wide + 80), 600)

    def rows(self) -> list[tuple[str, str, str]]:
        """(group, what, keys) as shown."""
        return [(group, what, shown) for group, rows in self.groups for what, shown in rows]


def ui_language() -> str:
    """The UI language: desktop.i18n.install sets the default locale to it."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def guide_text(lang: str) -> str:
    return (GUIDE_DIR / f"guide_{lang}.md").read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, lang: str | None = None) -> None:
        super().__init__(parent)
        self.lang = lang or ui_language()
        self.setWindowTitle(translate("Help", "Carnet guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(translate("Help", "Carnet guide"))
        self.browser.setMarkdown(guide_text(self.lang))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 84, 600)

    def headings(self) -> list[str]:
        """The guide's headings, as the browser holds them."""
        found, block = [], self.browser.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(block.text())
            block = block.next()
        return found
