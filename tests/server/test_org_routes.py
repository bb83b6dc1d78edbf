"""The organization routes of the reference server (docs/api-org.md section 6, issue 19): an
organization's API key signs in, reads its programs, activities, rosters, accounts and
calendar in the documented shapes, and nothing of another organization or of a family's own
routes."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest
import requests
from argon2.profiles import CHEAPEST

from server.embedded import RunningServer, start
from server.org_reads import ABSENT, NONE, PRESENT, absent, stable_id
from services.domain import clock
from services.domain.demo import (
    ALLERGY_FELIX,
    CITY,
    DEMO_ORG_KEYS,
    DEMO_ORG_SECRET,
    ETIENNE,
    FELIX,
    GENEVIEVE,
    LEA,
    SIN_ETIENNE,
    SIN_GENEVIEVE,
    SWIM,
    ZOE,
)
from tests.reference import TODAY, Api, error_of, sign_in
from tests.server.families import two_families

SWIM_KEY, CITY_KEY = DEMO_ORG_KEYS[SWIM], DEMO_ORG_KEYS[CITY]
SWIM_PATH, CITY_PATH = "/org/marsouins", "/org/loisirs-beaumont"
OFFSET = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")
DAY = re.compile(r"^\d{4}-\d\d-\d\d$")


@pytest.fixture
def swim(server: RunningServer) -> Api:
    return sign_in(server, SWIM_KEY, DEMO_ORG_SECRET)


@pytest.fixture
def city(server: RunningServer) -> Api:
    return sign_in(server, CITY_KEY, DEMO_ORG_SECRET)


def items(api: Api, path: str, **params) -> list[dict]:
    response = api.get(path, params={"perPage": 1000, **params})
    assert response.status_code == 200, response.text
    body = response.json()
    assert set(body) == {"Items", "Paging"} and body["Paging"]["Next"] == ""
    assert body["Paging"]["TotalCount"] == len(body["Items"])
    ids = [item.get("Id", item.get("RegistrationId")) for item in body["Items"]]
    assert ids == sorted(ids, key=int), "ordered by Id"
    return body["Items"]


# --- sign-in --------------------------------------------------------------------------------


def test_the_demo_key_signs_in_to_a_token(server):
    answer = requests.get(f"{server.api()}/authenticate", auth=(SWIM_KEY, DEMO_ORG_SECRET),
                          timeout=10)
    assert answer.status_code == 200 and set(answer.json()) == {"Token"}
    wrong = requests.get(f"{server.api()}/authenticate", auth=(SWIM_KEY, "not the secret"),
                         timeout=10)
    assert wrong.status_code == 401 and error_of(wrong)["Code"] == "BadCredentials"


def test_an_org_token_lasts_a_year(server, swim):
    from sqlalchemy import select

    from server.db import org_tokens

    with server.engine.connect() as conn:
        expires = conn.scalar(select(org_tokens.c.expires_at))
    year = expires - datetime.now().timestamp()
    assert 364 * 86400 < year <= 365 * 86400


def test_failed_key_sign_ins_are_throttled_like_family_ones(server):
    for attempt in range(5):
        requests.get(f"{server.api()}/authenticate", auth=(CITY_KEY, f"guess {attempt}"),
                     timeout=10)
    locked = requests.get(f"{server.api()}/authenticate", auth=(CITY_KEY, DEMO_ORG_SECRET),
                          timeout=10)
    assert locked.status_code == 429 and error_of(locked)["Code"] == "TooManyAttempts"
    assert int(locked.headers["Retry-After"]) >= 1


# --- isolation ------------------------------------------------------------------------------


def test_slug_and_id_both_name_the_organization(swim):
    assert items(swim, f"/org/{SWIM}/programs") == items(swim, f"{SWIM_PATH}/programs")


@pytest.mark.parametrize("other", [f"/org/{CITY}", CITY_PATH, "/org/150", "/org/nowhere"])
def test_another_organization_is_404(swim, other):
    for path in ("/programs", "/accounts/1", "/activities/501/occurrences"):
        answer = swim.get(f"{other}{path}")
        assert answer.status_code == 404 and error_of(answer)["Code"] == "NotFound"


def test_an_id_of_another_organization_is_404(swim):
    # 501 is the city's soccer, 2 the Smiths' account (no registration with the swim club),
    # 9002 a Smith, 10001 one of the city's occurrences
    for path in ("/activities/501/occurrences", "/activities/501/persons", "/accounts/2",
                 "/accounts/2/contacts", "/persons/9002/registrations",
                 "/occurrences/10001/persons", "/programs/1/activities"):
        answer = swim.get(f"{SWIM_PATH}{path}")
        assert answer.status_code == 404 and error_of(answer)["Code"] == "NotFound", path


def test_a_family_token_is_401_on_org_routes_and_an_org_token_401_on_me(family, swim):
    answer = family.get(f"{SWIM_PATH}/programs")
    assert answer.status_code == 401 and error_of(answer)["Code"] == "Unauthorized"
    for path in ("/me/persons", "/me/account", "/me/changes"):
        answer = swim.get(path)
        assert answer.status_code == 401 and error_of(answer)["Code"] == "Unauthorized", path
    anonymous = requests.get(f"{swim.base}/api/v3/en{SWIM_PATH}/programs", timeout=10)
    assert anonymous.status_code == 401


def test_the_admin_token_is_not_an_org_token(admin):
    assert admin.get(f"{SWIM_PATH}/programs").status_code == 401


# --- shapes on the demo data ------------------------------------------------------------------


def test_the_swim_clubs_programs_and_activities(swim):
    programs = items(swim, f"{SWIM_PATH}/programs")
    assert {p["Name"] for p in programs} == {"Natation récréative", "Éveil aquatique"}
    for program in programs:
        assert set(program) == {"Id", "Name", "Start", "End", "IsArchived", "IsVisible"}
        assert program["Id"] == stable_id(SWIM, "program", program["Name"])
        assert DAY.match(program["Start"]) and DAY.match(program["End"])
        assert program["Start"] <= TODAY.isoformat() <= program["End"]
        assert program["IsArchived"] is False and program["IsVisible"] is True
    by_name = {p["Name"]: p["Id"] for p in programs}
    swimming = items(swim, f"{SWIM_PATH}/programs/{by_name['Natation récréative']}/activities")
    assert swimming == [{"Id": 503, "Name": "Natation — Junior 3",
                         "ProgramId": by_name["Natation récréative"],
                         "Location": {"Id": stable_id(SWIM, "location",
                                                      "Piscine du Parc-Central"),
                                      "Name": "Piscine du Parc-Central"}}]
    babies = items(swim, f"{SWIM_PATH}/programs/{by_name['Éveil aquatique']}/activities",
                   showCancelled="true")
    assert [a["Id"] for a in babies] == [504]


def test_occurrences_in_a_window_with_to_inclusive(swim):
    path = f"{SWIM_PATH}/activities/503/occurrences"
    november = items(swim, path, **{"from": "2026-11-04", "to": "2026-11-25"})
    assert [o["Start"][:10] for o in november] == ["2026-11-04", "2026-11-11", "2026-11-19",
                                                   "2026-11-25"]
    first = november[0]
    assert set(first) == {"Id", "ActivityId", "Start", "End", "State", "Location",
                          "HasDropInEnabled", "DropInMaxAttendance", "DropInSpotsReserved",
                          "DropInSpotsRemaining"}
    assert first["Start"] == "2026-11-04T17:00:00-05:00" and OFFSET.match(first["End"])
    assert first["ActivityId"] == 503 and first["Location"]["Name"] == "Piscine du Parc-Central"
    assert [o["State"] for o in november] == ["Normal", "Normal", "Moved", "Normal"]
    shorter = items(swim, path, **{"from": "2026-11-04", "to": "2026-11-24"})
    assert [o["Start"][:10] for o in shorter][-1] == "2026-11-19"
    everything = items(swim, path, showEdited="true")
    assert len(everything) > len(november)


def test_an_activitys_persons_and_medical_info_only_when_asked(city, swim):
    babies = items(swim, f"{SWIM_PATH}/activities/504/persons")
    assert [p["Id"] for p in babies] == [GENEVIEVE, LEA]
    lea = babies[1]
    assert set(lea) == {"Id", "FirstName", "LastName", "DateOfBirth", "Gender", "Email",
                        "Telephone", "IsChild", "AccountId", "AccountOwnerId",
                        "AccountOwnerFullName", "AccountOwnerEmail",
                        "AccountOwnerTelephoneMobile", "IsArchived"}
    assert lea["IsChild"] is True and lea["AccountId"] == 1 and lea["Gender"] == "Female"
    assert lea["AccountOwnerId"] == ETIENNE and lea["AccountOwnerFullName"] == "Étienne Tremblay"
    assert lea["AccountOwnerEmail"] == "etienne.tremblay@example.ca"
    soccer = f"{CITY_PATH}/activities/501/persons"
    assert all("MedicalInformation" not in p for p in items(city, soccer))
    assert "Arachides" not in city.get(soccer).text
    with_info = {p["Id"]: p for p in items(city, soccer, showMedicalInfo="true")}
    assert with_info[FELIX]["MedicalInformation"]["Allergies"] == ALLERGY_FELIX
    assert set(with_info[FELIX]["MedicalInformation"]) == {"Allergies", "Illnesses",
                                                           "Medication", "Reactions"}
    assert with_info[ETIENNE]["MedicalInformation"] is None


def _occurrences(api: Api, path: str, activity: int) -> list[dict]:
    return items(api, f"{path}/activities/{activity}/occurrences")


def test_a_roster_with_attendance(swim, admin):
    occurrences = _occurrences(swim, SWIM_PATH, 504)
    now = clock.now()
    past = [o for o in occurrences if datetime.fromisoformat(o["End"]) <= now]
    future = [o for o in occurrences if datetime.fromisoformat(o["Start"]) > now]
    assert past and future
    seen = set()
    for occurrence in past:
        roster = items(swim, f"{SWIM_PATH}/occurrences/{occurrence['Id']}/persons")
        assert [p["Id"] for p in roster] == [GENEVIEVE, LEA]
        for person in roster:
            assert set(person) == {"Id", "AccountId", "FirstName", "LastName", "Gender",
                                   "DateOfBirth", "OccurrenceId", "OrgId", "AttendanceId",
                                   "Status"}
            assert person["OccurrenceId"] == occurrence["Id"] and person["OrgId"] == SWIM
            assert person["Status"] == "Registered"
            expected = ABSENT if absent(occurrence["Id"], person["Id"]) else PRESENT
            assert person["AttendanceId"] == expected
            seen.add(expected)
    assert seen == {PRESENT, ABSENT}, "present for most, absent for a few"
    ahead = items(swim, f"{SWIM_PATH}/occurrences/{future[0]['Id']}/persons")
    assert {p["AttendanceId"] for p in ahead} == {NONE}
    # The admin route sets one attendance; the roster answers it.
    target = past[0]["Id"]
    answer = admin.put(f"/admin/occurrences/{target}/persons/{LEA}/attendance",
                       json={"AttendanceId": ABSENT})
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"OccurrenceId": target, "PersonId": LEA, "AttendanceId": ABSENT}
    roster = {p["Id"]: p["AttendanceId"]
              for p in items(swim, f"{SWIM_PATH}/occurrences/{target}/persons")}
    assert roster[LEA] == ABSENT
    assert admin.put(f"/admin/occurrences/{target}/persons/{LEA}/attendance",
                     json={"AttendanceId": 3}).status_code == 422
    assert admin.put(f"/admin/occurrences/99999/persons/{LEA}/attendance",
                     json={"AttendanceId": 1}).status_code == 404


def test_a_cancelled_occurrence_had_nobody(city):
    cancelled = [o for o in _occurrences(city, CITY_PATH, 501) if o["State"] == "Cancelled"]
    assert cancelled and datetime.fromisoformat(cancelled[0]["End"]) <= clock.now()
    roster = items(city, f"{CITY_PATH}/occurrences/{cancelled[0]['Id']}/persons")
    assert {p["AttendanceId"] for p in roster} == {NONE}


def test_accounts_with_owners_and_members(swim, city):
    accounts = items(swim, f"{SWIM_PATH}/accounts")
    assert [a["Id"] for a in accounts] == [1]  # the Smiths deal with the city only
    account = accounts[0]
    assert set(account) == {"Id", "Owners", "Members"}
    assert account["Owners"] == [{
        "AccountOwnerId": ETIENNE, "AccountOwnerFirstName": "Étienne",
        "AccountOwnerLastName": "Tremblay", "AccountOwnerFullName": "Étienne Tremblay",
        "AccountOwnerEmail": "etienne.tremblay@example.ca",
        "AccountOwnerTelephoneMobile": "+14505551234",
        "Contacts": items(swim, f"{SWIM_PATH}/accounts/1/contacts")}]
    assert [m["Id"] for m in account["Members"]] == [ETIENNE, GENEVIEVE, ZOE, FELIX, LEA]
    assert set(account["Members"][0]) == {"Id", "FirstName", "LastName", "DateOfBirth",
                                          "IsChild"}
    assert [a["Id"] for a in items(city, f"{CITY_PATH}/accounts")] == [1, 2]
    smiths = items(city, f"{CITY_PATH}/accounts", accountOwnerEmail="ETIENNE.tremblay@example.ca")
    assert [a["Id"] for a in smiths] == [1]
    one = swim.get(f"{SWIM_PATH}/accounts/1")
    assert one.status_code == 200 and one.json() == account
    medical = swim.get(f"{SWIM_PATH}/accounts/1", params={"showMedicalInfo": "true"}).json()
    members = {m["Id"]: m for m in medical["Members"]}
    assert members[FELIX]["MedicalInformation"]["Allergies"] == ALLERGY_FELIX


def test_an_account_stays_visible_through_a_cancelled_registration(swim, admin):
    # Zoé's swim (605) cancelled: still the swim club's account, no longer on the roster.
    assert admin.post("/admin/registrations/605/cancel").status_code == 200
    assert [a["Id"] for a in items(swim, f"{SWIM_PATH}/accounts")] == [1]
    assert items(swim, f"{SWIM_PATH}/activities/503/persons") == []
    registrations = items(swim, f"{SWIM_PATH}/persons/{ZOE}/registrations")
    assert [(r["RegistrationId"], r["IsCancelled"]) for r in registrations] == [("605", True)]


def test_the_accounts_list_carries_each_accounts_contacts(swim, city):
    # A client reads every contact in the accounts' pages: on the first owner, exactly what
    # /accounts/{id}/contacts answers (Type and PersonIds included).
    for api, path in ((swim, SWIM_PATH), (city, CITY_PATH)):
        accounts = items(api, f"{path}/accounts")
        assert accounts
        for account in accounts:
            contacts = items(api, f"{path}/accounts/{account['Id']}/contacts")
            assert account["Owners"][0]["Contacts"] == contacts
            one = api.get(f"{path}/accounts/{account['Id']}").json()
            assert one["Owners"][0]["Contacts"] == contacts
    smiths = items(city, f"{CITY_PATH}/accounts")[1]["Owners"][0]["Contacts"]
    assert smiths and all({"Type", "PersonIds", "Relationship"} <= set(c) for c in smiths)
    tremblays = items(swim, f"{SWIM_PATH}/accounts")[0]["Owners"][0]["Contacts"]
    assert [(c["FullName"], c["Type"]) for c in tremblays][2] == \
        ("Thérèse Côté", "EmergencyContact")


def test_the_next_org_call_sees_an_admin_write(swim, admin):
    """The organization's view is kept between calls (server/org_reads.py OrgCache): each
    write through an admin route shows in the very next call."""
    assert ZOE in [p["Id"] for p in items(swim, f"{SWIM_PATH}/activities/503/persons")]
    assert admin.post("/admin/registrations/605/cancel").status_code == 200
    assert ZOE not in [p["Id"] for p in items(swim, f"{SWIM_PATH}/activities/503/persons")]
    registrations = items(swim, f"{SWIM_PATH}/registrations", showEnded="true")
    assert ("605", True) in [(r["RegistrationId"], r["IsCancelled"]) for r in registrations]
    # A new occurrence, past the activity's last: listed, and the program's End moves.
    before = _occurrences(swim, SWIM_PATH, 504)
    programs = {p["Id"]: p for p in items(swim, f"{SWIM_PATH}/programs", showArchived="true")}
    last = max(datetime.fromisoformat(o["End"]) for o in before)
    start = last + timedelta(days=30)
    added = admin.post("/admin/occurrences", json={
        "ActivityId": 504, "Start": start.isoformat(),
        "End": (start + timedelta(hours=1)).isoformat()})
    assert added.status_code == 201, added.text
    after = _occurrences(swim, SWIM_PATH, 504)
    assert [o["Id"] for o in after] == [o["Id"] for o in before] + [added.json()["Id"]]
    moved = {p["Id"]: p for p in items(swim, f"{SWIM_PATH}/programs", showArchived="true")}
    assert [p["End"] for p in moved.values()] != [p["End"] for p in programs.values()]
    assert start.date().isoformat() in {p["End"] for p in moved.values()}
    # Cancelled: its state, and nobody attends it.
    target = added.json()["Id"]
    assert admin.patch(f"/admin/occurrences/{target}",
                       json={"State": "Cancelled"}).status_code == 200
    assert {o["Id"]: o["State"] for o in _occurrences(swim, SWIM_PATH, 504)}[target] == \
        "Cancelled"
    # An attendance set on a past occurrence: the next roster answers it.
    past = next(o for o in before if datetime.fromisoformat(o["End"]) <= clock.now())
    roster = {p["Id"]: p["AttendanceId"]
              for p in items(swim, f"{SWIM_PATH}/occurrences/{past['Id']}/persons")}
    flipped = PRESENT if roster[LEA] == ABSENT else ABSENT
    assert admin.put(f"/admin/occurrences/{past['Id']}/persons/{LEA}/attendance",
                     json={"AttendanceId": flipped}).status_code == 200
    roster = {p["Id"]: p["AttendanceId"]
              for p in items(swim, f"{SWIM_PATH}/occurrences/{past['Id']}/persons")}
    assert roster[LEA] == flipped
    # Deleted: gone from the list and 404 as a roster.
    assert admin.delete(f"/admin/occurrences/{target}").status_code == 200
    assert target not in [o["Id"] for o in _occurrences(swim, SWIM_PATH, 504)]
    assert swim.get(f"{SWIM_PATH}/occurrences/{target}/persons").status_code == 404


def test_contacts_once_each_with_their_type(swim):
    contacts = items(swim, f"{SWIM_PATH}/accounts/1/contacts")
    assert [(c["FullName"], c["Type"], c["PersonIds"]) for c in contacts] == [
        ("Étienne Tremblay", "EmergencyContactAndLegalGuardian", [ZOE, FELIX, LEA]),
        ("Geneviève Gagnon", "EmergencyContactAndLegalGuardian", [ZOE, LEA]),
        ("Thérèse Côté", "EmergencyContact", [FELIX, LEA]),
    ]
    grandmother = contacts[2]
    assert set(grandmother) == {"Id", "FirstName", "LastName", "FullName", "Email",
                                "Telephone", "TelephoneMobile", "Relationship", "Type",
                                "PersonIds"}
    assert grandmother["Relationship"] == "Grand-mère"
    assert grandmother["Telephone"] == "+14505559876" and grandmother["TelephoneMobile"] is None


def test_registrations_of_a_person_and_of_the_organization(swim, city):
    zoe = items(swim, f"{SWIM_PATH}/persons/{ZOE}/registrations")
    assert len(zoe) == 1
    assert set(zoe[0]) == {"RegistrationId", "PersonId", "ProgramId", "ProgramName",
                           "ActivityId", "ActivityName", "DateCreated", "IsCancelled"}
    assert zoe[0]["ActivityId"] == 503 and zoe[0]["ProgramName"] == "Natation récréative"
    assert isinstance(zoe[0]["RegistrationId"], str) and OFFSET.match(zoe[0]["DateCreated"])
    assert items(swim, f"{SWIM_PATH}/persons/{FELIX}/registrations") == []  # city only
    everything = items(swim, f"{SWIM_PATH}/registrations")
    assert [r["RegistrationId"] for r in everything] == ["605", "606", "607"]
    first = everything[0]
    assert set(first) == {"RegistrationId", "Program", "Activity", "Person", "AccountOwner",
                          "DateCreated", "IsCancelled"}
    assert first["Person"] == {"Id": ZOE, "FirstName": "Zoé", "LastName": "Tremblay"}
    assert first["AccountOwner"] == {"Id": ETIENNE, "FullName": "Étienne Tremblay"}
    assert first["Activity"] == {"Id": 503, "Name": "Natation — Junior 3"}
    # The city's one-day course (506, Zoé's registration 609) was on a Saturday earlier this
    # month: ended, so listed only with showEnded; a window that ends that day (inclusive)
    # has it, one before not.
    course = _occurrences(city, CITY_PATH, 506)[0]["Start"][:10]
    assert course < TODAY.isoformat()
    window = {"from": course, "to": course}
    assert "609" not in [r["RegistrationId"]
                         for r in items(city, f"{CITY_PATH}/registrations", **window)]
    ended = items(city, f"{CITY_PATH}/registrations", showEnded="true", **window)
    assert "609" in [r["RegistrationId"] for r in ended]
    day_before = (date.fromisoformat(course) - timedelta(days=1)).isoformat()
    ended = items(city, f"{CITY_PATH}/registrations", showEnded="true", to=day_before)
    assert "609" not in [r["RegistrationId"] for r in ended]
    assert "609" not in [r["RegistrationId"] for r in
                         items(city, f"{CITY_PATH}/persons/{ZOE}/registrations")]
    assert "609" in [r["RegistrationId"] for r in
                     items(city, f"{CITY_PATH}/persons/{ZOE}/registrations", showEnded="true")]
    before = items(city, f"{CITY_PATH}/registrations", to="2026-09-01")
    assert before == []


def test_closures_and_events_in_a_window(swim, city):
    closures = items(swim, f"{SWIM_PATH}/closures", **{"from": "2026-11-25", "to": "2026-11-25"})
    assert closures == [{"Id": 407, "Name": "Fermeture imprévue — bris de filtration",
                         "Start": "2026-11-25", "End": "2026-11-25"}]
    assert items(swim, f"{SWIM_PATH}/closures", to="2026-11-24") == []
    holidays = items(city, f"{CITY_PATH}/closures", **{"from": "2026-12-24", "to": "2026-12-24"})
    assert [c["Name"] for c in holidays] == ["Congé des Fêtes"]
    assert holidays[0]["End"] == "2026-12-31"
    events = items(city, f"{CITY_PATH}/events", **{"from": "2026-11-01", "to": "2026-11-30"})
    assert [e["Id"] for e in events] == [701, 704, 9501]
    tennis = events[0]
    assert set(tennis) == {"Id", "Title", "Start", "End", "Location"}
    assert tennis["Title"] == "Réservation — terrain de tennis no 2"
    assert tennis["Location"] == {"Id": stable_id(CITY, "location", "Parc Beaumont"),
                                  "Name": "Parc Beaumont"}
    assert OFFSET.match(tennis["Start"]) and tennis["Start"].startswith("2026-11-10T19:00")
    assert items(city, f"{CITY_PATH}/events", to="2026-10-31") == []


def test_no_sin_or_health_insurance_number_anywhere(city):
    paths = [f"{CITY_PATH}/{p}" for p in (
        "programs", "accounts", "accounts/1?showMedicalInfo=true", "accounts/1/contacts",
        "accounts/2/contacts", "registrations", "closures", "events",
        "activities/501/persons?showMedicalInfo=true",
        "activities/502/persons?showMedicalInfo=true", f"persons/{ZOE}/registrations")]
    text = "".join(city.get(path).text for path in paths)
    assert "Arachides" in text and "Smith" in text  # the reads did happen
    for secret in (SIN_ETIENNE, SIN_GENEVIEVE, "TREE 8405 1712", "TREZ 1359 0312",
                   "HealthInsurance", "Sin", "private note of the Smiths"):
        assert secret not in text, secret


# --- paging and query values ----------------------------------------------------------------


def test_paging_walks_every_item_once(swim):
    url = f"{swim.base}/api/v3/en{SWIM_PATH}/activities/503/occurrences?perPage=2"
    expected = [o["Id"] for o in _occurrences(swim, SWIM_PATH, 503)]
    seen, pages = [], 0
    while url:
        body = swim.session.get(url, timeout=10).json()
        assert body["Paging"]["TotalCount"] == len(expected)
        assert len(body["Items"]) <= 2
        seen += [o["Id"] for o in body["Items"]]
        url, pages = body["Paging"]["Next"], pages + 1
        assert not url or url.startswith("http://127.0.0.1:")
    assert seen == expected and pages == (len(expected) + 1) // 2
    past = swim.get(f"{SWIM_PATH}/activities/503/occurrences", params={"page": 99}).json()
    assert past["Items"] == [] and past["Paging"] == {"TotalCount": len(expected), "Next": ""}


@pytest.mark.parametrize("path,params,name", [
    ("closures", {"from": "2026-13-01"}, "from"),
    ("closures", {"from": "yesterday"}, "from"),
    ("events", {"to": "2026-1-5"}, "to"),
    ("registrations", {"from": "2026-11-05", "to": "2026-11-04"}, "to"),
    ("activities/504/persons", {"showMedicalInfo": "yes"}, "showMedicalInfo"),
    ("programs", {"perPage": "1001"}, "perPage"),
    ("programs", {"perPage": "0"}, "perPage"),
    ("programs", {"page": "-1"}, "page"),
    ("accounts", {"page": "x"}, "page"),
])
def test_a_bad_query_value_is_400_naming_it(swim, path, params, name):
    answer = swim.get(f"{SWIM_PATH}/{path}", params=params)
    assert answer.status_code == 400, answer.text
    error = error_of(answer)
    assert error["Code"] == "InvalidValue" and list(error["Fields"]) == [name]


def test_a_bad_from_in_french(server):
    swim = sign_in(server, SWIM_KEY, DEMO_ORG_SECRET, "fr")
    answer = swim.get(f"{SWIM_PATH}/closures", params={"from": "27/11/2026"})
    assert answer.status_code == 400
    assert error_of(answer)["Fields"] == {"from": "Cette valeur n'est pas valide ici."}


# --- rate limit ------------------------------------------------------------------------------


@pytest.mark.server
def test_past_the_rate_limit_429_with_retry_after(tmp_path):
    with start(two_families(TODAY), folder=tmp_path, demo=True, password_hashing=CHEAPEST,
               org_rate_per_second=4) as server:
        swim = sign_in(server, SWIM_KEY, DEMO_ORG_SECRET, "fr")
        answers = [swim.get(f"{SWIM_PATH}/programs") for _ in range(12)]
        statuses = [a.status_code for a in answers]
        assert 429 in statuses and set(statuses) == {200, 429}
        # A one-second window: at most the limit in one, twice it across a boundary.
        assert statuses.index(429) <= 8
        refused = answers[statuses.index(429)]
        error = error_of(refused)
        assert error["Code"] == "TooManyRequests"
        assert error["Message"].startswith("Trop de requêtes")
        wait = refused.headers["Retry-After"]
        assert wait.isdigit() and int(wait) >= 1
        # Per token: another organization's token is not held back meanwhile.
        other = sign_in(server, CITY_KEY, DEMO_ORG_SECRET)
        assert other.get(f"{CITY_PATH}/programs").status_code == 200
        import time

        time.sleep(int(wait))
        assert swim.get(f"{SWIM_PATH}/programs").status_code == 200
