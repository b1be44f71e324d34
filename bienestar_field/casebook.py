"""The Casebook: the caseworker's encrypted book of cases, and the one object the UI and CLI use.

``CasebookStore`` is the file on disk, opened and migrated but still locked: it lists users,
sets up the first one and unlocks. ``Casebook`` is what unlocking gives: its methods are the
use cases. Every write is one transaction holding the entity, its outbox change and its audit
event, committed durably before the method returns.
"""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bienestar_field.domain import codec
from bienestar_field.domain.clock import HlcStamp, HybridClock
from bienestar_field.domain.codes import random_code
from bienestar_field.domain.curp import InvalidCurp, normalize_curp, parse_curp
from bienestar_field.domain.enrollments import AttendanceCheck, Enrollment, EnrollmentStatus
from bienestar_field.domain.households import Household
from bienestar_field.domain.ids import uuid7
from bienestar_field.domain.name_search import NameIndex
from bienestar_field.domain.people import Person
from bienestar_field.domain.programs import (
    CatalogError,
    ProgramCatalog,
    default_catalog,
    load_catalog,
)
from bienestar_field.domain.text import text
from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.domain.validation import (
    FieldError,
    validate_enrollment,
    validate_household,
    validate_person,
)
from bienestar_field.platform.config import CASEBOOK_FILE, ensure_private_dir
from bienestar_field.storage import records
from bienestar_field.storage.crypto import (
    CryptoError,
    Keyring,
    TamperedCiphertext,
    WrongPassphrase,
    new_data_key,
    new_recovery_code,
    normalize_recovery_code,
)
from bienestar_field.storage.database import Database, open_database
from bienestar_field.storage.keystore import Keystore, KeystoreError
from bienestar_field.storage.schema import (
    PULLED_CATALOG_KEY,
    AttendanceCheckRow,
    Draft,
    EnrollmentRow,
    HouseholdRow,
    OutboxChange,
    PersonRow,
    SyncState,
    User,
)

log = logging.getLogger(__name__)

# session.info key: people added in a write transaction, indexed by name after it commits.
_NEW_PEOPLE = "bienestar_new_people"


class CasebookError(Exception):
    """A problem the person can act on. ``code`` lets the UI say it in its own language."""

    code = "casebook"


class ValidationFailed(CasebookError):
    code = "invalid"

    def __init__(self, errors: Sequence[FieldError]) -> None:
        self.errors = list(errors)
        fields = ", ".join(sorted({e.field for e in self.errors}))
        super().__init__(f"the record has invalid fields: {fields}")


class DuplicateCurp(CasebookError):
    code = "duplicate_curp"

    def __init__(self, existing_folio: str) -> None:
        self.existing_folio = existing_folio
        super().__init__(f"this CURP is already registered (folio {existing_folio})")


class DuplicateEnrollment(CasebookError):
    code = "duplicate_enrollment"


class NotFound(CasebookError):
    code = "not_found"


class StaleRecord(CasebookError):
    code = "stale"


class NotSetUp(CasebookError):
    code = "not_set_up"


@dataclass(frozen=True, slots=True)
class SetupResult:
    casebook: Casebook
    recovery_code: str


@dataclass(frozen=True, slots=True)
class PersonSummary:
    """What a search result shows: enough to recognise a person, decrypted in memory only."""

    person_id: str
    household_id: str | None
    folio: str
    full_name: str
    curp: str
    birth_date: date


@dataclass(frozen=True, slots=True)
class DraftInfo:
    id: str
    kind: str
    label: str
    updated_at: str


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
class CheckDue:
    """An enrolled person who owes a check for a period, and what was recorded so far."""

    enrollment: Enrollment
    person: PersonSummary
    recorded: AttendanceCheck | None


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


def utc_now() -> datetime:
    return datetime.now(UTC)


class CasebookStore:
    """The casebook file, migrated and locked."""

    def __init__(
        self,
        data_dir: Path,
        *,
        kdf_target_seconds: float = 0.5,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.data_dir = ensure_private_dir(data_dir)
        self._now = now
        self.database: Database = open_database(data_dir / CASEBOOK_FILE)
        self.keystore = Keystore(now, kdf_target_seconds)

    def close(self) -> None:
        self.database.close()

    def users(self) -> list[UserInfo]:
        with self.database.reading() as session:
            return self.keystore.users(session)

    @property
    def is_set_up(self) -> bool:
        with self.database.reading() as session:
            return records.get_meta(session, "device_id") is not None

    def set_up(self, user_name: str, role: Role, passphrase: str) -> SetupResult:
        """Create the data key, the device identity, the first user and the recovery code."""
        if self.is_set_up:
            raise CasebookError("this casebook is already set up; unlock it instead")
        data_key = new_data_key()
        recovery_code = new_recovery_code()
        keyring = Keyring(data_key)
        at = self._now().isoformat()
        with self.database.writing() as session:
            user = self.keystore.add_user(session, user_name, role, passphrase, data_key)
            self.keystore.add_recovery_slot(session, recovery_code, data_key)
            device_id = uuid7()
            records.set_meta(session, "device_id", device_id)
            records.set_meta(session, "device_code", random_code(6))
            records.set_meta(session, "folio_seq", "0")
            records.set_meta(session, "created_at", at)
            records.append_audit(session, keyring, at=at, user_id=user.id, action="casebook.setup")
            records.append_audit(
                session,
                keyring,
                at=at,
                user_id=user.id,
                action="user.add",
                entity="user",
                entity_id=user.id,
            )
        log.info("casebook set up with its first user")
        return SetupResult(Casebook(self, keyring, user), recovery_code)

    def unlock(self, user_name: str, passphrase: str) -> Casebook:
        """Open the casebook as ``user_name``. Slow by design (Argon2id)."""
        if not self.is_set_up:
            raise NotSetUp("this casebook has no users yet; set it up first")
        with self.database.reading() as session:
            user = self.keystore.find_user(session, user_name)
            self.keystore.check_may_attempt(user)
            slot = self.keystore.passphrase_slot(session, user)
            info = UserInfo(user.id, user.name, Role(user.role), user.locked)
        try:
            data_key = Keystore.open_slot(slot, passphrase)
        except WrongPassphrase:
            with self.database.writing() as session:
                failure = self.keystore.record_failure(session, info.id)
            log.warning("failed unlock attempt")
            raise failure from None
        keyring = Keyring(data_key)
        with self.database.writing() as session:
            Keystore.record_success(session, info.id)
            records.append_audit(
                session, keyring, at=self._now().isoformat(), user_id=info.id, action="unlock"
            )
        return Casebook(self, keyring, info)

    def recover(self, recovery_code: str, user_name: str, new_passphrase: str) -> Casebook:
        """Set a new passphrase for a user who forgot theirs (or got locked), with the code."""
        with self.database.reading() as session:
            user = self.keystore.find_user(session, user_name)
            slot = self.keystore.recovery_slot(session)
        try:
            data_key = Keystore.open_slot(slot, normalize_recovery_code(recovery_code))
        except WrongPassphrase:
            raise CasebookError("the recovery code is not right") from None
        keyring = Keyring(data_key)
        with self.database.writing() as session:
            row = session.get_one(User, user.id)
            self.keystore.replace_passphrase(session, row, new_passphrase, data_key)
            Keystore.record_success(session, user.id)
            records.append_audit(
                session,
                keyring,
                at=self._now().isoformat(),
                user_id=user.id,
                action="user.recover",
                entity="user",
                entity_id=user.id,
            )
            info = UserInfo(row.id, row.name, Role(row.role), False)
        return Casebook(self, keyring, info)


class Casebook:
    """An unlocked casebook, acting as one user."""

    def __init__(self, store: CasebookStore, keyring: Keyring, user: UserInfo) -> None:
        self._store = store
        self._db = store.database
        self._keyring: Keyring | None = keyring
        self._now = store._now
        self.user = user
        self.catalog: ProgramCatalog = default_catalog()
        with self._db.reading() as session:
            self.device_id = records.get_meta(session, "device_id") or ""
            self.catalog = _newest_catalog(session)
            last = records.latest_clock_stamp(session)
        self._clock = HybridClock(
            self.device_id.replace("-", "")[-16:], last=HlcStamp.parse(last) if last else None
        )
        self._name_index: NameIndex | None = None
        self._summaries: dict[str, PersonSummary] = {}
        self._index_lock = threading.Lock()
        self._froze_gc = False

    # --- session ------------------------------------------------------------------------

    @property
    def keyring(self) -> Keyring:
        if self._keyring is None:
            raise CasebookError("the casebook is locked")
        return self._keyring

    @property
    def is_locked(self) -> bool:
        return self._keyring is None

    def _refuse_if_locked(self) -> None:
        # For methods that may not touch the keyring (empty results, counts, deletes): a
        # locked casebook answers nothing, not even how many records it holds.
        if self._keyring is None:
            raise CasebookError("the casebook is locked")

    def lock(self) -> None:
        """Forget the keys and everything decrypted. Unlock again to continue."""
        keyring, self._keyring = self._keyring, None
        if keyring is not None:
            keyring.wipe()  # an index being built in the background fails at its next decrypt
        self.forget_search_index()

    def now(self) -> datetime:
        return self._now()

    def observe_stamp(self, stamp: str) -> None:
        """Move this device's clock past a stamp pulled from the server, so later local edits
        sort after the remote edits they follow."""
        self._clock.observe(HlcStamp.parse(stamp))

    def _stamp(self) -> records.Stamp:
        return records.Stamp(self.user.id, self._now().isoformat(), str(self._clock.now()))

    def add_user(self, name: str, role: Role, passphrase: str) -> UserInfo:
        """Give another person of the office their own passphrase to this casebook."""
        data_key = self.keyring.data_key
        with self._db.writing() as session:
            info = self._store.keystore.add_user(session, name, role, passphrase, data_key)
            records.append_audit(
                session,
                self.keyring,
                at=self._now().isoformat(),
                user_id=self.user.id,
                action="user.add",
                entity="user",
                entity_id=info.id,
            )
        return info

    def change_passphrase(self, new_passphrase: str) -> None:
        with self._db.writing() as session:
            user = session.get_one(User, self.user.id)
            self._store.keystore.replace_passphrase(
                session, user, new_passphrase, self.keyring.data_key
            )
            records.append_audit(
                session,
                self.keyring,
                at=self._now().isoformat(),
                user_id=self.user.id,
                action="user.passphrase",
                entity="user",
                entity_id=self.user.id,
            )

    # --- writes -------------------------------------------------------------------------

    def register_household(
        self, household: Household, *, today: date | None = None, session: Session | None = None
    ) -> Household:
        """Validate, then store a new household with its members in one transaction."""
        today = today or self._now().date()
        household = _with_ids(household)
        errors = [e for e in validate_household(household, today=today) if e.blocking]
        if errors:
            raise ValidationFailed(errors)
        if session is not None:
            return self._insert_household(session, household)
        with self._writing() as session:
            return self._insert_household(session, household)

    def register_households(
        self, households: Iterable[Household], *, today: date | None = None
    ) -> list[Household]:
        """Several households in one transaction (imports and the demo generator)."""
        with self._writing() as session:
            return [self.register_household(h, today=today, session=session) for h in households]

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A write transaction whose new people join the name index only once it commits.

        Indexing inside the transaction would leave people of a rolled-back batch (a duplicate
        CURP in its last household) findable by name until the next unlock.
        """
        with self._db.writing() as session:
            yield session
            new_people: list[Person] = session.info.pop(_NEW_PEOPLE, [])
        for person in new_people:
            self._index_person(person)

    def _insert_household(self, session: Session, household: Household) -> Household:
        keyring = self.keyring
        stamp = self._stamp()
        self._refuse_duplicate_curps(session, [m.curp for m in household.members])
        household.folio = records.next_folio(session)
        household.registered_by, household.registered_at = stamp.user_id, stamp.at
        household.version = 1
        session.add(records.household_row(keyring, household, stamp))
        self._log_change(
            session,
            stamp,
            "household",
            household.id,
            "create",
            0,
            {"folio": household.folio, **codec.household_fields(household)},
        )
        for member in household.members:
            member.household_id = household.id
            self._insert_person(session, stamp, member)
        return household

    def register_person(self, person: Person, *, today: date | None = None) -> Person:
        """An individual enrolment without a household (module offices)."""
        today = today or self._now().date()
        person = _person_with_id(person)
        errors = [e for e in validate_person(person, today=today) if e.blocking]
        if errors:
            raise ValidationFailed(errors)
        with self._writing() as session:
            stamp = self._stamp()
            self._refuse_duplicate_curps(session, [person.curp])
            self._insert_person(session, stamp, person)
        return person

    def _insert_person(self, session: Session, stamp: records.Stamp, person: Person) -> None:
        person.curp = normalize_curp(person.curp)
        person.folio = records.next_folio(session)
        person.created_by, person.created_at, person.updated_at = stamp.user_id, stamp.at, stamp.at
        person.version = 1
        session.add(records.person_row(self.keyring, person, stamp))
        self._log_change(
            session,
            stamp,
            "person",
            person.id,
            "create",
            0,
            {
                "household_id": person.household_id,
                "folio": person.folio,
                **codec.person_personal_fields(person),
            },
        )
        session.info.setdefault(_NEW_PEOPLE, []).append(person)

    def update_person(self, person: Person, *, today: date | None = None) -> Person:
        """Save an edit. The previous values stay in the outbox history; stale edits refuse."""
        today = today or self._now().date()
        errors = [e for e in validate_person(person, today=today) if e.blocking]
        if errors:
            raise ValidationFailed(errors)
        with self._db.writing() as session:
            row = session.get(PersonRow, person.id)
            if row is None or row.deleted:
                raise NotFound("no such person")
            if row.version != person.version:
                raise StaleRecord("the person was changed since it was opened; open it again")
            person.curp = normalize_curp(person.curp)
            before = codec.person_personal_fields(records.person_from_row(self.keyring, row))
            after = codec.person_personal_fields(person)
            changed = {k: v for k, v in after.items() if before.get(k) != v}
            if not changed:
                return person
            if "curp" in changed:
                self._refuse_duplicate_curps(session, [person.curp], except_id=person.id)
            stamp = self._stamp()
            person.version = row.version + 1
            person.updated_at = stamp.at
            updated = records.person_row(self.keyring, person, stamp)
            row.data, row.curp_index = updated.data, updated.curp_index
            row.version, row.hlc, row.updated_at = person.version, stamp.hlc, stamp.at
            self._log_change(
                session, stamp, "person", person.id, "update", person.version - 1, changed
            )
        self._index_person(person)
        return person

    def enroll(self, enrollment: Enrollment, *, today: date | None = None) -> Enrollment:
        return self.enroll_many([enrollment], today=today)[0]

    def enroll_many(
        self, enrollments: Iterable[Enrollment], *, today: date | None = None
    ) -> list[Enrollment]:
        """Validate and store enrolments in one transaction; any refusal stores none."""
        today = today or self._now().date()
        saved: list[Enrollment] = []
        with self._db.writing() as session:
            for enrollment in enrollments:
                saved.append(self._insert_enrollment(session, enrollment, today))
        return saved

    def _insert_enrollment(
        self, session: Session, enrollment: Enrollment, today: date
    ) -> Enrollment:
        enrollment = replace(enrollment, id=enrollment.id or uuid7())
        program = self.catalog.get(enrollment.program_code)
        if program is None:
            raise ValidationFailed(
                [FieldError("program_code", text("El programa no está en el catálogo."))]
            )
        person_row = session.get(PersonRow, enrollment.person_id)
        if person_row is None or person_row.deleted:
            raise NotFound("no such person")
        person = records.person_from_row(self.keyring, person_row)
        errors = [
            e for e in validate_enrollment(enrollment, person, program, on=today) if e.blocking
        ]
        if errors:
            raise ValidationFailed(errors)
        existing = session.scalar(
            select(EnrollmentRow.folio).where(
                EnrollmentRow.person_id == enrollment.person_id,
                EnrollmentRow.program_code == enrollment.program_code,
                EnrollmentRow.status != EnrollmentStatus.RECHAZADA.value,
            )
        )
        if existing is not None:
            raise DuplicateEnrollment(
                f"the person is already enrolled in {enrollment.program_code} (folio {existing})"
            )
        stamp = self._stamp()
        enrollment.folio = records.next_folio(session)
        enrollment.catalog_version = enrollment.catalog_version or self.catalog.version
        enrollment.enrolled_by, enrollment.enrolled_at = stamp.user_id, stamp.at
        enrollment.version = 1
        session.add(records.enrollment_row(self.keyring, enrollment, stamp))
        # Flushed now so that a second enrolment in the same batch sees this one.
        session.flush()
        self._log_change(
            session,
            stamp,
            "enrollment",
            enrollment.id,
            "create",
            0,
            {
                "person_id": enrollment.person_id,
                "program_code": enrollment.program_code,
                "status": enrollment.status.value,
                "catalog_version": enrollment.catalog_version,
                "folio": enrollment.folio,
                **codec.enrollment_private_fields(enrollment),
            },
        )
        return enrollment

    def record_checks(self, checks: Iterable[AttendanceCheck]) -> list[AttendanceCheck]:
        """Append attendance checks (one, or a whole school visit) in one transaction."""
        saved: list[AttendanceCheck] = []
        with self._db.writing() as session:
            for check in checks:
                if session.get(EnrollmentRow, check.enrollment_id) is None:
                    raise NotFound("no such enrolment")
                stamp = self._stamp()
                check = replace(
                    check, id=check.id or uuid7(), recorded_by=stamp.user_id, recorded_at=stamp.at
                )
                session.add(records.check_row(self.keyring, check, stamp))
                self._log_change(
                    session,
                    stamp,
                    "attendance_check",
                    check.id,
                    "append",
                    0,
                    {
                        "enrollment_id": check.enrollment_id,
                        "kind": check.kind.value,
                        "period": check.period,
                        "result": check.result.value,
                        **codec.check_private_fields(check),
                    },
                )
                saved.append(check)
        return saved

    def _log_change(
        self,
        session: Session,
        stamp: records.Stamp,
        entity: str,
        entity_id: str,
        operation: str,
        base_version: int,
        fields: dict[str, Any],
    ) -> None:
        records.append_change(
            session,
            self.keyring,
            stamp,
            entity=entity,
            entity_id=entity_id,
            operation=operation,
            base_version=base_version,
            fields=fields,
        )
        records.append_audit(
            session,
            self.keyring,
            at=stamp.at,
            user_id=stamp.user_id,
            action=f"{entity}.{operation}",
            entity=entity,
            entity_id=entity_id,
        )

    def _refuse_duplicate_curps(
        self, session: Session, curps: Sequence[str], *, except_id: str | None = None
    ) -> None:
        if not curps:
            return
        query = select(PersonRow.folio).where(
            PersonRow.curp_index.in_([self.keyring.curp_index(curp) for curp in curps]),
            PersonRow.deleted.is_(False),
        )
        if except_id is not None:
            query = query.where(PersonRow.id != except_id)
        folio = session.scalar(query.order_by(PersonRow.folio).limit(1))
        if folio is not None:
            raise DuplicateCurp(folio)

    # --- reads --------------------------------------------------------------------------

    def get_person(self, person_id: str) -> Person:
        with self._db.reading() as session:
            row = session.get(PersonRow, person_id)
            if row is None or row.deleted:
                raise NotFound("no such person")
            return records.person_from_row(self.keyring, row)

    def get_household(self, household_id: str) -> Household:
        with self._db.reading() as session:
            row = session.get(HouseholdRow, household_id)
            if row is None or row.deleted:
                raise NotFound("no such household")
            members = [
                records.person_from_row(self.keyring, p)
                for p in session.scalars(
                    select(PersonRow)
                    .where(PersonRow.household_id == household_id, PersonRow.deleted.is_(False))
                    .order_by(PersonRow.folio)
                )
            ]
            return records.household_from_row(self.keyring, row, members)

    def enrollments_of(self, person_id: str) -> list[Enrollment]:
        self._refuse_if_locked()
        with self._db.reading() as session:
            rows = session.scalars(
                select(EnrollmentRow)
                .where(EnrollmentRow.person_id == person_id)
                .order_by(EnrollmentRow.created_at)
            )
            return [records.enrollment_from_row(self.keyring, r) for r in rows]

    def checks_of(self, enrollment_id: str) -> list[AttendanceCheck]:
        self._refuse_if_locked()
        with self._db.reading() as session:
            rows = session.scalars(
                select(AttendanceCheckRow)
                .where(AttendanceCheckRow.enrollment_id == enrollment_id)
                .order_by(AttendanceCheckRow.created_at)
            )
            return [records.check_from_row(self.keyring, r) for r in rows]

    def find_by_curp(self, curp: str) -> Person | None:
        """Exact CURP lookup through the blind index; nothing is decrypted but the match."""
        with self._db.reading() as session:
            row = session.scalar(
                select(PersonRow).where(
                    PersonRow.curp_index == self.keyring.curp_index(curp),
                    PersonRow.deleted.is_(False),
                )
            )
            person = records.person_from_row(self.keyring, row) if row else None
        if person is not None and person.curp != normalize_curp(curp):
            # The blind index is not authenticated: an index copied onto another row must
            # not make this lookup answer with somebody else.
            raise TamperedCiphertext("the CURP index of a record does not match its CURP")
        return person

    def find_by_folio(self, folio: str) -> Household | Person | Enrollment | None:
        self._refuse_if_locked()
        folio = folio.strip().upper()
        with self._db.reading() as session:
            household_id = session.scalar(
                select(HouseholdRow.id).where(HouseholdRow.folio == folio)
            )
            person_id = session.scalar(select(PersonRow.id).where(PersonRow.folio == folio))
            enrollment = session.scalar(select(EnrollmentRow).where(EnrollmentRow.folio == folio))
            if enrollment is not None:
                return records.enrollment_from_row(self.keyring, enrollment)
        if household_id:
            return self.get_household(household_id)
        if person_id:
            return self.get_person(person_id)
        return None

    def search(self, query: str, limit: int = 50) -> list[PersonSummary]:
        """CURP, folio or name: whatever the text looks like."""
        self._refuse_if_locked()
        text = query.strip()
        if not text:
            return []
        try:
            curp = parse_curp(text)
        except InvalidCurp:
            pass
        else:
            person = self.find_by_curp(curp.value)
            return [_summary(person)] if person else []
        if records.is_valid_folio(text):
            found = self.find_by_folio(text)
            if isinstance(found, Household):
                return [_summary(m) for m in found.members]
            if isinstance(found, Person):
                return [_summary(found)]
            if isinstance(found, Enrollment):
                return [_summary(self.get_person(found.person_id))]
            return []
        return self.search_names(text, limit)

    def search_names(self, query: str, limit: int = 50) -> list[PersonSummary]:
        index = self._ensure_name_index()
        return [self._summaries[m.key] for m in index.search(query, limit)]

    def prepare_search(self) -> None:
        """Build the in-memory name index now (seconds at 100,000 people), not at first search.

        The app calls this in the background right after unlock; locking meanwhile is fine.
        """
        try:
            self._ensure_name_index()
        except CasebookError:
            if self._keyring is not None:
                raise

    def refresh_after_pull(self) -> None:
        """Records and a program catalog may have arrived from the server: use them."""
        with self._db.reading() as session:
            self.catalog = _newest_catalog(session)
        self.forget_search_index()

    def forget_search_index(self) -> None:
        """Records arrived from elsewhere (a sync pull): rebuild the name index on next search."""
        with self._index_lock:
            self._name_index = None
            self._summaries = {}
            if self._froze_gc:
                gc.unfreeze()
                self._froze_gc = False

    def _ensure_name_index(self) -> NameIndex:
        with self._index_lock:
            if self._name_index is None:
                try:
                    index = self._build_name_index()
                except CryptoError:
                    if self._keyring is None:
                        raise CasebookError("the casebook is locked") from None
                    raise
                self._name_index = index
                # Hundreds of thousands of long-lived objects make every full garbage
                # collection walk them: 150-300 ms pauses in the middle of a save at 100,000
                # people. Move them out of the collector's way until lock().
                gc.collect()
                gc.freeze()
                self._froze_gc = True
            return self._name_index

    def _build_name_index(self) -> NameIndex:
        index = NameIndex()
        summaries: dict[str, PersonSummary] = {}
        keyring = self.keyring
        with self._db.reading() as session:
            rows = session.execute(
                select(PersonRow.id, PersonRow.household_id, PersonRow.folio, PersonRow.data).where(
                    PersonRow.deleted.is_(False)
                )
            )
            for person_id, household_id, folio, data in rows:
                fields = keyring.decrypt_json(
                    data, table="persons", column="data", row_id=person_id
                )
                name = " ".join(
                    p
                    for p in (
                        fields["nombres"],
                        fields["primer_apellido"],
                        fields.get("segundo_apellido"),
                    )
                    if p
                )
                summaries[person_id] = PersonSummary(
                    person_id,
                    household_id,
                    folio,
                    name,
                    fields["curp"],
                    date.fromisoformat(fields["birth_date"]),
                )
                index.add(person_id, name)
        self._summaries = summaries
        return index

    def _index_person(self, person: Person) -> None:
        if self._name_index is None:
            return  # built from the database on first search
        with self._index_lock:
            summary = _summary(person)
            self._summaries[person.id] = summary
            self._name_index.add(person.id, summary.full_name)

    def pending_changes(self) -> int:
        self._refuse_if_locked()
        with self._db.reading() as session:
            return records.count(session, OutboxChange, OutboxChange.status == "pending")

    def stats(self) -> Stats:
        self._refuse_if_locked()
        with self._db.reading() as session:
            return Stats(
                households=records.count(session, HouseholdRow, HouseholdRow.deleted.is_(False)),
                persons=records.count(session, PersonRow, PersonRow.deleted.is_(False)),
                enrollments=records.count(session, EnrollmentRow),
                attendance_checks=records.count(session, AttendanceCheckRow),
                pending_changes=records.count(
                    session, OutboxChange, OutboxChange.status == "pending"
                ),
                acknowledged_changes=records.count(
                    session, OutboxChange, OutboxChange.status == "acked"
                ),
                users=records.count(session, User),
            )

    def verify_audit_chain(self) -> int | None:
        """``None`` when every audit event verifies; else the first broken event's number."""
        with self._db.reading() as session:
            return records.verify_audit_chain(session, self.keyring)

    # --- drafts, home page, history, checks due ----------------------------------------------

    def save_draft(
        self, kind: str, label: str, payload: dict[str, Any], draft_id: str | None = None
    ) -> str:
        """Keep a half-filled form (encrypted). Returns the draft id to save over it later."""
        draft_id = draft_id or uuid7()
        blob = self.keyring.encrypt_json(
            {"label": label, "payload": payload}, table="drafts", column="data", row_id=draft_id
        )
        at = self._now().isoformat()
        with self._db.writing() as session:
            row = session.get(Draft, draft_id)
            if row is None:
                session.add(
                    Draft(id=draft_id, kind=kind, user_id=self.user.id, data=blob, updated_at=at)
                )
            else:
                row.kind, row.data, row.updated_at = kind, blob, at
        return draft_id

    def list_drafts(self, kind: str | None = None) -> list[DraftInfo]:
        self._refuse_if_locked()
        with self._db.reading() as session:
            query = select(Draft).order_by(Draft.updated_at.desc())
            if kind is not None:
                query = query.where(Draft.kind == kind)
            return [
                DraftInfo(
                    row.id,
                    row.kind,
                    self.keyring.decrypt_json(
                        row.data, table="drafts", column="data", row_id=row.id
                    )["label"],
                    row.updated_at,
                )
                for row in session.scalars(query)
            ]

    def load_draft(self, draft_id: str) -> dict[str, Any]:
        with self._db.reading() as session:
            row = session.get(Draft, draft_id)
            if row is None:
                raise NotFound("no such draft")
            content = self.keyring.decrypt_json(
                row.data, table="drafts", column="data", row_id=row.id
            )
        payload: dict[str, Any] = content["payload"]
        return payload

    def delete_draft(self, draft_id: str) -> None:
        self._refuse_if_locked()
        with self._db.writing() as session:
            row = session.get(Draft, draft_id)
            if row is not None:
                session.delete(row)

    def day_summary(self, day: date | None = None) -> DaySummary:
        """What this device recorded on ``day`` (UTC date of the stamps), and what waits to sync."""
        self._refuse_if_locked()
        prefix = (day or self._now().date()).isoformat()
        with self._db.reading() as session:
            return DaySummary(
                households=records.count(
                    session, HouseholdRow, HouseholdRow.created_at.startswith(prefix)
                ),
                persons=records.count(session, PersonRow, PersonRow.created_at.startswith(prefix)),
                enrollments=records.count(
                    session, EnrollmentRow, EnrollmentRow.created_at.startswith(prefix)
                ),
                attendance_checks=records.count(
                    session, AttendanceCheckRow, AttendanceCheckRow.created_at.startswith(prefix)
                ),
                pending_changes=records.count(
                    session, OutboxChange, OutboxChange.status == "pending"
                ),
            )

    def history(self, entity_id: str) -> list[HistoryEntry]:
        """Every saved change of one record, oldest first, with the values each one set."""
        self._refuse_if_locked()
        with self._db.reading() as session:
            names = {user_id: name for user_id, name in session.execute(select(User.id, User.name))}
            rows = session.scalars(
                select(OutboxChange)
                .where(OutboxChange.entity_id == entity_id)
                .order_by(OutboxChange.seq)
            )
            return [
                HistoryEntry(
                    at=row.created_at,
                    user_name=names.get(row.user_id, "?"),
                    operation=row.operation,
                    fields=self.keyring.decrypt_json(
                        row.payload, table="outbox", column="payload", row_id=row.change_id
                    ),
                )
                for row in rows
            ]

    def checks_due(self, program_code: str, period: str) -> list[CheckDue]:
        """Enrolled people of a program whose checks are expected, with any already recorded."""
        self._refuse_if_locked()
        program = self.catalog.get(program_code)
        if program is None or not program.checks:
            return []
        with self._db.reading() as session:
            enrollment_rows = session.scalars(
                select(EnrollmentRow).where(
                    EnrollmentRow.program_code == program_code,
                    EnrollmentRow.status != EnrollmentStatus.RECHAZADA.value,
                )
            ).all()
            due: list[CheckDue] = []
            for row in enrollment_rows:
                person_row = session.get_one(PersonRow, row.person_id)
                latest = session.scalar(
                    select(AttendanceCheckRow)
                    .where(
                        AttendanceCheckRow.enrollment_id == row.id,
                        AttendanceCheckRow.period == period,
                    )
                    .order_by(AttendanceCheckRow.hlc.desc())
                    .limit(1)
                )
                due.append(
                    CheckDue(
                        enrollment=records.enrollment_from_row(self.keyring, row),
                        person=_summary(records.person_from_row(self.keyring, person_row)),
                        recorded=records.check_from_row(self.keyring, latest) if latest else None,
                    )
                )
        due.sort(key=lambda item: item.person.full_name)
        return due

    def device_fingerprint(self) -> str:
        """A short, non-secret id of this device for display (``device_code``)."""
        with self._db.reading() as session:
            return records.get_meta(session, "device_code") or ""


def _newest_catalog(session: Session) -> ProgramCatalog:
    """The program catalog pulled from the server when it is valid and newer than the shipped
    one; the shipped catalog otherwise (a bad download must not stop enrolment)."""
    shipped = default_catalog()
    state = session.get(SyncState, PULLED_CATALOG_KEY)
    if state is None:
        return shipped
    try:
        pulled = load_catalog(state.value.encode("utf-8"))
    except CatalogError as exc:
        log.warning("ignoring the program catalog pulled from the server: %s", exc)
        return shipped
    return pulled if pulled.valid_from >= shipped.valid_from else shipped


def _summary(person: Person) -> PersonSummary:
    return PersonSummary(
        person.id,
        person.household_id,
        person.folio or "",
        person.full_name,
        person.curp,
        person.birth_date,
    )


def _person_with_id(person: Person) -> Person:
    return person if person.id else replace(person, id=uuid7())


def _with_ids(household: Household) -> Household:
    household_id = household.id or uuid7()
    members = [_person_with_id(m) for m in household.members]
    return replace(household, id=household_id, members=members)


__all__ = [
    "Casebook",
    "CasebookError",
    "CasebookStore",
    "CheckDue",
    "DaySummary",
    "DraftInfo",
    "DuplicateCurp",
    "DuplicateEnrollment",
    "HistoryEntry",
    "KeystoreError",
    "NotFound",
    "NotSetUp",
    "PersonSummary",
    "Role",
    "SetupResult",
    "StaleRecord",
    "Stats",
    "ValidationFailed",
]
