"""The audit log: a hash chain of events, each MAC'd over the previous link, and its check.

Every step that changes something appends its events inside its own write transaction, which
holds the write lock, so the chain cannot fork. ``verify`` walks it from the genesis link.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Connection, select

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.service.bulk import insert_many
from bienestar_wire.protocol import canonical_json

GENESIS_MAC: Final = b"\x00" * 32


def _message(prev_mac: bytes, event: dict[str, Any]) -> bytes:
    return prev_mac + canonical_json(
        [event["at"], event["actor"], event["action"], event["subject"], event["digest"]]
    )


class AuditChain:
    def __init__(
        self, database: Database, audit_key: bytes, *, now: Callable[[], datetime]
    ) -> None:
        self._db = database
        self._key = audit_key
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
        """Chain and insert audit events. The caller holds the write lock: no fork possible."""
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

    def verify(self) -> int | None:
        """``None`` when the whole audit chain verifies; else the first bad event's number."""
        expected = GENESIS_MAC
        with self._db.reading() as conn:
            rows = conn.execute(select(m.audit_log).order_by(m.audit_log.c.seq)).mappings()
            for row in rows:
                mac = hmac.digest(self._key, _message(expected, dict(row)), "sha256")
                if row["prev_mac"] != expected or not hmac.compare_digest(mac, row["mac"]):
                    return int(row["seq"])
                expected = row["mac"]
        return None
