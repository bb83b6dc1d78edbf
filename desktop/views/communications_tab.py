"""The Communications tab (COMMS-1, 2, 4): emails newest first with a safe reader, the
subscriptions, and why emails may not arrive."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
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

from desktop.models import roles
from desktop.models.editing import Editing
from desktop.models.emails_model import PLATFORM, SENDER, SUBJECT, EmailsModel
from desktop.models.emails_proxy import EmailsProxy
from desktop.models.refreshing import RefreshesOnChanges
from desktop.models.subscriptions_model import SubscriptionsModel
from desktop.views.email_reader import SafeBrowser
from desktop.views.tables import record_table
from services.domain import entities as e
from services.store import queries

translate = QCoreApplication.translate


class CommunicationsTab(RefreshesOnChanges, QWidget):
    SHOWN_TYPES = frozenset({"Email", "Subscription", "Organization"})

    def __init__(self, editing: Editing, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editing = editing
        self.model = EmailsModel(self)
        self.proxy = EmailsProxy(self)
        self.proxy.setSourceModel(self.model)
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
        splitter.addWidget(self.reader)
        splitter.setSizes([260, 400])
        column.addWidget(splitter, 1)
        self.subscriptions = SubscriptionsModel(self)
        self.subscriptions.change = self._subscribe
        self.table = record_table(self.subscriptions, translate("Comms", "Subscriptions"), 0)
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
        self.refresh()

    def refresh(self) -> None:
        store = self.editing.store
        with store.read() as conn:
            emails = queries.emails(store, conn)
            organizations = {o.id: o.name for o in store.all(conn, e.Organization)}
            subscriptions = store.all(conn, e.Subscription)
        current = self._current_id()
        self.model.set_emails(emails)
        self._fill_filter(organizations)
        platform = translate("Comms", "The platform's notifications")
        self.subscriptions.set_subscriptions(sorted(
            ((s, organizations.get(s.organization_id, platform) if s.organization_id
              else platform) for s in subscriptions), key=lambda row: row[1]))
        if current is not None:
            self._select(current)

    def _fill_filter(self, organizations: dict[int, str]) -> None:
        chosen = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(translate("Comms", "Everyone"), None)
        self.filter.addItem(translate("Comms", "The platform"), PLATFORM)
        for ident, name in sorted(organizations.items(), key=lambda item: item[1]):
            self.filter.addItem(name, ident)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)

    def show_organization(self, organization: int | None) -> None:
        """The Home card's email button: this organization's emails."""
        self.pages.setCurrentIndex(0)
        self.filter.setCurrentIndex(max(0, self.filter.findData(organization)))

    def _current_id(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(roles.ENTRY).id if index.isValid() else None

    def _select(self, email_id: int) -> None:
        row = self.model.row_of(email_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is not None and index.isValid():
            self.list.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def _open(self, index, _previous=None) -> None:
        if not index.isValid():
            self.reader.clear()
            return
        source = self.proxy.mapToSource(index)
        email = self.model.email(source.row())
        self.reader.show_email(email.html_body)
        if not email.is_read:
            _, errors = self.editing.apply("mark_email_read", email.id)
            if not errors:
                self.model.mark_read(source.row())

    def _subscribe(self, subscription: e.Subscription, field: str, checked: bool) -> bool:
        if not checked and subscription.organization_id is None and QMessageBox.warning(
                self, translate("Comms", "Stop the platform's notifications?"),
                translate("Comms", "You may miss important information about your account "
                          "(payments, changes to your registrations). Stop them anyway?"),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return False
        _, errors = self.editing.apply("set_subscription", subscription.id, **{field: checked})
        return not errors

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
