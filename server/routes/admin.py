"""Organization-side changes (admin token): what the platform does while a family is offline."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Depends, Request, Response
from fastapi import Path as PathParam
from sqlalchemy import select

from server import bodies as b
from server import repo
from server.auth import require_admin
from server.bodies import MAX_ID
from server.db import org_attendance, resources
from server.errors import ApiError
from server.org_schemas import OrgAttendanceSet
from server.routes.common import JSON, PathId, engine_of, resource_response
from server.schemas import Deleted, Horizon, errors
from services.domain import entities as e
from services.domain.dataset import Dataset

router = APIRouter(prefix="/admin", dependencies=[Depends(require_admin)])
PersonId = Annotated[int, PathParam(ge=1, le=MAX_ID, alias="personId")]


def _any(conn, model: type[e.Resource], ident: int) -> tuple[e.Resource, int | None]:
    """The resource whatever its account, and that account (None: organization side)."""
    row = conn.execute(select(resources.c.data, resources.c.account_id).where(
        resources.c.type == model.__name__, resources.c.id == ident,
        resources.c.deleted.is_(False))).first()
    if row is None:
        raise ApiError(404, "NotFound")
    return model.model_validate_json(row.data), row.account_id


@router.post("/closures", status_code=201, response_model=e.Closure, responses=errors(404),
             summary="Add a closure")
def add_closure(request: Request, body: b.ClosureCreate) -> Response:
    with engine_of(request).begin() as conn:
        _any(conn, e.Organization, body.organization_id)
        closure = b.create(e.Closure, body, id=repo.new_id(conn))
        return resource_response(repo.put(conn, closure, None), 201)


@router.post("/occurrences", status_code=201, response_model=e.Occurrence,
             responses=errors(404), summary="Add an occurrence")
def add_occurrence(request: Request, body: b.OccurrenceCreate) -> Response:
    with engine_of(request).begin() as conn:
        _any(conn, e.Activity, body.activity_id)
        occurrence = b.create(e.Occurrence, body, id=repo.new_id(conn))
        return resource_response(repo.put(conn, occurrence, None), 201)


@router.patch("/occurrences/{id}", response_model=e.Occurrence,
              summary="Cancel, move or relocate an occurrence")
def patch_occurrence(request: Request, id: PathId, body: b.OccurrencePatch) -> Response:
    with engine_of(request).begin() as conn:
        current, _ = _any(conn, e.Occurrence, id)
        updated = b.apply(current, body)
        if body.start is not None and current.state is e.OccurrenceState.NORMAL and \
                body.state is None:
            updated = updated.model_copy(update={"state": e.OccurrenceState.MOVED,
                                                 "original_start": current.start})
        return resource_response(repo.put(conn, updated, None))


@router.delete("/occurrences/{id}", response_model=Deleted,
               summary="Delete an occurrence (a tombstone in the feed)")
def delete_occurrence(request: Request, id: PathId) -> Response:
    with engine_of(request).begin() as conn:
        _any(conn, e.Occurrence, id)
        seq = repo.tombstone(conn, "Occurrence", id)
    return Response(f'{{"Id":{id},"Deleted":true,"Version":"{seq}"}}', media_type=JSON)


@router.put("/occurrences/{id}/persons/{personId}/attendance", response_model=OrgAttendanceSet,
            summary="Set a participant's attendance (what the organization routes answer)")
def set_attendance(request: Request, id: PathId, body: b.AttendanceSet,
                   person_id: PersonId) -> Response:
    with engine_of(request).begin() as conn:
        _any(conn, e.Occurrence, id)
        _any(conn, e.Person, person_id)
        key = {"occurrence_id": id, "person_id": person_id}
        conn.execute(org_attendance.delete().where(
            org_attendance.c.occurrence_id == id, org_attendance.c.person_id == person_id))
        conn.execute(org_attendance.insert().values(**key, attendance_id=body.attendance_id))
    return Response(json.dumps({"OccurrenceId": id, "PersonId": person_id,
                                "AttendanceId": body.attendance_id}), media_type=JSON)


@router.post("/registrations", status_code=201, response_model=e.Registration,
             responses=errors(404),
             summary="Register a person for an activity (the family registered on the "
                     "platform's site): the account now sees the activity and its occurrences")
def add_registration(request: Request, body: b.RegistrationCreate) -> Response:
    with engine_of(request).begin() as conn:
        _, account_id = _any(conn, e.Person, body.person_id)
        _any(conn, e.Activity, body.activity_id)
        registration = b.create(e.Registration, body, id=repo.new_id(conn))
        return resource_response(repo.put(conn, registration, account_id), 201)


@router.post("/registrations/{id}/cancel", response_model=e.Registration,
             summary="Cancel a registration: it no longer shows the activity to the account")
def cancel_registration(request: Request, id: PathId) -> Response:
    with engine_of(request).begin() as conn:
        current, account_id = _any(conn, e.Registration, id)
        if current.is_cancelled:  # already: no new change
            return resource_response(current)
        cancelled = current.model_copy(update={"is_cancelled": True})
        return resource_response(repo.put(conn, cancelled, account_id))


@router.post("/emails", status_code=201, response_model=e.Email, responses=errors(404),
             summary="Send an email to an account")
def send_email(request: Request, body: b.EmailSend) -> Response:
    with engine_of(request).begin() as conn:
        _any(conn, e.Account, body.account_id)
        email = e.Email(id=repo.new_id(conn), sent_at=datetime.now(UTC),
                        **body.model_dump(exclude={"account_id"}))
        return resource_response(repo.put(conn, email, body.account_id), 201)


@router.patch("/postdated-payments/{id}", response_model=e.PostdatedPayment,
              summary="Process a postdated payment")
def patch_postdated(request: Request, id: PathId, body: b.PostdatedStatusPatch) -> Response:
    with engine_of(request).begin() as conn:
        current, account_id = _any(conn, e.PostdatedPayment, id)
        updated = current.model_copy(update=body.model_dump())
        return resource_response(repo.put(conn, updated, account_id))


@router.post("/purge-tombstones", response_model=Horizon,
             summary="Forget deletions: older cursors get 410")
def purge(request: Request) -> dict[str, int]:
    with engine_of(request).begin() as conn:
        return {"Horizon": repo.purge_tombstones(conn)}


@router.get("/accounts/{id}/dataset", response_model=Dataset,
            summary="One account as a dataset (docs/dataset.md)")
def dataset(request: Request, id: PathId) -> Response:
    from server.loader import export

    with engine_of(request).connect() as conn:
        _any(conn, e.Account, id)
        return Response(export(conn, id).to_json(), media_type=JSON)
