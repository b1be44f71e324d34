"""The hash-chained audit log: who did what to which record. Ids only, no personal data."""

from __future__ import annotations

import hmac
import json

from sqlalchemy import select

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import AuditEvent

GENESIS_MAC = b"\x00" * 32
_AUDIT_TIP = "audit_tip"


def _audit_message(
    prev_mac: bytes, at: str, user_id: str | None, action: str, entity: str | None, eid: str | None
) -> bytes:
    body = json.dumps([at, user_id, action, entity, eid], separators=(",", ":")).encode()
    return prev_mac + body


class AuditLog(Repository):
    def append(
        self,
        *,
        at: str,
        user_id: str | None,
        action: str,
        entity: str | None = None,
        entity_id: str | None = None,
    ) -> None:
        """Add a hash-chained event. The caller holds the write lock, so the chain cannot fork."""
        session = self.session
        prev_mac: bytes | None = session.info.get(_AUDIT_TIP)
        if prev_mac is None:
            prev_mac = (
                session.scalar(select(AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1))
                or GENESIS_MAC
            )
        mac = self.keyring.audit_mac(
            _audit_message(prev_mac, at, user_id, action, entity, entity_id)
        )
        session.add(
            AuditEvent(
                at=at,
                user_id=user_id,
                action=action,
                entity=entity,
                entity_id=entity_id,
                prev_mac=prev_mac,
                mac=mac,
            )
        )
        # Remember the tip for the next event of this transaction (saves a query and a flush).
        session.info[_AUDIT_TIP] = mac

    def first_broken(self) -> int | None:
        """The seq of the first event that does not verify, or ``None`` when the chain is whole."""
        expected_prev = GENESIS_MAC
        for event in self.session.scalars(select(AuditEvent).order_by(AuditEvent.seq)):
            message = _audit_message(
                expected_prev, event.at, event.user_id, event.action, event.entity, event.entity_id
            )
            expected_mac = self.keyring.audit_mac(message)
            if not (
                hmac.compare_digest(event.prev_mac, expected_prev)
                and hmac.compare_digest(expected_mac, event.mac)
            ):
                return event.seq
            expected_prev = event.mac
        return None
