"""`carnet-server`: the reference account server on loopback."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import uvicorn

from server.app import create_app
from server.db import make_engine, reset
from server.loader import load
from server.settings import DEFAULT_PORT, Settings
from services.domain import clock
from services.domain.dataset import Dataset
from services.domain.demo import DEMO_PASSWORD, DEMO_USERNAME, demo_dataset


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="carnet-server", description=__doc__)
    parser.add_argument("--demo", action="store_true",
                        help="serve the demo family (a fresh database each start)")
    parser.add_argument("--load", type=Path, help="load a dataset file (docs/dataset.md)")
    parser.add_argument("--database", default="sqlite:///carnet-server.sqlite3",
                        help="SQLAlchemy URL: sqlite:///FILE or postgresql+psycopg://…")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--admin-token", help="token for organization-side routes "
                        "(default: a new random one, printed)")
    parser.add_argument("--openapi", type=Path, help="write the OpenAPI document and exit")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")

    if args.openapi:
        args.database = "sqlite://"  # the document needs no data: never touch a real file
    extra = {"admin_token": args.admin_token} if args.admin_token else {}
    settings = Settings(database=args.database, demo=args.demo, **extra)
    engine = make_engine(settings.database)
    if args.demo or args.load:
        reset(engine)
    app = create_app(settings, engine)
    if args.openapi:
        from server.openapi import write

        write(app, args.openapi)
        return 0
    if args.demo:
        load(engine, demo_dataset(clock.today()))
        print(f"Demo account: username {DEMO_USERNAME}  password {DEMO_PASSWORD}", flush=True)
    if args.load:
        load(engine, Dataset.from_json(args.load.read_bytes()))
    print(f"Serving http://{args.host}:{args.port}/api/v3/fr  (admin token: "
          f"{settings.admin_token})", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


if __name__ == "__main__":
    sys.exit(main())
