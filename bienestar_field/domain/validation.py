"""Cross-checks of captured data, as messages to show beside the field they concern.

Each ``validate_*`` function returns a list of :class:`FieldError`; an empty list means the
record can be saved. ``field`` is the attribute name on the dataclass (``"curp"``,
``"birth_date"``, ``"postal_code"``); inside a household it is prefixed with where the
value sits (``"address.postal_code"``, ``"members[2].curp"``). Non-blocking errors are
warnings: the record can be saved, the caseworker should look again (name initials that
disagree with the CURP, since names are captured as on the birth certificate).

Messages are :class:`~bienestar_field.domain.text.Text`: ``FieldError.message`` is the
Spanish sentence, and the UI translates ``FieldError.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from bienestar_field.domain import geography
from bienestar_field.domain.curp import (
    BORN_ABROAD,
    Curp,
    InvalidCurp,
    birth_state_codes,
    name_mismatches,
    normalize_curp,
    parse_curp,
)
from bienestar_field.domain.enrollments import Enrollment, PrivacyConsent, Representative
from bienestar_field.domain.households import Address, Household
from bienestar_field.domain.people import Person, Relationship, Sex, age_on
from bienestar_field.domain.programs import Program
from bienestar_field.domain.questions import (
    Question,
    age_for,
    inapplicable_answers,
    why_not_asked,
)
from bienestar_field.domain.text import Text, TextError, text

MAX_AGE_YEARS = 120
ADULT_AGE_YEARS = 18
CCT_PATTERN = re.compile(r"^\d{2}[A-Z]{3}\d{4}[A-Z]$")
# A due date more than ~10 months ahead cannot be a current pregnancy; one a month past
# is still possible (births up to 42 weeks) until the record is updated.
_MAX_DUE_DATE_AHEAD = timedelta(days=305)
_MAX_DUE_DATE_OVERDUE = timedelta(days=30)
_PHONE_SEPARATORS = re.compile(r"[\s\-.()]")
_OBSOLETE_PREFIXES = ("044", "045", "01")
_NATIONAL_DIGITS = 10
_SEX_NAMES = {
    Sex.MUJER: text("mujer"),
    Sex.HOMBRE: text("hombre"),
    Sex.NO_BINARIO: text("no binario"),
}


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    text: Text
    blocking: bool = True

    @property
    def message(self) -> str:
        """The sentence in Spanish (command line, logs); the UI translates ``text``."""
        return str(self.text)


class InvalidPhone(TextError):
    """A phone number that is not a Mexican one; ``text`` says why."""


# --- phone numbers --------------------------------------------------------------------------


def normalize_phone(typed: str) -> str:
    """A Mexican phone number as E.164 (``+52`` and ten digits); else :class:`InvalidPhone`.

    Accepts spaces, dashes, dots and parentheses, and an optional ``+52``. The 01, 044 and
    045 prefixes were retired in 2020 and are rejected with a hint, not silently removed.
    """
    compact = _PHONE_SEPARATORS.sub("", typed.strip())
    if not compact:
        raise InvalidPhone(text("Escriba el número de teléfono a 10 dígitos."))
    national = compact.removeprefix("+52") if compact.startswith("+") else compact
    if not national.isdigit():
        raise InvalidPhone(
            text("El teléfono debe tener solo números: 10 dígitos, p. ej. 55 1234 5678.")
        )
    if national.startswith(_OBSOLETE_PREFIXES):
        raise InvalidPhone(
            text(
                "Desde 2020 ya no se marcan los prefijos 01, 044 ni 045: "
                "escriba solo los 10 dígitos del número."
            )
        )
    if len(national) != _NATIONAL_DIGITS:
        raise InvalidPhone(
            text("El teléfono debe tener 10 dígitos; tiene {digits}.", digits=len(national))
        )
    # Imported here: its metadata costs 60-140 ms, on the path to the unlocked window.
    import phonenumbers

    not_personal = {
        phonenumbers.PhoneNumberType.TOLL_FREE,
        phonenumbers.PhoneNumberType.PREMIUM_RATE,
        phonenumbers.PhoneNumberType.SHARED_COST,
        phonenumbers.PhoneNumberType.UAN,
    }
    number = phonenumbers.parse(national, "MX")
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhone(text("El número no corresponde a un teléfono válido de México."))
    if phonenumbers.number_type(number) in not_personal:
        raise InvalidPhone(
            text("Escriba un teléfono de contacto, no un número 800 o de tarifa especial.")
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


# --- people ---------------------------------------------------------------------------------


def validate_person(person: Person, *, today: date) -> list[FieldError]:
    """Everything wrong with one person's captured data, CURP cross-checks included."""
    return [
        *_name_errors(person),
        *_birth_date_errors(person, today),
        *_birth_state_errors(person),
        *_curp_errors(person, today),
        *_inapplicable_errors(person, today),
        *_phone_errors("phone", person.phone),
        *_pregnancy_errors(person, today),
        *_school_errors(person),
    ]


def _inapplicable_errors(person: Person, today: date) -> list[FieldError]:
    # The form hides these questions and drops their answers; one that still arrives (an
    # import, a script) is refused with the same rule, not stored to mislead eligibility.
    return [
        FieldError(question.value, reason)
        for question, reason in inapplicable_answers(person, today=today)
    ]


def _name_errors(person: Person) -> list[FieldError]:
    errors = []
    if not person.nombres.strip():
        errors.append(FieldError("nombres", text("Escriba el nombre o los nombres.")))
    if not person.primer_apellido.strip():
        errors.append(FieldError("primer_apellido", text("Escriba el primer apellido.")))
    return errors


def _birth_date_errors(person: Person, today: date) -> list[FieldError]:
    if person.birth_date > today:
        return [
            FieldError("birth_date", text("La fecha de nacimiento no puede ser posterior a hoy."))
        ]
    age = age_on(person.birth_date, today)
    if age > MAX_AGE_YEARS:
        return [
            FieldError(
                "birth_date",
                text(
                    "La fecha de nacimiento da {age} años de edad; revísela "
                    "(el máximo aceptado es {maximum}).",
                    age=age,
                    maximum=MAX_AGE_YEARS,
                ),
            )
        ]
    return []


def _birth_state_errors(person: Person) -> list[FieldError]:
    if person.birth_state.strip().upper() in birth_state_codes():
        return []
    return [FieldError("birth_state", text("La entidad de nacimiento no es una clave válida."))]


def _curp_errors(person: Person, today: date) -> list[FieldError]:
    try:
        curp = parse_curp(person.curp, today=today)
    except InvalidCurp as exc:
        return [FieldError("curp", exc.text)]
    return [*_curp_disagreements(person, curp), *_curp_name_warnings(person, curp)]


def _curp_disagreements(person: Person, curp: Curp) -> list[FieldError]:
    errors = []
    if person.birth_date != curp.birth_date:
        errors.append(
            FieldError(
                "birth_date",
                text(
                    "La fecha de nacimiento no coincide con la CURP (la CURP indica {date}).",
                    date=curp.birth_date,
                ),
            )
        )
    if person.sex is not curp.sex:
        errors.append(
            FieldError(
                "sex",
                text(
                    "El sexo no coincide con la CURP (la CURP indica {sex}).",
                    sex=_SEX_NAMES[curp.sex],
                ),
            )
        )
    birth_state = person.birth_state.strip().upper()
    # An unknown code is reported on its own; saying it also disagrees would be noise.
    if birth_state in birth_state_codes() and birth_state != curp.birth_state:
        errors.append(
            FieldError(
                "birth_state",
                text(
                    "La entidad de nacimiento no coincide con la CURP (la CURP indica {place}).",
                    place=_birth_place_name(curp),
                ),
            )
        )
    return errors


def _birth_place_name(curp: Curp) -> Text | str:
    if curp.birth_state == BORN_ABROAD:
        return text("nacimiento en el extranjero")
    return curp.state_name  # a proper name, the same in every language


def _curp_name_warnings(person: Person, curp: Curp) -> list[FieldError]:
    if not person.nombres.strip() or not person.primer_apellido.strip():
        return []  # the missing name is already an error; initials cannot be compared
    warnings = name_mismatches(
        curp, person.primer_apellido, person.segundo_apellido, person.nombres
    )
    return [FieldError("curp", warning, blocking=False) for warning in warnings]


def _phone_errors(field: str, phone: str | None) -> list[FieldError]:
    if not phone:
        return []
    try:
        normalize_phone(phone)
    except InvalidPhone as exc:
        return [FieldError(field, exc.text)]
    return []


def _pregnancy_errors(person: Person, today: date) -> list[FieldError]:
    due = person.pregnancy_due_date
    age = age_for(person.birth_date, today)
    if due is None or why_not_asked(Question.PREGNANCY, age=age, sex=person.sex) is not None:
        return []  # not asked of this person: said once, by the rule of which questions apply
    if due < today - _MAX_DUE_DATE_OVERDUE:
        return [
            FieldError(
                "pregnancy_due_date",
                text(
                    "La fecha probable de parto ({date}) ya pasó; actualice el registro.",
                    date=due,
                ),
            )
        ]
    if due > today + _MAX_DUE_DATE_AHEAD:
        return [
            FieldError(
                "pregnancy_due_date",
                text("La fecha probable de parto ({date}) está a más de 10 meses.", date=due),
            )
        ]
    return []


def _school_errors(person: Person) -> list[FieldError]:
    schooling = person.schooling
    if schooling is None or not schooling.cct:
        return []
    if CCT_PATTERN.fullmatch(schooling.cct.strip().upper()):
        return []
    return [
        FieldError(
            "schooling",
            text(
                "La clave de centro de trabajo (CCT) de la escuela tiene 10 caracteres: "
                "2 números, 3 letras, 4 números y 1 letra, p. ej. 14DPR0001X."
            ),
        )
    ]


# --- addresses ------------------------------------------------------------------------------


def validate_address(address: Address) -> list[FieldError]:
    """Errors to show beside the address fields; empty when the address can be saved."""
    return [
        *_place_errors(address),
        *_locality_name_errors(address),
        *_postal_code_errors(address),
        *_exterior_number_errors(address),
    ]


def _place_errors(address: Address) -> list[FieldError]:
    try:
        geography.state_by_inegi_key(address.state_code)
    except geography.UnknownPlace as exc:
        return [FieldError("state_code", exc.text)]
    try:
        geography.municipality(address.state_code, address.municipality_code)
    except geography.UnknownPlace as exc:
        return [FieldError("municipality_code", exc.text)]
    if not address.locality_code:
        return []
    try:
        geography.locality(address.state_code, address.municipality_code, address.locality_code)
    except geography.UnknownPlace as exc:
        return [FieldError("locality_code", exc.text)]
    return []


def _locality_name_errors(address: Address) -> list[FieldError]:
    if address.locality_name.strip():
        return []
    return [FieldError("locality_name", text("Escriba el nombre de la localidad."))]


def _postal_code_errors(address: Address) -> list[FieldError]:
    postal_code = address.postal_code.strip()
    if not postal_code or geography.POSTAL_CODE_PATTERN.fullmatch(postal_code):
        return []
    return [
        FieldError(
            "postal_code",
            text("El código postal debe tener 5 dígitos y ser válido, p. ej. 68000."),
        )
    ]


def _exterior_number_errors(address: Address) -> list[FieldError]:
    if address.exterior_number.strip():
        return []
    return [
        FieldError(
            "exterior_number",
            text("Escriba el número exterior, o «{none}» si no tiene.", none=geography.NO_NUMBER),
        )
    ]


# --- households -----------------------------------------------------------------------------


def validate_household(household: Household, *, today: date) -> list[FieldError]:
    """The privacy notice, the address, the roster (one head, no repeated CURP), every member."""
    errors = [_prefixed(error, "address.") for error in validate_address(household.address)]
    errors += _household_consent_errors(household)
    errors += _roster_errors(household)
    for index, member in enumerate(household.members):
        prefix = f"members[{index}]."
        errors += [_prefixed(error, prefix) for error in validate_person(member, today=today)]
        if member.household_id is not None and member.household_id != household.id:
            errors.append(
                FieldError(
                    prefix + "household_id", text("La persona está registrada en otro hogar.")
                )
            )
    return errors


def _roster_errors(household: Household) -> list[FieldError]:
    if not household.members:
        return [FieldError("members", text("Registre al menos a una persona del hogar."))]
    return [*_head_errors(household.members), *_duplicate_curp_errors(household.members)]


def _head_errors(members: list[Person]) -> list[FieldError]:
    heads = [i for i, m in enumerate(members) if m.relationship is Relationship.JEFA_O_JEFE]
    if not heads:
        return [FieldError("members", text("Indique quién es la persona jefa del hogar."))]
    return [
        FieldError(
            f"members[{index}].relationship",
            text(
                "Solo una persona puede ser jefa del hogar; ya lo es la persona {number}.",
                number=heads[0] + 1,
            ),
        )
        for index in heads[1:]
    ]


def _duplicate_curp_errors(members: list[Person]) -> list[FieldError]:
    first_seen: dict[str, int] = {}
    errors = []
    for index, member in enumerate(members):
        curp = normalize_curp(member.curp)
        if not curp:
            continue
        if curp in first_seen:
            errors.append(
                FieldError(
                    f"members[{index}].curp",
                    text(
                        "Esta CURP ya está registrada en este hogar (persona {number}).",
                        number=first_seen[curp] + 1,
                    ),
                )
            )
        else:
            first_seen[curp] = index
    return errors


def _prefixed(error: FieldError, prefix: str) -> FieldError:
    return replace(error, field=prefix + error.field)


# --- enrolments -----------------------------------------------------------------------------


def validate_enrollment(
    enrollment: Enrollment, person: Person, program: Program, *, on: date
) -> list[FieldError]:
    """Consent, documents and representative of an enrolment, as of ``on``."""
    return [
        *_identity_errors(enrollment, person, program),
        *_consent_errors(enrollment, person, program),
        *_document_errors(enrollment, program),
        *_representative_errors(enrollment.representative, person, program, on),
    ]


def _identity_errors(enrollment: Enrollment, person: Person, program: Program) -> list[FieldError]:
    errors = []
    if enrollment.person_id != person.id:
        errors.append(FieldError("person_id", text("La inscripción es de otra persona.")))
    if enrollment.program_code != program.code:
        errors.append(FieldError("program_code", text("La inscripción es de otro programa.")))
    if person.death_date is not None:
        errors.append(
            FieldError("person_id", text("La persona falleció: no se le puede inscribir."))
        )
    return errors


def _notice_errors(consent: PrivacyConsent | None) -> list[FieldError]:
    """The simplified privacy notice was shown, accepted, and when is known."""
    if consent is None:
        return [
            FieldError(
                "consent",
                text("Muestre el aviso de privacidad simplificado antes de capturar los datos."),
            )
        ]
    if not consent.accepted:
        return [
            FieldError(
                "consent",
                text(
                    "La persona no aceptó el aviso de privacidad; no se pueden capturar sus datos."
                ),
            )
        ]
    if _parse_timestamp(consent.shown_at) is None:
        return [
            FieldError("consent", text("Falta registrar cuándo se mostró el aviso de privacidad."))
        ]
    return []


def _household_consent_errors(household: Household) -> list[FieldError]:
    consent = household.consent
    errors = _notice_errors(consent)
    if errors or consent is None:
        return errors
    if not consent.sensitive_data and any(_holds_sensitive_data(m) for m in household.members):
        return [
            FieldError(
                "consent",
                text(
                    "El hogar tiene datos sensibles (salud, discapacidad u origen étnico): "
                    "falta el consentimiento expreso."
                ),
            )
        ]
    return []


def _consent_errors(enrollment: Enrollment, person: Person, program: Program) -> list[FieldError]:
    consent = enrollment.consent
    errors = _notice_errors(consent)
    if errors or consent is None:
        return errors
    return [
        *_consent_timing_errors(consent, enrollment),
        *_sensitive_consent_errors(consent, person, program),
    ]


def _consent_timing_errors(consent: PrivacyConsent, enrollment: Enrollment) -> list[FieldError]:
    shown_at = _parse_timestamp(consent.shown_at)
    assert shown_at is not None  # checked by _notice_errors
    enrolled_at = _parse_timestamp(enrollment.enrolled_at or "")
    if enrolled_at is not None and shown_at > enrolled_at:
        return [
            FieldError(
                "consent",
                text(
                    "El aviso de privacidad se mostró después de capturar la inscripción; "
                    "debe mostrarse antes."
                ),
            )
        ]
    return []


def _sensitive_consent_errors(
    consent: PrivacyConsent, person: Person, program: Program
) -> list[FieldError]:
    if consent.sensitive_data:
        return []
    if program.uses_sensitive_data:
        return [
            FieldError(
                "consent",
                text(
                    "Este programa usa datos sensibles (salud, discapacidad u origen étnico): "
                    "falta el consentimiento expreso de la persona."
                ),
            )
        ]
    if _holds_sensitive_data(person):
        return [
            FieldError(
                "consent",
                text(
                    "El registro tiene datos sensibles (salud, discapacidad u origen étnico): "
                    "falta el consentimiento expreso de la persona."
                ),
            )
        ]
    return []


def _holds_sensitive_data(person: Person) -> bool:
    return (
        person.disability is not None
        or person.indigenous
        or person.afromexican
        or person.pregnancy_due_date is not None
    )


def _parse_timestamp(text: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    # Timestamps are stored in UTC; a naive one is read as UTC so the two can be compared.
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _document_errors(enrollment: Enrollment, program: Program) -> list[FieldError]:
    return [
        # The document's name comes from the catalog, with its own English.
        FieldError(
            f"documents.{document.code}",
            text("Falta el documento: {document}.", document=document.label),
        )
        for document in program.required_documents
        if not enrollment.documents.get(document.code, False)
    ]


def _representative_errors(
    representative: Representative | None, person: Person, program: Program, on: date
) -> list[FieldError]:
    if representative is None:
        return []
    if not program.allows_representative:
        return [
            FieldError(
                "representative",
                text(
                    "{program} no admite persona auxiliar; la persona beneficiaria "
                    "debe hacer el trámite.",
                    program=program.label,
                ),
            )
        ]
    errors = []
    if not representative.nombres.strip() or not representative.primer_apellido.strip():
        errors.append(
            FieldError(
                "representative",
                text("Escriba el nombre y el primer apellido de la persona auxiliar."),
            )
        )
    errors += _representative_curp_errors(representative, person, on)
    errors += _phone_errors("representative.phone", representative.phone)
    return errors


def _representative_curp_errors(
    representative: Representative, person: Person, on: date
) -> list[FieldError]:
    try:
        curp = parse_curp(representative.curp, today=on)
    except InvalidCurp as exc:
        return [FieldError("representative.curp", exc.text)]
    if curp.value == normalize_curp(person.curp):
        return [
            FieldError(
                "representative.curp",
                text("La persona auxiliar no puede ser la misma persona beneficiaria."),
            )
        ]
    if curp.age_on(on) < ADULT_AGE_YEARS:
        return [
            FieldError("representative.curp", text("La persona auxiliar debe ser mayor de edad."))
        ]
    return []


__all__ = [
    "CCT_PATTERN",
    "MAX_AGE_YEARS",
    "FieldError",
    "InvalidPhone",
    "normalize_phone",
    "validate_address",
    "validate_enrollment",
    "validate_household",
    "validate_person",
]
