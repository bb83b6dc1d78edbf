"""People (PEOPLE-1..8): persons, contacts and guardians, RL-24 shares, invitations, forms."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter, Depends, Request, Response

from server import bodies as b
from server import repo
from server.auth import current_account
from server.errors import ApiError, from_violations
from server.idempotency import IdempotentRoute
from server.routes.common import Result, Write, edit, owned, run_write, stored
from server.schemas import Deleted, SharesSaved, errors
from services.domain import entities as e
from services.domain.errors import RuleViolation
from services.domain.forms import answer_violations
from services.domain.people import (
    check_delete_person,
    contact_violations,
    normalize_contact,
    normalize_person,
    person_violations,
)
from services.domain.rl24 import share_violations
from services.domain.validators import normalize_email

router = APIRouter(route_class=IdempotentRoute)


def _raise(violations: list[RuleViolation]) -> None:
    if violations:
        raise from_violations(violations)


def _clean_person(w: Write, before: e.Person | None, person: e.Person) -> e.Person:
    """PEOPLE-1/3/5, then the person in canonical form."""
    _raise(person_violations(person, w.account(), w.today, before))
    return normalize_person(person)


@router.post("/me/persons", status_code=201, response_model=e.Person,
             summary="Add a person (PEOPLE-1)")
def create_person(request: Request, body: b.PersonCreate,
                  account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        person = b.create(e.Person, body, id=repo.new_id(w.conn))
        return stored(repo.put(w.conn, _clean_person(w, None, person), w.account_id), 201)

    return run_write(request, account_id, action)


@router.patch("/me/persons/{id}", response_model=e.Person, responses=errors(412),
              summary="Edit a person (PEOPLE-3, PEOPLE-5)")
def patch_person(request: Request, body: b.PersonPatch,
                 person: e.Person = Depends(owned(e.Person)),
                 account_id: int = Depends(current_account)) -> Response:
    return edit(request, account_id, person, body, _clean_person)


@router.delete("/me/persons/{id}", status_code=409, responses=errors(409),
               summary="Refused: persons are never deleted (PEOPLE-4)")
def delete_person(person: e.Person = Depends(owned(e.Person))) -> Response:
    try:
        check_delete_person()
    except RuleViolation as violation:
        raise from_violations([violation], 409) from violation
    raise AssertionError("unreachable")  # pragma: no cover


def _check_contact(w: Write, before: e.Contact | None, contact: e.Contact) -> e.Contact:
    """PEOPLE-7/8 on one participant's whole set of contacts, `contact` included."""
    siblings = _contacts_of(w, contact.person_id)
    _raise(contact_violations(contact, siblings, w.account().province))
    return normalize_contact(contact)


def _contacts_of(w: Write, person_id: int) -> list[e.Contact]:
    return [c for c in repo.list_of(w.conn, e.Contact, w.scope) if c.person_id == person_id]


@router.post("/me/contacts", status_code=201, response_model=e.Contact,
             summary="Add an emergency contact or guardian")
def create_contact(request: Request, body: b.ContactCreate,
                   account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        try:
            w.reload(e.Person, body.person_id)
        except ApiError as exc:
            raise ApiError(422, "PersonUnknown", fields={"PersonId": "PersonUnknown"}) from exc
        contact = b.create(e.Contact, body, id=repo.new_id(w.conn))
        clean = _check_contact(w, None, contact)
        return stored(repo.put(w.conn, clean, w.account_id), 201)

    return run_write(request, account_id, action)


@router.patch("/me/contacts/{id}", response_model=e.Contact, responses=errors(412),
              summary="Edit a contact (PEOPLE-7/8)")
def patch_contact(request: Request, body: b.ContactPatch,
                  contact: e.Contact = Depends(owned(e.Contact)),
                  account_id: int = Depends(current_account)) -> Response:
    return edit(request, account_id, contact, body, _check_contact)


@router.delete("/me/contacts/{id}", response_model=Deleted, responses=errors(412),
               summary="Remove a contact (PEOPLE-7)")
def delete_contact(request: Request, contact: e.Contact = Depends(owned(e.Contact)),
                   account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        current = w.current(e.Contact, contact.id)
        rest = [c for c in _contacts_of(w, current.person_id) if c.id != current.id]
        _raise(share_violations(rest))
        seq = repo.tombstone(w.conn, "Contact", current.id)
        return Result(200, {"Id": current.id, "Deleted": True}, str(seq))

    return run_write(request, account_id, action)


@router.put("/me/persons/{id}/rl24-shares", response_model=SharesSaved,
             summary="Set every guardian's RL-24 share at once")
def put_shares(request: Request, body: b.Rl24Shares,
               person: e.Person = Depends(owned(e.Person)),
               account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        contacts = {c.id: c for c in _contacts_of(w, person.id)}
        unknown = [cid for cid in body.shares if cid not in contacts]
        if unknown:
            raise ApiError(422, "ContactNotOfPerson", fields={"Shares": "ContactNotOfPerson"})
        updated = [c.model_copy(update={"rl24_percent": body.shares[c.id]})
                   if c.id in body.shares else c for c in contacts.values()]
        _raise(share_violations(updated))
        saved = repo.put_many(w.conn, [c for c in updated if c.id in body.shares], w.account_id)
        return Result(200, {"Items": [c.wire() for c in saved]})

    return run_write(request, account_id, action)


@router.post("/me/persons/{id}/invitations", status_code=201, response_model=e.Invitation,
             summary="Invite a person to join the family account (PEOPLE-2)")
def invite(request: Request, body: b.InvitationCreate,
           person: e.Person = Depends(owned(e.Person)),
           account_id: int = Depends(current_account)) -> Response:
    def action(w: Write) -> Result:
        invitation = e.Invitation(id=repo.new_id(w.conn), person_id=person.id,
                                  email=normalize_email(body.email), sent_at=datetime.now(UTC))
        return stored(repo.put(w.conn, invitation, w.account_id), 201)

    return run_write(request, account_id, action)


@router.patch("/me/org-forms/{id}", response_model=e.OrgForm, responses=errors(412),
              summary="Answer an organization's form (PEOPLE-6)")
def patch_form(request: Request, body: b.AnswersPatch,
               form: e.OrgForm = Depends(owned(e.OrgForm)),
               account_id: int = Depends(current_account)) -> Response:
    def check(w: Write, before: e.OrgForm, after: e.OrgForm) -> e.OrgForm:
        _raise(answer_violations(after.fields, after.answers))
        return after

    return edit(request, account_id, form, body, check)
