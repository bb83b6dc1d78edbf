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

    def online(self, operation: str, *args: Any) -> dict[str, str]:
        """One write that needs the platform (services.sync.online: a username, a password):
        {} when done, else {field: message}. A lockout (too many wrong passwords or codes)
        says until when."""
        from dataclasses import replace

        from desktop.formatting import lockout
        from services.sync import online

        watched = _Watched(self.session.client)
        errors = getattr(online, operation)(replace(self.session, client=watched), *args)
        if watched.lockout is not None:
            return {"": lockout(watched.lockout.retry_after, self.lang)}
        return errors


class _Watched:
    """The session's API client as services.sync.online uses it, noting a lockout: online
    makes every refusal a message, and this one needs its Retry-After to say when it ends."""

    def __init__(self, client: Any) -> None:
        object.__setattr__(self, "_client", client)
        object.__setattr__(self, "lockout", None)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._client, name)

    def __setattr__(self, name: str, value: Any) -> None:  # a new username, its credentials
        setattr(self._client, name, value)

    def request(self, *args: Any, **kwargs: Any) -> Any:
        from services.api.errors import TooManyAttempts

        try:
            return self._client.request(*args, **kwargs)
        except TooManyAttempts as error:
            object.__setattr__(self, "lockout", error)
            raise

