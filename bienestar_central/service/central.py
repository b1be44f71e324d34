"""``CentralService``: the server's steps put together, the one object ``app`` and ``cli`` call.

It only builds the steps over one database, one set of keys and one clock, and hands each call
to the step that owns it; the work lives in the modules named after the steps.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo

from bienestar_central.config import ServerConfig
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.admin import Administration
from bienestar_central.service.audit import AuditChain, AuditReport, Checkpoint
from bienestar_central.service.audit_heads import audit_problems
from bienestar_central.service.codes import IssuedCode
from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.enrolment import Enrolment
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.ingest import Ingest, PushOutcome
from bienestar_central.service.pull import Pull
from bienestar_central.service.records import RecordStore
from bienestar_central.service.reports import Reports
from bienestar_central.service.review_desk import ReviewDesk
from bienestar_central.service.review_devices import DeviceReview
from bienestar_central.service.roles import require_role
from bienestar_central.service.tokens import authenticate
from bienestar_field.domain.reports import ReportTable
from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import (
    MAX_PROTOCOL_VERSION,
    MIN_PROTOCOL_VERSION,
    DecisionAnswer,
    DecisionRequest,
    DeviceRole,
    EnrollChallenge,
    EnrollResponse,
    ErrorCode,
    Health,
    ProtocolWindow,
    RecordState,
    SealedPull,
    load_json_object,
)
from bienestar_wire.review import ReviewDecisionAnswer, SealedReview


def utc_now() -> datetime:
    return datetime.now(UTC)


class CentralService:
    def __init__(
        self,
        database: Database,
        keys: ServerKeys,
        config: ServerConfig,
        *,
        now: Callable[[], datetime] = utc_now,
    ) -> None:
        self.db = database
        self.keys = keys
        self.config = config
        self._now = now
        audit = AuditChain(database, keys, now=now)
        records = RecordStore(database, keys.curp_index, audit)
        self._audit = audit
        self._records = records
        # A database from before checkpoints and record digests is anchored as found, once.
        audit.adopt_unanchored(records.digests)
        self._enrolment = Enrolment(database, keys, config, audit, now=now)
        self._ingest = Ingest(database, keys, records, audit, now=now)
        self._pull = Pull(database, keys, records, now=now)
        self._admin = Administration(database, config, records, audit, now=now)
        # The review queues and the decisions people make on them.
        self.review = ReviewDesk(database, records, audit, now=now)
        self._device_review = DeviceReview(database, keys, records, self.review, now=now)
        self._reports = Reports(database)

    def health(self) -> Health:
        return Health(
            status="ok",
            server_time=self._now().isoformat(),
            protocol=ProtocolWindow(MIN_PROTOCOL_VERSION, MAX_PROTOCOL_VERSION),
            server_keys=self.keys.info,
        )

    # --- devices ------------------------------------------------------------------------------

    def enroll_challenge(self) -> EnrollChallenge:
        return self._enrolment.challenge()

    def enroll(self, body: bytes, client_address: str) -> EnrollResponse:
        return self._enrolment.enroll(body, client_address)

    def authenticate(self, authorization: str | None) -> DeviceRow:
        return authenticate(self.db, authorization)

    def push(self, device: DeviceRow, body: bytes, *, forward: bool = False) -> PushOutcome:
        return self._ingest.push(device, body, forward=forward)

    def pull(
        self, device: DeviceRow, cursor_text: str | None, limit: int, nonce: str
    ) -> SealedPull:
        return self._pull.pull(device, cursor_text, limit, nonce)

    # --- operator -----------------------------------------------------------------------------

    def issue_code(
        self,
        office: str,
        ttl_minutes: int | None = None,
        role: DeviceRole = DeviceRole.CASEWORKER,
    ) -> IssuedCode:
        return self._enrolment.issue_code(office, ttl_minutes, role)

    def revoke(self, device_id: str) -> DeviceRow:
        return self._admin.revoke(device_id)

    def devices(self) -> list[DeviceRow]:
        return self._admin.devices()

    def stats(self) -> dict[str, int]:
        return self._admin.stats()

    def report(
        self, first: date, last: date, by: str, zone: tzinfo, *, office: str | None = None
    ) -> ReportTable:
        return self._reports.report(first, last, by, zone, office=office)

    def survey_report(self, today: date, zone: tzinfo, *, office: str | None = None) -> ReportTable:
        """The survey's coverage, poverty and deprivations by locality (``today``: for ages)."""
        return self._reports.survey(today, zone, office=office)

    def decide(
        self, enrollment_id: str, status: str, reason: str = "", office: str | None = None
    ) -> RecordState:
        return self._admin.decide(enrollment_id, status, reason, office)

    def device_decide(self, device: DeviceRow, body: bytes) -> DecisionAnswer:
        """A decision sent by a device: only one enrolled as a supervisor, only on its office."""
        require_role(device, DeviceRole.SUPERVISOR, "send review decisions")
        try:
            request = DecisionRequest.from_json(load_json_object(body, "the decision"))
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        state = self._admin.decide(
            request.enrollment_id,
            request.status.value,
            request.reason,
            device.office,
            actor=device.id,
        )
        return DecisionAnswer(state.entity_id, request.status, state.version)

    def review_queue(self, device: DeviceRow, nonce: str) -> SealedReview:
        """The review queues of a supervisor device's office, sealed to it."""
        return self._device_review.queue(device, nonce)

    def review_decide(self, device: DeviceRow, body: bytes) -> ReviewDecisionAnswer:
        """A supervisor device's decision on an item of its office, idempotent by its id."""
        return self._device_review.decide(device, body)

    def publish_catalog(self, catalog: object, office: str | None = None) -> list[str]:
        return self._admin.publish_catalog(catalog, office)

    def verify_audit(self, anchors: Sequence[Checkpoint] = ()) -> AuditReport:
        """The audit chain, its signed checkpoints (and ``anchors`` kept elsewhere) and every
        record's digest, checked end to end."""
        return self._audit.verify(self._records.digests, anchors)

    def device_audit_problems(self) -> dict[str, str]:
        """Devices whose audit head was last refused (went back, or forked), and why."""
        with self.db.reading() as conn:
            return audit_problems(conn)

    def audit_checkpoint(self) -> Checkpoint:
        """A signed checkpoint of the audit chain's head, for the operator to keep elsewhere."""
        return self._audit.checkpoint()
