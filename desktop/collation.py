"""Names sorted as the user's language sorts them: QCollator with the application's locale
(French: « Échecs » and « école » before « Zumba », accents and case second), where code-point
order put every accented capital after Z. Every list a person reads goes through it; code
without Qt (services) takes `name_key()` as its sort key."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import cmp_to_key
from typing import Any, TypeVar

from PySide6.QtCore import QCollator, QLocale, Qt

T = TypeVar("T")


def collator(locale: QLocale | None = None) -> QCollator:
    """The language's order (the application's locale by default), numbers by value
    ("Groupe 2" before "Groupe 10"). One per thread: a QCollator is not shared."""
    found = QCollator(locale or QLocale())
    found.setNumericMode(True)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return found


def name_key(locale: QLocale | None = None) -> Callable[[str], Any]:
    """A sort key for names in the language's order (usable inside tuples)."""
    compare = collator(locale).compare
    return cmp_to_key(lambda a, b: compare(a, b) or (a > b) - (a < b))


def by_name(items: Iterable[T], name: Callable[[T], str],
            locale: QLocale | None = None) -> list[T]:
    """`items` sorted by `name(item)` in the language's order."""
    key = name_key(locale)
    return sorted(items, key=lambda item: key(name(item)))
