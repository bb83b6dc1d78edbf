"""Quick-access cards (HOME-1/2): passes, shop, balance and emails per organization; an X only
when the card may be removed, otherwise a tooltip with what keeps it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
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
from desktop.models.quick_access_model import QuickAccessCard, QuickAccessModel


class CardWidget(QFrame):
    def __init__(self, card: QuickAccessCard, blockers: list[str], panel: QuickAccessPanel
                 ) -> None:
        super().__init__()
        self.card = card
        org = card.organization
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(org.name)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        name = QLabel(f"<b>{org.name}</b>")
        name.setWordWrap(True)
        top.addWidget(name, 1)
        if card.removable:
            self.remove = QToolButton()
            self.remove.setText("✕")
            self.remove.setToolTip(self.tr("Remove from quick access"))
            self.remove.setAccessibleName(self.tr("Remove %1 from quick access")
                                          .replace("%1", org.name))
            self.remove.clicked.connect(lambda: panel.removeRequested.emit(card.quick_access_id))
            top.addWidget(self.remove)
        else:
            self.remove = None
            self.setToolTip(self.tr("This card stays because:") + "\n• " + "\n• ".join(blockers))
        layout.addLayout(top)
        buttons = QGridLayout()
        for number, (text, signal) in enumerate(((self.tr("Passes"), panel.passesRequested),
                             (self.tr("Shop"), panel.shopRequested),
                             (money(card.balance), panel.balanceRequested),
                             (self.tr("Emails (%1)").replace("%1", str(card.unread_emails)),
                              panel.emailsRequested))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=signal: s.emit(org.id))
            buttons.addWidget(button, number // 2, number % 2)
        layout.addLayout(buttons)


class QuickAccessPanel(QWidget):
    passesRequested = Signal(int)
    shopRequested = Signal(int)
    balanceRequested = Signal(int)
    emailsRequested = Signal(int)
    removeRequested = Signal(int)

    def __init__(self, model: QuickAccessModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.cards: list[CardWidget] = []
        model.modelReset.connect(self.rebuild)
        self.rebuild()

    def rebuild(self) -> None:
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            widget = CardWidget(self.model.card(row), self.model.data(index, roles.BLOCKERS),
                                self)
            self._layout.addWidget(widget)
            self.cards.append(widget)
