"""The audit log: a hash chain of events, each MAC'd over the previous link, its signed
checkpoints, and the check of both against the records they describe.

Every step that changes something appends its events inside its own write transaction, which
holds the write lock, so the chain cannot fork. A MAC chain alone proves the order of what is
there, not that nothing was cut off its end: so each append also signs a checkpoint of the new
head with the server's Ed25519 key (one kept per ``CHECKPOINT_INTERVAL`` events, plus the
newest). Whoever can write the database but does not hold the key file cannot remove the newest
events without leaving a checkpoint that names a missing one, nor forge a checkpoint for a
shortened chain. Checkpoints printed by ``audit-checkpoint`` and kept away from the server
(``verify-audit --anchor``) catch even a rewrite by someone holding the keys.

Every write of a row of ``records`` appends a ``record.stored`` event with the digest of what
was stored (``records.record_digest``), so a record edited outside the service no longer
matches the last digest the chain holds for it.
"""

from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from cryptography.exceptions import InvalidSignature
from sqlalchemy import Connection, delete, func, insert, select

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.bulk import insert_many
from bienestar_wire.codec import ProtocolError
from bienestar_wire.protocol import b64decode, b64encode, canonical_json

GENESIS_MAC: Final = b"\x00" * 32
RECORD_STORED: Final = "record.stored"
CHECKPOINT_INTERVAL: Final = 1000
# Each record's id and the digest of its stored row, from a connection.
RecordDigests = Callable[[Connection], Iterable[tuple[str, str]]]
_SIG_CHECKPOINT: Final = b"bienestar/audit-checkpoint/v1\n"
# Enough to see what happened; the count says how many more there were.
MAX_PROBLEMS_LISTED: Final = 20


def _message(prev_mac: bytes, event: dict[str, Any]) -> bytes:
    return prev_mac + canonical_json(
        [event["at"], event["actor"], event["action"], event["subject"], event["digest"]]
    )


class AuditError(Exception):
    """The audit log cannot be checkpointed as asked; the message says why."""


@dataclass(frozen=True, slots=True)
class Checkpoint:
    """The chain's head at event ``seq``, signed by the server."""

    seq: int
    mac: bytes
    at: str
    signature: bytes = b""

    def signed_message(self) -> bytes:
        return _SIG_CHECKPOINT + canonical_json([self.seq, self.mac.hex(), self.at])

    def to_json(self) -> dict[str, Any]:
        return {
            "type": "bienestar.audit-checkpoint",
            "seq": self.seq,
            "mac": self.mac.hex(),
            "at": self.at,
            "signature": b64encode(self.signature),
        }

    @classmethod
    def from_json(cls, obj: object) -> Checkpoint:
        if not isinstance(obj, dict) or obj.get("type") != "bienestar.audit-checkpoint":
            raise ProtocolError("not an audit checkpoint")
        seq, mac, at = obj.get("seq"), obj.get("mac"), obj.get("at")
        if not isinstance(seq, int) or not isinstance(mac, str) or not isinstance(at, str):
            raise ProtocolError("an audit checkpoint needs seq, mac and at")
        try:
            mac_bytes = bytes.fromhex(mac)
        except ValueError:
            raise ProtocolError("an audit checkpoint's mac must be hex") from None
        return cls(seq, mac_bytes, at, b64decode(obj.get("signature"), "signature"))


@dataclass(slots=True)
class AuditReport:
    """What ``verify`` found: counts, and each problem in plain words (none when sound)."""

    events: int = 0
    head_seq: int = 0
    checkpoint_seq: int = 0
    records: int = 0
    problems: list[str] = field(default_factory=list)
    problem_count: int = 0

    @property
    def ok(self) -> bool:
        return self.problem_count == 0

    def add(self, problem: str) -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_PROBLEMS_LISTED:
            self.problems.append(problem)

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "events": self.events,
            "head_seq": self.head_seq,
            "checkpoint_seq": self.checkpoint_seq,
            "records": self.records,
            "problem_count": self.problem_count,
            "problems": self.problems,
        }


class AuditChain:
    def __init__(
        self, database: Database, keys: ServerKeys, *, now: Callable[[], datetime]
    ) -> None:
        self._db = database
        self._key = keys.audit_key
        self._signing = keys.pairs.signing
        self._now = now

    def event(self, actor: str, action: str, subject: str, digest: str) -> dict[str, Any]:
        """One event, stamped now, ready for ``append``."""
        return {
            "at": self._now().isoformat(),
            "actor": actor,
            "action": action,
            "subject": subject,
            "digest": digest,
        }

    def append(self, conn: Connection, events: list[dict[str, Any]]) -> None:
        """Chain and insert audit events, and checkpoint the new head. The caller holds the
        write lock: no fork possible."""
        if not events:
            return
        prev = conn.execute(
            select(m.audit_log.c.mac).order_by(m.audit_log.c.seq.desc()).limit(1)
        ).scalar()
        prev_mac = bytes(prev) if prev is not None else GENESIS_MAC
        for event in events:
            event["prev_mac"] = prev_mac
            event["mac"] = hmac.digest(self._key, _message(prev_mac, event), "sha256")
            prev_mac = event["mac"]
        insert_many(self._db, conn, m.audit_log, events)
        head = conn.execute(select(func.max(m.audit_log.c.seq))).scalar_one()
        self._checkpoint(conn, int(head), prev_mac)

    def _checkpoint(self, conn: Connection, seq: int, mac: bytes) -> Checkpoint:
        point = Checkpoint(seq, mac, self._now().isoformat())
        point = Checkpoint(seq, mac, point.at, self._signing.sign(point.signed_message()))
        c = m.audit_checkpoints.c
        newest = conn.execute(select(func.max(c.seq)).where(c.seq < seq)).scalar()
        conn.execute(
            insert(m.audit_checkpoints).values(
                seq=seq, mac=mac, at=point.at, signature=point.signature
            )
        )
        if newest is not None:
            # The previous head goes unless it is the one kept for its stretch of the chain.
            kept = conn.execute(select(func.max(c.seq)).where(c.seq < newest)).scalar()
            if kept is not None and newest - kept < CHECKPOINT_INTERVAL:
                conn.execute(delete(m.audit_checkpoints).where(c.seq == newest))
        return point

    def checkpoint(self) -> Checkpoint:
        """The signed checkpoint of the chain's head, made now if the head has none."""
        with self._db.writing() as conn:
            head = conn.execute(
                select(m.audit_log.c.seq, m.audit_log.c.mac)
                .order_by(m.audit_log.c.seq.desc())
                .limit(1)
            ).first()
            if head is None:
                raise AuditError("the audit log is empty: there is nothing to checkpoint yet")
            seq, mac = int(head[0]), bytes(head[1])
            row = conn.execute(
                select(m.audit_checkpoints).where(m.audit_checkpoints.c.seq == seq)
            ).first()
            if row is None:
                return self._checkpoint(conn, seq, mac)
            if not hmac.compare_digest(bytes(row.mac), mac):
                # Signing the edited head would launder the edit.
                raise AuditError(
                    f"event {seq} differs from its signed checkpoint: run verify-audit"
                )
            return Checkpoint(seq, mac, row.at, bytes(row.signature))

    def adopt_unanchored(self, record_digests: RecordDigests) -> bool:
        """Anchor a chain written before checkpoints and record digests existed, once.

        Only a database that has no checkpoint and no record digest at all is adopted: one
        whose checkpoints were deleted still holds digests, and stays flagged by ``verify``.
        """
        with self._db.reading() as conn:
            if self._anchored(conn):
                return False  # the common case, without taking the write lock
        with self._db.writing() as conn:
            if self._anchored(conn):
                return False
            has_events = conn.execute(select(m.audit_log.c.seq).limit(1)).first()
            events = [
                self.event("server", RECORD_STORED, entity_id, digest)
                for entity_id, digest in record_digests(conn)
            ]
            if not events and has_events is None:
                return False
            events.append(self.event("server", "audit.anchored", "", ""))
            self.append(conn, events)
            return True

    @staticmethod
    def _anchored(conn: Connection) -> bool:
        anchored = conn.execute(select(m.audit_checkpoints.c.seq).limit(1)).first()
        digested = conn.execute(
            select(m.audit_log.c.seq).where(m.audit_log.c.action == RECORD_STORED).limit(1)
        ).first()
        return anchored is not None or digested is not None

    def verify(
        self,
        record_digests: RecordDigests,
        anchors: Sequence[Checkpoint] = (),
    ) -> AuditReport:
        """Walk the chain, its checkpoints, ``anchors`` and the records against their digests."""
        report = AuditReport()
        public = self._signing.public_key()
        with self._db.reading() as conn:
            stored = [
                Checkpoint(int(r.seq), bytes(r.mac), r.at, bytes(r.signature))
                for r in conn.execute(
                    select(m.audit_checkpoints).order_by(m.audit_checkpoints.c.seq)
                )
            ]
            points: dict[int, list[tuple[Checkpoint, str]]] = {}
            for point, where in [(p, "checkpoint") for p in stored] + [
                (a, "kept checkpoint") for a in anchors
            ]:
                try:
                    public.verify(point.signature, point.signed_message())
                except InvalidSignature:
                    report.add(f"the {where} at event {point.seq} is not signed by this server")
                    continue
                points.setdefault(point.seq, []).append((point, where))
                report.checkpoint_seq = max(report.checkpoint_seq, point.seq)
            digests = self._walk_chain(conn, report, points)
            self._check_tail(report, points, stored)
            for subject, digest in record_digests(conn):
                report.records += 1
                expected = digests.pop(subject, None)
                if expected is None:
                    report.add(f"record {subject} was written outside the audited path")
                elif expected != digest:
                    report.add(f"record {subject} differs from its last audited write: edited")
            for subject in sorted(digests):
                report.add(f"record {subject} was removed outside the audited path")
        return report

    def _walk_chain(
        self,
        conn: Connection,
        report: AuditReport,
        points: dict[int, list[tuple[Checkpoint, str]]],
    ) -> dict[str, str]:
        """Check each link and each checkpoint met; the last digest of each record."""
        digests: dict[str, str] = {}
        expected = GENESIS_MAC
        broken = False
        rows = conn.execute(select(m.audit_log).order_by(m.audit_log.c.seq)).mappings()
        for row in rows:
            seq = int(row["seq"])
            report.events += 1
            report.head_seq = seq
            if not broken:
                mac = hmac.digest(self._key, _message(expected, dict(row)), "sha256")
                if row["prev_mac"] != expected or not hmac.compare_digest(mac, row["mac"]):
                    report.add(
                        f"the audit chain breaks at event {seq}: it or an event before it "
                        "was edited or removed"
                    )
                    broken = True  # everything after a break would repeat it
            expected = bytes(row["mac"])
            for point, where in points.get(seq, ()):
                if not hmac.compare_digest(point.mac, expected):
                    report.add(f"event {seq} differs from its signed {where}: edited")
            if row["action"] == RECORD_STORED:
                digests[row["subject"]] = row["digest"]
        return digests

    def _check_tail(
        self,
        report: AuditReport,
        points: dict[int, list[tuple[Checkpoint, str]]],
        stored: list[Checkpoint],
    ) -> None:
        if report.checkpoint_seq > report.head_seq:
            report.add(
                f"the audit chain ends at event {report.head_seq}, but a signed checkpoint "
                f"names event {report.checkpoint_seq}: the newest events were removed"
            )
        newest = stored[-1].seq if stored else 0
        if report.head_seq > newest:
            # Every append checkpoints its head: events past the newest checkpoint mean the
            # checkpoints that covered them were deleted.
            report.add(
                f"events {newest + 1} to {report.head_seq} are covered by no signed "
                "checkpoint: checkpoints were removed"
            )


def read_anchors(text: str) -> list[Checkpoint]:
    """Checkpoints kept away from the server: one JSON object per line."""
    anchors: list[Checkpoint] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            anchors.append(Checkpoint.from_json(json.loads(line)))
        except (ValueError, ProtocolError) as exc:
            raise ProtocolError(f"line {number} is not an audit checkpoint ({exc})") from None
    return anchors
