"""Search everything (Ctrl+F, issue 18): a box, and what it finds grouped by kind with the
matched words in bold; Enter (or a double-click) opens the highlighted thing in its tab."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import roles
from desktop.models.search_model import HEADING, MARKED, SearchModel

TYPING_PAUSE_MS = 150


class MarkedDelegate(QStyledItemDelegate):
    """Paints a row's HTML (desktop.models.search_model.MARKED): headings in the palette's
    placeholder colour, hits with their matched words in bold."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        text = index.data(MARKED) or ""
        if index.data(HEADING):
            text = f"<small><b>{text.upper()}</b></small>"
        doc.setHtml(text)
        doc.setTextWidth(max(option.rect.width() - 8, 50))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(opt, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = (QPalette.ColorRole.HighlightedText if selected
                else QPalette.ColorRole.PlaceholderText if index.data(HEADING)
                else QPalette.ColorRole.Text)
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        painter.translate(opt.rect.left() + 4, opt.rect.top() + 2)
        painter.setClipRect(QRectF(0, 0, opt.rect.width() - 4, opt.rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt, index)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4)


class SearchDialog(QDialog):
    """`opened(kind, id, label)` when a hit is chosen; the dialog closes then."""

    opened = Signal(str, int, str)

    def __init__(self, model: SearchModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Search everything"))
        self.model = model
        self.box = QLineEdit(self)
        self.box.setPlaceholderText(self.tr("People, activities, emails, payments…"))
        self.box.setClearButtonEnabled(True)
        self.box.setAccessibleName(self.tr("Search"))
        self.results = QListView(self)
        self.results.setModel(model)
        self.results.setItemDelegate(MarkedDelegate(self.results))
        self.results.setUniformItemSizes(False)
        self.results.setAccessibleName(self.tr("Results"))
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.summary)
        self.resize(560, 520)
        self._pause = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._pause.timeout.connect(lambda: model.search(self.box.text()))
        self.box.textChanged.connect(lambda _: self._pause.start())
        self.box.returnPressed.connect(self.open_current)
        self.box.installEventFilter(self)
        self.results.activated.connect(self._open)
        model.found.connect(self._found)
        if model.query:
            self.box.setText(model.query)
            self.box.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the box move through the results."""
        if watched is self.box and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Up):
            self._step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        return super().eventFilter(watched, event)

    def _step(self, by: int) -> None:
        row = self.results.currentIndex().row()
        count = self.model.rowCount()
        row += by
        while 0 <= row < count and self.model.index(row).data(HEADING):
            row += by
        if 0 <= row < count:
            self.results.setCurrentIndex(self.model.index(row))

    def _found(self, count: int) -> None:
        if not self.model.query.strip():
            self.summary.setText("")
        elif count:
            self.summary.setText(self.tr("%n result(s). Enter opens the highlighted one.", "",
                                         count))
        else:
            self.summary.setText(self.tr("Nothing found for “%1”.").replace(
                "%1", self.model.query))
        first = self.model.first_hit()
        if first.isValid():
            self.results.setCurrentIndex(first)

    def open_current(self) -> None:
        if self._pause.isActive():  # Enter before the pause was over: the box's text first
            self._pause.stop()
            self.model.search(self.box.text())
            return
        index = self.results.currentIndex()
        self._open(index if index.isValid() else self.model.first_hit())

    def _open(self, index: QModelIndex) -> None:
        hit = index.data(roles.ENTRY) if index.isValid() else None
        if hit is None:
            return
        self.opened.emit(hit.kind, hit.id, hit.label)
        self.accept()
