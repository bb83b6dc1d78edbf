"""ASSIST-1 done-when: a fake clock walks a week of the demo family through the reminders'
model and the tray; what the tray is asked to show is captured (offscreen has no tray)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtGui import QIcon

from desktop import i18n
from desktop.changes import Changes
from desktop.models.reminders_model import RemindersModel
from desktop.views.tray import Tray
from desktop.workspace import Workspace
from services.domain import entities as e
from services.domain.calendar import zone
from services.domain.kinds import OccurrenceState, PaymentStatus

TZ = zone("America/Toronto")
START = datetime(2026, 11, 27, 0, 0, tzinfo=TZ)  # the tests' today, a Friday
STEP = timedelta(minutes=15)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def open_tray(store, clock, shown):
    workspace = Workspace(store, "en")
    model = RemindersModel(workspace, now=clock)
    tray = Tray(model, QIcon())
    tray.icon.showMessage = lambda title, text, *_: shown.append(
        (clock.now.strftime("%a %H:%M"), title, text))
    return workspace, model, tray


def tick(model) -> None:
    model.refresh()
    assert model.wait()


def change(store, workspace, kind, entity) -> None:
    with store.write() as conn:
        store.upsert(conn, [entity])
    for _ in range(2):  # the same change arriving twice
        workspace.hub.publish(Changes.of({kind: [entity.id]}))
        assert workspace.tasks.wait()


def walk_to(model, clock, until) -> None:
    while clock.now < until:
        clock.now += STEP
        tick(model)


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def payment(status: PaymentStatus, version: str) -> e.PostdatedPayment:
    return e.PostdatedPayment(id=956, version=version, organization_id=101,
                              due_date=date(2026, 12, 2), amount=Decimal("45.50"),
                              status=status, payment_method_id=901,
                              description="Versement 1 de 3 — camp")


def test_a_week_of_the_demo_family(language, qtbot, demo_store):
    store, clock, shown = demo_store, Clock(), []
    workspace, model, tray = open_tray(store, clock, shown)
    tick(model)
    walk_to(model, clock, START + timedelta(days=1, hours=8, minutes=15))
    with store.read() as conn:
        occurrences = store.all(conn, e.Occurrence)
    swim = min((o for o in occurrences if o.activity_id == 503 and o.start > clock.now),
               key=lambda o: o.start)
    soccer = min((o for o in occurrences if o.activity_id == 501 and o.start > clock.now),
                 key=lambda o: o.start)
    # a restart in the middle: what was shown is not shown again
    workspace.wait()
    tray.close()
    workspace.stop()
    workspace, model, tray = open_tray(store, clock, shown)
    tick(model)
    moved = swim.model_copy(update={"start": swim.start + timedelta(days=1, hours=1),
                                    "end": swim.end + timedelta(days=1, hours=1),
                                    "state": OccurrenceState.MOVED, "version": "2"})
    change(store, workspace, "Occurrence", moved)
    cancelled = soccer.model_copy(update={"state": OccurrenceState.CANCELLED, "version": "2"})
    change(store, workspace, "Occurrence", cancelled)
    walk_to(model, clock, datetime(2026, 11, 29, 12, 0, tzinfo=TZ))
    change(store, workspace, "PostdatedPayment", payment(PaymentStatus.SCHEDULED, "1"))
    email = e.Email(id=1199, version="1", organization_id=103, sender="cpe@example.ca",
                    subject="Sortie au parc", html_body="<p>Bonjour</p>",
                    sent_at=datetime(2026, 11, 30, 10, 5, tzinfo=TZ))
    walk_to(model, clock, datetime(2026, 11, 30, 11, 0, tzinfo=TZ))
    change(store, workspace, "Email", email)
    walk_to(model, clock, datetime(2026, 11, 30, 14, 0, tzinfo=TZ))
    closure = e.Closure(id=499, version="1", organization_id=103, name="Journée pédagogique",
                        start_date=date(2026, 12, 4), end_date=date(2026, 12, 4))
    change(store, workspace, "Closure", closure)
    walk_to(model, clock, datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    change(store, workspace, "PostdatedPayment", payment(PaymentStatus.REFUSED, "2"))
    walk_to(model, clock, START + timedelta(days=7))
    workspace.wait()
    tray.close()
    workspace.stop()
    assert shown == EXPECTED[language]


NNBSP = "\u202f"
EXPECTED = {
    "en": [
        ("Fri 08:30", "Éveil musical in 60 min",
         f"Léa Tremblay — Fri, Nov 27 at 9:30{NNBSP}a.m., CPE Les Petits Explorateurs"),
        ("Sat 08:00", "Bébés nageurs (parent-enfant) in 60 min",
         f"Geneviève Gagnon — Sat, Nov 28 at 9:00{NNBSP}a.m., Club de natation Les Marsouins"),
        ("Sat 08:00", "Bébés nageurs (parent-enfant) in 60 min",
         f"Léa Tremblay — Sat, Nov 28 at 9:00{NNBSP}a.m., Club de natation Les Marsouins"),
        ("Sat 09:00", "Atelier de bricolage in 60 min",
         f"Zoé Tremblay — Sat, Nov 28 at 10:00{NNBSP}a.m., Loisirs Ville de Beaumont-sur-Lac"),
        ("Sat 09:00", "Atelier de bricolage in 60 min",
         f"Félix Tremblay — Sat, Nov 28 at 10:00{NNBSP}a.m., Loisirs Ville de Beaumont-sur-Lac"),
        ("Mon 11:00", "Email from CPE Les Petits Explorateurs", "Sortie au parc"),
        ("Mon 14:00", "Closed: Journée pédagogique",
         "CPE Les Petits Explorateurs is closed on the day of Léa Tremblay's activity "
         f"(Fri, Dec 4 at 9:30{NNBSP}a.m.)."),
        ("Tue 09:00", "Payment tomorrow: $45.50",
         "Loisirs Ville de Beaumont-sur-Lac — Versement 1 de 3 — camp, charged Wed, Dec 2"),
        ("Tue 17:30", "Cancelled: Soccer intérieur U10",
         f"Étienne Tremblay — Tue, Dec 1 at 6:30{NNBSP}p.m., Loisirs Ville de Beaumont-sur-Lac: "
         "no reminder for it any more."),
        ("Tue 17:30", "Cancelled: Soccer intérieur U10",
         f"Félix Tremblay — Tue, Dec 1 at 6:30{NNBSP}p.m., Loisirs Ville de Beaumont-sur-Lac: "
         "no reminder for it any more."),
        ("Wed 10:00", "Payment refused: $45.50",
         "Loisirs Ville de Beaumont-sur-Lac — Versement 1 de 3 — camp, due Wed, Dec 2"),
        ("Thu 17:00", "Natation — Junior 3 in 60 min (moved)",
         f"Zoé Tremblay — Thu, Dec 3 at 6:00{NNBSP}p.m., Club de natation Les Marsouins"),
    ],
    "fr": [
        ("Fri 08:30", "Éveil musical dans 60 min",
         "Léa Tremblay — ven. 27 nov. à 9 h 30, CPE Les Petits Explorateurs"),
        ("Sat 08:00", "Bébés nageurs (parent-enfant) dans 60 min",
         "Geneviève Gagnon — sam. 28 nov. à 9 h 00, Club de natation Les Marsouins"),
        ("Sat 08:00", "Bébés nageurs (parent-enfant) dans 60 min",
         "Léa Tremblay — sam. 28 nov. à 9 h 00, Club de natation Les Marsouins"),
        ("Sat 09:00", "Atelier de bricolage dans 60 min",
         "Zoé Tremblay — sam. 28 nov. à 10 h 00, Loisirs Ville de Beaumont-sur-Lac"),
        ("Sat 09:00", "Atelier de bricolage dans 60 min",
         "Félix Tremblay — sam. 28 nov. à 10 h 00, Loisirs Ville de Beaumont-sur-Lac"),
        ("Mon 11:00", "Courriel de CPE Les Petits Explorateurs", "Sortie au parc"),
        ("Mon 14:00", "Fermé : Journée pédagogique",
         "CPE Les Petits Explorateurs est fermé le jour de l'activité de Léa Tremblay "
         "(ven. 4 déc. à 9 h 30)."),
        ("Tue 09:00", "Paiement demain : 45,50\xa0$",
         "Loisirs Ville de Beaumont-sur-Lac — Versement 1 de 3 — camp, prélevé le mer. 2 déc."),
        ("Tue 17:30", "Annulé : Soccer intérieur U10",
         "Étienne Tremblay — mar. 1er déc. à 18 h 30, Loisirs Ville de Beaumont-sur-Lac : "
         "plus de rappel pour cette séance."),
        ("Tue 17:30", "Annulé : Soccer intérieur U10",
         "Félix Tremblay — mar. 1er déc. à 18 h 30, Loisirs Ville de Beaumont-sur-Lac : "
         "plus de rappel pour cette séance."),
        ("Wed 10:00", "Paiement refusé : 45,50\xa0$",
         "Loisirs Ville de Beaumont-sur-Lac — Versement 1 de 3 — camp, dû le mer. 2 déc."),
        ("Thu 17:00", "Natation — Junior 3 dans 60 min (déplacé)",
         "Zoé Tremblay — jeu. 3 déc. à 18 h 00, Club de natation Les Marsouins"),
    ],
}


NEXT = {"en": ("Next: Éveil musical, Fri, Nov 27 at 9:30\u202fa.m. (Léa Tremblay)",
               "Next: Bébés nageurs (parent-enfant), Sat, Nov 28 at 9:00\u202fa.m. "
               "(Geneviève Gagnon)"),
        "fr": ("Ensuite : Éveil musical, ven. 27 nov. à 9 h 30 (Léa Tremblay)",
               "Ensuite : Bébés nageurs (parent-enfant), sam. 28 nov. à 9 h 00 "
               "(Geneviève Gagnon)")}


def test_the_tray_menu_says_what_comes_next_and_opens_it(language, qtbot, demo_store):
    clock, shown, opened = Clock(), [], []
    workspace, model, tray = open_tray(demo_store, clock, shown)
    assert not tray.next_action.isVisible()  # nothing read yet: no line saying nothing
    tick(model)
    assert tray.next_action.isVisible() and tray.next_action.text() == NEXT[language][0]
    walk_to(model, clock, START + timedelta(hours=9, minutes=45))
    assert tray.next_action.text() == NEXT[language][1]
    tray.open_entry.connect(opened.append)
    tray.next_action.trigger()
    assert [r.title for r in opened] == ["Bébés nageurs (parent-enfant)"]
    workspace.wait()
    tray.close()
    workspace.stop()


def test_a_read_delivered_after_the_tray_closed_reaches_nothing_of_it(qapp, qtbot, demo_store):
    """A sign-out closes the tray at once, while a read of the reminders may be under way."""
    clock, shown = Clock(), []
    workspace, model, tray = open_tray(demo_store, clock, shown)
    model.refresh()  # under way…
    tray.close()  # …when the tray goes, its menu deleted
    qapp.sendPostedEvents(None, 0)  # the menu's deleteLater done
    assert model.wait()
    walk_to(model, clock, START + timedelta(hours=9))
    assert model.next_up is not None and shown == []
    workspace.wait()
    workspace.stop()
