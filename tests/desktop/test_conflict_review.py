"""Issue 16, item 4 (SYNC-2, SYNC-4): the edits waiting and the conflicts in the user's words —
the labels and values the editors show (an address as its lines, phones formatted), both values
readable without scrolling sideways, each waiting edit said as what it changes, not as an HTTP
request. On the demo store, offline (no server)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from desktop import i18n
from desktop.models.status_model import StatusModel
from desktop.views.conflict_dialog import ConflictDialog
from services.domain import entities as e
from services.domain.demo import ETIENNE, LEA, ZOE
from services.store.schema import conflicts, outbox
from services.sync.operations import LocalEdits
from tests.desktop.tabs import workspace

ADDRESS = e.Address(line1="88, chemin du Lac-des-Sables, appartement 12", city="Sainte-Agathe",
                    province="QC", postal_code="J8C 2Z7")
THEIRS = {"Line1": "1234, rue des Érables", "Line2": "", "City": "Beaumont-sur-Lac",
          "Province": "QC", "PostalCode": "J0X 1A0", "Country": "CA"}
WIRE = ("PATCH", "POST", "PUT", "DELETE", "/me/", "{", "FirstName", "Address", "Phones",
        "MedicalInformation", "PaymentMethodId")


@pytest.fixture(params=["en", "fr"])
def lang(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


@pytest.fixture
def status(qapp, demo_store, lang):
    ws = workspace(demo_store, lang)
    model = StatusModel(ws)
    yield model
    ws.stop()


def read(model: StatusModel, method) -> list:
    found = []
    method(found.extend)
    model.workspace.wait()
    return found


def conflict_on_etienne(store) -> None:
    """Étienne's first name, address and phone edited offline; the platform changed them too
    (the engine's record of it, as a sync would write it)."""
    edits = LocalEdits(store)
    edits.update_person(ETIENNE, first_name="Étienne-Olivier", address=ADDRESS,
                        phones=[e.Phone(label="Mobile", number="+14505550199")])
    with store.write() as conn:
        entry = conn.execute(outbox.select().order_by(outbox.c.id.desc())).first()
        person = store.get(conn, e.Person, ETIENNE).wire()
        local = store.cipher.open(entry.payload)["Body"]
        remote = {**person, "FirstName": "Étienne", "Address": THEIRS,
                  "Phones": [{"Label": "Maison", "Number": "+14505550142"}], "Version": "9"}
        conn.execute(conflicts.insert().values(
            outbox_id=entry.id, resource_type="Person", resource_id=ETIENNE,
            local=store.cipher.seal(local), remote=store.cipher.seal(remote),
            created_at=datetime.now(UTC), resolved=False))
        conn.execute(outbox.update().where(outbox.c.id == entry.id).values(state="conflict"))


def test_a_conflict_shows_the_editors_labels_and_values_wrapped(qtbot, demo_store, status,
                                                                lang):
    conflict_on_etienne(demo_store)
    [conflict] = read(status, status.read_conflicts)
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
            for r in range(table.rowCount())}
    first, address, phones = {"en": ("First name", "Address", "Phone numbers"),
                              "fr": ("Prénom", "Adresse", "Numéros de téléphone")}[lang]
    assert set(rows) == {first, address, phones}
    assert rows[first] == ("Étienne-Olivier", "Étienne")
    mine, theirs = rows[address]
    assert mine.splitlines() == ["88, chemin du Lac-des-Sables, appartement 12",
                                 "Sainte-Agathe QC  J8C 2Z7"]
    assert theirs.splitlines() == ["1234, rue des Érables", "Beaumont-sur-Lac QC  J0X 1A0"]
    assert rows[phones] == ("(450) 555-0199 (Mobile)", "(450) 555-0142 (Maison)")
    assert not any(word in text for word in WIRE for row in rows.values() for text in row)
    # Both values readable as they are: no scrolling sideways, each cell tall enough.
    assert table.horizontalScrollBar().maximum() == 0
    assert table.columnViewportPosition(2) + table.columnWidth(2) <= table.viewport().width()
    metrics = QFontMetrics(table.font())
    for row in range(table.rowCount()):
        for column in (1, 2):
            text = table.item(row, column).text()
            needed = metrics.boundingRect(QRect(0, 0, table.columnWidth(column) - 8, 10_000),
                                          Qt.TextFlag.TextWordWrap, text).height()
            assert table.rowHeight(row) >= needed, text


def test_the_waiting_edits_are_said_in_words(demo_store, status, lang):
    edits = LocalEdits(demo_store)
    edits.update_person(ZOE, medical_information=e.MedicalInformation(allergies="Pollen"))
    edits.add_contact(LEA, "Marc", "Roy", relationship="Oncle",
                      phones=[e.Phone(number="+14505550123")])
    edits.change_postdated_method(952, 902)
    edits.update_person(ETIENNE, first_name="Étienne-Olivier", email="eo@example.ca")
    said = [p.text for p in read(status, status.read_pending)]
    assert not any(word in text for word in WIRE for text in said), said
    expected = {
        "en": ["Zoé Tremblay — medical information", "New contact for Léa Tremblay: Marc Roy",
               "Payment method of the postdated payment of",
               "Étienne-Olivier Tremblay — first name, email"],
        "fr": ["Zoé Tremblay — renseignements médicaux",
               "Nouveau contact pour Léa Tremblay : Marc Roy",
               "Mode de paiement du paiement postdaté de",
               "Étienne-Olivier Tremblay — prénom, courriel"]}[lang]
    assert said[0] == expected[0] and said[1] == expected[1] and said[3] == expected[3]
    assert said[2].startswith(expected[2]) and "70" in said[2], said[2]
    assert "Loisirs Ville de Beaumont-sur-Lac" in said[2], said[2]


def test_named_records_are_listed_in_the_languages_order(lang):
    from desktop.models import fields

    names = {("Organization", 1): "Zumba Club", ("Organization", 2): "École de musique",
             ("Organization", 3): "aréna"}
    shown = fields.value("PaymentMethod", "AuthorizedOrganizationIds", [1, 2, 3], names)
    assert shown.splitlines() == ["aréna", "École de musique", "Zumba Club"]
