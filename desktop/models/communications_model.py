"""What the Communications tab shows (COMMS-1, 2), read off the GUI thread: the emails (a
table), the subscriptions (a table of check boxes) and the organizations' names (the
filter). Rows that did not change stay as they are: a table keeps its selection."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.collation import by_name
from desktop.models.emails_model import EmailsModel
from desktop.models.reading import ReadsItself
from desktop.models.subscriptions_model import SubscriptionsModel
from services.domain import entities as e
from services.store import queries
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store

translate = QCoreApplication.translate


@dataclass
class CommunicationsData:
    emails: list[e.Email] = field(default_factory=list)
    organizations: dict[int, str] = field(default_factory=dict)
    subscriptions: list[e.Subscription] = field(default_factory=list)


def read_communications(store: Store) -> CommunicationsData:
    with store.read() as conn:
        return CommunicationsData(queries.emails(store, conn),
                                  {o.id: o.name for o in store.all(conn, e.Organization)},
                                  store.all(conn, e.Subscription))


class CommunicationsModel(ReadsItself, QObject):
    SHOWN = frozenset({R.EMAIL, R.SUBSCRIPTION, R.ORGANIZATION})
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.emails = EmailsModel(self)
        self.subscriptions = SubscriptionsModel(self)
        self.organizations: dict[int, str] = {}
        self.reading(workspace, read_communications, "the emails and subscriptions")

    def show(self, data: CommunicationsData) -> None:
        self.organizations = data.organizations
        self.emails.set_emails(data.emails)
        platform = translate("Comms", "The platform's notifications")
        own = [(s, platform) for s in data.subscriptions if s.organization_id is None]
        theirs = by_name(((s, data.organizations.get(s.organization_id, platform))
                          for s in data.subscriptions if s.organization_id is not None),
                         lambda row: row[1])
        self.subscriptions.set_subscriptions(own + theirs)  # the platform's own first
        self.loaded.emit()
