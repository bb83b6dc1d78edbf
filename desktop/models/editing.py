"""What the editors need to change data: the local edits (saved at once, sent by the sync),
a way to ask the sync to send soon, and the errors of a refused edit in the user's language.

A window opened offline (no session yet, or `--screenshot`) still saves edits locally; they
go out when a session opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from desktop.store_problems import describe
from services.domain.errors import RuleViolation, ValidationFailed
from services.domain.messages import message
from services.store.errors import StoreError
from services.store.store import Store

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from services.sync.operations import LocalEdits
    from services.sync.session import Session


class Editing:
    def __init__(self, store: Store, lang: str,
                 notify: Callable[[dict[str, set[int]]], None] | None = None) -> None:
        self.store, self.lang, self.notify = store, lang, notify
        self.session: Session | None = None
        self.after_edit: Callable[[], None] | None = None  # the sync process's "edited"
        self._local: LocalEdits | None = None

    @property
    def edits(self) -> LocalEdits:
        if self.session is not None:
            return self.session.edits
        if self._local is None:
            from services.sync.operations import LocalEdits

            self._local = LocalEdits(self.store, notify=lambda changed: self.notify and
                                     self.notify(changed))
        return self._local

    def apply(self, operation: str, *args: Any, **kwargs: Any) -> tuple[Any, dict[str, str]]:
        """Run one LocalEdits operation: (its result, {}) or (None, {field: message})."""
        try:
            result = getattr(self.edits, operation)(*args, **kwargs)
        except ValidationFailed as failed:
            return None, failed.fields(self.lang)
        except RuleViolation as violation:
            return None, {violation.field or "": violation.message(self.lang)}
        except LookupError:  # gone meanwhile (a sync deleted it), or no account synced yet
            return None, {"": message("NotFound", self.lang)}
        except StoreError as error:  # a full disk, a folder made read-only: nothing was saved
            log.error("store problem: %s at %s during %s", error.problem, error.path,
                      operation)
            return None, {"": describe(error.problem, error.path, error.detail)}
        if self.after_edit is not None:
            self.after_edit()
        return result, {}
