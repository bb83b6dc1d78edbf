"""One signed-in account on one data folder: store, API client, sync engine and local edits."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete

from services.api.client import ApiClient
from services.security.credentials import Credentials
from services.store.reads import LANG, SERVER, USERNAME
from services.store.schema import RESOURCE_TABLES, conflicts, meta, outbox
from services.store.store import Store
from services.sync.engine import CURSOR, SyncEngine
from services.sync.operations import LocalEdits

log = logging.getLogger(__name__)


class AccountMismatch(Exception):
    """The folder holds another account's data with edits not yet sent."""


@dataclass
class Session:
    store: Store
    client: ApiClient
    engine: SyncEngine
    edits: LocalEdits

    def close(self) -> None:
        self.client.close()
        self.store.close()


def saved_account(store: Store) -> tuple[str | None, str | None, str | None]:
    with store.read() as conn:
        return tuple(store.get_meta(conn, k) for k in (SERVER, USERNAME, LANG))  # type: ignore


def bind_account(store: Store, server: str, username: str, lang: str) -> None:
    """Make `store` the local copy of this account, emptying it if it held another one."""
    old_server, old_user, _ = saved_account(store)
    with store.write() as conn:
        if (old_server, old_user) not in ((None, None), (server, username)):
            if conn.execute(outbox.select().limit(1)).first() is not None:
                raise AccountMismatch(old_user or "")
            for table in RESOURCE_TABLES.values():
                conn.execute(delete(table))
            conn.execute(delete(conflicts))
            conn.execute(delete(meta).where(meta.c.key == CURSOR))
        store.set_meta(conn, SERVER, server)
        store.set_meta(conn, USERNAME, username)
        store.set_meta(conn, LANG, lang)


def open_session(data_dir: Path | None = None, store: Store | None = None,
                 credentials: Credentials | None = None, lang: str | None = None,
                 ca_bundle: str | None = None) -> Session:
    """The session of the account this folder was signed in with (see bind_account)."""
    store = store or Store.open(data_dir)  # type: ignore[arg-type]
    server, username, saved_lang = saved_account(store)
    if server is None or username is None:
        raise LookupError("no account signed in on this data folder")
    client = ApiClient(server, username, lang or saved_lang or "fr", credentials, ca_bundle)
    engine = SyncEngine(store, client)
    edits = LocalEdits(store, notify=lambda changed: [f(changed)
                                                     for f in engine.listeners.changes])
    return Session(store, client, engine, edits)


def reset(store: Store) -> None:
    """Empty the folder's copy entirely, unsent edits included (the disposable demo only)."""
    with store.write() as conn:
        for table in (*RESOURCE_TABLES.values(), conflicts, outbox, meta):
            conn.execute(delete(table))


SIGN_OUT_TIMEOUT = (3.0, 10.0)  # connect, read (seconds): the person is leaving


def _revoke(client: ApiClient | None, server: str, username: str, lang: str | None,
            credentials: Credentials) -> bool:
    """The platform told to revoke the token (issue 14): True when it did, or it was already
    invalid, or there is none; False when it could not be told."""
    from services.api.errors import ApiError, BadServerUrl

    own = client is None
    try:
        client = client or ApiClient(server, username, lang or "fr", credentials)
    except BadServerUrl as error:  # an address an older version took: no token goes there
        log.warning("sign-out: the platform was not told (%s)", error.code)
        return False
    client.timeout = SIGN_OUT_TIMEOUT
    try:
        return client.sign_out()
    except (ApiError, OSError) as error:
        log.warning("sign-out: the platform was not told (%s)", type(error).__name__)
        return False
    finally:
        if own:
            client.close()


def sign_out(data_dir: Path, forget_data: bool = False,
             client: ApiClient | None = None) -> bool:
    """SET-2: the token revoked on the platform (the client's, else the keychain's), then it
    (and the remembered password) leave the keychain; with `forget_data`, the store's key and
    the folder go too. The store must be closed. Returns whether the platform was told: when
    it could not be (offline), the token stays valid there until it expires (about 8 hours),
    and is forgotten here all the same."""
    import shutil

    from services.security import keys

    store = Store.open(data_dir)
    server, username, lang = saved_account(store)
    store.close()
    told = True
    if server and username:
        credentials = Credentials(server, username)
        told = _revoke(client, server, username, lang, credentials)
        credentials.forget()
        if client is not None:
            client.credentials.forget()
    if forget_data:
        keys.forget(data_dir)
        shutil.rmtree(data_dir, ignore_errors=True)  # as much as it can, then say what stays
        if data_dir.exists():
            log.warning("sign-out could not remove all of %s (a file in use?)", data_dir)
    return told
