"""Search everything at scale (issue 18), all in one run:

1. 1-, 2- and 3-word queries over a store of 100,000 occurrences, 20,000 emails and 5,000
   persons: the median time of one search (every kind, as the window and `carnet search` ask)
   (target <= 20 ms);
2. a full sync of that account from the reference server (its own process, loopback) with the
   index kept, against the same sync with the index's upkeep switched off (target <= 1.15).

    .venv/bin/python bench/search_bench.py [--occurrences 100000] [--emails 20000] [--runs 3]

(`--persons 5000` too.)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import _memory_keyring as memory_keyring
from bench.sync import ACTIVITIES, carnet_sync, serve
from services.domain.demo import scaled_dataset
from services.domain.entities import Email, Person
from services.store import dataset_io, search
from services.store.store import Store

FIRST = ["François", "Zoé", "Étienne", "Léa", "Chloé", "Noémie", "Jérôme", "Hélène", "Loïc",
         "Maëlle", "Raphaël", "Anaïs", "Benoît", "Cédric", "Agnès", "Jan", "Marc", "Sophie"]
LAST = ["Tremblay", "Gagnon", "Côté", "Bélanger", "Lévesque", "Bouchard", "Gauthier",
        "Łukasiewicz", "O’Brien", "D'Amours", "Pelletier", "Bergeron", "Morin", "Lefebvre"]
WORDS = ["horaire", "natation", "inscription", "paiement", "reçu", "journée", "pédagogique",
         "fermeture", "piscine", "aréna", "soccer", "gymnastique", "bricolage", "camp", "été",
         "hiver", "printemps", "automne", "rappel", "cours", "groupe", "entraîneur", "compétition",
         "parents", "bénévoles", "annulé", "déplacé", "jeudi", "samedi", "matin", "soir",
         "bibliothèque", "centre", "communautaire", "tournoi", "médaille", "l’équipe", "d'hiver"]
QUERIES = ["natation", "tremblay", "francois", "lukasiewicz", "d'amours", "activite 12",
           "journee pedagogique", "horaire natation", "centre", "piscine jeudi",
           "zoe gagnon", "reçu paiement", "camp ete rappel", "natation junior 3",
           "gymnastique competition samedi", "o'brien chloe", "bibliotheque centre cours",
           "marsouins", "hiver", "annule"]


def dataset(occurrences: int, emails: int, persons: int):
    rng = random.Random(18)
    weeks = max(1, occurrences // ACTIVITIES)
    big = scaled_dataset(date.today(), activities=ACTIVITIES, weeks=weeks)
    account = big.accounts[0]
    people = list(account.persons)
    people += [Person(id=50_000 + i, version="1", first_name=rng.choice(FIRST),
                      last_name=rng.choice(LAST), is_child=rng.random() < 0.5)
               for i in range(max(0, persons - len(people)))]
    orgs = [o.id for o in big.organizations]
    now = datetime.now(UTC)
    mail = list(account.emails)
    for i in range(emails):
        subject = " ".join(rng.choices(WORDS, k=rng.randint(2, 6)))
        paragraphs = "".join(f"<p>{' '.join(rng.choices(WORDS, k=rng.randint(8, 30)))}</p>"
                             for _ in range(rng.randint(1, 4)))
        mail.append(Email(id=100_000 + i, version="1", organization_id=rng.choice(orgs),
                          sender="info@example.ca", subject=subject.capitalize(),
                          html_body=paragraphs, sent_at=now - timedelta(hours=i),
                          is_read=True))
    account = account.model_copy(update={"persons": people, "emails": mail})
    return big.model_copy(update={"accounts": [account]})


def query_ms(store: Store, runs: int) -> tuple[float, dict[int, float], int]:
    times: dict[int, list[float]] = {1: [], 2: [], 3: []}
    found = 0
    with store.reader() as conn:
        for query in QUERIES:
            search.search(conn, query)  # its pages in the cache, as after the first keystroke
        for _ in range(runs):
            for query in QUERIES:
                began = time.perf_counter()
                hits = search.search(conn, query)
                times[len(query.split())].append((time.perf_counter() - began) * 1000)
                found += sum(len(h) for h in hits.values())
    every = [t for ts in times.values() for t in ts]
    return statistics.median(every), {n: statistics.median(ts) for n, ts in times.items()}, found


@contextmanager
def without_upkeep():
    """The index's upkeep switched off (the same sync otherwise)."""
    saved = search.reindex, search.remove, search.rebuild
    search.reindex = search.remove = search.rebuild = lambda *a, **k: None
    try:
        yield
    finally:
        search.reindex, search.remove, search.rebuild = saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--occurrences", type=int, default=100_000)
    parser.add_argument("--emails", type=int, default=20_000)
    parser.add_argument("--persons", type=int, default=5_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    memory_keyring.use()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        data = dataset(args.occurrences, args.emails, args.persons)
        store = Store.open(folder / "store")
        began = time.perf_counter()
        dataset_io.load(store, data)
        loaded = time.perf_counter() - began
        with store.reader() as conn:
            rows = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
        median, by_words, found = query_ms(store, max(3, args.runs * 5))
        store.close()
        print(f"store: {len(data.occurrences):,} occurrences, "
              f"{len(data.accounts[0].emails):,} emails, {len(data.accounts[0].persons):,} "
              f"persons → {rows:,} index rows (loaded and indexed in {loaded:.1f} s)")
        print("median search: " + ", ".join(f"{n} word{'s' * (n > 1)} {ms:.1f} ms"
                                            for n, ms in by_words.items())
              + f"; all {median:.1f} ms (target <= 20 ms; {found:,} hits shown)")
        with serve(data, folder / "server") as url:
            carnet_sync(url, folder)[1].close()  # a first sync warms what both will use
            kept, plain = [], []
            for _ in range(args.runs):  # interleaved: the machine's drift falls on both
                elapsed, session = carnet_sync(url, folder)
                session.close()
                kept.append(elapsed)
                with without_upkeep():
                    elapsed, session = carnet_sync(url, folder)
                session.close()
                plain.append(elapsed)
        with_index, without = statistics.median(kept), statistics.median(plain)
        print(f"full sync with the index kept: {with_index:.2f} s vs without: {without:.2f} s"
              f" → ratio {with_index / without:.2f} (target <= 1.15)")


if __name__ == "__main__":
    main()
