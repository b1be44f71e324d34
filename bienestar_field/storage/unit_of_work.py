"""One transaction of the casebook, and the repositories that read and write inside it.

``reading`` gives the repositories over a read transaction. ``unit_of_work`` gives them over
one write transaction, plus the two things every write records with its entity: the change
in the outbox and the event in the audit log. A local save and a pulled page each go through
one unit of work, so the entity, its outbox change and its audit event commit together,
durably, or not at all. The audit events of records are written last, just before the
commit, each with the digest of its record's row as stored: a row edited by any other path
no longer matches its last audited write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bienestar_field.domain import arco
from bienestar_field.storage import records
from bienestar_field.storage.crypto import Keyring
from bienestar_field.storage.database import Database
from bienestar_field.storage.repositories import audit_records, pulled
from bienestar_field.storage.repositories.audit import AuditEntry, AuditLog
from bienestar_field.storage.repositories.checks import CheckRepository
from bienestar_field.storage.repositories.drafts import DraftRepository
from bienestar_field.storage.repositories.enrollments import EnrollmentRepository
from bienestar_field.storage.repositories.households import HouseholdRepository
from bienestar_field.storage.repositories.meta import MetaRepository
from bienestar_field.storage.repositories.outbox import Outbox
from bienestar_field.storage.repositories.people import PersonRepository
from bienestar_field.storage.repositories.person_records import (
    ArcoRepository,
    CardRepository,
    arco_from_row,
    card_from_row,
)
from bienestar_field.storage.repositories.pulled import PulledRecord
from bienestar_field.storage.repositories.relay import RelayRepository
from bienestar_field.storage.repositories.report_facts import ReportFacts
from bienestar_field.storage.repositories.review import ReviewRepository
from bienestar_field.storage.repositories.set_aside import SetAsideRepository
from bienestar_field.storage.repositories.surveys import SurveyRepository
from bienestar_field.storage.repositories.sync import SyncRepository
from bienestar_field.storage.repositories.users import UserRepository
from bienestar_field.storage.schema import (
    ArcoRequestRow,
    AttendanceCheckRow,
    CardEventRow,
    EnrollmentRow,
    HouseholdRow,
    HouseholdSurveyRow,
    PersonRow,
)

# Set once every record written before digests existed has been audited with its digest.
_RECORDS_ANCHORED = "audit_records_anchored"


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
        self.surveys = SurveyRepository(session, keyring)
        self.arco = ArcoRepository(session, keyring)
        self.cards = CardRepository(session, keyring)
        self.drafts = DraftRepository(session, keyring)
        self.users = UserRepository(session, keyring)
        self.outbox = Outbox(session, keyring)
        self.audit = AuditLog(session, keyring)
        self.sync = SyncRepository(session, keyring)
        self.set_aside = SetAsideRepository(session, keyring)
        self.report_facts = ReportFacts(session, keyring)
        self.relay = RelayRepository(session, keyring)
        self.review = ReviewRepository(session, keyring)

    def latest_clock_stamp(self) -> str | None:
        """The latest hybrid-clock stamp stored: of local changes and of records pulled from
        the server (whose devices' clocks may run ahead of ours). Stamps sort as strings."""
        kinds = audit_records.present_kinds(self.session)
        columns = {
            "household": HouseholdRow.hlc,
            "person": PersonRow.hlc,
            "enrollment": EnrollmentRow.hlc,
            "attendance_check": AttendanceCheckRow.hlc,
            "arco_request": ArcoRequestRow.hlc,
            "card_event": CardEventRow.hlc,
            "household_survey": HouseholdSurveyRow.hlc,
        }
        stamps = [self.outbox.latest_hlc()] + [
            self.session.scalar(select(func.max(columns[kind]))) for kind in kinds
        ]
        return max((s for s in stamps if s), default=None)


class UnitOfWork(Repositories):
    """A write transaction: entities with their outbox change and audit event."""

    def __init__(self, session: Session, keyring: Keyring | None) -> None:
        super().__init__(session, keyring)
        self._after_commit: list[Callable[[], None]] = []
        # Audit events of records written, in order: (entity, id, action, when, by whom).
        self._record_events: list[tuple[str, str, str, str, str | None]] = []

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
        self._record_events.append(
            (entity, entity_id, f"{entity}.{operation}", stamp.at, stamp.user_id)
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
        if entity == "household_survey":
            survey_row = self.surveys.row(entity_id)
            if survey_row is None:
                return None
            return records.survey_create_fields(self.surveys.from_row(survey_row))
        if entity == "arco_request":
            request_row = self.arco.row(entity_id)
            if request_row is None:
                return None
            return arco.all_fields(self.arco.from_row(request_row))
        return None

    def put_pulled(self, record: PulledRecord) -> None:
        """A record from the server: the entity, and its audit event (it is no local change
        to send).

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
            "household_survey": self.surveys.put_pulled,
            "arco_request": self.arco.put_pulled,
            "card_event": self.cards.put_pulled,
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
        self._record_events.append(
            (record.entity, record.entity_id, f"{record.entity}.pulled", record.updated_at, None)
        )

    def anchor_records(self, *, at: str, user_id: str | None) -> bool:
        """Audit the digest of every record, once, for a casebook whose records were written
        before digests were (whose chain holds none); whether it did."""
        if self.meta.get(_RECORDS_ANCHORED) is not None:
            return False  # the usual case, at every unlock: one read of a small table
        if self.audit.has_digests() or not audit_records.has_records(self.session):
            self.meta.set(_RECORDS_ANCHORED, at)
            return False
        for entity, entity_id, digest in audit_records.all_digests(self.session):
            self.audit.append(
                at=at,
                user_id=user_id,
                action=f"{entity}.{audit_records.STORED}",
                entity=entity,
                entity_id=entity_id,
                digest=digest,
            )
        self.meta.set(_RECORDS_ANCHORED, at)
        return True

    def _audit_written(self) -> None:
        """The audit events of the records written, each with the digest of its record's row
        as the database holds it at the end of the transaction."""
        if not self._record_events:
            return
        self.session.flush()
        digests = audit_records.stored_digests(
            self.session, ((entity, entity_id) for entity, entity_id, *_ in self._record_events)
        )
        self.audit.append_many(
            [
                AuditEntry(at, user_id, action, entity, entity_id, digests.get(entity_id))
                for entity, entity_id, action, at, user_id in self._record_events
            ]
        )
        self._record_events.clear()

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
        elif record.entity == "household_survey":
            self.surveys.from_row(self.session.get_one(HouseholdSurveyRow, entity_id))
        elif record.entity == "arco_request":
            arco_from_row(self.arco.keyring, self.session.get_one(ArcoRequestRow, entity_id))
        elif record.entity == "card_event":
            card_from_row(self.cards.keyring, self.session.get_one(CardEventRow, entity_id))
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
        work._audit_written()
    for callback in work._after_commit:
        callback()
