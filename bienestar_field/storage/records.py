"""Domain records as encrypted rows and back, and the stamp (who, when) each write carries."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bienestar_field.domain import codec
from bienestar_field.domain.enrollments import AttendanceCheck, Enrollment
from bienestar_field.domain.households import Household
from bienestar_field.domain.people import Person
from bienestar_field.domain.survey import Survey, survey_fields
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.schema import (
    AttendanceCheckRow,
    EnrollmentRow,
    HouseholdRow,
    PersonRow,
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """Who and when, for one write."""

    user_id: str
    at: str  # ISO-8601 UTC
    hlc: str


def is_valid_folio(text: str) -> bool:
    from stdnum.iso7064 import mod_37_36

    parts = text.strip().upper().split("-")
    if len(parts) != 3 or len(parts[2]) != 1:
        return False
    try:
        return bool(mod_37_36.is_valid(parts[0] + parts[1] + parts[2]))
    except Exception:  # stdnum raises on characters outside its alphabet
        return False


_PARTIAL_FOLIO = re.compile(r"(?:([0-9A-Z]{2,12})-)?(\d{1,6})")


def partial_folio_pattern(text: str) -> str | None:
    """A SQL ``LIKE`` pattern for a folio typed in part: ``123`` or ``PREFIX-123``.

    The sequence number is padded as folios print it; a complete folio with its check
    character is looked up exactly instead (``is_valid_folio``).
    """
    match = _PARTIAL_FOLIO.fullmatch(text.strip().upper())
    if match is None:
        return None
    prefix, number = match.groups()
    return f"{prefix or '%'}-{int(number):06d}-_"


# --- rows <-> domain ------------------------------------------------------------------------


def person_row(keyring: Keyring, person: Person, stamp: Stamp) -> PersonRow:
    assert person.folio is not None
    return PersonRow(
        id=person.id,
        household_id=person.household_id,
        folio=person.folio,
        curp_index=keyring.curp_index(person.curp),
        data=keyring.encrypt_json(
            codec.person_personal_fields(person), table="persons", column="data", row_id=person.id
        ),
        version=person.version,
        hlc=stamp.hlc,
        created_by=person.created_by or stamp.user_id,
        created_at=person.created_at or stamp.at,
        updated_at=stamp.at,
        deleted=False,
    )


def person_from_row(keyring: Keyring, row: PersonRow) -> Person:
    fields = keyring.decrypt_json(row.data, table="persons", column="data", row_id=row.id)
    return codec.person_from_fields(
        fields,
        id=row.id,
        household_id=row.household_id,
        folio=row.folio,
        version=row.version,
        created_by=row.created_by,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def household_row(keyring: Keyring, household: Household, stamp: Stamp) -> HouseholdRow:
    assert household.folio is not None
    return HouseholdRow(
        id=household.id,
        folio=household.folio,
        state_code=household.address.state_code,
        municipality_code=household.address.municipality_code,
        data=keyring.encrypt_json(
            codec.household_fields(household),
            table="households",
            column="data",
            row_id=household.id,
        ),
        version=household.version,
        hlc=stamp.hlc,
        created_by=household.registered_by or stamp.user_id,
        created_at=household.registered_at or stamp.at,
        updated_at=stamp.at,
        deleted=False,
    )


def household_from_row(keyring: Keyring, row: HouseholdRow, members: list[Person]) -> Household:
    fields = keyring.decrypt_json(row.data, table="households", column="data", row_id=row.id)
    return codec.household_from_fields(
        fields,
        members,
        id=row.id,
        folio=row.folio,
        version=row.version,
        registered_by=row.created_by,
        registered_at=row.created_at,
    )


def enrollment_row(keyring: Keyring, enrollment: Enrollment, stamp: Stamp) -> EnrollmentRow:
    assert enrollment.folio is not None
    return EnrollmentRow(
        id=enrollment.id,
        person_id=enrollment.person_id,
        program_code=enrollment.program_code,
        status=enrollment.status.value,
        catalog_version=enrollment.catalog_version,
        folio=enrollment.folio,
        data=keyring.encrypt_json(
            codec.enrollment_private_fields(enrollment),
            table="enrollments",
            column="data",
            row_id=enrollment.id,
        ),
        version=enrollment.version,
        hlc=stamp.hlc,
        created_by=enrollment.enrolled_by or stamp.user_id,
        created_at=enrollment.enrolled_at or stamp.at,
        updated_at=stamp.at,
    )


def enrollment_from_row(keyring: Keyring, row: EnrollmentRow) -> Enrollment:
    fields = keyring.decrypt_json(row.data, table="enrollments", column="data", row_id=row.id)
    return codec.enrollment_from_fields(
        fields,
        status=row.status,
        id=row.id,
        person_id=row.person_id,
        program_code=row.program_code,
        catalog_version=row.catalog_version,
        folio=row.folio,
        version=row.version,
        enrolled_by=row.created_by,
        enrolled_at=row.created_at,
    )


def check_row(keyring: Keyring, check: AttendanceCheck, stamp: Stamp) -> AttendanceCheckRow:
    return AttendanceCheckRow(
        id=check.id,
        enrollment_id=check.enrollment_id,
        kind=check.kind.value,
        period=check.period,
        result=check.result.value,
        data=keyring.encrypt_json(
            codec.check_private_fields(check),
            table="attendance_checks",
            column="data",
            row_id=check.id,
        ),
        hlc=stamp.hlc,
        created_by=check.recorded_by or stamp.user_id,
        created_at=check.recorded_at or stamp.at,
    )


def check_from_row(keyring: Keyring, row: AttendanceCheckRow) -> AttendanceCheck:
    fields = keyring.decrypt_json(row.data, table="attendance_checks", column="data", row_id=row.id)
    return codec.check_from_fields(
        fields,
        kind=row.kind,
        result=row.result,
        id=row.id,
        enrollment_id=row.enrollment_id,
        period=row.period,
        recorded_by=row.created_by,
        recorded_at=row.created_at,
    )


# --- a record as its creating change carries it ---------------------------------------------


def person_create_fields(person: Person) -> dict[str, object]:
    return {
        "household_id": person.household_id,
        "folio": person.folio,
        **codec.person_personal_fields(person),
    }


def household_create_fields(household: Household) -> dict[str, object]:
    return {"folio": household.folio, **codec.household_fields(household)}


def enrollment_create_fields(enrollment: Enrollment) -> dict[str, object]:
    return {
        "person_id": enrollment.person_id,
        "program_code": enrollment.program_code,
        "status": enrollment.status.value,
        "catalog_version": enrollment.catalog_version,
        "folio": enrollment.folio,
        **codec.enrollment_private_fields(enrollment),
    }


def enrollment_update_fields(enrollment: Enrollment) -> dict[str, object]:
    """What an edit of an enrolment may change: its status and its private fields."""
    return {"status": enrollment.status.value, **codec.enrollment_private_fields(enrollment)}


def person_update_fields(person: Person) -> dict[str, object]:
    """What an edit of a person may change: the household link and the personal fields."""
    return {"household_id": person.household_id, **codec.person_personal_fields(person)}


def household_update_fields(household: Household) -> dict[str, object]:
    return codec.household_fields(household)


def survey_create_fields(survey: Survey) -> dict[str, object]:
    return {
        "household_id": survey.household_id,
        "questionnaire_version": survey.questionnaire_version,
        **survey_fields(survey),
    }
