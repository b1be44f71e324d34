"""Attendance checks: appended, never changed; read per enrolment and period."""

from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import select

from bienestar_field.domain.enrollments import AttendanceCheck
from bienestar_field.storage import records
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import AttendanceCheckRow, EnrollmentRow


class CheckRepository(Repository):
    def add(self, check: AttendanceCheck, stamp: records.Stamp) -> None:
        self.session.add(records.check_row(self.keyring, check, stamp))

    def of_enrollment(self, enrollment_id: str) -> list[AttendanceCheck]:
        rows = self.session.scalars(
            select(AttendanceCheckRow)
            .where(AttendanceCheckRow.enrollment_id == enrollment_id)
            .order_by(AttendanceCheckRow.created_at)
        )
        return [records.check_from_row(self.keyring, r) for r in rows]

    def latest(self, enrollment_id: str, period: str) -> AttendanceCheck | None:
        """The check recorded last (by clock stamp) for an enrolment and period."""
        row = self.session.scalar(
            select(AttendanceCheckRow)
            .where(
                AttendanceCheckRow.enrollment_id == enrollment_id,
                AttendanceCheckRow.period == period,
            )
            .order_by(AttendanceCheckRow.hlc.desc())
            .limit(1)
        )
        return records.check_from_row(self.keyring, row) if row else None

    def latest_in_program(
        self, program_code: str, period: str, kind: str | None = None
    ) -> dict[str, AttendanceCheck]:
        """Per enrolment of a program, the check recorded last (by clock stamp) for a period."""
        enrolments = select(EnrollmentRow.id).where(EnrollmentRow.program_code == program_code)
        query = select(AttendanceCheckRow).where(
            AttendanceCheckRow.period == period,
            AttendanceCheckRow.enrollment_id.in_(enrolments),
        )
        if kind is not None:
            query = query.where(AttendanceCheckRow.kind == kind)
        latest: dict[str, AttendanceCheckRow] = {}
        for row in self.session.scalars(query.order_by(AttendanceCheckRow.hlc)):
            latest[row.enrollment_id] = row
        return {
            enrollment_id: records.check_from_row(self.keyring, row)
            for enrollment_id, row in latest.items()
        }

    def in_program(
        self, program_code: str, periods: Collection[str]
    ) -> dict[str, list[AttendanceCheck]]:
        """Per enrolment of a program, its checks of some periods, in the order recorded
        (by clock stamp): what compliance is computed from, in one query."""
        enrolments = select(EnrollmentRow.id).where(EnrollmentRow.program_code == program_code)
        query = (
            select(AttendanceCheckRow)
            .where(
                AttendanceCheckRow.period.in_(list(periods)),
                AttendanceCheckRow.enrollment_id.in_(enrolments),
            )
            .order_by(AttendanceCheckRow.hlc)
        )
        found: dict[str, list[AttendanceCheck]] = {}
        for row in self.session.scalars(query):
            found.setdefault(row.enrollment_id, []).append(
                records.check_from_row(self.keyring, row)
            )
        return found

    def recorded_count(self, program_code: str, period: str, kind: str, withdrawn: str) -> int:
        """Active enrolments of a program whose latest check of a period and kind stands."""
        enrolments = select(EnrollmentRow.id).where(EnrollmentRow.program_code == program_code)
        rows = self.session.execute(
            select(AttendanceCheckRow.enrollment_id, AttendanceCheckRow.result)
            .where(
                AttendanceCheckRow.period == period,
                AttendanceCheckRow.kind == kind,
                AttendanceCheckRow.enrollment_id.in_(enrolments),
            )
            .order_by(AttendanceCheckRow.hlc)
        )
        latest = {enrollment_id: result for enrollment_id, result in rows}
        return sum(1 for result in latest.values() if result != withdrawn)

    def count(self) -> int:
        return self._count(AttendanceCheckRow)

    def count_created_on(self, day: str) -> int:
        return self._count(AttendanceCheckRow, AttendanceCheckRow.created_at.startswith(day))

    def put_pulled(self, record: pulled.PulledRecord) -> None:
        if self.session.get(AttendanceCheckRow, record.entity_id) is not None:
            return  # append-only: a check never changes once recorded
        fields = record.fields
        self.session.add(
            AttendanceCheckRow(
                id=record.entity_id,
                enrollment_id=str(fields["enrollment_id"]),
                kind=str(fields["kind"]),
                period=str(fields["period"]),
                result=str(fields["result"]),
                data=pulled.encrypt(self.keyring, record),
                hlc=record.hlc,
                created_by=record.created_by,
                created_at=record.created_at,
            )
        )
