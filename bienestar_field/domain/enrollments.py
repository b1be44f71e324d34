"""Enrolment of a person in a program, and the attendance checks (*corresponsabilidades*)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum


class EnrollmentStatus(StrEnum):
    BORRADOR = "draft"
    ENVIADA = "submitted"
    APROBADA = "approved"
    RECHAZADA = "rejected"
    # Closed by a caseworker (a death, a move, the person's own wish): with a reason and date.
    BAJA = "withdrawn"
    # Held for a while with a reason; still counts as the person's enrolment in the program.
    SUSPENDIDA = "suspended"

    @property
    def is_active(self) -> bool:
        """Still in the program: neither refused, withdrawn nor suspended."""
        return self not in _NOT_ACTIVE

    @property
    def is_open(self) -> bool:
        """Still the person's enrolment in the program (a suspended one is, until withdrawn):
        a second enrolment in the same program is refused while one is open."""
        return self not in _CLOSED


_CLOSED: frozenset[EnrollmentStatus] = frozenset(
    {EnrollmentStatus.RECHAZADA, EnrollmentStatus.BAJA}
)
_NOT_ACTIVE: frozenset[EnrollmentStatus] = _CLOSED | {EnrollmentStatus.SUSPENDIDA}


class ClosureReason(StrEnum):
    """Why an enrolment was withdrawn or suspended (*motivo de la baja o suspensión*)."""

    FALLECIMIENTO = "death"
    CAMBIO_DE_DOMICILIO = "moved_away"
    VOLUNTARIA = "voluntary"
    YA_NO_CUMPLE = "not_eligible"
    INCUMPLIMIENTO = "noncompliance"
    # The person exercised the right to cancel their data (ARCO): the record is closed.
    CANCELACION_ARCO = "arco_cancellation"
    OTRO = "other"


@dataclass(frozen=True, slots=True)
class PrivacyConsent:
    """The simplified privacy notice was shown before capture, and what was agreed."""

    notice_version: str
    shown_at: str  # ISO-8601 UTC
    accepted: bool
    # Express consent for sensitive data (health, disability, ethnic origin).
    sensitive_data: bool = False


@dataclass(frozen=True, slots=True)
class Representative:
    """A *persona auxiliar* who acts for an elderly or disabled beneficiary."""

    nombres: str
    primer_apellido: str
    segundo_apellido: str | None
    curp: str
    relationship: str
    phone: str | None = None


@dataclass(slots=True)
class Enrollment:
    id: str
    person_id: str
    program_code: str
    status: EnrollmentStatus = EnrollmentStatus.BORRADOR
    status_reason: str = ""
    documents: dict[str, bool] = field(default_factory=dict)  # document code -> presented
    consent: PrivacyConsent | None = None
    representative: Representative | None = None
    catalog_version: str = ""
    # Set when withdrawn or suspended: since when, why, and the caseworker's note.
    closed_on: date | None = None
    closure_reason: ClosureReason | None = None
    closure_note: str = ""
    folio: str | None = None
    version: int = 0
    enrolled_by: str | None = None
    enrolled_at: str | None = None


class CheckKind(StrEnum):
    ESCUELA = "school"
    SALUD = "health"
    PRENATAL = "prenatal"
    VISITA = "home_visit"


class CheckResult(StrEnum):
    ASISTIO = "attended"
    FALTO = "absent"
    JUSTIFICADA = "justified"
    # A mark withdrawn (undone, or entered by mistake): the period counts as not recorded.
    ANULADA = "withdrawn"


@dataclass(frozen=True, slots=True)
class AttendanceCheck:
    """One recorded check. Append-only: a correction is a new check, never an edit."""

    id: str
    enrollment_id: str
    kind: CheckKind
    period: str  # "2026-11" (month) or "2026-B6" (two-month period)
    result: CheckResult
    place_key: str = ""  # school CCT or health unit CLUES
    note: str = ""
    recorded_by: str | None = None
    recorded_at: str | None = None
