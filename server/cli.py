"""`carnet-server`: the reference account server on loopback."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import uvicorn
from sqlalchemy import Engine, make_url
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from server.app import create_app
from server.db import make_engine, reset
from server.loader import LoadError, demo_org_keys, load, read_dataset, replace
from server.settings import DEFAULT_PORT, Settings
from services.domain import clock
from services.domain.dataset import Dataset
from services.domain.demo import DEMO_ORG_SECRET, DEMO_PASSWORD, DEMO_USERNAME, demo_dataset
from services.domain.org_demo import organization_dataset


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="carnet-server", description=__doc__)
    parser.add_argument("--demo", action="store_true",
                        help="serve the demo family (a fresh database each start)")
    parser.add_argument("--families", type=int, metavar="N",
                        help="with --demo: the city's recreation department with N generated "
                        "families besides the demo one (services/domain/org_demo.py)")
    parser.add_argument("--activities", type=int, metavar="M", default=100,
                        help="with --families: its activities (default 100), weekly over ten "
                        "weeks from a week ago")
    parser.add_argument("--weeks", type=int, default=10, help="with --families: weeks of "
                        "sessions (default 10)")
    parser.add_argument("--per-week", type=int, default=1, help="with --families: sessions a "
                        "week of each activity (default 1)")
    parser.add_argument("--org-rate", type=int, help=argparse.SUPPRESS)  # calls/s, bench
    parser.add_argument("--load", type=Path, help="replace the database's content with a "
                        "dataset file (docs/dataset.md); a bad file changes nothing")
    parser.add_argument("--database", default="sqlite:///carnet-server.sqlite3",
                        help="SQLAlchemy URL: sqlite:///FILE or postgresql+psycopg://…")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    parser.add_argument("--admin-token", help="token for organization-side routes "
                        "(default: a new random one, printed)")
    parser.add_argument("--openapi", type=Path, help="write the OpenAPI document and exit")
    parser.add_argument("--openapi-org", type=Path, help="write the OpenAPI document of the "
                        "organization routes alone and exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.families is not None and not args.demo:
        parser.error("--families goes with --demo")
    if args.families is not None and (args.families < 0 or args.activities < 1):
        parser.error("--families must be 0 or more, --activities 1 or more")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(message)s")
    try:
        return _run(args)
    except LoadError as error:  # a bad dataset file: one line, nothing changed (exit 2)
        print(f"carnet-server: {error}", file=sys.stderr)
        return 2
    except SQLAlchemyError as error:  # a database that cannot be reached or used
        first = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        where = make_url(args.database).render_as_string(hide_password=True)
        print(f"carnet-server: database {where}: {first}", file=sys.stderr)
        return 2


def _run(args: argparse.Namespace) -> int:
    # Read and check the file before the database is touched: a bad one changes nothing.
    document_only = bool(args.openapi or args.openapi_org)
    dataset = read_dataset(args.load) if args.load and not document_only else None
    if document_only:
        args.database = "sqlite://"  # the document needs no data: never touch a real file
    extra: dict = {"admin_token": args.admin_token} if args.admin_token else {}
    if args.org_rate:
        extra["org_rate_per_second"] = args.org_rate
    settings = Settings(database=args.database, demo=args.demo, **extra)
    engine = make_engine(settings.database)
    if args.demo:
        reset(engine)
    app = create_app(settings, engine)
    if document_only:
        from server.openapi import write, write_org

        if args.openapi:
            write(app, args.openapi)
        if args.openapi_org:
            write_org(app, args.openapi_org)
        return 0
    if args.demo:
        demo = demo_dataset(clock.today()) if args.families is None else organization_dataset(
            clock.today(), families=args.families, activities=args.activities,
            weeks=args.weeks, per_week=args.per_week)
        load(engine, demo, settings.password_hashing, demo_keys=True)
        print(f"Demo account: username {DEMO_USERNAME}  password {DEMO_PASSWORD}", flush=True)
    if dataset is not None:
        _replace(engine, dataset, args.load)
    print(f"Serving http://{args.host}:{args.port}/api/v3/fr  (admin token: "
          f"{settings.admin_token})", flush=True)
    if args.demo and dataset is None:  # after the two lines above, which tests read first
        for org_id, key in demo_org_keys(demo):
            slug = next(o.slug for o in demo.organizations if o.id == org_id)
            print(f"Demo organization {slug} (Id {org_id}): API key {key}  secret "
                  f"{DEMO_ORG_SECRET}  (/api/v3/fr/org/{slug}/…)", flush=True)
    uvicorn.run(app, host=args.host, port=args.port, log_level="info")
    return 0


def _replace(engine: Engine, dataset: Dataset, path: Path) -> None:
    try:
        replace(engine, dataset)
    except IntegrityError as error:  # what the checks before did not foresee: nothing changed
        first = str(error.orig or error).strip().splitlines()[0]
        raise LoadError(f"cannot load {path}: {first}") from error


if __name__ == "__main__":
    sys.exit(main())
