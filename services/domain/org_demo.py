"""A front desk's organization at scale (issue 19): the demo data plus thousands of families.

`organization_dataset(today, families=…, activities=…, weeks=…, seed=…)` is the demo dataset
(services/domain/demo.py: the four organizations, their closures, the demo family and its
events) plus, for one organization (the city's recreation department by default):

- `families` accounts of 1 to 4 persons (2.5 on average: 20,000 accounts make about 50,000
  persons), the first an adult who owns the account; realistic Québec French names (accents,
  compound first names), emails, mobile phones; children with their parents as legal guardians
  and, for some, a grandparent as emergency contact; some with medical information;
- `activities` activities across a dozen programs and locations, each held `per_week` times a
  week for `weeks` weeks from a week before `today` (front desk's window is 7 days back, 60
  ahead), except on the organization's closed days; a few sessions cancelled or moved;
- `registrations` per account on average (at least one, so every account is the
  organization's), spread over the activities; about 3 % cancelled.

Deterministic for the same arguments (`seed`). Ids are in their own ranges, above the demo's.
Objects are built with `model_construct` (no validation: the values are made valid here), so
that half a million occurrences take seconds, not minutes.
"""

from __future__ import annotations

import random
import unicodedata
from datetime import date, datetime, timedelta

from services.domain.dataset import AccountData, Dataset
from services.domain.demo import CITY, STORE, at, demo_dataset
from services.domain.entities import (
    Account,
    Activity,
    Contact,
    ContactRank,
    Event,
    Gender,
    MedicalInformation,
    Occurrence,
    OccurrenceState,
    Person,
    Phone,
    Registration,
    Role,
)

ACCOUNT_IDS = 10_000  # accounts 10_001…
PERSON_IDS = 100_000
CONTACT_IDS = 1_000_000
REGISTRATION_IDS = 2_000_000
ACTIVITY_IDS = 5_000
OCCURRENCE_IDS = 10_000_000
EVENT_IDS = 50_000

WOMEN = (
    "Marie", "Julie", "Isabelle", "Nathalie", "Stéphanie", "Mélanie", "Geneviève", "Josée",
    "Caroline", "Émilie", "Amélie", "Valérie", "Annie", "Catherine", "Marie-Ève", "Véronique",
    "Hélène", "Sophie", "Chantal", "Anne-Marie", "Karine", "Mélissa", "Andrée", "Sylvie",
    "Élise", "Noémie", "Maude", "Édith", "Marie-Hélène", "Josiane",
)
MEN = (
    "Jean", "Pierre", "Marc", "François", "Éric", "Sébastien", "Martin", "Jean-François",
    "Stéphane", "Frédéric", "Mathieu", "Jérôme", "Patrick", "Simon", "André", "Luc",
    "Benoît", "Dominique", "Hugo", "Jean-Philippe", "Mathias", "Réjean", "Gaétan", "Denis",
    "Olivier", "Maxime", "Guillaume", "Étienne", "Alexandre", "Jean-Sébastien",
)
GIRLS = (
    "Léa", "Zoé", "Florence", "Emma", "Alice", "Chloé", "Béatrice", "Charlotte", "Olivia",
    "Rosalie", "Éloïse", "Mia", "Jade", "Clara", "Laurence", "Maëlle", "Anaïs", "Juliette",
    "Mégane", "Élodie", "Léonie", "Romane", "Maïka", "Justine", "Camille", "Ève",
)
BOYS = (
    "William", "Liam", "Thomas", "Noah", "Félix", "Jacob", "Nathan", "Léo", "Édouard",
    "Raphaël", "Gabriel", "Samuel", "Émile", "Arnaud", "Loïc", "Zacharie", "Mathis", "Charles",
    "Olivier", "Benjamin", "Xavier", "Théo", "Anthony", "Jérémy", "Louis", "Éli",
)
SURNAMES = (
    "Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie", "Fortin",
    "Gagné", "Ouellet", "Pelletier", "Bélanger", "Lévesque", "Bergeron", "Leblanc", "Paquette",
    "Girard", "Simard", "Boucher", "Caron", "Beaulieu", "Cloutier", "Dubé", "Poirier",
    "Fournier", "Lapointe", "Leclerc", "Lefebvre", "Poulin", "Thibault", "St-Pierre", "Nadeau",
    "Martin", "Landry", "Martel", "Bédard", "Grenier", "Lessard", "Bernier", "Richard",
    "Michaud", "Hébert", "Desjardins", "Couture", "Turcotte", "Lachance", "Parent", "Blais",
    "Gosselin", "Savard", "Proulx", "Beaudoin", "Demers", "Perreault", "Boudreau", "Lemieux",
    "Cyr", "Perron", "Dufour", "Dion", "Mercier", "Bolduc", "Bérubé", "Boivin", "Langlois",
    "Ménard", "Vézina", "Lalonde", "Charbonneau", "Brisson", "Guérin", "Thériault", "Léger",
    "Therrien", "Côté-Tremblay", "D'Amours", "Séguin", "Légaré", "Émond",
)
GRANDPARENTS = (("Thérèse", "Grand-mère"), ("Gisèle", "Grand-mère"), ("Lise", "Grand-mère"),
                ("Réal", "Grand-père"), ("Gérard", "Grand-père"), ("Fernand", "Grand-père"))
AREA_CODES = ("450", "514", "438", "579", "819")
DOMAINS = ("example.ca", "courriel.example.com", "videotron.example.ca", "exemple.qc.ca")

# (program, [activity names], [locations])
PROGRAMS = (
    ("Natation récréative", ("Natation — Junior {n}", "Natation — Adultes {n}",
                             "Bain libre — couloir {n}"), ("Piscine du Parc-Central",
                                                           "Piscine Émile-Legault")),
    ("Éveil aquatique", ("Bébés nageurs {n}", "Tortues de mer {n}"),
     ("Piscine du Parc-Central",)),
    ("Sports jeunesse", ("Soccer intérieur U{n}", "Basketball mini {n}", "Hockey cosom {n}"),
     ("Centre sportif Beaumont", "Gymnase de l'école Sainte-Thérèse")),
    ("Arts et culture", ("Atelier de bricolage {n}", "Peinture et aquarelle {n}",
                         "Théâtre jeunesse {n}"), ("Bibliothèque municipale",
                                                   "Maison de la culture")),
    ("Danse", ("Ballet classique {n}", "Hip-hop {n}", "Danse en ligne {n}"),
     ("Maison de la culture", "Salle communautaire Beaumont")),
    ("Musique", ("Éveil musical {n}", "Guitare débutant {n}", "Chorale {n}"),
     ("École de musique Beaumont",)),
    ("Mise en forme adultes", ("Yoga doux {n}", "Zumba {n}", "Entraînement en circuit {n}",
                               "Pilates {n}"), ("Centre sportif Beaumont",
                                                "Salle communautaire Beaumont")),
    ("Aînés actifs", ("Aquaforme {n}", "Tai-chi {n}", "Marche nordique {n}"),
     ("Piscine Émile-Legault", "Parc du Lac-Vert")),
    ("Patinage", ("Patinage plus {n}", "Patinage artistique {n}"), ("Aréna Jean-Béliveau",)),
    ("Plein air", ("Initiation au kayak {n}", "Escalade intérieure {n}"),
     ("Parc du Lac-Vert", "Centre sportif Beaumont")),
    ("Langues", ("Anglais conversation {n}", "Espagnol débutant {n}"),
     ("Bibliothèque municipale",)),
    ("Camps de jour", ("Camp multisport {n}", "Camp sciences {n}"),
     ("École Sainte-Thérèse",)),
)
ALLERGIES = ("Arachides (anaphylaxie) — EpiPen dans le sac", "Noix", "Lactose", "Pénicilline",
             "Piqûres d'abeille — EpiPen", "Fruits de mer", "Œufs")
ILLNESSES = ("Asthme léger", "Diabète de type 1", "Épilepsie", "TDAH", "Eczéma")
MEDICATION = ("Ventolin au besoin", "Insuline — pompe", "Ritalin le matin", "Aucun")
REACTIONS = ("Urticaire, difficulté à respirer", "Maux de ventre", "Enflure", "")


def ascii_of(text: str) -> str:
    """"Côté-Tremblay" → "cote-tremblay": email-safe letters."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in folded.lower() if ch.isalnum() or ch in "-.")


class _Families:
    """Accounts and their persons, contacts and registrations, from one random source."""

    def __init__(self, rng: random.Random, today: date) -> None:
        self.rng, self.today = rng, today
        self.person_id, self.contact_id = PERSON_IDS, CONTACT_IDS
        self.phones: set[str] = set()

    def phone(self) -> str:
        while True:
            number = f"+1{self.rng.choice(AREA_CODES)}555{self.rng.randrange(10_000):04d}"
            if number not in self.phones or len(self.phones) > 40_000:
                self.phones.add(number)
                return number

    def born(self, low: int, high: int) -> date:
        age_days = self.rng.randrange(low * 365, high * 365 + 1)
        return self.today - timedelta(days=age_days)

    def medical(self, child: bool) -> MedicalInformation | None:
        if self.rng.random() >= (0.15 if child else 0.06):
            return None
        rng = self.rng
        allergy = rng.choice(ALLERGIES) if rng.random() < 0.7 else ""
        return MedicalInformation.model_construct(
            allergies=allergy, illnesses=rng.choice(ILLNESSES) if rng.random() < 0.4 else "",
            medication=rng.choice(MEDICATION) if rng.random() < 0.4 else "",
            reactions=rng.choice(REACTIONS) if allergy else "", notes="")

    def person(self, first: str, last: str, child: bool, gender: Gender, born: date,
               email: str | None, phone: str | None) -> Person:
        self.person_id += 1
        return Person.model_construct(
            id=self.person_id, version="1", first_name=first, last_name=last, is_child=child,
            date_of_birth=born, gender=gender, email=email,
            phones=[Phone.model_construct(label="Mobile", number=phone)] if phone else [],
            address=None, medical_information=self.medical(child), health_insurance=None,
            sin=None, photo=None)

    def adult(self, last: str, number: int, woman: bool) -> Person:
        first = self.rng.choice(WOMEN if woman else MEN)
        email = (f"{ascii_of(first)}.{ascii_of(last)}{number}@"
                 f"{self.rng.choice(DOMAINS)}")
        return self.person(first, last, False, Gender.FEMALE if woman else Gender.MALE,
                           self.born(25, 70), email, self.phone())

    def account(self, number: int) -> AccountData:
        rng = self.rng
        size = rng.randint(1, 4)
        last = rng.choice(SURNAMES)
        woman = rng.random() < 0.55
        owner = self.adult(last, number, woman)
        persons = [owner]
        adults = [owner]
        if size >= 2 and rng.random() < 0.6:  # a second parent, often another surname
            other = last if rng.random() < 0.4 else rng.choice(SURNAMES)
            adults.append(self.adult(other, number, not woman))
            persons.append(adults[-1])
        while len(persons) < size:
            girl = rng.random() < 0.5
            child_last = last if rng.random() < 0.7 or len(adults) == 1 else \
                f"{last}-{adults[1].last_name}" if "-" not in last + adults[1].last_name \
                else last
            persons.append(self.person(rng.choice(GIRLS if girl else BOYS), child_last, True,
                                       Gender.FEMALE if girl else Gender.MALE,
                                       self.born(1, 17), None, None))
        contacts = []
        for child in (p for p in persons if p.is_child):
            for rank, parent in zip((ContactRank.PRIMARY, ContactRank.SECONDARY), adults,
                                    strict=False):
                self.contact_id += 1
                contacts.append(Contact.model_construct(
                    id=self.contact_id, version="1", person_id=child.id,
                    first_name=parent.first_name, last_name=parent.last_name,
                    relationship="Mère" if parent.gender is Gender.FEMALE else "Père",
                    phones=list(parent.phones), email=parent.email,
                    is_emergency_contact=True, is_legal_guardian=True, rank=rank,
                    rl24_percent=None, sin=None, address=None, notes=""))
            if rng.random() < 0.3:
                first, relation = rng.choice(GRANDPARENTS)
                self.contact_id += 1
                contacts.append(Contact.model_construct(
                    id=self.contact_id, version="1", person_id=child.id, first_name=first,
                    last_name=rng.choice(SURNAMES), relationship=relation,
                    phones=[Phone.model_construct(label="Maison", number=self.phone())],
                    email=None, is_emergency_contact=True, is_legal_guardian=False, rank=None,
                    rl24_percent=None, sin=None, address=None,
                    notes="Peut venir chercher les enfants."))
        account = Account.model_construct(
            id=ACCOUNT_IDS + number, version="1", username=owner.email,
            contact_email=owner.email, holder_person_id=owner.id, province="QC")
        return AccountData.model_construct(
            account=account, password=None, persons=persons, contacts=contacts, invitations=[],
            quick_access=[], registrations=[], events=[], transactions=[], passes=[],
            carts=[], postdated_payments=[], payment_methods=[], emails=[], subscriptions=[],
            org_forms=[])


def _activities(rng: random.Random, org: int, count: int) -> list[Activity]:
    found = []
    for index in range(count):
        program, names, places = PROGRAMS[index % len(PROGRAMS)]
        group = index // len(PROGRAMS)
        name = names[group % len(names)].format(n=group // len(names) + 1)
        act_id = ACTIVITY_IDS + index + 1
        found.append(Activity.model_construct(
            id=act_id, version="1", organization_id=org, program=program, name=name,
            location=rng.choice(places), registration_url=f"{STORE}/activites/{act_id}"))
    return found


def _occurrences(rng: random.Random, activities: list[Activity], first: date, weeks: int,
                 per_week: int, closed: set[date]) -> list[Occurrence]:
    """Each activity `per_week` times a week (slots spread over the days and hours), for
    `weeks` weeks from `first`; none on a closed day; about 1 in 50 cancelled, 1 in 200
    moved an hour later."""
    found, ident = [], OCCURRENCE_IDS
    minutes = (45, 60, 60, 90)
    for index, activity in enumerate(activities):
        length = timedelta(minutes=minutes[index % len(minutes)])
        slots = []
        for k in range(per_week):
            weekday = (index + k) % 7
            hour = 7 + (index // 7 + k // 7) % 14
            slots.append((weekday, hour, 30 * ((k // 98) % 2)))
        for week in range(weeks):
            monday = first + timedelta(days=7 * week)
            for weekday, hour, minute in slots:
                day = monday + timedelta(days=weekday)
                if day in closed:
                    continue
                ident += 1
                start, state, original, roll = at(day, hour, minute), \
                    OccurrenceState.NORMAL, None, rng.random()
                if roll < 0.02:
                    state = OccurrenceState.CANCELLED
                elif roll < 0.025:
                    state, original = OccurrenceState.MOVED, start
                    start = start + timedelta(hours=1)
                found.append(Occurrence.model_construct(
                    id=ident, version="1", activity_id=activity.id, start=start,
                    end=start + length, state=state, location=None, original_start=original))
    return found


def organization_dataset(today: date, families: int = 1_000, activities: int = 100,
                         weeks: int = 10, seed: int = 0, per_week: int = 1,
                         registrations: float = 2.0, org: int = CITY) -> Dataset:
    """The demo dataset plus `families` accounts registered to `activities` activities of
    `org`, held `per_week` times a week for `weeks` weeks from the Monday a week before
    `today` (the issue's organization: families=20_000, activities=1_000, weeks=10,
    per_week=50 → 50,000 persons and about 500,000 occurrences in front desk's window)."""
    rng = random.Random(seed)
    base = demo_dataset(today)
    start = today - timedelta(days=7)
    start -= timedelta(days=start.weekday())
    closed = {c.start_date + timedelta(days=n) for c in base.closures if c.organization_id == org
              for n in range((c.end_date - c.start_date).days + 1)}
    acts = _activities(rng, org, activities)
    occs = _occurrences(rng, acts, start, weeks, per_week, closed)
    maker = _Families(rng, today)
    accounts = [maker.account(number) for number in range(1, families + 1)]
    reg_id = REGISTRATION_IDS
    for block in accounts:
        # at least one registration, `registrations` on average, never the same one twice
        wanted = max(1, round(rng.expovariate(1 / registrations))) if acts else 0
        taken: set[tuple[int, int]] = set()
        for _ in range(min(wanted, 6)):
            person = rng.choice(block.persons)
            activity = rng.choice(acts)
            if (person.id, activity.id) in taken:
                continue
            taken.add((person.id, activity.id))
            reg_id += 1
            block.registrations.append(Registration.model_construct(
                id=reg_id, version="1", person_id=person.id, activity_id=activity.id,
                role=Role.PARTICIPANT, is_cancelled=rng.random() < 0.03))
    _events(rng, accounts, org, start, weeks)
    return base.model_copy(update={
        "activities": base.activities + acts,
        "occurrences": base.occurrences + occs,
        "accounts": base.accounts + accounts,
    })


def _events(rng: random.Random, accounts: list[AccountData], org: int, start: date,
            weeks: int) -> None:
    """A few bookings (tennis courts, the community hall) by some of the families."""
    titles = (("Réservation — terrain de tennis no {n}", "Parc Beaumont"),
              ("Location — salle communautaire", "Salle communautaire Beaumont"),
              ("Réservation — plateau sportif {n}", "Centre sportif Beaumont"))
    ident = EVENT_IDS
    for block in accounts[::50]:
        ident += 1
        title, place = rng.choice(titles)
        day = start + timedelta(days=rng.randrange(max(1, 7 * weeks)))
        begin: datetime = at(day, rng.randrange(8, 21))
        block.events.append(Event.model_construct(
            id=ident, version="1", organization_id=org, person_ids=[block.account.holder_person_id],
            title=title.format(n=rng.randint(1, 4)), start=begin, end=begin + timedelta(hours=1),
            location=place, is_online_booking=True, url=f"{STORE}/reservations/{ident}"))


__all__ = ["organization_dataset"]
