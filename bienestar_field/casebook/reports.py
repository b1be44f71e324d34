"""What the casebook can tell about itself: counts, today's work, a record's history, audit."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession
    from bienestar_field.storage.repositories.audit import AuditFindings

_PENDING = "pending"
_ACKED = "acked"


@dataclass(frozen=True, slots=True)
class DaySummary:
    """Today's work on this device, for the home page."""

    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    pending_changes: int


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One saved change of a record: who, when, and the values it set."""

    at: str
    user_name: str
    operation: str
    fields: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Stats:
    households: int
    persons: int
    enrollments: int
    attendance_checks: int
    pending_changes: int
    acknowledged_changes: int
    users: int

    def as_dict(self) -> dict[str, int]:
        return {
            "households": self.households,
            "persons": self.persons,
            "enrollments": self.enrollments,
            "attendance_checks": self.attendance_checks,
            "pending_changes": self.pending_changes,
            "acknowledged_changes": self.acknowledged_changes,
            "users": self.users,
        }


class ReportsManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def pending_changes(self) -> int:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.outbox.count(_PENDING)

    def stats(self) -> Stats:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return Stats(
                households=stored.households.count(),
                persons=stored.people.count(),
                enrollments=stored.enrollments.count(),
                attendance_checks=stored.checks.count(),
                pending_changes=stored.outbox.count(_PENDING),
                acknowledged_changes=stored.outbox.count(_ACKED),
                users=stored.users.count(),
            )

    def day_summary(self, day: date | None = None) -> DaySummary:
        """What this device recorded on ``day`` (UTC date of the stamps), and what waits to sync."""
        session = self._session
        session.refuse_if_locked()
        prefix = (day or session.now().date()).isoformat()
        with session.reading() as stored:
            return DaySummary(
                households=stored.households.count_created_on(prefix),
                persons=stored.people.count_created_on(prefix),
                enrollments=stored.enrollments.count_created_on(prefix),
                attendance_checks=stored.checks.count_created_on(prefix),
                pending_changes=stored.outbox.count(_PENDING),
            )

    def history(self, entity_id: str) -> list[HistoryEntry]:
        """Every saved change of one record, oldest first, with the values each one set."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            names = stored.users.names()
            return [
                HistoryEntry(
                    at=change.created_at,
                    user_name=names.get(change.user_id, "?"),
                    operation=change.operation,
                    fields=change.fields,
                )
                for change in stored.outbox.history(entity_id)
            ]

    def verify_audit_chain(self) -> int | None:
        """``None`` when every audit event verifies; else the first broken event's number."""
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.audit.first_broken()

    def check_audit(self) -> AuditFindings:
        """The audit chain's links, and every record against the digest of its last audited
        write. (Whether the chain's end was cut is told against the server: sync's
        ``audit_anchor``.)"""
        from bienestar_field.storage.repositories.audit_records import all_digests

        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            return stored.audit.check(all_digests(stored.session))
