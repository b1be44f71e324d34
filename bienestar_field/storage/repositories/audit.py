"""The hash-chained audit log: who did what to which record. Ids only, no personal data.

Events of a record's stored state carry its digest (``audit_records``), so ``check`` finds a
record edited outside the casebook as well as an edited or removed event. A tail cut off the
chain leaves a sound prefix: that is found against the head the server acknowledged (sync's
``audit_anchor``), which the laptop cannot rewrite.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from sqlalchemy import insert, select

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import AuditEvent

# Enough to see what happened; the count says how many more there were.
MAX_PROBLEMS_LISTED: Final = 20

GENESIS_MAC = b"\x00" * 32
_AUDIT_TIP = "audit_tip"


def _audit_message(
    prev_mac: bytes,
    at: str,
    user_id: str | None,
    action: str,
    entity: str | None,
    eid: str | None,
    digest: str | None = None,
) -> bytes:
    # Events from before digests existed keep the message they were MAC'd with.
    fields = [at, user_id, action, entity, eid] + ([digest] if digest is not None else [])
    return prev_mac + json.dumps(fields, separators=(",", ":")).encode()


@dataclass(slots=True)
class AuditFindings:
    """What ``AuditLog.check`` found: counts, and each problem in plain words."""

    events: int = 0
    head_seq: int = 0
    records: int = 0
    first_broken: int | None = None
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, problem: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_LISTED:
            self.problems.append(problem)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One event to append: what ``AuditLog.append`` takes, for ``append_many``."""

    at: str
    user_id: str | None
    action: str
    entity: str | None = None
    entity_id: str | None = None
    digest: str | None = None


class AuditLog(Repository):
    def append(
        self,
        *,
        at: str,
        user_id: str | None,
        action: str,
        entity: str | None = None,
        entity_id: str | None = None,
        digest: str | None = None,
    ) -> None:
        """Add a hash-chained event. The caller holds the write lock, so the chain cannot fork."""
        self.append_many([AuditEntry(at, user_id, action, entity, entity_id, digest)])

    def append_many(self, entries: Sequence[AuditEntry]) -> None:
        """Add hash-chained events, in order, in one statement."""
        if not entries:
            return
        session = self.session
        prev_mac: bytes | None = session.info.get(_AUDIT_TIP)
        if prev_mac is None:
            prev_mac = (
                session.scalar(select(AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1))
                or GENESIS_MAC
            )
        plain: list[dict[str, object]] = []
        digested: list[dict[str, object]] = []
        for e in entries:
            mac = self.keyring.audit_mac(
                _audit_message(prev_mac, e.at, e.user_id, e.action, e.entity, e.entity_id, e.digest)
            )
            values: dict[str, object] = {
                "at": e.at,
                "user_id": e.user_id,
                "action": e.action,
                "entity": e.entity,
                "entity_id": e.entity_id,
                "prev_mac": prev_mac,
                "mac": mac,
            }
            if e.digest is not None:
                values["digest"] = e.digest
            prev_mac = mac
            # Without a digest the column is left out, so a casebook file of an older schema
            # still takes events; rows of one statement share their columns.
            if (e.digest is None and digested) or (e.digest is not None and plain):
                self._insert(plain or digested)
                plain, digested = [], []
            (digested if e.digest is not None else plain).append(values)
        self._insert(plain or digested)
        # Remember the tip for the next event of this transaction (saves a query).
        session.info[_AUDIT_TIP] = prev_mac

    def _insert(self, rows: list[dict[str, object]]) -> None:
        if rows:
            self.session.execute(insert(AuditEvent), rows)

    def first_broken(self) -> int | None:
        """The seq of the first event that does not verify, or ``None`` when the chain is whole."""
        expected_prev = GENESIS_MAC
        for event in self.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            if not self._links(event, expected_prev):
                return event.seq
            expected_prev = event.mac
        return None

    def _links(self, event: AuditEvent, expected_prev: bytes) -> bool:
        message = _audit_message(
            expected_prev,
            event.at,
            event.user_id,
            event.action,
            event.entity,
            event.entity_id,
            event.digest,
        )
        expected_mac = self.keyring.audit_mac(message)
        return hmac.compare_digest(event.prev_mac, expected_prev) and hmac.compare_digest(
            expected_mac, event.mac
        )

    def head(self) -> tuple[int, bytes] | None:
        """The newest event's number and MAC; ``None`` for an empty log."""
        row = self.session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        return None if row is None else (int(row[0]), bytes(row[1]))

    def mac_at(self, seq: int) -> bytes | None:
        found = self.session.scalar(select(AuditEvent.mac).where(AuditEvent.seq == seq))
        return None if found is None else bytes(found)

    def has_digests(self) -> bool:
        found = self.session.scalar(
            select(AuditEvent.seq).where(AuditEvent.digest.is_not(None)).limit(1)
        )
        return found is not None

    def check(self, records: Iterable[tuple[str, str, str]]) -> AuditFindings:
        """Walk the chain, then hold each of ``records`` (entity, id, digest as stored now)
        against the digest of its last audited write."""
        findings = AuditFindings()
        digests: dict[str, tuple[str, str]] = {}  # id -> (entity, digest) last audited
        expected_prev = GENESIS_MAC
        for event in self.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            findings.events += 1
            findings.head_seq = event.seq
            if findings.first_broken is None and not self._links(event, expected_prev):
                findings.first_broken = event.seq
                findings.add(
                    f"the audit log breaks at event {event.seq}: it or an event before it "
                    "was edited or removed"
                )
            expected_prev = event.mac
            if event.digest is not None and event.entity_id is not None:
                digests[event.entity_id] = (event.entity or "record", event.digest)
        for entity, entity_id, digest in records:
            findings.records += 1
            expected = digests.pop(entity_id, None)
            if expected is None:
                findings.add(f"{entity} {entity_id} was written outside the audited path")
            elif expected[1] != digest:
                findings.add(f"{entity} {entity_id} differs from its last audited write: edited")
        for entity_id, (entity, _) in sorted(digests.items()):
            findings.add(f"{entity} {entity_id} was removed outside the audited path")
        return findings
