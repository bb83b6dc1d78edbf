"""Changing a proxy's filter the way the running Qt wants it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSortFilterProxyModel


def change_filter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Run `change` (which sets the proxy's criteria) and re-filter."""
    if hasattr(proxy, "beginFilterChange"):  # Qt 6.10+; invalidateFilter is deprecated
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange()
    else:
        change()
        proxy.invalidateFilter()
