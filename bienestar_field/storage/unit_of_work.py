"""One transaction of the casebook, and the repositories that read and write inside it.

``reading`` gives the repositories over a read transaction. ``unit_of_work`` gives them over
one write transaction, plus the two things every write records with its entity: the change
in the outbox and the event in the audit log. A local save and a pulled page each go through
one unit of work, so the entity, its outbox change and its audit event commit together,
durably, or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.database import Database
from bienestar_field.storage.repositories import pulled
from bienestar_field.storage.repositories.audit import AuditLog
from bienestar_field.storage.repositories.checks import CheckRepository
from bienestar_field.storage.repositories.drafts import DraftRepository
from bienestar_field.storage.repositories.enrollments import EnrollmentRepository
from bienestar_field.storage.repositories.households import HouseholdRepository
from bienestar_field.storage.repositories.meta import MetaRepository
from bienestar_field.storage.repositories.outbox import Outbox
from bienestar_field.storage.repositories.people import PersonRepository
from bienestar_field.storage.repositories.pulled import PulledRecord
from bienestar_field.storage.repositories.set_aside import SetAsideRepository
from bienestar_field.storage.repositories.sync import SyncRepository
from bienestar_field.storage.repositories.users import UserRepository
from bienestar_field.storage.schema import (
    AttendanceCheckRow,
    EnrollmentRow,
    HouseholdRow,
    PersonRow,
)


class Repositories:
    """Every repository over one session. ``keyring`` is ``None`` for a locked casebook:
    what needs no key (counts, sync status) still answers, the rest raises ``KeysLocked``."""

    def __init__(self, session: Session, keyring: Keyring | None) -> None:
        self.session = session
        self.meta = MetaRepository(session)
        self.households = HouseholdRepository(session, keyring)
        self.people = PersonRepository(session, keyring)
        self.enrollments = EnrollmentRepository(session, keyring)
        self.checks = CheckRepository(session, keyring)
        self.drafts = DraftRepository(session, keyring)
        self.users = UserRepository(session, keyring)
        self.outbox = Outbox(session, keyring)
        self.audit = AuditLog(session, keyring)
        self.sync = SyncRepository(session, keyring)
        self.set_aside = SetAsideRepository(session, keyring)

    def latest_clock_stamp(self) -> str | None:
        """The latest hybrid-clock stamp stored: of local changes and of records pulled from
        the server (whose devices' clocks may run ahead of ours). Stamps sort as strings."""
        stamps = [self.outbox.latest_hlc()] + [
            self.session.scalar(select(func.max(column)))
            for column in (
                HouseholdRow.hlc,
                PersonRow.hlc,
                EnrollmentRow.hlc,
                AttendanceCheckRow.hlc,
            )
        ]
        return max((s for s in stamps if s), default=None)


class UnitOfWork(Repositories):
    """A write transaction: entities with their outbox change and audit event."""

    def __init__(self, session: Session, keyring: Keyring | None) -> None:
        super().__init__(session, keyring)
        self._after_commit: list[Callable[[], None]] = []

    def record_change(
        self,
        stamp: records.Stamp,
        entity: str,
        entity_id: str,
        operation: str,
        base_version: int,
        fields: dict[str, Any],
    ) -> None:
        """A local change of an entity: its outbox change, to be sent, and its audit event.

        An edit of a record whose earlier changes the server refused sends those again (in
        their place, the edit's fields laid over them): an edit is how a refusal gets fixed.
        """
        self.requeue_refused(stamp, entity_id, overlay=fields)
        self.outbox.append(
            stamp,
            entity=entity,
            entity_id=entity_id,
            operation=operation,
            base_version=base_version,
            fields=fields,
        )
        self.audit.append(
            at=stamp.at,
            user_id=stamp.user_id,
            action=f"{entity}.{operation}",
            entity=entity,
            entity_id=entity_id,
        )

    def requeue_refused(
        self, stamp: records.Stamp, entity_id: str, *, overlay: dict[str, Any] | None = None
    ) -> int:
        """Send again the quarantined changes of ``entity_id``, each audited; how many."""
        ids = self.outbox.rejected_of(entity_id)
        if not ids:
            return 0
        rows = self.outbox.rejected_rows(ids)
        for row in rows:
            # A refused creation goes again as the record now stands here, the edit included.
            current = (
                self._create_fields(row.entity, entity_id) if row.operation == "create" else None
            )
            self.outbox.requeue(row, current if current is not None else overlay)
            self.audit.append(
                at=stamp.at,
                user_id=stamp.user_id,
                action="sync.change_requeued",
                entity=row.entity,
                entity_id=row.entity_id,
            )
        return len(rows)

    def _create_fields(self, entity: str, entity_id: str) -> dict[str, Any] | None:
        """The fields a creating change of this record would carry now; None if unknown."""
        if entity == "person":
            person = self.people.get(entity_id)
            return records.person_create_fields(person) if person is not None else None
        if entity == "household":
            row = self.session.get(HouseholdRow, entity_id)
            if row is None:
                return None
            household = records.household_from_row(self.households.keyring, row, [])
            return records.household_create_fields(household)
        if entity == "enrollment":
            enrollment = self.enrollments.get(entity_id)
            return records.enrollment_create_fields(enrollment) if enrollment else None
        return None

    def put_pulled(self, record: PulledRecord) -> None:
        """A record from the server: the entity only (it is no local change to send; the
        page it came in is audited once).

        Raises ``pulled.Unstorable`` for a record this casebook cannot hold: refused before
        writing (see ``pulled.check``), or written but not readable back as its domain object
        (the caller runs this in a ``savepoint`` and so undoes the write).
        """
        pulled.check(self.session, record)
        writers: dict[str, Callable[[PulledRecord], None]] = {
            "household": self.households.put_pulled,
            "person": self.people.put_pulled,
            "enrollment": self.enrollments.put_pulled,
            "attendance_check": self.checks.put_pulled,
        }
        try:
            writers[record.entity](record)
            self.session.flush()
            if not record.deleted:
                self._read_back(record)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # Said by type only: a message could quote a value of the record.
            raise pulled.Unstorable(
                pulled.UNDECODABLE, f"its fields do not decode here ({type(exc).__name__})"
            ) from None

    def _read_back(self, record: PulledRecord) -> None:
        """Decode the stored row as the app will: a record that stores but cannot be read
        would fail every screen that shows it."""
        entity_id = record.entity_id
        if record.entity == "household":
            records.household_from_row(
                self.households.keyring, self.session.get_one(HouseholdRow, entity_id), []
            )
        elif record.entity == "person":
            self.people.from_row(self.session.get_one(PersonRow, entity_id))
        elif record.entity == "enrollment":
            records.enrollment_from_row(
                self.enrollments.keyring, self.session.get_one(EnrollmentRow, entity_id)
            )
        else:
            records.check_from_row(
                self.checks.keyring, self.session.get_one(AttendanceCheckRow, entity_id)
            )

    @contextmanager
    def savepoint(self) -> Iterator[None]:
        """A part of the transaction that an exception undoes alone (the rest stands): one
        pulled record that cannot be stored must not take its page down with it. Pending
        writes are flushed inside, so a broken constraint surfaces here, not at commit."""
        with self.session.begin_nested():
            yield
            self.session.flush()

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the transaction has committed (never if it rolls back)."""
        self._after_commit.append(callback)


@contextmanager
def reading(database: Database, keyring: Keyring | None) -> Iterator[Repositories]:
    with database.reading() as session:
        yield Repositories(session, keyring)


@contextmanager
def unit_of_work(database: Database, keyring: Keyring | None) -> Iterator[UnitOfWork]:
    with database.writing() as session:
        work = UnitOfWork(session, keyring)
        yield work
    for callback in work._after_commit:
        callback()
