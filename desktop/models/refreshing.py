"""A tab or model that reads the store again when a sync (or a local edit) changes what it
shows."""

from __future__ import annotations


class RefreshesOnChanges:
    """Mixed into a tab or a model: `SHOWN_TYPES` names the resource types it shows;
    `refresh` reads."""

    SHOWN_TYPES: frozenset[str] = frozenset()

    def refresh(self) -> None:
        raise NotImplementedError

    def on_sync_changes(self, changed: dict[str, set[int]]) -> None:
        if self.SHOWN_TYPES & set(changed):
            self.refresh()
