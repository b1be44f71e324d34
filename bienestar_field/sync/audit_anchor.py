"""The device's audit head, anchored at the server: sent with each batch, acknowledged signed.

The casebook's audit chain proves the order of what it holds, not that nothing was cut off
its end: whoever can write the file can delete the newest events and leave a sound, shorter
chain. So each batch carries the chain's head (``claim_head``), and each receipt brings back,
signed by the server, the head the server keeps for this device (``keep_ack``). The device
stores the newest acknowledgement in its sync state; ``check_against_server`` then finds a
chain that ends before it or differs at its event. The acknowledgement cannot be forged
without the server's key, and the server keeps the same head on its side.

``audit_sent`` is the last head this device claimed, recorded before the batch leaves: the
next batch names it (``since``), which lets the server tell a chain that grew from a copy of
the laptop that forked off an older state (see ``bienestar_central.service.audit_heads``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Final

from bienestar_field.sync.ports import SyncCasebook
from bienestar_field.sync.store import load_identity
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import EnvelopeError, PeerKeys, verify_audit_ack
from bienestar_wire.protocol import AuditAck, AuditHead

_SENT_KEY: Final = "audit_sent"
_ACK_KEY: Final = "audit_ack"


def claim_head(book: SyncCasebook) -> AuditHead | None:
    """The audit head to send with the next batch, recorded as sent first (pessimistic: a
    head that never arrives costs nothing; one that arrives unrecorded would look forked)."""
    with book.reading() as stored:
        head = stored.audit.head()
        sent = stored.sync.state(_SENT_KEY)
    if head is None:
        return None
    seq, mac = head[0], head[1].hex()
    since_seq, since_mac = 0, ""
    if sent is not None:
        since_seq, since_mac = _parse_sent(sent)
    if (since_seq, since_mac) != (seq, mac):
        with book.unit_of_work() as work:
            work.sync.set_state(_SENT_KEY, json.dumps([seq, mac]))
    return AuditHead(seq=seq, mac=mac, since_seq=since_seq, since_mac=since_mac)


def _parse_sent(text: str) -> tuple[int, str]:
    try:
        seq, mac = json.loads(text)
        checked = AuditHead(seq=int(seq), mac=str(mac))
        AuditHead.from_json(checked.to_json())
    except (ValueError, TypeError, ProtocolError):
        return 0, ""  # unreadable: send as if first (the server then judges by the head alone)
    return checked.seq, checked.mac


def keep_ack(book: SyncCasebook, ack: AuditAck | None, server: PeerKeys) -> None:
    """Store the server's acknowledgement from a verified receipt, if newer than the one kept."""
    if ack is None:
        return
    try:
        verify_audit_ack(ack, server, device_id=ack.device_id)
    except EnvelopeError:
        return  # the receipt verified, so this cannot happen short of a server bug: keep the old
    with book.reading() as stored:
        kept = _load_ack(stored.sync.state(_ACK_KEY))
    if kept is not None and (kept.seq, kept.mac, kept.problem) == (ack.seq, ack.mac, ack.problem):
        return
    if kept is not None and ack.device_id == kept.device_id and ack.seq < kept.seq:
        return
    with book.unit_of_work() as work:
        work.sync.set_state(_ACK_KEY, json.dumps(ack.to_json(), sort_keys=True))


def _load_ack(text: str | None) -> AuditAck | None:
    if text is None:
        return None
    try:
        return AuditAck.from_json(json.loads(text))
    except (ValueError, ProtocolError):
        return None


@dataclass(slots=True)
class AnchorCheck:
    """The chain held against the head the server acknowledged."""

    anchored_seq: int | None = None  # None: no acknowledgement to hold it against
    problems: list[str] = field(default_factory=list)
    note: str = ""


def check_against_server(book: SyncCasebook) -> AnchorCheck:
    """Whether the audit chain still reaches, unchanged, the head the server acknowledged."""
    check = AnchorCheck()
    with book.reading() as stored:
        text = stored.sync.state(_ACK_KEY)
        head = stored.audit.head()
    if text is None:
        check.note = "no audit head acknowledged by the server yet: sync to anchor the log"
        return check
    ack = _load_ack(text)
    identity = load_identity(book)
    if ack is None:
        check.problems.append("the server's acknowledgement of the audit log is damaged")
        return check
    if identity is None:
        check.problems.append(
            "the server's acknowledgement of the audit log cannot be checked: not enrolled"
        )
        return check
    try:
        verify_audit_ack(ack, identity.server, device_id=ack.device_id)
    except EnvelopeError:
        check.problems.append(
            "the acknowledgement of the audit log is not signed by this device's server: "
            "it was forged or edited"
        )
        return check
    check.anchored_seq = ack.seq
    if ack.problem:
        check.problems.append(f"the server refused this device's audit log: {ack.problem}")
    head_seq = head[0] if head is not None else 0
    if head_seq < ack.seq:
        check.problems.append(
            f"the audit log ends at event {head_seq}, but the server acknowledged event "
            f"{ack.seq}: the newest events were removed"
        )
        return check
    with book.reading() as stored:
        mac = stored.audit.mac_at(ack.seq)
    if mac is None or mac.hex() != ack.mac:
        # (Opening the casebook to check it logs the unlock: a log cut to just before the
        # acknowledged event has grown back over it by the time it is checked.)
        check.problems.append(
            f"event {ack.seq} differs from the one the server acknowledged: the newest events "
            "were removed or rewritten, or this is another copy of the laptop"
        )
    return check
