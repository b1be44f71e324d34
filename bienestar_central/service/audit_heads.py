"""Devices' audit heads: where each device's audit chain ended, as it last told the server.

A device's chain is MAC'd with a key only the device holds, so the server cannot check it; it
can keep what the device said and notice when the device contradicts itself. Each batch
carries the device's head and the head it sent before (``AuditHead.since_*``): the stored head
must be where the device's chain went through. A head that goes back means events deleted on
the laptop or an old copy of it; a chain that differs from the one the server last heard of,
under the same device keys, means a second copy of the laptop (a cloned disk or data folder)
is syncing. Either is kept for the operator in plain words (``bienestar-central devices``),
and the stored head stays the one the server already had: the changes themselves are still
taken (nothing is lost), and every receipt tells the device which head the server holds,
signed, so the device's own ``audit verify`` can show that its chain was cut.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import Connection, insert, select, update

from bienestar_central import models as m
from bienestar_central.keys import ServerKeys
from bienestar_central.service.audit import AuditChain
from bienestar_wire.envelope import sign_audit_ack
from bienestar_wire.protocol import AuditAck, AuditHead

log = logging.getLogger(__name__)

_WENT_BACK: Final = (
    "the device's audit log went back from event {stored} to event {sent}: events were "
    "deleted on the laptop, or an older copy of it (a restored backup or a cloned disk) is "
    "syncing"
)
_FORKED: Final = (
    "the device's audit log forked at event {at}: two copies of this laptop (a cloned disk "
    "or a copied data folder) are syncing under one enrolment; the first copy to sync keeps "
    "it. Revoke the device and enrol the copy on its own"
)


@dataclass(frozen=True, slots=True)
class _Stored:
    seq: int
    mac: str
    problem: str | None


def audit_problems(conn: Connection) -> dict[str, str]:
    """Each device whose audit head was last refused, and why."""
    h = m.device_audit_heads.c
    rows = conn.execute(select(h.device_id, h.problem).where(h.problem.is_not(None)))
    return {device_id: problem for device_id, problem in rows}


class DeviceHeads:
    def __init__(self, keys: ServerKeys, audit: AuditChain, *, now: Callable[[], datetime]) -> None:
        self._keys = keys
        self._audit = audit
        self._now = now

    def observe(
        self, conn: Connection, device_id: str, head: AuditHead | None, *, forwarded: bool
    ) -> AuditAck | None:
        """Take ``head`` from a batch of ``device_id`` (in the batch's transaction); the signed
        note of the head now kept for it, or ``None`` while it has never sent one."""
        stored = self._stored(conn, device_id)
        now = self._now().isoformat()
        if head is not None and stored is None:
            self._keep(conn, device_id, head, now, new=True)
            stored = _Stored(head.seq, head.mac, None)
        elif head is not None and stored is not None:
            problem = _problem(stored, head)
            if problem is None:
                if (head.seq, head.mac) != (stored.seq, stored.mac):
                    self._keep(conn, device_id, head, now, new=False)
                    stored = _Stored(head.seq, head.mac, stored.problem)
            elif not (forwarded and head.seq < stored.seq):
                # (A batch file carried late holds an older head than one already sent.)
                self._flag(conn, device_id, head, problem, now)
                stored = _Stored(stored.seq, stored.mac, problem)
        if stored is None:
            return None
        return sign_audit_ack(
            self._keys.pairs,
            AuditAck(
                device_id=device_id,
                seq=stored.seq,
                mac=stored.mac,
                issued_at=now,
                problem=stored.problem or "",
            ),
        )

    @staticmethod
    def _stored(conn: Connection, device_id: str) -> _Stored | None:
        h = m.device_audit_heads.c
        row = conn.execute(select(h.seq, h.mac, h.problem).where(h.device_id == device_id)).first()
        return None if row is None else _Stored(int(row.seq), row.mac, row.problem)

    def _keep(
        self, conn: Connection, device_id: str, head: AuditHead, now: str, *, new: bool
    ) -> None:
        values = {"seq": head.seq, "mac": head.mac, "updated_at": now}
        if new:
            conn.execute(insert(m.device_audit_heads).values(device_id=device_id, **values))
        else:
            conn.execute(
                update(m.device_audit_heads)
                .where(m.device_audit_heads.c.device_id == device_id)
                .values(values)
            )
        self._audit.append(
            conn, [self._audit.event(device_id, "device.audit_head", str(head.seq), head.mac)]
        )

    def _flag(
        self, conn: Connection, device_id: str, head: AuditHead, problem: str, now: str
    ) -> None:
        conn.execute(
            update(m.device_audit_heads)
            .where(m.device_audit_heads.c.device_id == device_id)
            .values(problem=problem, problem_at=now)
        )
        self._audit.append(
            conn, [self._audit.event(device_id, "device.audit_refused", str(head.seq), head.mac)]
        )
        log.warning("device=%s audit head refused: %s", device_id, problem)


def _problem(stored: _Stored, head: AuditHead) -> str | None:
    """Why ``head`` cannot follow ``stored`` on one device's chain; ``None`` when it can."""
    if head.seq < stored.seq:
        return _WENT_BACK.format(stored=stored.seq, sent=head.seq)
    if head.seq == stored.seq:
        return None if head.mac == stored.mac else _FORKED.format(at=stored.seq)
    # Further on. The device names the head it sent before: never older than the one stored
    # (it records a head as sent before sending it), and the very one where they meet.
    if head.since_seq < stored.seq:
        return _FORKED.format(at=head.since_seq)
    if head.since_seq == stored.seq and head.since_mac != stored.mac:
        return _FORKED.format(at=stored.seq)
    return None
