"""The Communications tab (COMMS-1, 2, 4): emails newest first with a safe reader, the
subscriptions, and why emails may not arrive."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QDateTime, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.collation import by_name
from desktop.formatting import moment_text
from desktop.models import roles
from desktop.models.communications_model import CommunicationsModel
from desktop.models.emails_model import PLATFORM, SENDER, SUBJECT
from desktop.models.emails_proxy import EmailsProxy
from desktop.models.subscriptions_model import EMAILS, INVITATIONS, NAME
from desktop.operations import Operations, Outcome
from desktop.views.email_reader import SafeBrowser
from desktop.views.reveal import Reveal
from desktop.views.tables import record_table
from services.domain import entities as e

translate = QCoreApplication.translate


class CommunicationsTab(QWidget):
    """Shows the Communications model (its emails and subscriptions); it reads again on its
    own when a change touches it."""

    def __init__(self, model: CommunicationsModel, ops: Operations,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.ops = model, ops
        self.emails = model.emails
        self._kept: int | None = None  # the email open while the emails are read again
        self._wanted: tuple[int | None] | None = None  # a filter asked for before a read
        self.emails.modelAboutToBeReset.connect(self._keep)
        model.loaded.connect(self._loaded)
        self.proxy = EmailsProxy(self)
        self.proxy.setSourceModel(self.emails)
        self.filter = QComboBox()
        self.filter.setAccessibleName(translate("Comms", "Show the emails of"))
        self.filter.currentIndexChanged.connect(
            lambda: self.proxy.set_organization(self.filter.currentData()))
        self.list = record_table(self.proxy, translate("Comms", "Emails"), SUBJECT)
        self.list.setWordWrap(False)
        self.list.horizontalHeader().setSectionResizeMode(
            SENDER, QHeaderView.ResizeMode.ResizeToContents)
        self.list.selectionModel().currentRowChanged.connect(self._open)
        self.reader = SafeBrowser()
        self.reader.setAccessibleName(translate("Comms", "Email"))
        self.reader.setPlaceholderText(translate("Comms", "Select an email to read it."))
        self.heading = QLabel()  # the open email's subject, sender and date
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.hide()
        reading = QWidget()
        pane = QVBoxLayout(reading)
        pane.setContentsMargins(0, 0, 0, 0)
        pane.addWidget(self.heading)
        pane.addWidget(self.reader, 1)
        inbox = QWidget()
        column = QVBoxLayout(inbox)
        top = QHBoxLayout()
        label = QLabel(translate("Comms", "&From:"))
        label.setBuddy(self.filter)
        top.addWidget(label)
        top.addWidget(self.filter, 1)
        column.addLayout(top)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(reading)
        splitter.setSizes([260, 400])
        column.addWidget(splitter, 1)
        self.subscriptions = model.subscriptions
        self.subscriptions.change = self._subscribe
        self.table = record_table(self.subscriptions, translate("Comms", "Subscriptions"), NAME)
        for column in (EMAILS, INVITATIONS):  # each header whole, the names taking the rest
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents)
        self.checklist = QLabel(self._checklist())
        self.checklist.setWordWrap(True)
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        settings = QWidget()
        lower = QVBoxLayout(settings)
        lower.addWidget(QLabel(translate("Comms", "Receive from each organization:")))
        lower.addWidget(self.table, 1)
        lower.addWidget(self.checklist)
        self.pages = QTabWidget()
        self.pages.addTab(inbox, translate("Comms", "Emails"))
        self.pages.addTab(settings, translate("Comms", "Subscriptions"))
        QVBoxLayout(self).addWidget(self.pages)
        self._revealing = Reveal(model.loaded, self._reveal, model.refresh, self)
        self.model.refresh()

    def models(self) -> list[CommunicationsModel]:
        return [self.model]

    def _keep(self) -> None:
        """The emails are about to change: the open one is opened again once they did."""
        self._kept = self._current_id()

    def _loaded(self) -> None:
        self._fill_filter(self.model.organizations)
        if self._kept is not None:
            self._select(self._kept)
            self._kept = None

    def _fill_filter(self, organizations: dict[int, str]) -> None:
        chosen = self._wanted[0] if self._wanted else self.filter.currentData()
        self._wanted = None
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(translate("Comms", "Everyone"), None)
        self.filter.addItem(translate("Comms", "The platform"), PLATFORM)
        for ident, name in by_name(organizations.items(), lambda item: item[1]):
            self.filter.addItem(name, ident)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)
        if self.proxy.organization != self.filter.currentData():  # one asked for meanwhile
            self.proxy.set_organization(self.filter.currentData())

    def show_organization(self, organization: int | None) -> None:
        """The Home card's email button: this organization's emails (before the first read:
        once read)."""
        self.pages.setCurrentIndex(0)
        if self.filter.count():
            self.filter.setCurrentIndex(max(0, self.filter.findData(organization)))
        else:
            self._wanted = (organization,)

    def reveal(self, kind: str, ident: int, missing: Callable[[], None] | None = None) -> None:
        """A search hit: the email selected and open in the reader (desktop.views.reveal:
        once the model has read it); among everyone's when the filter hides it."""
        self._revealing.reveal(kind, ident, missing)

    def _reveal(self, kind: str, ident: int) -> bool:
        row = self.emails.row_of(ident) if kind == "Email" else -1
        if row < 0:
            return False
        self.pages.setCurrentIndex(0)
        if not self.proxy.mapFromSource(self.emails.index(row, 0)).isValid():
            self.filter.setCurrentIndex(0)  # Everyone
        self._select(ident)
        self.list.scrollTo(self.list.currentIndex())
        return True

    def _current_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(roles.ENTRY).id if index.isValid() else None

    def _select(self, email_id: int) -> None:
        row = self.emails.row_of(email_id)
        index = self.proxy.mapFromSource(self.emails.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _open(self, index, _previous=None) -> None:
        if not index.isValid():
            self.reader.clear()
            self.heading.hide()
            return
        source = self.proxy.mapToSource(index)
        email = self.emails.email(source.row())
        self.heading.setText(self.heading_of(email))
        self.heading.show()
        self.reader.show_email(email.html_body)
        if not email.is_read:
            self.ops.mark_email_read(email.id, initiator=self).then(
                lambda outcome, ident=email.id: outcome.ok and self.emails.mark_read(ident))

    @staticmethod
    def heading_of(email: e.Email) -> str:
        """The open email's subject, then who sent it and when (in the user's time zone)."""
        sent = QDateTime.fromSecsSinceEpoch(int(email.sent_at.timestamp()))
        return ("<b>" + escape(email.subject, quote=False) + "</b><br>"
                + translate("Comms", "From: %1").replace("%1", escape(email.sender, quote=False))
                + " — " + translate("Comms", "Sent: %1").replace("%1", moment_text(sent)))

    def _subscribe(self, subscription: e.Subscription, field: str, checked: bool) -> bool:
        if not checked and subscription.organization_id is None and QMessageBox.warning(
                self, translate("Comms", "Stop the platform's notifications?"),
                translate("Comms", "You may miss important information about your account "
                          "(payments, changes to your registrations). Stop them anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        self.ops.set_subscription(subscription.id, **{field: checked},
                                  initiator=self).then(self._subscribed)
        return True  # the box shows it at once; a refusal puts it back

    def _subscribed(self, outcome: Outcome) -> None:
        if not outcome.ok:
            self.model.refresh()  # the boxes as the store has them
            QMessageBox.warning(self, translate("Comms", "Subscriptions"),
                                "\n".join(outcome.errors.values()))

    @staticmethod
    def _checklist() -> str:
        """COMMS-4: why emails may not arrive."""
        items = (translate("Comms", "Are you subscribed to that organization's emails? See "
                           "the Subscriptions page."),
                 translate("Comms", "Look in your spam or junk folder."),
                 translate("Comms", "Add the organization's address and the platform's "
                           "notification address to your contacts."),
                 translate("Comms", "Notifications about a child go to their primary legal "
                           "guardian (see People)."))
        return ("<b>" + translate("Comms", "Why am I not getting emails?") + "</b><ul>"
                + "".join(f"<li>{item}</li>" for item in items) + "</ul>")
