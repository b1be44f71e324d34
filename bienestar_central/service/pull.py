"""Pull: the office's feed after a device's cursor, as records, receipts and catalogs, sealed.

The feed is read in (group, sequence) order and stops short of groups whose transactions may
still commit (see ``Database.pull_horizon``). A record appears once per page, in its current
state, and only while it still belongs to the device's office.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.records import RecordStore, record_state, set_aside
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import seal_pull
from bienestar_wire.protocol import (
    DEFAULT_PULL_ENTRIES,
    MAX_PULL_ENTRIES,
    Cursor,
    EntryKind,
    ErrorCode,
    PullEntry,
    PullPage,
    SealedPull,
    canonical_json,
)

log = logging.getLogger(__name__)


class Pull:
    def __init__(
        self,
        database: Database,
        keys: ServerKeys,
        records: RecordStore,
        *,
        now: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._keys = keys
        self._records = records
        self._now = now

    def pull(
        self, device: DeviceRow, cursor_text: str | None, limit: int, nonce: str
    ) -> SealedPull:
        try:
            cursor = Cursor.parse(cursor_text)
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        if not 0 < len(nonce) <= 64:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a pull needs a nonce of 1-64 chars")
        limit = max(1, min(limit or DEFAULT_PULL_ENTRIES, MAX_PULL_ENTRIES))
        f = m.feed.c
        with self._db.reading() as conn:
            horizon = self._db.pull_horizon(conn)
            query = (
                select(f.seq, f.grp, f.kind, f.entity_id, f.skip_device, f.target_device, f.body)
                .where(
                    f.office == device.office,
                    or_(f.grp > cursor.group, and_(f.grp == cursor.group, f.seq > cursor.seq)),
                )
                .order_by(f.grp, f.seq)
                .limit(limit)
            )
            if horizon is not None:
                # Transactions at or after the horizon may still commit rows that sort before
                # rows already visible: stop short of them rather than skip them forever.
                query = query.where(f.grp < horizon)
            scanned = conn.execute(query).all()
            next_cursor = cursor
            record_ids: list[str] = []
            plan: list[tuple[str, Any]] = []
            seen_ids: set[str] = set()
            for seq, grp, kind, entity_id, skip, target, body in scanned:
                next_cursor = Cursor(int(grp), int(seq))
                if skip == device.id or (target is not None and target != device.id):
                    continue
                if kind == EntryKind.RECORD.value:
                    if entity_id in seen_ids:
                        continue
                    seen_ids.add(entity_id)
                    record_ids.append(entity_id)
                    plan.append((kind, entity_id))
                else:
                    plan.append((kind, body))
            drafts, unreadable = self._records.load_readable(conn, device.office, record_ids)
        entries: list[PullEntry] = []
        for kind, value in plan:
            if kind == EntryKind.RECORD.value:
                draft = drafts.get(value)
                if draft is None or draft.office != device.office or set_aside(draft):
                    continue
                entry: PullEntry | None = PullEntry(EntryKind.RECORD, record=record_state(draft))
            else:
                entry = _entry(kind, value)
            if entry is None or not _encodes(entry):
                log.error("pull left out an unreadable %s entry of the office's feed", kind)
                continue
            entries.append(entry)
        for entity_id in unreadable:
            log.error("pull left out an unreadable stored record entity_id=%s", entity_id)
        page = PullPage(tuple(entries), str(next_cursor), more=len(scanned) == limit)
        return seal_pull(
            page,
            server_keys=self._keys.pairs,
            device_id=device.id,
            device_sealing=device.sealing_key,
            request_cursor=cursor_text or "",
            nonce=nonce,
            issued_at=self._now().isoformat(),
        )


def _entry(kind: str, body: str | None) -> PullEntry | None:
    """A receipt or catalog entry from its stored body, or None if the body does not read."""
    try:
        value = json.loads(body or "")
    except (ValueError, RecursionError):
        return None
    if kind == EntryKind.RECEIPT.value and isinstance(value, list) and value:
        return PullEntry(EntryKind.RECEIPT, change_ids=tuple(str(v) for v in value))
    if kind == EntryKind.CATALOG.value and isinstance(value, dict):
        return PullEntry(EntryKind.CATALOG, catalog=value)
    return None


def _encodes(entry: PullEntry) -> bool:
    """Whether the entry goes on the wire as it is (a stored NaN or lone surrogate would not)."""
    try:
        canonical_json(entry.to_json())
    except (ValueError, TypeError, RecursionError):
        return False
    return True
