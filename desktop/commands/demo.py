"""`carnet demo`: the demo family served by the embedded reference server, signed in, synced.

Until the window exists it prints this month's agenda from the freshly synced store.
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from desktop.commands.account import run_sync
from desktop.commands.agenda import print_agenda, refuse_other_account
from desktop.commands.common import open_store
from server.embedded import start
from services.domain import clock
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_dataset
from services.security.credentials import MemoryCredentials
from services.store import paths
from services.sync.session import bind_account, open_session, reset


def cmd_demo(args: argparse.Namespace) -> int:
    data_dir = paths.data_dir(args.data_dir)
    store = open_store(data_dir)
    try:
        refuse_other_account(store, args.force)
        reset(store)  # the demo server starts afresh each time: so does its local copy
        with tempfile.TemporaryDirectory(prefix="carnet-demo-server-") as folder, \
                start(demo_dataset(clock.today()), folder=Path(folder), demo=True) as server:
            bind_account(store, server.url, DEMO_USERNAME, args.lang)
            session = open_session(store=store, lang=args.lang,
                                   credentials=MemoryCredentials(server.url, DEMO_USERNAME))
            session.client.sign_in(DEMO_PASSWORD)
            run_sync(session, args.lang)
            session.client.close()
        print_agenda(store, args)
    finally:
        store.close()
    return 0
