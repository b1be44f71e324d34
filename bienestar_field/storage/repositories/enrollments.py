"""Enrolments of people in programs: stored, found, counted, and written from a pull."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from bienestar_field.domain.enrollments import Enrollment, EnrollmentStatus
from bienestar_field.storage import records
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import EnrollmentRow

_REJECTED = EnrollmentStatus.RECHAZADA.value
# Closed for good: the person may be enrolled in the program again.
_CLOSED = [s.value for s in EnrollmentStatus if not s.is_open]
# Not in the program now (a suspended enrolment expects no checks, but blocks a second one).
_NOT_ACTIVE = [s.value for s in EnrollmentStatus if not s.is_active]


class EnrollmentRepository(Repository):
    def add(self, enrollment: Enrollment, stamp: records.Stamp) -> None:
        self.session.add(records.enrollment_row(self.keyring, enrollment, stamp))
        # Flushed now so that a second enrolment in the same transaction sees this one.
        self.session.flush()

    def exists(self, enrollment_id: str) -> bool:
        return self.session.get(EnrollmentRow, enrollment_id) is not None

    def existing_ids(self, enrollment_ids: Collection[str]) -> set[str]:
        """Which of these enrolments exist: one query per few thousand ids."""
        wanted = list(enrollment_ids)
        found: set[str] = set()
        for start in range(0, len(wanted), 5000):
            chunk = wanted[start : start + 5000]
            found.update(
                self.session.scalars(select(EnrollmentRow.id).where(EnrollmentRow.id.in_(chunk)))
            )
        return found

    def status_of(self, enrollment_id: str) -> str | None:
        row = self.session.get(EnrollmentRow, enrollment_id)
        return row.status if row is not None else None

    def by_folio(self, folio: str) -> Enrollment | None:
        row = self.session.scalar(select(EnrollmentRow).where(EnrollmentRow.folio == folio))
        return records.enrollment_from_row(self.keyring, row) if row is not None else None

    def person_ids_by_folio_like(self, pattern: str, limit: int) -> list[str]:
        """The people enrolled under folios matching a SQL ``LIKE`` pattern (a partial folio)."""
        query = select(EnrollmentRow.person_id).where(EnrollmentRow.folio.like(pattern))
        return list(self.session.scalars(query.order_by(EnrollmentRow.folio).limit(limit)))

    def row(self, enrollment_id: str) -> EnrollmentRow | None:
        return self.session.get(EnrollmentRow, enrollment_id)

    def rewrite(self, row: EnrollmentRow, enrollment: Enrollment, stamp: records.Stamp) -> None:
        """Store an edit of ``enrollment`` (its version already moved on) over its row."""
        updated = records.enrollment_row(self.keyring, enrollment, stamp)
        row.status, row.data = updated.status, updated.data
        row.version, row.hlc, row.updated_at = enrollment.version, stamp.hlc, stamp.at

    def get(self, enrollment_id: str) -> Enrollment | None:
        row = self.session.get(EnrollmentRow, enrollment_id)
        return records.enrollment_from_row(self.keyring, row) if row is not None else None

    def of_person(self, person_id: str) -> list[Enrollment]:
        rows = self.session.scalars(
            select(EnrollmentRow)
            .where(EnrollmentRow.person_id == person_id)
            .order_by(EnrollmentRow.created_at)
        )
        return [records.enrollment_from_row(self.keyring, r) for r in rows]

    def active_folio(self, person_id: str, program_code: str) -> str | None:
        """The folio of the person's open enrolment in the program (neither rejected nor
        withdrawn), if any."""
        return self.session.scalar(
            select(EnrollmentRow.folio).where(
                EnrollmentRow.person_id == person_id,
                EnrollmentRow.program_code == program_code,
                EnrollmentRow.status.not_in(_CLOSED),
            )
        )

    def active_in_program(self, program_code: str) -> list[Enrollment]:
        rows = self.session.scalars(
            select(EnrollmentRow).where(
                EnrollmentRow.program_code == program_code,
                EnrollmentRow.status.not_in(_NOT_ACTIVE),
            )
        ).all()
        return [records.enrollment_from_row(self.keyring, row) for row in rows]

    def active_count(self, program_code: str) -> int:
        return self._count(
            EnrollmentRow,
            EnrollmentRow.program_code == program_code,
            EnrollmentRow.status.not_in(_NOT_ACTIVE),
        )

    def rejected(self, limit: int) -> list[Enrollment]:
        """Enrolments the server refused, the latest first (they carry the reason)."""
        rows = self.session.scalars(
            select(EnrollmentRow)
            .where(EnrollmentRow.status == _REJECTED)
            .order_by(EnrollmentRow.updated_at.desc())
            .limit(limit)
        )
        return [records.enrollment_from_row(self.keyring, row) for row in rows]

    def count(self) -> int:
        return self._count(EnrollmentRow)

    def count_created_on(self, day: str) -> int:
        return self._count(EnrollmentRow, EnrollmentRow.created_at.startswith(day))

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        fields = record.fields
        columns = {
            "person_id": str(fields["person_id"]),
            "program_code": str(fields["program_code"]),
            "status": str(fields["status"]),
            "catalog_version": str(fields.get("catalog_version") or ""),
            "folio": str(fields["folio"]),
        }
        pulled.upsert(self.session, self.keyring, EnrollmentRow, record, columns)
