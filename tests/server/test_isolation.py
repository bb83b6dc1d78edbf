"""A token sees only its own account: every route, enumerated from the OpenAPI document,
called with the other account's ids answers 404 and leaks nothing."""

from __future__ import annotations

from server.routes.reads import COLLECTIONS
from tests.reference import TODAY
from tests.server.families import smith_org_side, smiths

SMITH_IDS = {type(r).__name__: r.id
             for r in [*smiths(TODAY).resources(), *smith_org_side(TODAY)]}
# Text only the Smiths' resources contain: none of it may reach the Tremblays.
SMITH_TEXT = ("Smith", "1881", "secret smith", "private note")


def family_routes(document: dict) -> list[tuple[str, str]]:
    return [(path, method) for path, item in document["paths"].items()
            if path.startswith("/api/v3/{lang}/me/") for method in item]


def smith_id(path: str) -> int:
    collection = path.split("/")[5]
    return SMITH_IDS[COLLECTIONS[collection].__name__]


def test_every_id_route_hides_other_accounts(server, family):
    document = family.session.get(f"{server.url}/openapi.json", timeout=10).json()
    routes = [(p, m) for p, m in family_routes(document) if "{id}" in p]
    assert len(routes) >= 30, "the OpenAPI document lost routes"
    for path, method in routes:
        url = path.replace("{lang}", "en").replace("{id}", str(smith_id(path)))
        response = family.session.request(method.upper(), f"{server.url}{url}", json={},
                                          timeout=10)
        assert response.status_code == 404, (method, url, response.text)
        assert response.json()["Error"]["Code"] == "NotFound"
        assert not any(text in response.text for text in SMITH_TEXT), (method, url)


def test_every_list_route_holds_only_own_items(server, family):
    document = family.session.get(f"{server.url}/openapi.json", timeout=10).json()
    lists = [p for p, m in family_routes(document) if m == "get" and "{" not in p[15:]]
    assert len(lists) >= len(COLLECTIONS)
    for path in lists:
        response = family.get(path[len("/api/v3/{lang}"):], params={"perPage": 1000})
        assert response.status_code == 200, path
        assert not any(text in response.text for text in SMITH_TEXT), path


def test_shared_organizations_are_visible_to_both(family, smith):
    assert smith.get("/me/organizations/101").status_code == 200
    assert smith.get("/me/organizations/102").status_code == 404  # the Smiths never dealt
    assert family.get("/me/organizations/102").status_code == 200
    assert smith.get("/me/activities/502").status_code == 200  # Tom is registered
    assert smith.get("/me/activities/503").status_code == 404


def test_an_organization_of_the_other_account_stays_hidden(family, smith):
    assert smith.get("/me/organizations/150").status_code == 200
    assert family.get("/me/organizations/150").status_code == 404
    assert family.get("/me/occurrences/9053").status_code == 404
