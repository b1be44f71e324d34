"""What each kind of record may hold, field by field: type, format and size.

One definition, read by the server before it stores a change (``fields_problem``) and by the
tests that size the push limit (``largest_fields``). A value no device could read back (a list
where a status belongs, a GPS point of one number), an outsized text or a field nobody defined
is refused for that change alone, with a reason code and an English sentence that names the
field and the rule, never the value: values are personal data and the sentence is logged,
stored and shown.

The rules follow DOMAIN.md and the app's own blocking checks (``domain/validation.py``): the
server is never stricter about a format than the app that captured it, or an honest change
would be refused for good. Text sizes are generous caps on free text, not formats.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any, Final

from bienestar_field.domain import arco, cards, geography
from bienestar_field.domain.curp import birth_state_codes, is_valid_curp
from bienestar_field.domain.enrollments import (
    CheckKind,
    CheckResult,
    ClosureReason,
    EnrollmentStatus,
)
from bienestar_field.domain.life_events import NOTE_MAX as EVENT_NOTE_MAX
from bienestar_field.domain.people import (
    DisabilityKind,
    LeaveReason,
    Occupation,
    Relationship,
    SchoolLevel,
    Sex,
)
from bienestar_field.domain.periods import InvalidPeriod, parse_period
from bienestar_wire.protocol import RejectReason

INVALID: Final = RejectReason.INVALID.value  # wrong type or format
OUT_OF_RANGE: Final = RejectReason.OUT_OF_RANGE.value  # too long, too large
UNKNOWN_FIELD: Final = RejectReason.UNKNOWN_FIELD.value  # a field nobody defined

NAME_MAX: Final = 100
PLACE_TEXT_MAX: Final = 150
SHORT_TEXT_MAX: Final = 40
REFERENCE_MAX: Final = 1000
NOTES_MAX: Final = 4000
CHECK_NOTE_MAX: Final = 2000
MAX_DOCUMENTS: Final = 40
MAX_GRADE: Final = 20
OLDEST_DATE: Final = date(1880, 1, 1)
# Mexico's extent, with a margin for a fix taken at a border or off the coast.
LATITUDE_RANGE: Final = (14.0, 33.5)
LONGITUDE_RANGE: Final = (-119.0, -86.0)

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_FOLIO = re.compile(r"^[A-Za-z0-9][A-Za-z0-9*-]{0,31}$")
_CODE = re.compile(r"^[A-Za-z0-9_.-]{1,40}$")
_STATE_KEY = re.compile(r"^\d{2}$")
_MUNICIPALITY_KEY = re.compile(r"^\d{3}$")
_LOCALITY_KEY = re.compile(r"^\d{4}$")
_CCT = re.compile(r"^\d{2}[A-Z]{3}\d{4}[A-Z]$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why a field (or a whole change) is refused: a reason code and an English sentence."""

    reason: str
    detail: str

    def __str__(self) -> str:
        """The ``reason`` a device is told: the code, a colon, the sentence."""
        return f"{self.reason}: {self.detail}"


# A check gets the value and the field's label ("person.birth_date") and says what is wrong.
Check = Callable[[Any, str], Refusal | None]


@dataclass(frozen=True, slots=True)
class Field:
    check: Check
    nullable: bool = False
    largest: Any = None  # the largest value the rule admits (for sizing the push limit)


def _bad(label: str, rule: str) -> Refusal:
    return Refusal(INVALID, f"{label} {rule}")


def _long(label: str, limit: int) -> Refusal:
    return Refusal(OUT_OF_RANGE, f"{label} is longer than {limit} characters")


def _is_text(value: Any) -> bool:
    return isinstance(value, str)


# --- rules ------------------------------------------------------------------------------------


def text(
    limit: int,
    *,
    required: bool = False,
    multiline: bool = False,
    pattern: re.Pattern[str] | None = None,
    rule: str = "",
) -> Field:
    """Text of at most ``limit`` characters; ``required``: not blank; ``pattern``: its format."""

    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value):
            return _bad(label, "must be text")
        if len(value) > limit:
            return _long(label, limit)
        if required and not value.strip():
            return _bad(label, "must not be blank")
        if "\x00" in value or (not multiline and ("\n" in value or "\r" in value)):
            return _bad(label, "holds a line break or a NUL character")
        if _CONTROL.search(value):
            return _bad(label, "holds a control character")
        if pattern is not None and value and not pattern.fullmatch(value):
            return _bad(label, rule or "is not in the expected format")
        return None

    return Field(check, largest=("Ñ" if pattern is None else "A") * limit)


def enum(kind: type[Enum]) -> Field:
    values = frozenset(member.value for member in kind)
    listed = ", ".join(sorted(str(v) for v in values))

    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or value not in values:
            return _bad(label, f"must be one of: {listed}")
        return None

    return Field(check, largest=max(values, key=lambda v: len(str(v))))


def flag() -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        return None if isinstance(value, bool) else _bad(label, "must be true or false")

    return Field(check, largest=False)


def uuid() -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or not _UUID.fullmatch(value):
            return _bad(label, "must be a lower-case UUID")
        return None

    return Field(check, largest="01234567-89ab-7def-8123-456789abcdef")


def day(*, ahead_days: int = 0) -> Field:
    """A calendar date ``YYYY-MM-DD`` from 1880 to this year's end (``ahead_days``: next year's)."""

    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or not _ISO_DATE.fullmatch(value):
            return _bad(label, "must be a date written YYYY-MM-DD")
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            return _bad(label, "is not a date of the calendar")
        latest = date.today().replace(month=12, day=31)
        if parsed < OLDEST_DATE or parsed.year > latest.year + (1 if ahead_days else 0):
            return Refusal(OUT_OF_RANGE, f"{label} is a date out of range")
        return None

    return Field(check, largest="2026-12-31")


def timestamp() -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or len(value) > SHORT_TEXT_MAX:
            return _bad(label, "must be an ISO-8601 time")
        try:
            datetime.fromisoformat(value)
        except ValueError:
            return _bad(label, "must be an ISO-8601 time")
        return None

    return Field(check, largest="2026-03-16T09:30:00.000000+00:00")


def curp() -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        # As the app: surrounding spaces and lower case are the same CURP.
        if not _is_text(value) or len(value) > 24 or not is_valid_curp(value):
            return _bad(label, "is not a valid CURP (18 characters, with its check digit)")
        return None

    return Field(check, largest="SABC560626MDFLRN01")


def phone() -> Field:
    """A Mexican phone: what the app's own check accepts (it stores E.164, +52 and 10 digits)."""

    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or len(value) > 20:
            return _bad(label, "must be a 10-digit Mexican phone number")
        from bienestar_field.domain.validation import InvalidPhone, normalize_phone

        try:
            normalize_phone(value)
        except InvalidPhone:
            return _bad(label, "must be a 10-digit Mexican phone number")
        return None

    return Field(check, largest="+52 (55) 1234-5678")


def whole(low: int, high: int) -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return _bad(label, "must be a whole number")
        if not low <= value <= high:
            return Refusal(OUT_OF_RANGE, f"{label} must be from {low} to {high}")
        return None

    return Field(check, largest=high)


def gps_point() -> Field:
    """``[latitude, longitude]`` in decimal degrees, inside Mexico."""
    rule = (
        f"must be [latitude, longitude]: latitude {LATITUDE_RANGE[0]} to {LATITUDE_RANGE[1]}, "
        f"longitude {LONGITUDE_RANGE[0]} to {LONGITUDE_RANGE[1]}"
    )

    def number(value: Any) -> bool:
        return (
            isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
        )

    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, list) or len(value) != 2 or not all(number(v) for v in value):
            return _bad(label, rule)
        latitude, longitude = value
        if not (
            LATITUDE_RANGE[0] <= latitude <= LATITUDE_RANGE[1]
            and LONGITUDE_RANGE[0] <= longitude <= LONGITUDE_RANGE[1]
        ):
            return Refusal(OUT_OF_RANGE, f"{label} {rule}")
        return None

    return Field(check, nullable=True, largest=[14.123456789012345, -100.12345678901234])


def one_of(values: Callable[[], frozenset[str]], rule: str, largest: str) -> Field:
    """A code of a catalog, in whatever case and spacing the app accepted it."""

    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or len(value) > 8 or value.strip().upper() not in values():
            return _bad(label, rule)
        return None

    return Field(check, largest=largest)


def nested(what: str, fields: Mapping[str, Field], required: frozenset[str] = frozenset()) -> Field:
    """A JSON object with only ``fields``, of which ``required`` must be present."""

    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, dict):
            return _bad(label, f"must be an object ({what})")
        missing = sorted(required - value.keys())
        if missing:
            return _bad(label, f"lacks {', '.join(missing)}")
        return _fields_problem(value, fields, label)

    return Field(
        check,
        nullable=True,
        largest={name: f.largest for name, f in fields.items()},
    )


def documents() -> Field:
    """Document code -> presented: at most ``MAX_DOCUMENTS`` codes of the catalog's shape."""

    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, dict):
            return _bad(label, "must be an object of document codes to true or false")
        if len(value) > MAX_DOCUMENTS:
            return Refusal(OUT_OF_RANGE, f"{label} names more than {MAX_DOCUMENTS} documents")
        for code, presented in value.items():
            if not _CODE.fullmatch(code) or not isinstance(presented, bool):
                return _bad(label, "must be an object of document codes to true or false")
        return None

    return Field(check, largest={f"documento_{i:030d}": True for i in range(MAX_DOCUMENTS)})


def nullable(field: Field) -> Field:
    return Field(field.check, nullable=True, largest=field.largest)


# --- per-field cross-checks ---------------------------------------------------------------------


def _state_key(value: Any, label: str) -> Refusal | None:
    if not _is_text(value) or not _STATE_KEY.fullmatch(value):
        return _bad(label, "must be a two-digit INEGI state key")
    try:
        geography.state_by_inegi_key(value)
    except geography.UnknownPlace:
        return _bad(label, "is not an INEGI state key")
    return None


def _keyed(pattern: re.Pattern[str], rule: str) -> Check:
    def check(value: Any, label: str) -> Refusal | None:
        if not _is_text(value) or not pattern.fullmatch(value):
            return _bad(label, rule)
        return None

    return check


def _period(value: Any, label: str) -> Refusal | None:
    if _is_text(value) and len(value) <= 10:
        try:
            parse_period(value)
        except InvalidPeriod:
            pass
        else:
            return None
    return _bad(label, "must be a period: 2026-05 (month), 2026-B3 (two months) or 2026-S1")


def _postal_code(value: Any, label: str) -> Refusal | None:
    # Empty when unknown; the app checks it with surrounding spaces stripped.
    typed = value.strip() if _is_text(value) and len(value) <= 10 else None
    if typed is not None and (not typed or geography.POSTAL_CODE_PATTERN.fullmatch(typed)):
        return None
    return _bad(label, "must be 5 digits of a Mexican postal code")


def _cct(value: Any, label: str) -> Refusal | None:
    if value is None or value == "":
        return None
    if not _is_text(value) or len(value) > 16 or not _CCT.fullmatch(value.strip().upper()):
        return _bad(label, "must be a school key (CCT) such as 14DPR0001X")
    return None


def _place_problem(fields: Mapping[str, Any], label: str) -> Refusal | None:
    """State, municipality and locality keys that each exist, and within each other."""
    state, municipality = fields.get("state_code"), fields.get("municipality_code")
    if state is None or municipality is None:
        return None  # an update of one of them: the record holds the other
    try:
        geography.municipality(state, municipality)
        locality = fields.get("locality_code")
        if locality:
            geography.locality(state, municipality, locality)
    except geography.UnknownPlace:
        return _bad(
            f"{label}.municipality_code", "is not a municipality (or locality) of the state"
        )
    return None


# --- the records ------------------------------------------------------------------------------

FOLIO_MAX: Final = 32  # as the folio columns of the app and the server
_FOLIO_FIELD: Final = text(
    FOLIO_MAX, required=True, pattern=_FOLIO, rule="must be a folio such as ABC123-000042-K"
)

CONSENT: Final = nested(
    "privacy consent",
    {
        "notice_version": text(SHORT_TEXT_MAX, required=True),
        "shown_at": timestamp(),
        "accepted": flag(),
        "sensitive_data": flag(),
    },
    frozenset({"notice_version", "shown_at", "accepted"}),
)

HOUSEHOLD: Final[Mapping[str, Field]] = {
    "folio": _FOLIO_FIELD,
    "state_code": Field(_state_key, largest="32"),
    "municipality_code": Field(
        _keyed(_MUNICIPALITY_KEY, "must be a three-digit INEGI municipality key"), largest="001"
    ),
    "locality_code": Field(
        _keyed(_LOCALITY_KEY, "must be a four-digit INEGI locality key"),
        nullable=True,
        largest="0001",
    ),
    "locality_name": text(PLACE_TEXT_MAX, required=True),
    "settlement_type": text(SHORT_TEXT_MAX),
    "settlement_name": text(PLACE_TEXT_MAX),
    "street_type": text(SHORT_TEXT_MAX),
    "street_name": text(PLACE_TEXT_MAX),
    "exterior_number": text(SHORT_TEXT_MAX, required=True),
    "interior_number": text(SHORT_TEXT_MAX),
    "postal_code": Field(_postal_code, largest="99999"),
    "between_streets": text(PLACE_TEXT_MAX * 2),
    "reference": text(REFERENCE_MAX, multiline=True),
    "gps": gps_point(),
    "consent": CONSENT,
    # Life events: since when it lives at this address, and the note of the change.
    "address_since": nullable(day()),
    "event_note": text(EVENT_NOTE_MAX, multiline=True),
}

PERSON: Final[Mapping[str, Field]] = {
    "household_id": nullable(uuid()),
    "folio": _FOLIO_FIELD,
    "curp": curp(),
    "nombres": text(NAME_MAX, required=True),
    "primer_apellido": text(NAME_MAX, required=True),
    "segundo_apellido": nullable(text(NAME_MAX)),
    "birth_date": day(),
    "sex": enum(Sex),
    "birth_state": one_of(birth_state_codes, "must be a RENAPO state code, or NE", "NE"),
    "relationship": nullable(enum(Relationship)),
    "phone": nullable(phone()),
    "disability": nested(
        "disability",
        {"kind": enum(DisabilityKind), "permanent": flag(), "certified": flag()},
        frozenset({"kind", "permanent", "certified"}),
    ),
    "indigenous": flag(),
    "afromexican": flag(),
    "pregnancy_due_date": nullable(day(ahead_days=1)),
    "schooling": nested(
        "schooling",
        {
            "level": enum(SchoolLevel),
            "public": flag(),
            "cct": Field(_cct, nullable=True, largest="14DPR0001X"),
            "grade": nullable(whole(0, MAX_GRADE)),
        },
        frozenset({"level", "public"}),
    ),
    "occupation": enum(Occupation),
    "has_social_security_childcare": flag(),
    "notes": text(NOTES_MAX, multiline=True),
    # Life events: a move, leaving the household, a death, and the latest event's note.
    "household_since": nullable(day()),
    "left_household_on": nullable(day()),
    "left_household_reason": nullable(enum(LeaveReason)),
    "death_date": nullable(day()),
    "event_note": text(EVENT_NOTE_MAX, multiline=True),
    # An ARCO cancellation closed the record on this day.
    "cancelled_on": nullable(day()),
}

ENROLLMENT: Final[Mapping[str, Field]] = {
    "person_id": uuid(),
    "program_code": text(SHORT_TEXT_MAX, required=True, pattern=_CODE, rule="must be a code"),
    "status": enum(EnrollmentStatus),
    "catalog_version": text(SHORT_TEXT_MAX),
    "folio": _FOLIO_FIELD,
    "status_reason": nullable(text(200)),
    "documents": documents(),
    "consent": CONSENT,
    "representative": nested(
        "representative",
        {
            "nombres": text(NAME_MAX, required=True),
            "primer_apellido": text(NAME_MAX, required=True),
            "segundo_apellido": nullable(text(NAME_MAX)),
            "curp": curp(),
            "relationship": text(SHORT_TEXT_MAX),
            "phone": nullable(phone()),
        },
        frozenset({"nombres", "primer_apellido", "curp", "relationship"}),
    ),
    # A withdrawal or suspension by a caseworker: since when, why, and a note.
    "closed_on": nullable(day()),
    "closure_reason": nullable(enum(ClosureReason)),
    "closure_note": text(EVENT_NOTE_MAX, multiline=True),
}

ATTENDANCE_CHECK: Final[Mapping[str, Field]] = {
    "enrollment_id": uuid(),
    "kind": enum(CheckKind),
    "period": Field(_period, largest="2026-B6"),
    "result": enum(CheckResult),
    "place_key": text(SHORT_TEXT_MAX),
    "note": text(CHECK_NOTE_MAX, multiline=True),
}

# A household's survey: answers are catalog codes (the questionnaire names them; codes of a
# newer questionnaire must pass, so only their shape is checked here) or numbers and flags.
SURVEY_MAX_GOODS: Final = 40
SURVEY_MAX_INCOMES: Final = 20
SURVEY_MAX_FOOD: Final = 40
SURVEY_MAX_MEMBERS: Final = 40
INCOME_MAX: Final = 10_000_000  # pesos per period: a cap on typos, not a rule


def code() -> Field:
    return text(SHORT_TEXT_MAX, required=True, pattern=_CODE, rule="must be a code")


def codes(limit: int) -> Field:
    """A list of at most ``limit`` distinct codes."""

    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, list):
            return _bad(label, "must be a list of codes")
        if len(value) > limit:
            return Refusal(OUT_OF_RANGE, f"{label} holds more than {limit} codes")
        if any(not _is_text(v) or not _CODE.fullmatch(v) for v in value):
            return _bad(label, "must be a list of codes")
        if len(set(value)) != len(value):
            return _bad(label, "repeats a code")
        return None

    return Field(check, nullable=True, largest=[f"codigo_{i:033d}" for i in range(limit)])


def _amount(value: Any, label: str) -> Refusal | None:
    if not _is_text(value) or len(value) > 16 or not re.fullmatch(r"\d{1,8}(\.\d{1,2})?", value):
        return _bad(label, "must be an amount of pesos such as 1500.50")
    if float(value) >= INCOME_MAX:
        return Refusal(OUT_OF_RANGE, f"{label} must be below {INCOME_MAX}")
    return None


_INCOME: Final = nested(
    "income",
    {"source": code(), "amount": Field(_amount, largest="9999999.99"), "frequency": code()},
    frozenset({"source", "amount", "frequency"}),
)


def incomes() -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, list):
            return _bad(label, "must be a list of incomes")
        if len(value) > SURVEY_MAX_INCOMES:
            return Refusal(OUT_OF_RANGE, f"{label} holds more than {SURVEY_MAX_INCOMES} incomes")
        for item in value:
            problem = _INCOME.check(item, label)
            if problem is not None:
                return problem
        return None

    return Field(check, nullable=True, largest=[_INCOME.largest] * SURVEY_MAX_INCOMES)


def food_answers() -> Field:
    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, dict):
            return _bad(label, "must be an object of question codes to true or false")
        if len(value) > SURVEY_MAX_FOOD:
            return Refusal(OUT_OF_RANGE, f"{label} answers more than {SURVEY_MAX_FOOD} questions")
        for name, answer in value.items():
            if not _CODE.fullmatch(name) or not isinstance(answer, bool):
                return _bad(label, "must be an object of question codes to true or false")
        return None

    return Field(check, largest={f"pregunta_{i:031d}": True for i in range(SURVEY_MAX_FOOD)})


SURVEY_MEMBER: Final = nested(
    "a member's survey answers",
    {
        "incomes": incomes(),
        "schooling": nullable(code()),
        "attends_school": nullable(flag()),
        "health_services": codes(SURVEY_MAX_GOODS),
        "contributes_social_security": nullable(flag()),
    },
)
SURVEY_MEMBER_PREFIX: Final = "member."

HOUSEHOLD_SURVEY: Final[Mapping[str, Field]] = {
    "household_id": uuid(),
    "questionnaire_version": text(SHORT_TEXT_MAX, required=True),
    "rural": nullable(flag()),
    "floor": nullable(code()),
    "walls": nullable(code()),
    "roof": nullable(code()),
    "rooms": nullable(whole(1, 99)),
    "water": nullable(code()),
    "drainage": nullable(code()),
    "electricity": nullable(code()),
    "cooking_fuel": nullable(code()),
    "kitchen_chimney": nullable(flag()),
    "goods": codes(SURVEY_MAX_GOODS),
    "food_security": food_answers(),
}


def _field_names() -> Field:
    """A list of field names (a rectification names what it changed, never the values)."""
    names = re.compile(r"^[a-z_]{1,64}$")

    def check(value: Any, label: str) -> Refusal | None:
        if not isinstance(value, list) or len(value) > 64:
            return _bad(label, "must be a list of at most 64 field names")
        if not all(_is_text(v) and names.fullmatch(v) for v in value):
            return _bad(label, "must be a list of field names")
        return None

    return Field(check, largest=["a" * 64] * 64)


ARCO_REQUEST: Final[Mapping[str, Field]] = {
    "person_id": uuid(),
    "right": enum(arco.ArcoRight),
    "status": enum(arco.ArcoStatus),
    "received_on": day(),
    "channel": enum(arco.ArcoChannel),
    "request_text": text(arco.REQUEST_TEXT_MAX, required=True, multiline=True),
    "handled_by": text(arco.STAFF_NAME_MAX),
    "resolved_on": nullable(day()),
    "refusal_ground": nullable(enum(arco.RefusalGround)),
    "outcome_note": text(arco.NOTE_MAX, multiline=True),
    "opposition_scope": text(arco.SCOPE_MAX, multiline=True),
    "rectified_fields": _field_names(),
    "rectified_version": nullable(whole(1, 2**31 - 1)),
}

CARD_DIGITS_RULE: Final = (
    "holds a run of more than four digits: only a card's last four digits are ever recorded, "
    "never a card number, bank data or a PIN"
)


def card_text(limit: int, *, multiline: bool = False) -> Field:
    """Free text of a card event: no run of five digits or more (a card number typed in)."""
    plain = text(limit, multiline=multiline)

    def check(value: Any, label: str) -> Refusal | None:
        if _is_text(value) and cards.LONG_DIGITS.search(value):
            return _bad(label, CARD_DIGITS_RULE)
        return plain.check(value, label)

    return Field(check, largest=plain.largest)


def _last_four(value: Any, label: str) -> Refusal | None:
    if _is_text(value) and cards.LONG_DIGITS.search(value):
        return _bad(label, CARD_DIGITS_RULE)
    if not _is_text(value) or (value and not cards.LAST_FOUR.fullmatch(value)):
        return _bad(label, "must be exactly four digits (the card's last four), or empty")
    return None


CARD_EVENT: Final[Mapping[str, Field]] = {
    "person_id": uuid(),
    "kind": enum(cards.CardEventKind),
    "on": day(),
    "last_four": Field(_last_four, largest="1234"),
    "place": card_text(cards.PLACE_MAX),
    "identity_document": nullable(enum(cards.IdentityDocument)),
    "identity_checked": flag(),
    "receipt_mark": nullable(enum(cards.ReceiptMark)),
    "handled_by": card_text(cards.NAME_MAX),
    "note": card_text(cards.NOTE_MAX, multiline=True),
}

# By the wire's entity name (``protocol.Entity`` values).
RECORDS: Final[Mapping[str, Mapping[str, Field]]] = {
    "household": HOUSEHOLD,
    "person": PERSON,
    "enrollment": ENROLLMENT,
    "attendance_check": ATTENDANCE_CHECK,
    "household_survey": HOUSEHOLD_SURVEY,
    "arco_request": ARCO_REQUEST,
    "card_event": CARD_EVENT,
}


def _fields_problem(
    values: Mapping[str, Any], rules: Mapping[str, Field], label: str
) -> Refusal | None:
    unknown = sorted(name for name in values if name not in rules)
    if unknown:
        shown = unknown[0] if len(unknown[0]) <= 64 and unknown[0].isprintable() else "?"
        return Refusal(UNKNOWN_FIELD, f"{label}.{shown} is not a field of a {label}")
    for name, value in values.items():
        rule = rules[name]
        if value is None:
            if not rule.nullable:
                return _bad(f"{label}.{name}", "must not be null")
            continue
        problem = rule.check(value, f"{label}.{name}")
        if problem is not None:
            return problem
    return None


def fields_problem(entity: str, fields: Mapping[str, Any]) -> Refusal | None:
    """Whether ``fields`` (all of a creation, or the edited ones of an update) may be stored."""
    rules = RECORDS.get(entity)
    if rules is None:
        return _bad(entity, "is not a kind of record")
    if entity == "household_survey":
        return _survey_problem(fields)
    problem = _fields_problem(fields, rules, entity)
    if problem is None and entity == "household":
        problem = _place_problem(fields, entity)
    return problem


def _survey_problem(fields: Mapping[str, Any]) -> Refusal | None:
    """A survey's fixed fields, and its members' answers under ``member.<person id>``."""
    label = "household_survey"
    members = {k: v for k, v in fields.items() if k.startswith(SURVEY_MEMBER_PREFIX)}
    if len(members) > SURVEY_MAX_MEMBERS:
        return Refusal(OUT_OF_RANGE, f"{label} answers for more than {SURVEY_MAX_MEMBERS} members")
    for name, value in members.items():
        if not _UUID.fullmatch(name[len(SURVEY_MEMBER_PREFIX) :]):
            return _bad(f"{label}.member", "must be named by a person's lower-case UUID")
        if value is None:
            continue  # answers withdrawn (the member left before they were confirmed)
        problem = SURVEY_MEMBER.check(value, f"{label}.member")
        if problem is not None:
            return problem
    rest = {k: v for k, v in fields.items() if k not in members}
    return _fields_problem(rest, HOUSEHOLD_SURVEY, label)


def largest_fields(entity: str) -> dict[str, Any]:
    """A record of ``entity`` with every field at its largest admissible size."""
    out = {name: rule.largest for name, rule in RECORDS[entity].items()}
    if entity == "household_survey":
        for i in range(SURVEY_MAX_MEMBERS):
            person = f"01234567-89ab-7def-8123-{i:012d}"
            out[SURVEY_MEMBER_PREFIX + person] = SURVEY_MEMBER.largest
    return out
