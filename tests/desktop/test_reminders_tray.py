"""ASSIST-1 done-when: a fake clock walks a week of the demo family through the reminders'
model and the tray; what the tray is asked to show is captured (offscreen has no tray)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QIcon

from desktop import i18n
from desktop.changes import Changes
from desktop.models.reminders_model import RemindersModel
from desktop.views.tray import Tray
from desktop.workspace import Workspace
from services.domain import entities as e
from services.domain.calendar import zone
from services.domain.kinds import OccurrenceState

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


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def test_a_week_of_the_demo_family(english, qtbot, demo_store):
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
    email = e.Email(id=1199, version="1", organization_id=103, sender="cpe@example.ca",
                    subject="Sortie au parc", html_body="<p>Bonjour</p>",
                    sent_at=datetime(2026, 11, 30, 10, 5, tzinfo=TZ))
    walk_to(model, clock, datetime(2026, 11, 30, 11, 0, tzinfo=TZ))
    change(store, workspace, "Email", email)
    walk_to(model, clock, START + timedelta(days=7))
    workspace.wait()
    tray.close()
    workspace.stop()
    assert shown == EXPECTED


EXPECTED = [
    ("Fri 08:30", "Éveil musical in 60 min",
     "Léa Tremblay — Fri, Nov 27 at 9:30\u202fa.m., CPE Les Petits Explorateurs"),
    ("Sat 08:00", "Bébés nageurs (parent-enfant) in 60 min",
     "Geneviève Gagnon — Sat, Nov 28 at 9:00\u202fa.m., Club de natation Les Marsouins"),
    ("Sat 08:00", "Bébés nageurs (parent-enfant) in 60 min",
     "Léa Tremblay — Sat, Nov 28 at 9:00\u202fa.m., Club de natation Les Marsouins"),
    ("Sat 09:00", "Atelier de bricolage in 60 min",
     "Zoé Tremblay — Sat, Nov 28 at 10:00\u202fa.m., Loisirs Ville de Beaumont-sur-Lac"),
    ("Sat 09:00", "Atelier de bricolage in 60 min",
     "Félix Tremblay — Sat, Nov 28 at 10:00\u202fa.m., Loisirs Ville de Beaumont-sur-Lac"),
    ("Mon 11:00", "Email from CPE Les Petits Explorateurs", "Sortie au parc"),
    ("Tue 17:30", "Cancelled: Soccer intérieur U10",
     "Étienne Tremblay — Tue, Dec 1 at 6:30\u202fp.m., Loisirs Ville de Beaumont-sur-Lac: "
     "no reminder for it any more."),
    ("Tue 17:30", "Cancelled: Soccer intérieur U10",
     "Félix Tremblay — Tue, Dec 1 at 6:30\u202fp.m., Loisirs Ville de Beaumont-sur-Lac: "
     "no reminder for it any more."),
    ("Thu 17:00", "Natation — Junior 3 in 60 min (moved)",
     "Zoé Tremblay — Thu, Dec 3 at 6:00\u202fp.m., Club de natation Les Marsouins"),
]
