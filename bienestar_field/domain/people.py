"""A person as the caseworker captures them, and the closed vocabularies that describe them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum


class Sex(StrEnum):
    """Sex as the CURP records it (position 11)."""

    HOMBRE = "H"
    MUJER = "M"
    NO_BINARIO = "X"


class Relationship(StrEnum):
    """Relationship to the head of the household (*parentesco con la persona jefa del hogar*)."""

    JEFA_O_JEFE = "jefe"
    CONYUGE = "conyuge"
    HIJA_O_HIJO = "hijo"
    NIETA_O_NIETO = "nieto"
    MADRE_O_PADRE = "padre"
    HERMANA_O_HERMANO = "hermano"
    SUEGRA_O_SUEGRO = "suegro"
    NUERA_O_YERNO = "yerno"
    OTRO_PARIENTE = "otro_pariente"
    SIN_PARENTESCO = "sin_parentesco"


class DisabilityKind(StrEnum):
    MOTRIZ = "motriz"
    VISUAL = "visual"
    AUDITIVA = "auditiva"
    HABLA = "habla"
    INTELECTUAL = "intelectual"
    PSICOSOCIAL = "psicosocial"
    MULTIPLE = "multiple"


class SchoolLevel(StrEnum):
    PREESCOLAR = "preescolar"
    PRIMARIA = "primaria"
    SECUNDARIA = "secundaria"
    MEDIA_SUPERIOR = "media_superior"
    SUPERIOR = "superior"


class Occupation(StrEnum):
    """What the person does; some programs look at it (childcare, youth apprenticeships)."""

    TRABAJA = "trabaja"
    ESTUDIA = "estudia"
    TRABAJA_Y_ESTUDIA = "trabaja_y_estudia"
    NI_ESTUDIA_NI_TRABAJA = "ninguna"
    HOGAR = "hogar"
    DESCONOCIDA = "desconocida"


class LeaveReason(StrEnum):
    """Why a member left the household (*motivo de la baja del hogar*)."""

    CAMBIO_DE_DOMICILIO = "moved_away"
    FALLECIMIENTO = "died"
    OTRO = "other"


@dataclass(frozen=True, slots=True)
class Disability:
    kind: DisabilityKind
    permanent: bool = True
    # A certificate from a public health institution; the disability pension needs it.
    certified: bool = False


@dataclass(frozen=True, slots=True)
class Schooling:
    level: SchoolLevel
    public: bool = True
    # Clave de Centro de Trabajo of the school, e.g. "14DPR0001X".
    cct: str | None = None
    grade: int | None = None


@dataclass(slots=True)
class Person:
    """One person. Personal fields are encrypted at rest; ``id`` and bookkeeping stay clear."""

    id: str
    curp: str  # normalized 18-character CURP
    nombres: str
    primer_apellido: str
    segundo_apellido: str | None
    birth_date: date
    sex: Sex
    birth_state: str  # RENAPO two-letter code, or "NE" for born abroad
    household_id: str | None = None
    relationship: Relationship | None = None
    phone: str | None = None  # E.164, "+52" and ten digits
    disability: Disability | None = None
    indigenous: bool = False
    afromexican: bool = False
    pregnancy_due_date: date | None = None
    schooling: Schooling | None = None
    occupation: Occupation = Occupation.DESCONOCIDA
    # Has childcare through IMSS/ISSSTE (excludes the childcare support program).
    has_social_security_childcare: bool = False
    notes: str = ""
    # Life events: the person stays in the casebook for good; these close what ended.
    household_since: date | None = None  # joined the current household (a move)
    left_household_on: date | None = None  # no longer a member of ``household_id``
    left_household_reason: LeaveReason | None = None
    death_date: date | None = None
    event_note: str = ""  # the note of the latest life event (each stays in the history)
    # An ARCO cancellation closed the record on this day (domain/arco.py): kept, never deleted.
    cancelled_on: date | None = None
    folio: str | None = None
    version: int = 0
    created_by: str | None = None
    created_at: str | None = None  # ISO-8601 UTC
    updated_at: str | None = None

    @property
    def is_deceased(self) -> bool:
        return self.death_date is not None

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_on is not None

    @property
    def is_current_member(self) -> bool:
        """Counts in its household: belongs to one, and neither left it nor died."""
        return (
            self.household_id is not None
            and self.left_household_on is None
            and self.death_date is None
        )

    @property
    def full_name(self) -> str:
        parts = [self.nombres, self.primer_apellido, self.segundo_apellido or ""]
        return " ".join(p for p in parts if p)


def age_on(birth_date: date, on: date) -> int:
    """Completed years on ``on``; someone born on 29 February turns a year older on 1 March."""
    years = on.year - birth_date.year
    if (on.month, on.day) < (birth_date.month, birth_date.day):
        years -= 1
    return years


__all__ = [
    "Disability",
    "DisabilityKind",
    "LeaveReason",
    "Occupation",
    "Person",
    "Relationship",
    "SchoolLevel",
    "Schooling",
    "Sex",
    "age_on",
]
