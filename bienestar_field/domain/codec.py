"""Domain objects to plain JSON-able dicts and back: what gets encrypted, stored and synced.

Kept explicit per type (no reflection) so that the stored shape is a deliberate contract: a
field renamed in the code must not silently change what old records decode to.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bienestar_field.domain.enrollments import (
    AttendanceCheck,
    CheckKind,
    CheckResult,
    ClosureReason,
    Enrollment,
    EnrollmentStatus,
    PrivacyConsent,
    Representative,
)
from bienestar_field.domain.households import Address, GeoPoint, Household
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    LeaveReason,
    Occupation,
    Person,
    Relationship,
    Schooling,
    SchoolLevel,
    Sex,
)

JsonDict = dict[str, Any]


def _date(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _parse_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


def person_personal_fields(person: Person) -> JsonDict:
    """Every field of a person that is personal data (encrypted as one blob)."""
    return {
        "curp": person.curp,
        "nombres": person.nombres,
        "primer_apellido": person.primer_apellido,
        "segundo_apellido": person.segundo_apellido,
        "birth_date": _date(person.birth_date),
        "sex": person.sex.value,
        "birth_state": person.birth_state,
        "relationship": person.relationship.value if person.relationship else None,
        "phone": person.phone,
        "disability": (
            {
                "kind": person.disability.kind.value,
                "permanent": person.disability.permanent,
                "certified": person.disability.certified,
            }
            if person.disability
            else None
        ),
        "indigenous": person.indigenous,
        "afromexican": person.afromexican,
        "pregnancy_due_date": _date(person.pregnancy_due_date),
        "schooling": (
            {
                "level": person.schooling.level.value,
                "public": person.schooling.public,
                "cct": person.schooling.cct,
                "grade": person.schooling.grade,
            }
            if person.schooling
            else None
        ),
        "occupation": person.occupation.value,
        "has_social_security_childcare": person.has_social_security_childcare,
        "notes": person.notes,
        "household_since": _date(person.household_since),
        "left_household_on": _date(person.left_household_on),
        "left_household_reason": (
            person.left_household_reason.value if person.left_household_reason else None
        ),
        "death_date": _date(person.death_date),
        "event_note": person.event_note,
        # Only once set: records that never had it keep the shape they were synced with.
        **({"cancelled_on": _date(person.cancelled_on)} if person.cancelled_on else {}),
    }


def person_from_fields(fields: JsonDict, **bookkeeping: Any) -> Person:
    disability = fields.get("disability")
    schooling = fields.get("schooling")
    relationship = fields.get("relationship")
    leave_reason = fields.get("left_household_reason")
    return Person(
        curp=fields["curp"],
        nombres=fields["nombres"],
        primer_apellido=fields["primer_apellido"],
        segundo_apellido=fields.get("segundo_apellido"),
        birth_date=date.fromisoformat(fields["birth_date"]),
        sex=Sex(fields["sex"]),
        birth_state=fields["birth_state"],
        relationship=Relationship(relationship) if relationship else None,
        phone=fields.get("phone"),
        disability=(
            Disability(
                kind=DisabilityKind(disability["kind"]),
                permanent=bool(disability["permanent"]),
                certified=bool(disability["certified"]),
            )
            if disability
            else None
        ),
        indigenous=bool(fields.get("indigenous", False)),
        afromexican=bool(fields.get("afromexican", False)),
        pregnancy_due_date=_parse_date(fields.get("pregnancy_due_date")),
        schooling=(
            Schooling(
                level=SchoolLevel(schooling["level"]),
                public=bool(schooling["public"]),
                cct=schooling.get("cct"),
                grade=schooling.get("grade"),
            )
            if schooling
            else None
        ),
        occupation=Occupation(fields.get("occupation", Occupation.DESCONOCIDA.value)),
        has_social_security_childcare=bool(fields.get("has_social_security_childcare", False)),
        notes=fields.get("notes", ""),
        household_since=_parse_date(fields.get("household_since")),
        left_household_on=_parse_date(fields.get("left_household_on")),
        left_household_reason=LeaveReason(leave_reason) if leave_reason else None,
        death_date=_parse_date(fields.get("death_date")),
        event_note=str(fields.get("event_note") or ""),
        cancelled_on=_parse_date(fields.get("cancelled_on")),
        **bookkeeping,
    )


def consent_fields(consent: PrivacyConsent | None) -> JsonDict | None:
    if consent is None:
        return None
    return {
        "notice_version": consent.notice_version,
        "shown_at": consent.shown_at,
        "accepted": consent.accepted,
        "sensitive_data": consent.sensitive_data,
    }


def consent_from_fields(fields: JsonDict | None) -> PrivacyConsent | None:
    if not fields:
        return None
    return PrivacyConsent(
        notice_version=str(fields["notice_version"]),
        shown_at=str(fields["shown_at"]),
        accepted=bool(fields["accepted"]),
        sensitive_data=bool(fields.get("sensitive_data", False)),
    )


def household_fields(household: Household) -> JsonDict:
    """The household's personal fields: its address, GPS point and privacy consent."""
    address, gps = household.address, household.gps
    return {
        "state_code": address.state_code,
        "municipality_code": address.municipality_code,
        "locality_code": address.locality_code,
        "locality_name": address.locality_name,
        "settlement_type": address.settlement_type,
        "settlement_name": address.settlement_name,
        "street_type": address.street_type,
        "street_name": address.street_name,
        "exterior_number": address.exterior_number,
        "interior_number": address.interior_number,
        "postal_code": address.postal_code,
        "between_streets": address.between_streets,
        "reference": address.reference,
        "gps": [gps.latitude, gps.longitude] if gps else None,
        "consent": consent_fields(household.consent),
        "address_since": _date(household.address_since),
        "event_note": household.event_note,
    }


def household_from_fields(fields: JsonDict, members: list[Person], **bookkeeping: Any) -> Household:
    gps = fields.get("gps")
    address = Address(
        state_code=fields["state_code"],
        municipality_code=fields["municipality_code"],
        locality_code=fields.get("locality_code"),
        locality_name=fields["locality_name"],
        settlement_type=fields.get("settlement_type", ""),
        settlement_name=fields.get("settlement_name", ""),
        street_type=fields.get("street_type", ""),
        street_name=fields.get("street_name", ""),
        exterior_number=fields.get("exterior_number", "S/N"),
        interior_number=fields.get("interior_number", ""),
        postal_code=fields.get("postal_code", ""),
        between_streets=fields.get("between_streets", ""),
        reference=fields.get("reference", ""),
    )
    return Household(
        address=address,
        members=members,
        gps=GeoPoint(float(gps[0]), float(gps[1])) if gps else None,
        consent=consent_from_fields(fields.get("consent")),
        address_since=_parse_date(fields.get("address_since")),
        event_note=str(fields.get("event_note") or ""),
        **bookkeeping,
    )


def enrollment_private_fields(enrollment: Enrollment) -> JsonDict:
    rep = enrollment.representative
    return {
        "status_reason": enrollment.status_reason,
        "documents": dict(sorted(enrollment.documents.items())),
        "consent": consent_fields(enrollment.consent),
        "representative": (
            {
                "nombres": rep.nombres,
                "primer_apellido": rep.primer_apellido,
                "segundo_apellido": rep.segundo_apellido,
                "curp": rep.curp,
                "relationship": rep.relationship,
                "phone": rep.phone,
            }
            if rep
            else None
        ),
        "closed_on": _date(enrollment.closed_on),
        "closure_reason": enrollment.closure_reason.value if enrollment.closure_reason else None,
        "closure_note": enrollment.closure_note,
    }


def enrollment_from_fields(fields: JsonDict, *, status: str, **bookkeeping: Any) -> Enrollment:
    rep = fields.get("representative")
    closure = fields.get("closure_reason")
    return Enrollment(
        status=EnrollmentStatus(status),
        status_reason=fields.get("status_reason", ""),
        documents={str(k): bool(v) for k, v in fields.get("documents", {}).items()},
        consent=consent_from_fields(fields.get("consent")),
        representative=Representative(**rep) if rep else None,
        closed_on=_parse_date(fields.get("closed_on")),
        closure_reason=ClosureReason(closure) if closure else None,
        closure_note=str(fields.get("closure_note") or ""),
        **bookkeeping,
    )


def check_private_fields(check: AttendanceCheck) -> JsonDict:
    return {"place_key": check.place_key, "note": check.note}


def check_from_fields(
    fields: JsonDict, *, kind: str, result: str, **bookkeeping: Any
) -> AttendanceCheck:
    return AttendanceCheck(
        kind=CheckKind(kind),
        result=CheckResult(result),
        place_key=fields.get("place_key", ""),
        note=fields.get("note", ""),
        **bookkeeping,
    )
