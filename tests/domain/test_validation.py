"""Cross-checks of captured people, households and enrolments, with Spanish messages."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

import pytest

from bienestar_field.domain.curp import build_curp
from bienestar_field.domain.enrollments import Enrollment, PrivacyConsent, Representative
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import (
    Disability,
    DisabilityKind,
    Person,
    Relationship,
    Schooling,
    SchoolLevel,
    Sex,
)
from bienestar_field.domain.programs import Program
from bienestar_field.domain.synthetic import synthetic_identity
from bienestar_field.domain.validation import (
    FieldError,
    normalize_phone,
    validate_enrollment,
    validate_household,
    validate_person,
)
from bienestar_wire.catalog import default_catalog

TODAY = date(2026, 3, 15)
ADDRESS = Address("20", "067", "0001", "Oaxaca de Juárez", exterior_number="12")


def make_person(
    seed: int = 1,
    *,
    birth_date: date | None = None,
    sex: Sex | None = Sex.MUJER,
    min_age: int = 20,
    max_age: int = 80,
    **fields: Any,
) -> Person:
    identity = synthetic_identity(
        random.Random(seed),
        birth_date=birth_date,
        sex=sex,
        birth_state="OC",
        min_age=min_age,
        max_age=max_age,
        today=TODAY,
    )
    person = Person(
        id=f"person-{seed}",
        curp=identity.curp,
        nombres=identity.nombres,
        primer_apellido=identity.primer_apellido,
        segundo_apellido=identity.segundo_apellido,
        birth_date=identity.birth_date,
        sex=identity.sex,
        birth_state=identity.birth_state,
    )
    return replace(person, **fields)


def fields_of(errors: list[FieldError]) -> list[str]:
    return [error.field for error in errors]


def blocking(errors: list[FieldError]) -> list[FieldError]:
    return [error for error in errors if error.blocking]


def shown(errors: list[FieldError]) -> list[tuple[str, str, bool]]:
    """Field, Spanish sentence and whether it blocks, for each error."""
    return [(error.field, error.message, error.blocking) for error in errors]


# --- people --------------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(20))
def test_synthetic_people_are_valid(seed: int) -> None:
    assert validate_person(make_person(seed, sex=None, min_age=0, max_age=95), today=TODAY) == []


def test_invalid_curp_shows_the_curp_module_message() -> None:
    person = make_person()
    broken = person.curp[:-1] + ("0" if person.curp[-1] != "0" else "1")
    errors = validate_person(replace(person, curp=broken), today=TODAY)
    assert fields_of(errors) == ["curp"]
    assert errors[0].blocking
    assert "dígito verificador" in errors[0].message


def test_birth_date_disagreeing_with_the_curp() -> None:
    person = make_person(birth_date=date(1958, 3, 7))
    errors = validate_person(replace(person, birth_date=date(1958, 7, 3)), today=TODAY)
    assert shown(errors) == [
        (
            "birth_date",
            "La fecha de nacimiento no coincide con la CURP (la CURP indica 07/03/1958).",
            True,
        )
    ]


def test_sex_disagreeing_with_the_curp() -> None:
    errors = validate_person(replace(make_person(), sex=Sex.HOMBRE), today=TODAY)
    assert shown(errors) == [
        ("sex", "El sexo no coincide con la CURP (la CURP indica mujer).", True)
    ]


def test_birth_state_disagreeing_with_the_curp() -> None:
    errors = validate_person(replace(make_person(), birth_state="DF"), today=TODAY)
    assert shown(errors) == [
        (
            "birth_state",
            "La entidad de nacimiento no coincide con la CURP (la CURP indica Oaxaca).",
            True,
        )
    ]


def test_unknown_birth_state_code() -> None:
    errors = validate_person(replace(make_person(), birth_state="ZZ"), today=TODAY)
    assert shown(errors) == [
        ("birth_state", "La entidad de nacimiento no es una clave válida.", True)
    ]


def test_name_initials_disagreeing_with_the_curp_only_warn() -> None:
    person = make_person()
    curp = build_curp(
        "Zapata", "Xolalpa", "Eufemia", person.birth_date, person.sex, person.birth_state
    )
    errors = validate_person(replace(person, curp=curp), today=TODAY)
    assert errors
    assert fields_of(errors) == ["curp"] * len(errors)
    assert not any(error.blocking for error in errors)


def test_required_names() -> None:
    person = replace(make_person(), nombres=" ", primer_apellido="")
    assert fields_of(validate_person(person, today=TODAY)) == ["nombres", "primer_apellido"]


def test_age_over_120_is_rejected() -> None:
    person = make_person(birth_date=date(1900, 1, 1))
    errors = validate_person(person, today=TODAY)
    assert fields_of(errors) == ["birth_date"]
    assert "126 años" in errors[0].message


def test_future_birth_date_is_rejected() -> None:
    person = make_person()
    errors = validate_person(replace(person, birth_date=TODAY + timedelta(days=1)), today=TODAY)
    assert shown(errors)[0] == (
        "birth_date",
        "La fecha de nacimiento no puede ser posterior a hoy.",
        True,
    )


@pytest.mark.parametrize(
    "text",
    ["5512345678", "55 1234 5678", "(55) 1234-5678", "55.1234.5678", "+52 55 1234 5678"],
)
def test_phone_numbers_are_stored_as_e164(text: str) -> None:
    assert normalize_phone(text) == "+525512345678"


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("044 55 1234 5678", "01, 044 ni 045"),
        ("045 55 1234 5678", "01, 044 ni 045"),
        ("01 55 1234 5678", "01, 044 ni 045"),
        ("55 1234 567", "10 dígitos; tiene 9"),
        ("55 1234 56789", "10 dígitos; tiene 11"),
        ("+1 202 555 0100", "solo números"),
        ("55-CASA-1234", "solo números"),
        ("1234567890", "no corresponde"),
        ("800 123 4567", "800"),
        ("", "10 dígitos"),
    ],
)
def test_bad_phone_numbers_are_explained(text: str, hint: str) -> None:
    with pytest.raises(ValueError, match=hint):
        normalize_phone(text)


def test_bad_phone_is_an_error_beside_the_phone() -> None:
    errors = validate_person(replace(make_person(), phone="044 55 1234 5678"), today=TODAY)
    assert fields_of(errors) == ["phone"]


def test_pregnancy_only_for_women_and_non_binary_people() -> None:
    due = TODAY + timedelta(days=120)
    man = make_person(sex=Sex.HOMBRE, max_age=40, pregnancy_due_date=due)
    assert fields_of(validate_person(man, today=TODAY)) == ["pregnancy_due_date"]
    assert validate_person(make_person(max_age=40, pregnancy_due_date=due), today=TODAY) == []
    non_binary = make_person(sex=Sex.NO_BINARIO, max_age=40, pregnancy_due_date=due)
    assert validate_person(non_binary, today=TODAY) == []


@pytest.mark.parametrize(
    ("days_from_today", "plausible"),
    [(-60, False), (-7, True), (0, True), (280, True), (330, False)],
)
def test_due_date_must_be_plausible(days_from_today: int, plausible: bool) -> None:
    person = make_person(max_age=40, pregnancy_due_date=TODAY + timedelta(days=days_from_today))
    assert (validate_person(person, today=TODAY) == []) is plausible


@pytest.mark.parametrize(
    ("cct", "valid"),
    [("14DPR0001X", True), ("20dst0123k", True), ("14DPR001X", False), ("1ADPR0001X", False)],
)
def test_school_cct_format(cct: str, valid: bool) -> None:
    student = make_person(schooling=Schooling(SchoolLevel.PRIMARIA, cct=cct))
    assert (validate_person(student, today=TODAY) == []) is valid


# --- households ----------------------------------------------------------------------------


NOTICE_ACCEPTED = PrivacyConsent("2026.1", "2026-03-15T09:00:00Z", accepted=True)


def make_household(*members: Person, consent: PrivacyConsent | None = NOTICE_ACCEPTED) -> Household:
    return Household(id="hogar-1", address=ADDRESS, members=list(members), consent=consent)


def family() -> list[Person]:
    return [
        make_person(1, relationship=Relationship.JEFA_O_JEFE),
        make_person(2, sex=Sex.HOMBRE, relationship=Relationship.CONYUGE),
        make_person(3, min_age=0, max_age=15, relationship=Relationship.HIJA_O_HIJO),
    ]


def test_valid_household() -> None:
    assert validate_household(make_household(*family()), today=TODAY) == []


def test_household_needs_the_privacy_notice_shown_and_accepted() -> None:
    missing = validate_household(make_household(*family(), consent=None), today=TODAY)
    assert fields_of(missing) == ["consent"]
    assert "aviso de privacidad" in missing[0].message
    refused = PrivacyConsent("2026.1", "2026-03-15T09:00:00Z", accepted=False)
    assert fields_of(
        validate_household(make_household(*family(), consent=refused), today=TODAY)
    ) == ["consent"]
    undated = PrivacyConsent("2026.1", "", accepted=True)
    assert fields_of(
        validate_household(make_household(*family(), consent=undated), today=TODAY)
    ) == ["consent"]


def test_sensitive_household_data_needs_express_consent() -> None:
    members = family()
    members[2] = replace(members[2], indigenous=True)
    errors = validate_household(make_household(*members), today=TODAY)
    assert fields_of(errors) == ["consent"]
    assert "consentimiento expreso" in errors[0].message
    express = replace(NOTICE_ACCEPTED, sensitive_data=True)
    assert validate_household(make_household(*members, consent=express), today=TODAY) == []


def test_household_without_members() -> None:
    assert fields_of(validate_household(make_household(), today=TODAY)) == ["members"]


def test_household_without_a_head() -> None:
    members = [replace(m, relationship=Relationship.HIJA_O_HIJO) for m in family()]
    errors = validate_household(make_household(*members), today=TODAY)
    assert shown(errors) == [("members", "Indique quién es la persona jefa del hogar.", True)]


def test_household_with_two_heads() -> None:
    members = family()
    members[2] = replace(members[2], relationship=Relationship.JEFA_O_JEFE)
    errors = validate_household(make_household(*members), today=TODAY)
    assert fields_of(errors) == ["members[2].relationship"]


def test_duplicate_curp_in_a_household() -> None:
    members = family()
    members.append(replace(members[1], id="other", relationship=Relationship.HERMANA_O_HERMANO))
    errors = validate_household(make_household(*members), today=TODAY)
    assert shown(errors) == [
        ("members[3].curp", "Esta CURP ya está registrada en este hogar (persona 2).", True)
    ]


def test_member_and_address_errors_are_prefixed() -> None:
    members = family()
    members[1] = replace(members[1], phone="12345")
    home = replace(make_household(*members), address=replace(ADDRESS, postal_code="00000"))
    errors = validate_household(home, today=TODAY)
    assert fields_of(errors) == ["address.postal_code", "members[1].phone"]


# --- enrolments ----------------------------------------------------------------------------


def program(code: str) -> Program:
    return default_catalog()[code]


def enrollment_for(person: Person, prog: Program, **fields: Any) -> Enrollment:
    enrollment = Enrollment(
        id="inscripcion-1",
        person_id=person.id,
        program_code=prog.code,
        documents={document.code: True for document in prog.documents},
        consent=PrivacyConsent(
            "2026.1", "2026-03-15T10:00:00+00:00", accepted=True, sensitive_data=True
        ),
        enrolled_at="2026-03-15T10:05:00Z",
    )
    return replace(enrollment, **fields)


def representative(seed: int = 50, **fields: Any) -> Representative:
    identity = synthetic_identity(random.Random(seed), min_age=30, max_age=60, today=TODAY)
    auxiliar = Representative(
        nombres=identity.nombres,
        primer_apellido=identity.primer_apellido,
        segundo_apellido=identity.segundo_apellido,
        curp=identity.curp,
        relationship="hija",
    )
    return replace(auxiliar, **fields)


def test_complete_enrollment_is_valid() -> None:
    elder = make_person(min_age=70, max_age=90)
    pam = program("PAM")
    auxiliar = representative(phone="+525512345678")
    enrollment = enrollment_for(elder, pam, representative=auxiliar)
    assert validate_enrollment(enrollment, elder, pam, on=TODAY) == []


def test_privacy_notice_must_be_shown() -> None:
    person, pam = make_person(min_age=70), program("PAM")
    errors = validate_enrollment(enrollment_for(person, pam, consent=None), person, pam, on=TODAY)
    assert fields_of(errors) == ["consent"]


def test_privacy_notice_must_be_accepted() -> None:
    person, pam = make_person(min_age=70), program("PAM")
    refused = PrivacyConsent("2026.1", "2026-03-15T10:00:00Z", accepted=False)
    errors = validate_enrollment(
        enrollment_for(person, pam, consent=refused), person, pam, on=TODAY
    )
    assert fields_of(errors) == ["consent"]
    assert "no aceptó" in errors[0].message


def test_privacy_notice_shown_after_capture_is_rejected() -> None:
    person, pam = make_person(min_age=70), program("PAM")
    late = PrivacyConsent("2026.1", "2026-03-15T11:00:00", accepted=True, sensitive_data=True)
    errors = validate_enrollment(enrollment_for(person, pam, consent=late), person, pam, on=TODAY)
    assert fields_of(errors) == ["consent"]
    assert "después" in errors[0].message


def test_disability_pension_needs_express_consent_for_sensitive_data() -> None:
    certified = Disability(DisabilityKind.VISUAL, certified=True)
    person, ppd = make_person(max_age=29, disability=certified), program("PPD")
    consent = PrivacyConsent("2026.1", "2026-03-15T10:00:00Z", accepted=True)
    errors = validate_enrollment(
        enrollment_for(person, ppd, consent=consent), person, ppd, on=TODAY
    )
    assert fields_of(errors) == ["consent"]
    assert "consentimiento expreso" in errors[0].message


def test_sensitive_data_in_the_record_needs_express_consent_too() -> None:
    person, pam = make_person(min_age=70, indigenous=True), program("PAM")
    consent = PrivacyConsent("2026.1", "2026-03-15T10:00:00Z", accepted=True)
    errors = validate_enrollment(
        enrollment_for(person, pam, consent=consent), person, pam, on=TODAY
    )
    assert fields_of(errors) == ["consent"]


def test_missing_required_documents_are_listed() -> None:
    person, ppd = make_person(max_age=29), program("PPD")
    documents = {"curp": True, "certificado_discapacidad": False}
    errors = validate_enrollment(
        enrollment_for(person, ppd, documents=documents), person, ppd, on=TODAY
    )
    assert fields_of(errors) == [
        "documents.acta_nacimiento",
        "documents.identificacion_oficial",
        "documents.comprobante_domicilio",
        "documents.certificado_discapacidad",
    ]


def test_optional_documents_may_be_missing() -> None:
    person, pam = make_person(min_age=70), program("PAM")
    documents = {d.code: True for d in pam.required_documents}
    assert "telefono" not in documents
    assert (
        validate_enrollment(enrollment_for(person, pam, documents=documents), person, pam, on=TODAY)
        == []
    )


def test_representative_only_where_the_program_allows_it() -> None:
    person, pmb = make_person(min_age=60, max_age=64), program("PMB")
    enrollment = enrollment_for(person, pmb, representative=representative())
    errors = validate_enrollment(enrollment, person, pmb, on=TODAY)
    assert fields_of(errors) == ["representative"]


@pytest.mark.parametrize(
    ("make_curp", "message"),
    [
        (lambda person: "XXXX", "18 caracteres"),
        (lambda person: person.curp, "misma persona"),
        (
            lambda person: build_curp("Ruiz", "Ortiz", "Ana", date(2010, 5, 5), Sex.MUJER, "OC"),
            "mayor de edad",
        ),
    ],
)
def test_representative_curp_is_checked(make_curp: Any, message: str) -> None:
    person, pam = make_person(min_age=70), program("PAM")
    auxiliar = representative(curp=make_curp(person))
    errors = validate_enrollment(
        enrollment_for(person, pam, representative=auxiliar), person, pam, on=TODAY
    )
    assert fields_of(errors) == ["representative.curp"]
    assert message in errors[0].message


def test_enrollment_must_match_the_person_and_program() -> None:
    person, pam = make_person(min_age=70), program("PAM")
    enrollment = enrollment_for(person, pam, person_id="someone-else", program_code="PMB")
    errors = validate_enrollment(enrollment, person, pam, on=TODAY)
    assert fields_of(errors) == ["person_id", "program_code"]
