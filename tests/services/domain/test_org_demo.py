"""The organization generator (services/domain/org_demo.py): the demo data plus N families and
M activities of one organization, deterministic per seed, a valid dataset the reference server
loads and serves on its organization routes."""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, timedelta

import pytest
import requests
from argon2.profiles import CHEAPEST

from server.embedded import start
from services.domain.dataset import Dataset
from services.domain.demo import CITY, DEMO_ORG_KEYS, DEMO_ORG_SECRET, DEMO_USERNAME
from services.domain.entities import OccurrenceState
from services.domain.org_demo import organization_dataset

TODAY = date(2026, 11, 18)


@pytest.fixture(scope="module")
def dataset() -> Dataset:
    return organization_dataset(TODAY, families=300, activities=30, weeks=10, seed=7)


def generated(dataset: Dataset):
    return [a for a in dataset.accounts if a.account.username != DEMO_USERNAME]


def test_sizes_and_the_demo_data_kept(dataset):
    assert len(generated(dataset)) == 300
    assert any(a.account.username == DEMO_USERNAME for a in dataset.accounts)
    assert {o.slug for o in dataset.organizations} >= {"loisirs-beaumont", "marsouins"}
    persons = sum(len(a.persons) for a in generated(dataset))
    assert 2.2 * 300 <= persons <= 2.8 * 300  # 1–4 a family: 2.5 on average
    assert all(1 <= len(a.persons) <= 4 for a in generated(dataset))
    ours = [a for a in dataset.activities if a.id > 5000]
    assert len(ours) == 30 and all(a.organization_id == CITY for a in ours)
    assert len({a.program for a in ours}) >= 10


def test_every_family_is_the_organizations_and_a_few_registrations_are_cancelled(dataset):
    ours = {a.id for a in dataset.activities if a.organization_id == CITY}
    for block in generated(dataset):
        assert block.registrations, block.account.id
        own = {p.id for p in block.persons}
        assert all(r.person_id in own and r.activity_id in ours for r in block.registrations)
        assert block.account.holder_person_id == block.persons[0].id
        assert not block.persons[0].is_child and block.persons[0].email
    registrations = [r for a in generated(dataset) for r in a.registrations]
    cancelled = sum(r.is_cancelled for r in registrations)
    assert 0 < cancelled < len(registrations) * 0.1
    assert len({r.activity_id for r in registrations}) == 30  # spread over the activities


def test_quebec_names_emails_phones_guardians_and_medical_information(dataset):
    persons = [p for a in generated(dataset) for p in a.persons]
    names = " ".join(f"{p.first_name} {p.last_name}" for p in persons)
    assert re.search(r"[éèêëàâçîïôûùÉ]", names)
    assert "-" in names  # Marie-Ève, Jean-François, St-Pierre…
    adults = [p for p in persons if not p.is_child]
    assert all(p.email and p.email.isascii() and "@" in p.email for p in adults)
    assert all(re.fullmatch(r"\+1\d{10}", p.phones[0].number) for p in adults)
    assert len({a.account.username for a in dataset.accounts}) == len(dataset.accounts)
    medical = [p for p in persons if p.medical_information]
    assert 0 < len(medical) < len(persons) / 3
    contacts = [c for a in generated(dataset) for c in a.contacts]
    assert any(c.is_legal_guardian for c in contacts)
    assert any(not c.is_legal_guardian and c.is_emergency_contact for c in contacts)
    children = {p.id for p in persons if p.is_child}
    assert {c.person_id for c in contacts} <= children


def test_weekly_occurrences_around_today_none_on_closed_days(dataset):
    ours = {a.id for a in dataset.activities if a.id > 5000}
    occurrences = [o for o in dataset.occurrences if o.activity_id in ours]
    per_activity = Counter(o.activity_id for o in occurrences)
    assert set(per_activity) == ours and max(per_activity.values()) <= 10
    days = {o.start.date() for o in occurrences}
    assert min(days) <= TODAY - timedelta(days=7) and max(days) >= TODAY + timedelta(days=50)
    closed = {c.start_date + timedelta(days=n) for c in dataset.closures
              if c.organization_id == CITY for n in range((c.end_date - c.start_date).days + 1)}
    assert not days & closed
    states = Counter(o.state for o in occurrences)
    assert states[OccurrenceState.NORMAL] > 0.9 * len(occurrences)
    assert len({o.id for o in dataset.occurrences}) == len(dataset.occurrences)


def test_sessions_a_week_scale_the_occurrences():
    many = organization_dataset(TODAY, families=5, activities=4, weeks=2, per_week=20)
    ours = [o for o in many.occurrences if o.activity_id > 5000]
    assert 4 * 2 * 20 * 0.8 <= len(ours) <= 4 * 2 * 20


def test_deterministic_per_seed_and_a_valid_dataset(dataset):
    again = organization_dataset(TODAY, families=300, activities=30, weeks=10, seed=7)
    assert again.to_json() == dataset.to_json()
    other = organization_dataset(TODAY, families=300, activities=30, weeks=10, seed=8)
    assert other.to_json() != dataset.to_json()
    assert Dataset.from_json(dataset.to_json()) == dataset  # every value valid


@pytest.mark.server
def test_the_reference_server_serves_it_to_the_citys_key(tmp_path):
    small = organization_dataset(TODAY, families=40, activities=6, weeks=3, seed=1)
    with start(small, folder=tmp_path, demo=True, password_hashing=CHEAPEST) as server:
        token = requests.get(f"{server.url}/api/v3/authenticate", timeout=10,
                             auth=(DEMO_ORG_KEYS[CITY], DEMO_ORG_SECRET)).json()["Token"]
        answer = requests.get(f"{server.api()}/org/loisirs-beaumont/accounts", timeout=10,
                              params={"perPage": 1000},
                              headers={"Authorization": f"Bearer {token}"})
    assert answer.status_code == 200
    assert answer.json()["Paging"]["TotalCount"] == 41  # the demo family and the 40
