"""What the Wallet tab shows (WALLET-1..3), read off the GUI thread: the payment methods (a
table), the organizations' names (who may charge a method), the postdated payments (which a
deleted method leaves scheduled) and the account holder's address (a new card's billing
address)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from desktop.models.methods_model import MethodsModel
from desktop.models.reading import ReadsItself
from services.domain import entities as e
from services.store.tables import ResourceType as R

if TYPE_CHECKING:
    from desktop.workspace import Workspace
    from services.store.store import Store


@dataclass
class WalletData:
    methods: list[e.PaymentMethod] = field(default_factory=list)
    org_names: dict[int, str] = field(default_factory=dict)
    payments: list[e.PostdatedPayment] = field(default_factory=list)
    holder_address: e.Address | None = None


def read_wallet(store: Store) -> WalletData:
    with store.read() as conn:
        methods = store.all(conn, e.PaymentMethod)
        names = {o.id: o.name for o in store.all(conn, e.Organization)}
        payments = store.all(conn, e.PostdatedPayment)
        accounts = store.all(conn, e.Account)
        holder = store.get(conn, e.Person, accounts[0].holder_person_id) if accounts else None
    return WalletData(methods, names, payments, holder.address if holder else None)


class WalletModel(ReadsItself, MethodsModel):
    """The payment methods as a table, and what the tab needs besides (`payments`,
    `holder_address`), read again when a change touches them."""

    SHOWN = frozenset({R.PAYMENT_METHOD, R.ORGANIZATION, R.POSTDATED_PAYMENT, R.ACCOUNT,
                       R.PERSON})
    loaded = Signal()

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.payments: list[e.PostdatedPayment] = []
        self.holder_address: e.Address | None = None
        self.reading(workspace, read_wallet, "the wallet")

    def show(self, data: WalletData) -> None:
        self.payments, self.holder_address = data.payments, data.holder_address
        before = (self.methods(), self.org_names)
        self.org_names = data.org_names
        if (self.sorted(data.methods), data.org_names) != before:  # else the table keeps its
            self.set_methods(data.methods, data.org_names)  # selection
        self.loaded.emit()
