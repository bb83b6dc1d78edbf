"""Issue 14: an organization form's answers (a family doctor, health answers…) are sealed like
the SIN and the medical information; a store from before (revision 0003, plain answers) stays
readable, and its answers are sealed once its key is checked, nothing lost, pending local
edits included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from alembic import command

from services.domain import entities as e
from services.security.crypto import PREFIX
from services.store import dataset_io
from services.store.db import STORE_FILE, alembic_config, revision
from services.store.store import Store
from services.sync.operations import LocalEdits
from tests.reference import connect, server_dataset

HEALTH = {"doctor": "Dre Annie Lavoie, clinique des Érables",
          "needs": "Diabète de type 1 — pompe à insuline\nGlucomètre dans le sac bleu"}
EDITED = {"doctor": "Dr Mathieu Ouellet (pédiatre)", "needs": "Épilepsie — Rivotril au besoin",
          "shirt": "M", "swims": False}


def answer_texts(answers: dict, form: e.OrgForm | None = None) -> list[str]:
    """Every text of the answers worth looking for in the bytes: not a lone "S", found
    everywhere, nor a choice the form offers (its questions and choices are not private)."""
    offered = {c for f in form.fields for c in f.choices} if form is not None else set()
    texts = []
    for value in answers.values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and len(item) > 3 and item not in offered:
                texts.append(item)
                texts.extend(line for line in item.splitlines() if len(line) > 3)
    return texts


def store_bytes(folder: Path) -> bytes:
    """The store file and its WAL, as a disk scan would find them."""
    return b"".join(p.read_bytes() for p in (folder / STORE_FILE, folder / f"{STORE_FILE}-wal")
                    if p.exists())


def raw_answers(store: Store) -> dict[int, str]:
    with store.reader() as conn:
        return dict(conn.execute("SELECT id, answers FROM org_forms").fetchall())


def test_form_answers_are_sealed_in_the_file(demo_store, demo):
    answers = [text for form in demo.accounts[0].org_forms
               for text in answer_texts(form.answers, form)]
    assert "Thérèse Côté (grand-mère)" in answers
    with demo_store.write() as conn:  # a checkpoint too: the text must be absent everywhere
        conn.exec_driver_sql("SELECT 1")
    kept = store_bytes(demo_store.path.parent)
    for text in answers:
        assert text.encode() not in kept, text
    assert all(value.startswith(PREFIX) for value in raw_answers(demo_store).values())
    with demo_store.read() as conn:
        assert [f.answers for f in demo_store.all(conn, e.OrgForm)] == \
            [f.answers for f in demo.accounts[0].org_forms]


def test_after_a_sync_of_the_demo_family_no_answer_is_in_the_store_bytes(platform, web,
                                                                         tmp_path):
    form = next(f for f in web.items("/me/org-forms") if f["Id"] == 1201)
    answered = web.patch("/me/org-forms/1201", json={"Answers": {**form["Answers"], **HEALTH}},
                         headers={"If-Match": form["Version"]})
    assert answered.status_code == 200, answered.text
    session = connect(platform.url, tmp_path / "client")
    try:
        assert session.engine.sync().ok
        with session.store.read() as conn:
            forms = session.store.all(conn, e.OrgForm)
        texts = [t for f in forms for t in answer_texts(f.answers, f)]
        assert HEALTH["doctor"] in texts and "Thérèse Côté (grand-mère)" in texts
        kept = store_bytes(tmp_path / "client")
        for text in texts:
            assert text.encode() not in kept, text
    finally:
        session.close()


def as_before_0004(folder: Path) -> dict[int, dict]:
    """The store of `folder` as revision 0003 left it: answers in plain JSON. Returns them."""
    store = Store.open(folder)
    opened = {ident: store.cipher.open(value) if value.startswith(PREFIX) else json.loads(value)
              for ident, value in raw_answers(store).items()}
    command.downgrade(alembic_config(store.engine), "0003")
    with store.write() as conn:
        for ident, answers in opened.items():
            conn.exec_driver_sql("UPDATE org_forms SET answers = ? WHERE id = ?",
                                 (json.dumps(answers, ensure_ascii=False), ident))
    store.close()
    assert revision(folder / STORE_FILE) == "0003"
    return opened


@pytest.fixture
def deleted_content_kept(monkeypatch):
    """SQLite as most builds come (macOS, Windows): deleted content stays in the file's free
    pages unless asked otherwise (Debian's is built to zero it)."""
    from services.store import db

    plain = db._set_pragmas

    def pragmas(connection, record=None) -> None:
        plain(connection, record)
        connection.execute("PRAGMA secure_delete=OFF").close()

    monkeypatch.setattr(db, "_set_pragmas", pragmas)


def test_plain_answers_of_an_older_store_stay_readable_then_are_sealed(tmp_path, demo,
                                                                      deleted_content_kept):
    folder = tmp_path / "old"
    store = Store.open(folder)
    dataset_io.load(store, demo)
    LocalEdits(store).answer_form(1201, {**demo.accounts[0].org_forms[0].answers, **EDITED})
    many = demo.accounts[0].org_forms[1]  # a table of many pages, as a real account's
    with store.write() as conn:
        store.upsert(conn, [many.model_copy(update={"id": 5000 + i, "answers": {
            "names": f"Grand-maman numéro {i:03} " + "et son voisin " * 20}})
            for i in range(300)])
    store.close()
    before = as_before_0004(folder)
    assert before[1201]["doctor"] == EDITED["doctor"]
    assert EDITED["doctor"].encode() in store_bytes(folder)  # the old store shows it

    again = Store.open(folder)  # migrated to the head: the answers are still plain
    try:
        with again.read() as conn:  # readable before the key check (a read asks for it)
            assert {f.id: f.answers for f in again.all(conn, e.OrgForm)} == before
        again.check_key()
        assert all(v.startswith(PREFIX) for v in raw_answers(again).values())
        with again.read() as conn:
            assert {f.id: f.answers for f in again.all(conn, e.OrgForm)} == before
            waiting = conn.exec_driver_sql("SELECT count(*) FROM outbox").scalar()
        assert waiting == 1  # the pending edit is still to be sent
    finally:
        again.close()
    kept = store_bytes(folder)
    forms = {f.id: f for f in demo.accounts[0].org_forms}
    for text in [t for ident, answers in before.items()
                 for t in answer_texts(answers, forms.get(ident, many))]:
        assert text.encode() not in kept, text


def test_an_older_store_with_a_pending_answer_sends_it_after_the_upgrade(platform, admin,
                                                                         tmp_path):
    folder = tmp_path / "client"
    session = connect(platform.url, folder)
    assert session.engine.sync().ok
    with session.store.read() as conn:
        form = session.store.get(conn, e.OrgForm, 1201)
    session.edits.answer_form(1201, {**form.answers, **EDITED})  # not sent yet
    session.close()
    as_before_0004(folder)

    again = connect(platform.url, folder)
    try:
        again.store.check_key()
        report = again.engine.sync()
        assert report.ok and report.pushed == 1
    finally:
        again.close()
    on_platform = next(f for f in server_dataset(admin).accounts[0].org_forms if f.id == 1201)
    assert on_platform.answers == {**form.answers, **EDITED}
