"""The demo family (deterministic for a given today) and a scalable generator for benchmarks.

Everything is placed relative to `today` so the current month is always full: a season of weekly
activities from about five weeks before the month to six weeks after it.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import count

from services.domain.calendar import zone
from services.domain.dataset import AccountData, Dataset
from services.domain.entities import (
    Account,
    Activity,
    Address,
    Cart,
    Closure,
    Contact,
    ContactRank,
    Email,
    Event,
    FieldType,
    FormField,
    Gender,
    HealthInsurance,
    Invitation,
    MedicalInformation,
    Occurrence,
    OccurrenceState,
    Organization,
    OrgForm,
    Pass,
    PaymentMethod,
    PaymentMethodKind,
    PaymentMode,
    PaymentStatus,
    Person,
    Phone,
    PostdatedPayment,
    QuickAccess,
    Registration,
    Role,
    Subscription,
    Transaction,
    TransactionKind,
)
from services.domain.validators import luhn_check_digit

TZ_NAME = "America/Toronto"
DEMO_USERNAME = "famille.tremblay@example.ca"
DEMO_PASSWORD = "Carnet-demo-2026"
STORE = "https://boutique.example.ca"

# Ids by kind, in separate ranges so a stray id is easy to spot in a log.
CITY, SWIM, DAYCARE, FEDERATION = 101, 102, 103, 104
ETIENNE, GENEVIEVE, ZOE, FELIX, LEA = 201, 202, 203, 204, 205
COURSE = 506  # a one-day course (ASSIST-3: Zoé is booked twice that Saturday)
REHEARSAL = 704  # an event across town while Félix plays soccer (ASSIST-3: two places at once)
# Each demo organization's API key for the organization routes (docs/api-org.md section 6):
# key `org-<slug>`, one secret for all. The reference server makes them in demo mode, and
# `carnet-server --demo` prints them after the family's login.
DEMO_ORG_SECRET = "Carnet-org-demo-2026"
DEMO_ORG_KEYS = {CITY: "org-loisirs-beaumont", SWIM: "org-marsouins",
                 DAYCARE: "org-petits-explorateurs", FEDERATION: "org-gymnastique-qc"}
# ASSIST-3: a closure that came after the occurrences it falls on (the one such case).
UNPLANNED_CLOSURE = "Fermeture imprévue — bris de filtration"


def with_check_digit(prefix: str) -> str:
    """`prefix` completed by its Luhn digit (demo SINs, test cards)."""
    return prefix + luhn_check_digit(prefix)


SIN_ETIENNE = with_check_digit("13069254")
SIN_GENEVIEVE = with_check_digit("27419833")
ALLERGY_FELIX = "Arachides (anaphylaxie) — EpiPen dans la poche avant du sac"


def at(day: date, hour: int, minute: int = 0) -> datetime:
    """A local wall-clock time in the demo's zone (DST handled by zoneinfo)."""
    return datetime.combine(day, time(hour, minute), zone(TZ_NAME))


def season(today: date) -> tuple[date, date]:
    """First Monday at or after five weeks before this month, to six weeks after it."""
    first = today.replace(day=1)
    start = first - timedelta(days=35)
    start += timedelta(days=(7 - start.weekday()) % 7)
    next_month = (first + timedelta(days=32)).replace(day=1)
    return start, next_month + timedelta(days=41)


def weekly(start: date, end: date, weekday: int) -> Iterator[date]:
    day = start + timedelta(days=(weekday - start.weekday()) % 7)
    while day <= end:
        yield day
        day += timedelta(days=7)


def _years_ago(today: date, years: int, month: int, day: int) -> date:
    return date(today.year - years, month, day)


def _organizations() -> list[Organization]:
    return [
        Organization(
            id=CITY, version="1", name="Loisirs Ville de Beaumont-sur-Lac", slug="loisirs-beaumont",
            phone="+14505550100", email="loisirs@beaumont.example.ca",
            store_url=f"{STORE}/loisirs-beaumont", allows_online_payment=True,
            payment_mode=PaymentMode.PARTIAL, minimum_payment=Decimal("25.00"),
        ),
        Organization(
            id=SWIM, version="1", name="Club de natation Les Marsouins", slug="marsouins",
            phone="+14505550142", email="info@marsouins.example.ca",
            store_url=f"{STORE}/marsouins", allows_online_payment=False,
        ),
        Organization(
            id=DAYCARE, version="1", name="CPE Les Petits Explorateurs",
            slug="petits-explorateurs", phone="+14505550177",
            email="direction@petits-explorateurs.example.ca",
            store_url=f"{STORE}/petits-explorateurs", allows_online_payment=True,
            payment_mode=PaymentMode.FULL, offers_childcare=True,
        ),
        Organization(
            id=FEDERATION, version="1", name="Fédération de gymnastique du Québec",
            slug="gymnastique-qc", phone="+15145550199", email="membres@gymnastique.example.ca",
            store_url=f"{STORE}/gymnastique-qc", is_federation=True,
        ),
    ]


def _address() -> Address:
    return Address(
        line1="1234, rue des Érables", city="Beaumont-sur-Lac", province="QC",
        postal_code="J0K 1A0",
    )


def _persons(today: date) -> list[Person]:
    return [
        Person(
            id=ETIENNE, version="1", first_name="Étienne", last_name="Tremblay", is_child=False,
            date_of_birth=_years_ago(today, 42, 5, 17), gender=Gender.MALE,
            email="etienne.tremblay@example.ca",
            phones=[Phone(label="Mobile", number="+14505551234")],
            address=_address(), sin=SIN_ETIENNE,
            health_insurance=HealthInsurance(
                number="TREE 8405 1712", expiry=date(today.year + 3, 5, 31)
            ),
        ),
        Person(
            id=GENEVIEVE, version="1", first_name="Geneviève", last_name="Gagnon",
            is_child=False, date_of_birth=_years_ago(today, 40, 2, 29 if today.year % 4 == 0
                                                      else 28),
            gender=Gender.FEMALE, email="genevieve.gagnon@example.ca",
            phones=[Phone(label="Mobile", number="+14505555678")], address=_address(),
            sin=SIN_GENEVIEVE,
        ),
        Person(
            id=ZOE, version="1", first_name="Zoé", last_name="Tremblay", is_child=True,
            date_of_birth=_years_ago(today, 13, 9, 3), gender=Gender.FEMALE,
            medical_information=MedicalInformation(illnesses="Asthme léger",
                                                   medication="Ventolin au besoin"),
            health_insurance=HealthInsurance(number="TREZ 1359 0312"),
        ),
        Person(
            id=FELIX, version="1", first_name="Félix", last_name="Tremblay", is_child=True,
            date_of_birth=_years_ago(today, 9, 11, 21), gender=Gender.MALE,
            medical_information=MedicalInformation(
                allergies=ALLERGY_FELIX, reactions="Urticaire, difficulté à respirer",
                notes="Avertir l'entraîneur en début de saison.",
            ),
        ),
        Person(
            id=LEA, version="1", first_name="Léa", last_name="Tremblay", is_child=True,
            date_of_birth=_years_ago(today, 4, 6, 8), gender=Gender.FEMALE,
        ),
    ]


def _contacts() -> list[Contact]:
    ids = count(301)

    def guardian(child: int, parent: str, rank: ContactRank, share: int | None,
                 sin: str | None) -> Contact:
        first, last, email, phone = {
            "e": ("Étienne", "Tremblay", "etienne.tremblay@example.ca", "+14505551234"),
            "g": ("Geneviève", "Gagnon", "genevieve.gagnon@example.ca", "+14505555678"),
        }[parent]
        return Contact(
            id=next(ids), version="1", person_id=child, first_name=first, last_name=last,
            relationship="Père" if parent == "e" else "Mère", email=email,
            phones=[Phone(label="Mobile", number=phone)], is_legal_guardian=True, rank=rank,
            rl24_percent=share, sin=sin,
        )

    grandmother = {
        "first_name": "Thérèse", "last_name": "Côté", "relationship": "Grand-mère",
        "phones": [Phone(label="Maison", number="+14505559876")],
        "notes": "Peut venir chercher les enfants.",
    }
    return [
        # Léa: the RL-24 child, split 50/50, both SINs known: ready.
        guardian(LEA, "e", ContactRank.PRIMARY, 50, SIN_ETIENNE),
        guardian(LEA, "g", ContactRank.SECONDARY, 50, SIN_GENEVIEVE),
        # Zoé: her primary guardian's SIN is missing, so her RL-24 is not ready.
        guardian(ZOE, "g", ContactRank.PRIMARY, 100, None),
        guardian(ZOE, "e", ContactRank.SECONDARY, 0, SIN_ETIENNE),
        guardian(FELIX, "e", ContactRank.PRIMARY, None, SIN_ETIENNE),
        Contact(id=next(ids), version="1", person_id=FELIX, **grandmother),
        Contact(id=next(ids), version="1", person_id=LEA, **grandmother),
    ]


def _quebec_holidays(year: int) -> list[tuple[date, date, str]]:
    def nth_monday(month: int, n: int) -> date:
        first = date(year, month, 1)
        return first + timedelta(days=(0 - first.weekday()) % 7 + 7 * (n - 1))

    patriotes = date(year, 5, 24) - timedelta(days=date(year, 5, 24).weekday())
    return [
        (date(year, 1, 1), date(year, 1, 2), "Jour de l'An"),
        (patriotes, patriotes, "Journée nationale des patriotes"),
        (date(year, 6, 24), date(year, 6, 24), "Fête nationale du Québec"),
        (date(year, 7, 1), date(year, 7, 1), "Fête du Canada"),
        (nth_monday(9, 1), nth_monday(9, 1), "Fête du Travail"),
        (nth_monday(10, 2), nth_monday(10, 2), "Action de grâce"),
        (date(year, 12, 24), date(year, 12, 31), "Congé des Fêtes"),
    ]


def _closures(first: date, last: date, today: date) -> list[Closure]:
    """City holidays in the season, and a maintenance day in every month that has none."""
    ids = count(401)
    closures = [
        Closure(id=next(ids), version="1", organization_id=CITY, name=name,
                start_date=start, end_date=end)
        for year in range(first.year, last.year + 1)
        for start, end, name in _quebec_holidays(year)
        if start <= last and end >= first
    ]
    month = first.replace(day=1)
    while month <= last:
        if not any(c.start_date.month == month.month and c.start_date.year == month.year
                   for c in closures):
            day = month + timedelta(days=(0 - month.weekday()) % 7 + 14)  # third Monday
            closures.append(Closure(id=next(ids), version="1", organization_id=CITY,
                                    name="Fermeture — entretien des installations",
                                    start_date=day, end_date=day))
        month = (month + timedelta(days=32)).replace(day=1)
    # The daycare's pedagogical day, the second Friday of the month (Éveil musical skips it).
    month = today.replace(day=1)
    friday = month + timedelta(days=(4 - month.weekday()) % 7 + 7)
    closures.append(Closure(id=next(ids), version="1", organization_id=DAYCARE,
                            name="Journée pédagogique", start_date=friday, end_date=friday))
    return closures


# (id, org, name, program, location, weekday, (h, m), minutes, [(person, role)])
_ACTIVITIES = [
    (501, CITY, "Soccer intérieur U10", "Sports jeunesse", "Centre sportif Beaumont", 1,
     (18, 30), 60, [(FELIX, Role.PARTICIPANT), (ETIENNE, Role.STAFF)]),
    (502, CITY, "Atelier de bricolage", "Arts et culture", "Bibliothèque municipale", 5,
     (10, 0), 90, [(ZOE, Role.PARTICIPANT), (FELIX, Role.PARTICIPANT)]),
    (503, SWIM, "Natation — Junior 3", "Natation récréative", "Piscine du Parc-Central", 2,
     (17, 0), 60, [(ZOE, Role.PARTICIPANT)]),
    (504, SWIM, "Bébés nageurs (parent-enfant)", "Éveil aquatique", "Piscine du Parc-Central",
     5, (9, 0), 45, [(LEA, Role.PARTICIPANT), (GENEVIEVE, Role.PARTICIPANT)]),
    (505, DAYCARE, "Éveil musical", "Ateliers du CPE", "CPE — salle multi", 4, (9, 30), 45,
     [(LEA, Role.PARTICIPANT)]),
]


def _calendar(today: date, closures: list[Closure]
              ) -> tuple[list[Activity], list[Occurrence], list[Registration]]:
    """Each activity weekly over the season, except on the days its organization is closed
    (the platform schedules no session then)."""
    first, last = season(today)
    closed = {(c.organization_id, c.start_date + timedelta(days=n))
              for c in closures for n in range((c.end_date - c.start_date).days + 1)}
    activities, occurrences, registrations = [], [], []
    occ_ids, reg_ids = count(10_001), count(601)
    month_start = today.replace(day=1)
    for act_id, org, name, program, place, weekday, (h, m), minutes, members in _ACTIVITIES:
        slug = {CITY: "loisirs-beaumont", SWIM: "marsouins", DAYCARE: "petits-explorateurs"}[org]
        activities.append(Activity(
            id=act_id, version="1", organization_id=org, program=program, name=name,
            location=place, registration_url=f"{STORE}/{slug}/activites/{act_id}",
        ))
        registrations += [
            Registration(id=next(reg_ids), version="1", person_id=person, activity_id=act_id,
                         role=role)
            for person, role in members
        ]
        in_month = 0
        for day in weekly(first, last, weekday):
            start = at(day, h, m)
            state, original = OccurrenceState.NORMAL, None
            in_month += day >= month_start and day.month == month_start.month
            if act_id == 501 and in_month == 2 and day.month == month_start.month:
                state = OccurrenceState.CANCELLED
            elif act_id == 503 and in_month == 3 and day.month == month_start.month:
                state, original = OccurrenceState.MOVED, start
                start = at(day + timedelta(days=1), 18, 0)
            elif act_id == 505 and in_month == 2 and day.month == month_start.month:
                state = OccurrenceState.SKIPPED  # the daycare's pedagogical day
            if state is not OccurrenceState.SKIPPED and (org, start.date()) in closed:
                continue
            occurrences.append(Occurrence(
                id=next(occ_ids), version="1", activity_id=act_id, start=start,
                end=start + timedelta(minutes=minutes), state=state, original_start=original,
            ))
    # ASSIST-3: a one-day course for Zoé on a Saturday of the month she also has her craft
    # workshop, an hour and a half after it starts: she is booked twice (DoubleBooked).
    workshop = next(o for o in occurrences if o.activity_id == 502
                    and o.start.date() >= month_start and o.state is OccurrenceState.NORMAL)
    activities.append(Activity(
        id=COURSE, version="1", organization_id=CITY, program="Sports jeunesse",
        name="Cours Gardiens avertis", location="Bibliothèque municipale",
        registration_url=f"{STORE}/loisirs-beaumont/activites/{COURSE}"))
    registrations.append(Registration(id=next(reg_ids), version="1", person_id=ZOE,
                                      activity_id=COURSE, role=Role.PARTICIPANT))
    course = workshop.start + timedelta(hours=1)
    occurrences.append(Occurrence(id=next(occ_ids), version="1", activity_id=COURSE,
                                  start=course, end=course + timedelta(hours=4)))
    return activities, occurrences, registrations


def _unplanned_closure(today: date, closures: list[Closure]) -> Closure:
    """ASSIST-3: the pool closes on the fourth Wednesday of the month (a broken filter), after
    the season was scheduled; the platform has not cancelled Zoé's swim that day yet, so it is
    held on a day its organization is closed (a Closed clash)."""
    month = today.replace(day=1)
    wednesday = month + timedelta(days=(2 - month.weekday()) % 7 + 21)
    return Closure(id=max(c.id for c in closures) + 1, version="1", organization_id=SWIM,
                   name=UNPLANNED_CLOSURE, start_date=wednesday, end_date=wednesday)


def _events(today: date, occurrences: list[Occurrence]) -> list[Event]:
    month = today.replace(day=1)
    # ASSIST-3: Zoé's rehearsal across town begins half an hour before the month's first soccer
    # game that is held, where Félix plays and Étienne coaches: two places at once.
    soccer = next(o for o in occurrences if o.activity_id == 501 and o.start.date() >= month
                  and o.state is OccurrenceState.NORMAL)
    rehearsal = soccer.start - timedelta(minutes=30)
    return [
        Event(id=701, version="1", organization_id=CITY, person_ids=[ETIENNE],
              title="Réservation — terrain de tennis no 2", start=at(month + timedelta(days=9), 19),
              end=at(month + timedelta(days=9), 20), location="Parc Beaumont",
              is_online_booking=True, url=f"{STORE}/loisirs-beaumont/reservations/701"),
        Event(id=702, version="1", organization_id=FEDERATION, person_ids=[ZOE],
              title="Championnat régional de gymnastique",
              start=at(month + timedelta(days=15), 8), end=at(month + timedelta(days=15), 17),
              location="Aréna régional"),
        Event(id=703, version="1", organization_id=DAYCARE, person_ids=[GENEVIEVE, ETIENNE],
              title="Soirée d'information des parents", start=at(month + timedelta(days=21), 19),
              end=at(month + timedelta(days=21), 20, 30), location="CPE Les Petits Explorateurs"),
        Event(id=REHEARSAL, version="1", organization_id=CITY, person_ids=[ZOE],
              title="Spectacle de Noël — répétition générale", start=rehearsal,
              end=rehearsal + timedelta(minutes=90), location="Salle communautaire Beaumont"),
    ]


def _billing(today: date) -> dict[str, list]:
    d = today
    money = Decimal
    transactions = [
        Transaction(id=801, version="1", organization_id=CITY, kind=TransactionKind.INVOICE,
                    date=d - timedelta(days=40), amount=money("240.00"),
                    description="Inscriptions saison — soccer et bricolage", person_id=FELIX),
        Transaction(id=802, version="1", organization_id=CITY, kind=TransactionKind.PAYMENT,
                    date=d - timedelta(days=38), amount=money("100.00"),
                    description="Paiement Visa ****4242"),
        Transaction(id=803, version="1", organization_id=SWIM, kind=TransactionKind.INVOICE,
                    date=d - timedelta(days=30), amount=money("185.50"),
                    description="Natation Junior 3 et Bébés nageurs"),
        Transaction(id=804, version="1", organization_id=DAYCARE, kind=TransactionKind.INVOICE,
                    date=d - timedelta(days=27), amount=money("217.80"),
                    description="Frais de garde du mois"),
        Transaction(id=805, version="1", organization_id=DAYCARE, kind=TransactionKind.PAYMENT,
                    date=d - timedelta(days=26), amount=money("217.80"),
                    description="Prélèvement bancaire"),
        Transaction(id=806, version="1", organization_id=FEDERATION,
                    kind=TransactionKind.INVOICE, date=d - timedelta(days=60),
                    amount=money("45.00"), description="Affiliation annuelle", person_id=ZOE),
        Transaction(id=807, version="1", organization_id=FEDERATION,
                    kind=TransactionKind.CREDIT, date=d - timedelta(days=59),
                    amount=money("45.00"), description="Crédit — affiliation club"),
    ]
    passes = [
        Pass(id=851, version="1", organization_id=CITY, name="Carte 10 bains libres",
             is_family_pass=True, tokens_left=0, valid_from=d - timedelta(days=200),
             valid_to=d + timedelta(days=165)),
        Pass(id=852, version="1", organization_id=SWIM, name="Bain libre — 5 entrées",
             person_id=ZOE, tokens_left=5, valid_from=d - timedelta(days=20),
             valid_to=d + timedelta(days=180)),
        Pass(id=853, version="1", organization_id=FEDERATION, name="Licence récréative",
             person_id=ZOE, has_unlimited_tokens=True, valid_from=d - timedelta(days=60),
             valid_to=d + timedelta(days=300)),
    ]
    methods = [
        PaymentMethod(id=901, version="1", kind=PaymentMethodKind.CARD, brand="Visa",
                      last4="4242", expiry_month=9, expiry_year=d.year + 2,
                      billing_address=_address(), authorized_organization_ids=[CITY, SWIM]),
        PaymentMethod(id=902, version="1", kind=PaymentMethodKind.CARD, brand="Mastercard",
                      last4="4444", expiry_month=3, expiry_year=d.year + 1,
                      billing_address=_address(), authorized_organization_ids=[CITY]),
        PaymentMethod(id=903, version="1", kind=PaymentMethodKind.BANK_ACCOUNT,
                      name="Compte conjoint", last4="6789", billing_address=_address(),
                      authorized_organization_ids=[DAYCARE]),
    ]
    postdated = [
        PostdatedPayment(id=951, version="1", organization_id=CITY,
                         due_date=d + timedelta(days=20), amount=money("70.00"),
                         status=PaymentStatus.SCHEDULED, payment_method_id=901,
                         description="Versement 2 de 3"),
        PostdatedPayment(id=952, version="1", organization_id=CITY,
                         due_date=d + timedelta(days=50), amount=money("70.00"),
                         status=PaymentStatus.SCHEDULED, payment_method_id=901,
                         description="Versement 3 de 3"),
        PostdatedPayment(id=953, version="1", organization_id=DAYCARE, due_date=d,
                         amount=money("217.80"), status=PaymentStatus.PROCESSING,
                         payment_method_id=903, description="Frais de garde"),
        PostdatedPayment(id=954, version="1", organization_id=DAYCARE,
                         due_date=d - timedelta(days=26), amount=money("217.80"),
                         status=PaymentStatus.ACCEPTED, payment_method_id=903,
                         description="Frais de garde"),
        PostdatedPayment(id=955, version="1", organization_id=SWIM,
                         due_date=d - timedelta(days=5), amount=money("92.75"),
                         status=PaymentStatus.REFUSED, payment_method_id=902,
                         failure_reason="Carte refusée par l'émetteur",
                         description="Versement 1 de 2"),
    ]
    return {"transactions": transactions, "passes": passes, "payment_methods": methods,
            "postdated_payments": postdated}


def _emails(today: date) -> list[Email]:
    def sent(days: int, hour: int) -> datetime:
        return at(today - timedelta(days=days), hour)

    def body(*paragraphs: str) -> str:
        return "".join(f"<p>{p}</p>" for p in paragraphs)

    return [
        Email(id=1101, version="1", organization_id=SWIM, sender="info@marsouins.example.ca",
              subject="Changement d'horaire — Natation Junior 3", sent_at=sent(1, 16),
              html_body=body("Bonjour,", "Le cours de cette semaine est déplacé au jeudi 18 h.",
                             "L'équipe des Marsouins")),
        Email(id=1102, version="1", organization_id=None, sender="notifications@example.ca",
              subject="Reçu de paiement", sent_at=sent(3, 9), is_read=False,
              html_body=body("Merci pour votre paiement de 100,00 $.")),
        Email(id=1103, version="1", organization_id=CITY, sender="loisirs@beaumont.example.ca",
              subject="Programmation d'hiver", sent_at=sent(6, 10), is_read=True,
              html_body=body("La programmation d'hiver est en ligne.",
                             '<a href="https://boutique.example.ca/loisirs-beaumont">'
                             "Voir les activités</a>")),
        Email(id=1104, version="1", organization_id=DAYCARE,
              sender="direction@petits-explorateurs.example.ca", subject="Journée pédagogique",
              sent_at=sent(9, 8), is_read=True,
              html_body=body("Rappel : le CPE sera fermé lors de la journée pédagogique.")),
        Email(id=1105, version="1", organization_id=FEDERATION,
              sender="membres@gymnastique.example.ca", subject="Votre licence est active",
              sent_at=sent(55, 11), is_read=True, html_body=body("Bonne saison!")),
    ]


def _forms() -> list[OrgForm]:
    fields = [
        FormField(key="doctor", label="Médecin de famille", type=FieldType.TEXT),
        FormField(key="needs", label="Besoins particuliers", type=FieldType.MULTILINE),
        FormField(key="tetanus", label="Dernier vaccin antitétanique", type=FieldType.DATE),
        FormField(key="shirt", label="Taille de chandail", type=FieldType.CHOICE, required=True,
                  choices=["XS", "S", "M", "L"]),
        FormField(key="consents", label="Autorisations", type=FieldType.MULTIPLE_CHOICE,
                  choices=["Photos", "Sorties", "Crème solaire"]),
        FormField(key="swims", label="Sait nager", type=FieldType.YES_NO, required=True),
        FormField(key="siblings", label="Nombre de frères et sœurs", type=FieldType.NUMBER),
    ]
    return [
        OrgForm(id=1201, version="1", organization_id=CITY, person_id=FELIX,
                title="Fiche santé et autorisations", fields=fields,
                answers={"shirt": "S", "swims": True, "consents": ["Photos"], "siblings": 2}),
        OrgForm(id=1202, version="1", organization_id=DAYCARE, person_id=LEA,
                title="Personnes autorisées à venir chercher l'enfant",
                fields=[FormField(key="names", label="Noms et liens", type=FieldType.MULTILINE,
                                  required=True)],
                answers={"names": "Thérèse Côté (grand-mère)"}),
    ]


def demo_dataset(today: date) -> Dataset:
    """The demo family of docs/dataset.md, placed around `today`."""
    first, last = season(today)
    closures = _closures(first, last, today)
    activities, occurrences, registrations = _calendar(today, closures)
    closures.append(_unplanned_closure(today, closures))
    account = AccountData(
        account=Account(id=1, version="1", username=DEMO_USERNAME,
                        contact_email="etienne.tremblay@example.ca", holder_person_id=ETIENNE,
                        province="QC"),
        password=DEMO_PASSWORD,
        persons=_persons(today),
        contacts=_contacts(),
        invitations=[Invitation(id=1301, version="1", person_id=ZOE,
                                email="zoe.tremblay@example.ca", sent_at=at(today, 8))],
        quick_access=[QuickAccess(id=1400 + org, version="1", organization_id=org)
                      for org in (CITY, SWIM, DAYCARE, FEDERATION)],
        registrations=registrations,
        events=_events(today, occurrences),
        carts=[Cart(id=1501, version="1", organization_id=CITY, item_count=1)],
        emails=_emails(today),
        subscriptions=[
            Subscription(id=1600, version="1", organization_id=None),
            *(Subscription(id=1600 + org, version="1", organization_id=org,
                           calendar_invitations=org != FEDERATION)
              for org in (CITY, SWIM, DAYCARE, FEDERATION)),
        ],
        org_forms=_forms(),
        **_billing(today),
    )
    return Dataset(organizations=_organizations(), closures=closures,
                   activities=activities, occurrences=occurrences, accounts=[account])


def scaled_dataset(today: date, activities: int, weeks: int, persons: int = 8) -> Dataset:
    """A front desk's largest account: `activities` weekly activities over `weeks` weeks.

    Occurrences = activities × weeks, each with one registered member, spread over the week
    so a month shows about activities × 4.35 entries.
    """
    base = demo_dataset(today)
    account = base.accounts[0]
    people = [p for p in account.persons]
    for index in range(len(people), persons):
        people.append(Person(id=3000 + index, version="1", first_name=f"Enfant {index}",
                             last_name="Tremblay", is_child=True,
                             date_of_birth=date(today.year - 8, 1, 1 + index % 28)))
    start = today - timedelta(weeks=weeks // 2)
    start -= timedelta(days=start.weekday())
    acts, occs, regs = [], [], []
    occ_id = 1_000_000
    for index in range(activities):
        act_id = 100_000 + index
        org = (CITY, SWIM, DAYCARE)[index % 3]
        acts.append(Activity(id=act_id, version="1", organization_id=org,
                             name=f"Activité {index}", location="Centre",
                             registration_url=f"{STORE}/a/{act_id}"))
        regs.append(Registration(id=200_000 + index, version="1",
                                 person_id=people[index % len(people)].id, activity_id=act_id))
        hour, weekday = 8 + index % 12, index % 7
        for week in range(weeks):
            begin = at(start + timedelta(days=7 * week + weekday), hour)
            occs.append(Occurrence(id=occ_id, version="1", activity_id=act_id, start=begin,
                                   end=begin + timedelta(hours=1)))
            occ_id += 1
    account = account.model_copy(update={
        "persons": people,
        "registrations": account.registrations + regs,
    })
    return base.model_copy(update={
        "activities": base.activities + acts,
        "occurrences": base.occurrences + occs,
        "accounts": [account],
    })
