"""Pull: the office's feed after a device's cursor, as records, receipts and catalogs, sealed.

The feed is read in (group, sequence) order and stops short of groups whose transactions may
still commit (see ``Database.pull_horizon``). A record appears once per page, in its current
state, and only while it still belongs to the device's office.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, or_, select

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.records import RecordStore, record_state
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
)


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
                    plan.append((kind, json.loads(body)))
            drafts = self._records.load(conn, record_ids)
        entries: list[PullEntry] = []
        for kind, value in plan:
            if kind == EntryKind.RECORD.value:
                draft = drafts.get(value)
                if draft is not None and draft.office == device.office:
                    entries.append(PullEntry(EntryKind.RECORD, record=record_state(draft)))
            elif kind == EntryKind.RECEIPT.value:
                entries.append(PullEntry(EntryKind.RECEIPT, change_ids=tuple(value)))
            else:
                entries.append(PullEntry(EntryKind.CATALOG, catalog=value))
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
