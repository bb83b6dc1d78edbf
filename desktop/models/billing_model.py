"""What the Billing tab shows (BILL-1..3), read at once off the GUI thread: the organizations
with transactions or passes, each one's transactions, the passes with their holders' names,
and the wallet's methods to pay with. The history export reads (and writes its file) off the
GUI thread too."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.collation import by_name
from desktop.models.reading import ReadsItself
from services.domain import entities as e
from services.domain.billing import balance
from services.store import history
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store


@dataclass
class BillingData:
    organizations: list[e.Organization] = field(default_factory=list)  # by name
    transactions: dict[int, list[e.Transaction]] = field(default_factory=dict)  # by org
    passes: list[e.Pass] = field(default_factory=list)
    persons: dict[int, str] = field(default_factory=dict)  # full names
    methods: list[e.PaymentMethod] = field(default_factory=list)

    def owed(self, organization_id: int) -> Decimal:
        return balance(self.transactions.get(organization_id, []))

    def transactions_of(self, organization_id: int) -> list[e.Transaction]:
        return self.transactions.get(organization_id, [])

    def passes_of(self, organization_id: int) -> list[tuple[e.Pass, str]]:
        """The organization's passes, each with its holder's name."""
        return [(p, self.persons.get(p.person_id, "")) for p in self.passes
                if p.organization_id == organization_id]


@dataclass(frozen=True)
class Exported:
    """How an export went: the rows written, or why the file could not be written."""

    rows: int
    error: str = ""


def read_billing(store: Store) -> BillingData:
    with store.read() as conn:
        orgs = by_name(store.all(conn, e.Organization), lambda o: o.name)
        transactions = store.all(conn, e.Transaction)
        passes = store.all(conn, e.Pass)
        persons = {p.id: p.full_name for p in store.all(conn, e.Person)}
        methods = store.all(conn, e.PaymentMethod)
    by_org = {o.id: [t for t in transactions if t.organization_id == o.id] for o in orgs}
    shown = [o for o in orgs if by_org[o.id] or any(p.organization_id == o.id for p in passes)]
    return BillingData(shown, by_org, passes, persons, methods)


class BillingModel(ReadsItself, QObject):
    SHOWN = frozenset({R.TRANSACTION, R.ORGANIZATION, R.PASS, R.PAYMENT_METHOD, R.PERSON})
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks = workspace.tasks
        self.data = BillingData()
        self.reading(workspace, read_billing, "the billing")

    def show(self, data: BillingData) -> None:
        self.data = data
        self.loaded.emit()

    def export(self, path: Path, kind: str, first: date, last: date,
               done: Callable[[Exported], None]) -> None:
        """BILL-3: the history from `first` to `last` as CSV or XLSX at `path`, read and
        written on the reader thread; then `done(Exported)` on the GUI thread."""
        store = self.store

        def work() -> Exported:
            rows = history.history(store, first, last)
            try:
                (history.write_csv if kind == "csv" else history.write_xlsx)(rows, path)
            except OSError as error:  # a folder that is read-only, a full disk
                return Exported(len(rows), f"{path}: {error.strerror or error}")
            return Exported(len(rows))

        self.tasks.read(work, done, "the account's history")
