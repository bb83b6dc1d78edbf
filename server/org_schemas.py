"""The items of the organization routes (docs/api-org.md section 6), for the OpenAPI document:
the routes build their JSON themselves (server/org_reads.py); these models document it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class OrgNamed(BaseModel):
    Id: int
    Name: str


class OrgProgram(BaseModel):
    Id: int = Field(description="Stable: CRC-32 of the organization and the name, 31 bits")
    Name: str
    Start: str | None = Field(description="First day (YYYY-MM-DD), null without occurrences")
    End: str | None = Field(description="Last day (YYYY-MM-DD), inclusive")
    IsArchived: bool
    IsVisible: bool


class OrgActivity(BaseModel):
    Id: int
    Name: str
    ProgramId: int
    Location: OrgNamed | None


class OrgOccurrence(BaseModel):
    Id: int
    ActivityId: int
    Start: str = Field(description="ISO 8601 with the organization's offset")
    End: str
    State: Literal["Normal", "Moved", "Cancelled", "Skipped"]
    Location: OrgNamed | None
    HasDropInEnabled: bool
    DropInMaxAttendance: int
    DropInSpotsReserved: int
    DropInSpotsRemaining: int


class OrgMedicalInformation(BaseModel):
    Allergies: str
    Illnesses: str
    Medication: str
    Reactions: str


class OrgPerson(BaseModel):
    Id: int
    FirstName: str
    LastName: str
    DateOfBirth: str | None
    Gender: Literal["NotSpecified", "Male", "Female", "PreferNotToSay"]
    Email: str | None
    Telephone: str | None
    IsChild: bool
    AccountId: int
    AccountOwnerId: int | None
    AccountOwnerFullName: str | None
    AccountOwnerEmail: str | None
    AccountOwnerTelephoneMobile: str | None
    IsArchived: bool
    MedicalInformation: OrgMedicalInformation | None = Field(
        None, description="Only with showMedicalInfo=true (null: none recorded)")


class OrgParticipant(BaseModel):
    Id: int
    AccountId: int
    FirstName: str
    LastName: str
    Gender: Literal["NotSpecified", "Male", "Female", "PreferNotToSay"]
    DateOfBirth: str | None
    OccurrenceId: int
    OrgId: int
    AttendanceId: Literal[0, 1, 2] = Field(description="0 none, 1 present, 2 absent")
    Status: Literal["Registered", "DropIn"]


class OrgContact(BaseModel):
    Id: int
    FirstName: str
    LastName: str
    FullName: str
    Email: str | None
    Telephone: str | None
    TelephoneMobile: str | None
    Relationship: str
    Type: Literal["EmergencyContact", "LegalGuardian", "EmergencyContactAndLegalGuardian",
                  "Other"]
    PersonIds: list[int] = Field(description="The account's persons it is a contact of")


class OrgOwner(BaseModel):
    AccountOwnerId: int
    AccountOwnerFirstName: str
    AccountOwnerLastName: str
    AccountOwnerFullName: str
    AccountOwnerEmail: str | None
    AccountOwnerTelephoneMobile: str | None
    Contacts: list[OrgContact] = Field(
        description="The account's contacts, as GET /accounts/{id}/contacts answers them "
                    "(on the first owner)")


class OrgMember(BaseModel):
    Id: int
    FirstName: str
    LastName: str
    DateOfBirth: str | None
    IsChild: bool
    MedicalInformation: OrgMedicalInformation | None = Field(
        None, description="GET /accounts/{id} with showMedicalInfo=true only")


class OrgAccount(BaseModel):
    Id: int
    Owners: list[OrgOwner]
    Members: list[OrgMember]


class OrgPersonRegistration(BaseModel):
    RegistrationId: str
    PersonId: int
    ProgramId: int
    ProgramName: str
    ActivityId: int
    ActivityName: str
    DateCreated: str
    IsCancelled: bool


class OrgPersonSummary(BaseModel):
    Id: int
    FirstName: str
    LastName: str


class OrgOwnerSummary(BaseModel):
    Id: int
    FullName: str


class OrgRegistration(BaseModel):
    RegistrationId: str
    Program: OrgNamed
    Activity: OrgNamed
    Person: OrgPersonSummary
    AccountOwner: OrgOwnerSummary | None
    DateCreated: str
    IsCancelled: bool


class OrgClosure(BaseModel):
    Id: int
    Name: str
    Start: str = Field(description="First day closed (YYYY-MM-DD)")
    End: str = Field(description="Last day closed, inclusive")


class OrgEvent(BaseModel):
    Id: int
    Title: str
    Start: str
    End: str
    Location: OrgNamed | None


class OrgAttendanceSet(BaseModel):
    OccurrenceId: int
    PersonId: int
    AttendanceId: Literal[0, 1, 2]
