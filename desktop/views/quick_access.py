"""Quick-access cards (HOME-1/2): passes, shop, balance and emails per organization; an X only
when the card may be removed, otherwise a tooltip with what keeps it. The X hides the card at
once and offers Undo for a few seconds; only then is the card removed (at once if the window
closes first)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import money
from desktop.models import roles
from desktop.models.quick_access_model import QuickAccessCard, QuickAccessModel, web_page


class CardWidget(QFrame):
    """One organization's card. Every button is reached with Tab in reading order (the ✕,
    then Passes, Shop, the balance, Emails) and pressed with Space; each says which
    organization it is about to a screen reader. Its four buttons stand two by two, or one
    under the other when the column is too narrow for two (never cut, never a horizontal
    scroll bar)."""

    def __init__(self, card: QuickAccessCard, blockers: list[str], panel: QuickAccessPanel
                 ) -> None:
        super().__init__()
        self.card = card
        org = card.organization
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(org.name)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        name = QLabel(org.name)  # plain text in bold: nothing to escape, no markup to parse
        name.setTextFormat(Qt.TextFormat.PlainText)
        bold = name.font()
        bold.setBold(True)
        name.setFont(bold)
        name.setWordWrap(True)
        top.addWidget(name, 1)
        self.buttons: list[QAbstractButton] = []
        if card.removable:
            self.remove = QToolButton()
            self.remove.setText("✕")
            self.remove.setToolTip(self.tr("Remove from quick access"))
            self.remove.setAccessibleName(self.tr("Remove %1 from quick access")
                                          .replace("%1", org.name))
            self.remove.setProperty("action", "remove")
            self.remove.clicked.connect(lambda: panel.remove_later(card))
            top.addWidget(self.remove)
            self.buttons.append(self.remove)
        else:
            self.remove = None
            self.setToolTip(self.tr("This card stays because:") + "\n• " + "\n• ".join(blockers))
        layout.addLayout(top)
        self._grid = grid = QGridLayout()
        self.columns = 2
        balance = money(card.balance)
        for number, (action, text, spoken, signal) in enumerate((
                ("passes", self.tr("Passes"), self.tr("Passes with %1"), panel.passesRequested),
                ("shop", self.tr("Shop"), self.tr("Shop of %1 (opens in the browser)"),
                 panel.shopRequested),
                ("balance", balance, self.tr("Balance with %1: %2").replace("%2", balance),
                 panel.balanceRequested),
                ("emails", self.tr("Emails (%1)").replace("%1", str(card.unread_emails)),
                 self.tr("Emails from %1, %2 unread").replace("%2", str(card.unread_emails)),
                 panel.emailsRequested))):
            button = QPushButton(text)
            button.setProperty("action", action)
            button.setAccessibleName(spoken.replace("%1", org.name))
            button.clicked.connect(lambda _=False, s=signal: s.emit(org.id))
            grid.addWidget(button, number // 2, number % 2)
            self.buttons.append(button)
        if web_page(org.store_url) is None:  # HOME-1: nothing the browser could open
            shop = self.button("shop")
            shop.setEnabled(False)
            shop.setToolTip(self.tr("%1 has no online store.").replace("%1", org.name))
        for button in self.buttons:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout.addLayout(grid)

    def button(self, action: str) -> QAbstractButton:
        return next(b for b in self.buttons if b.property("action") == action)

    def width_for(self, columns: int) -> int:
        """The width the card needs for its buttons whole, `columns` of them a row."""
        pushed = [b for b in self.buttons if b.property("action") != "remove"]
        widest = max(b.sizeHint().width() for b in pushed)
        margins = self.layout().contentsMargins()
        return (columns * widest + (columns - 1) * max(0, self._grid.horizontalSpacing())
                + margins.left() + margins.right() + 2 * self.frameWidth())

    def arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        pushed = [b for b in self.buttons if b.property("action") != "remove"]
        for button in pushed:
            self._grid.removeWidget(button)
        for number, button in enumerate(pushed):
            self._grid.addWidget(button, number // columns, number % columns)

    def minimumSizeHint(self) -> QSize:
        """As narrow as one button a row: the panel asks for no more than that."""
        return QSize(self.width_for(1), super().minimumSizeHint().height())


class UndoBar(QFrame):
    """"Zumba Québec removed from quick access. [Undo]" while the removal waits."""

    def __init__(self, name: str, undo) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        line = QHBoxLayout(self)
        self.said = QLabel(self.tr("%1 removed from quick access.").replace("%1", name))
        self.said.setWordWrap(True)
        line.addWidget(self.said, 1)
        self.undo = QPushButton(self.tr("&Undo"))
        self.undo.setAccessibleName(self.tr("Undo removing %1").replace("%1", name))
        self.undo.clicked.connect(undo)
        line.addWidget(self.undo)


class QuickAccessPanel(QWidget):
    passesRequested = Signal(int)
    shopRequested = Signal(int)
    balanceRequested = Signal(int)
    emailsRequested = Signal(int)
    removeRequested = Signal(int)  # the card's quick-access id, once Undo is no longer offered
    UNDO_MS = 8000

    def __init__(self, model: QuickAccessModel, parent: QWidget | None = None,
                 follows: QWidget | None = None) -> None:
        """`follows`: what Tab reaches just before the cards' buttons (the scroll area the
        panel is in); None: found by walking back the focus chain — which meets the scroll
        area's own widgets, whose first Python wrappers cost 10 to 30 ms (issue 20)."""
        super().__init__(parent)
        self.model = model
        self.follows = follows
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addStretch(1)  # the cards packed at the top, the room left below them
        self.cards: list[CardWidget] = []
        self.pending: dict[int, tuple[QTimer, UndoBar]] = {}  # quick-access id → its Undo
        model.modelReset.connect(self.rebuild)
        self.rebuild()

    def remove_later(self, card: QuickAccessCard) -> None:
        """The card hidden now, removed when Undo is no longer offered."""
        ident = card.quick_access_id
        if ident in self.pending:
            return
        timer = QTimer(self, singleShot=True, interval=self.UNDO_MS)
        timer.timeout.connect(lambda: self._remove_now(ident))
        bar = UndoBar(card.organization.name, lambda: self.undo(ident))
        self._layout.insertWidget(0, bar)
        bar.show()
        self.pending[ident] = (timer, bar)
        timer.start()
        self._hide_pending()
        bar.undo.setFocus(Qt.FocusReason.OtherFocusReason)  # the keyboard stays near

    def undo(self, ident: int) -> None:
        timer, bar = self.pending.pop(ident)
        timer.stop()
        bar.deleteLater()
        for widget in self.cards:
            if widget.card.quick_access_id == ident:
                widget.show()
                widget.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _remove_now(self, ident: int) -> None:
        timer, bar = self.pending.pop(ident)
        timer.stop()
        bar.deleteLater()
        self.removeRequested.emit(ident)

    def flush(self) -> None:
        """The window closes: the removals waiting for their Undo are made now."""
        for ident in list(self.pending):
            self._remove_now(ident)

    def _hide_pending(self) -> None:
        for widget in self.cards:
            widget.setVisible(widget.card.quick_access_id not in self.pending)

    def rebuild(self) -> None:
        focused = self._focused()
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            widget = CardWidget(self.model.card(row), self.model.data(index, roles.BLOCKERS),
                                self)
            self._layout.insertWidget(len(self.pending) + len(self.cards), widget)
            self.cards.append(widget)
        self._hide_pending()  # a sync rebuilt the cards while an Undo is offered
        self._arrange()
        self._tab_order()
        if focused is not None:  # a sync rebuilt the cards under the keyboard's focus
            self._focus(*focused)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """Two buttons a row where the width allows it for every card, else one."""
        if self.cards:
            two = max(card.width_for(2) for card in self.cards) <= self.width()
            for card in self.cards:
                card.arrange(2 if two else 1)

    def _tab_order(self) -> None:
        """The cards' buttons right after the panel in the Tab order, as they read: cards
        made after the window would otherwise come last, after the status bar."""
        previous = self.follows
        if previous is not None and previous.window() is not self.window():
            return  # not in its window yet: the cards come after the panel anyway
        if previous is None:  # the last widget before the panel that Tab reaches
            previous = self.previousInFocusChain()  # the panel itself takes no focus
            while previous is not self and (self.isAncestorOf(previous) or not (
                    previous.focusPolicy() & Qt.FocusPolicy.TabFocus)):
                previous = previous.previousInFocusChain()
            if previous is self:
                return
        for card in self.cards:
            for button in card.buttons:
                QWidget.setTabOrder(previous, button)
                previous = button

    def _focused(self) -> tuple[int, str] | None:
        for card in self.cards:
            for button in card.buttons:
                if button.hasFocus():
                    return card.card.organization.id, str(button.property("action"))
        return None

    def _focus(self, organization: int, action: str) -> None:
        for card in self.cards:
            if card.card.organization.id == organization:
                button = next((b for b in card.buttons if b.property("action") == action),
                              card.buttons[0])
                button.setFocus(Qt.FocusReason.OtherFocusReason)
                return
