"""The account's history for a date range (BILL-3), as rows, CSV or XLSX."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from services.domain import entities as e
from services.store.store import Store

HEADER = ("Date", "Organization", "Kind", "Description", "Person", "Amount")


@dataclass(frozen=True, slots=True)
class HistoryRow:
    day: date
    organization: str
    kind: str
    description: str
    person: str
    amount: Decimal  # positive: owed (invoice, refund); negative: paid (payment, credit)


def history(store: Store, first: date, last: date) -> list[HistoryRow]:
    with store.read() as conn:
        orgs = {o.id: o.name for o in store.all(conn, e.Organization)}
        persons = {p.id: p.full_name for p in store.all(conn, e.Person)}
        rows = [t for t in store.all(conn, e.Transaction) if first <= t.date <= last]
    signed = {"Invoice": 1, "Refund": 1, "Payment": -1, "Credit": -1}
    return [HistoryRow(t.date, orgs.get(t.organization_id, ""), str(t.kind), t.description,
                       persons.get(t.person_id, "") if t.person_id else "",
                       t.amount * signed[str(t.kind)])
            for t in sorted(rows, key=lambda t: (t.date, t.id))]


def _cell(text: str) -> str:
    """A text a spreadsheet would take for a formula (=, +, -, @) is quoted as text: the
    descriptions come from the organizations."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def write_csv(rows: list[HistoryRow], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8-sig") as out:  # BOM: Excel reads accents
        writer = csv.writer(out)
        writer.writerow(HEADER)
        for row in rows:
            writer.writerow((row.day.isoformat(), _cell(row.organization), row.kind,
                             _cell(row.description), _cell(row.person), f"{row.amount:.2f}"))


def write_xlsx(rows: list[HistoryRow], path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    try:
        sheet = book.add_worksheet("History")
        bold = book.add_format({"bold": True})
        day = book.add_format({"num_format": "yyyy-mm-dd"})
        amount = book.add_format({"num_format": "#,##0.00"})
        sheet.write_row(0, 0, HEADER, bold)
        for number, row in enumerate(rows, start=1):
            sheet.write_datetime(number, 0, row.day, day)
            for column, text in enumerate((row.organization, row.kind, row.description,
                                           row.person), start=1):
                sheet.write_string(number, column, text)  # never read as a formula
            sheet.write_number(number, 5, float(row.amount), amount)
        sheet.set_column(0, 0, 12)
        sheet.set_column(1, 4, 24)
    finally:
        book.close()
