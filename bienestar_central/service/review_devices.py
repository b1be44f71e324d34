"""The review queues as a supervisor's device works them: its office's items, sealed to it, and
its decisions, idempotent by the id the device made.

Only a device enrolled as a supervisor is answered (403 ``role_required`` for any other), and
only about its own office: an item of another office is 404, exactly as one that does not
exist. The queue holds personal values (both records of a duplicate pair, a conflict's two
values), so it travels sealed to the device's key like a pull page.

A decision's id is the device's idempotency key (ODK Central's rule, as change ids): the same
decision sent again is answered as the first time and applied once; another decision under an
id already used is 409. The decision and its record commit in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from bienestar_central import models as m
from bienestar_central.db import Database
from bienestar_central.keys import ServerKeys
from bienestar_central.service.devices import DeviceRow
from bienestar_central.service.errors import ServiceError
from bienestar_central.service.records import RecordStore, record_state
from bienestar_central.service.review_desk import ReviewDesk
from bienestar_central.service.roles import require_role
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import seal_review
from bienestar_wire.protocol import DeviceRole, Entity, ErrorCode, canonical_json, load_json_object
from bienestar_wire.review import (
    CHOICES,
    MAX_REVIEW_ITEMS,
    ReviewChoice,
    ReviewDecision,
    ReviewDecisionAnswer,
    ReviewItem,
    ReviewKind,
    ReviewPage,
    ReviewValue,
    SealedReview,
)

log = logging.getLogger(__name__)


class DeviceReview:
    def __init__(
        self,
        database: Database,
        keys: ServerKeys,
        records: RecordStore,
        desk: ReviewDesk,
        *,
        now: Callable[[], datetime],
    ) -> None:
        self._db = database
        self._keys = keys
        self._records = records
        self._desk = desk
        self._now = now

    # --- the queue ------------------------------------------------------------------------

    def queue(self, device: DeviceRow, nonce: str) -> SealedReview:
        require_role(device, DeviceRole.SUPERVISOR, "read the review queues")
        if not 0 < len(nonce) <= 64:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a review request needs a nonce")
        page = ReviewPage(device.office, *self._items(device.office))
        return seal_review(
            page,
            server_keys=self._keys.pairs,
            device_id=device.id,
            device_sealing=device.sealing_key,
            nonce=nonce,
            issued_at=self._now().isoformat(),
        )

    def _items(self, office: str) -> tuple[tuple[ReviewItem, ...], bool]:
        raw = list(self._desk.items(office))
        more = len(raw) > MAX_REVIEW_ITEMS
        raw = raw[:MAX_REVIEW_ITEMS]
        ids: set[str] = set()
        for item in raw:
            ids.update(
                str(item[key])
                for key in ("entity_id", "other_entity_id", "person_id")
                if item.get(key)
            )
        with self._db.reading() as conn:
            records, unreadable = self._records.load_readable(conn, office, sorted(ids))
            labels = _labels(conn, office)
        if unreadable:
            log.error("review queue: %d stored records do not read back", len(unreadable))
        built: list[ReviewItem] = []
        for item in raw:
            try:
                review_item = self._item(item, records, labels)
                # Built from stored rows: a row damaged by hand is left out, not the queue.
                ReviewItem.from_json(json.loads(canonical_json(review_item.to_json())))
            except (ProtocolError, ValueError, TypeError, KeyError) as exc:
                log.error("review queue left out an unreadable item (%s)", type(exc).__name__)
                continue
            built.append(review_item)
        return tuple(built), more

    @staticmethod
    def _item(item: dict[str, Any], records: dict[str, Any], labels: dict[str, str]) -> ReviewItem:
        kind = ReviewKind(item["kind"])
        shown: list[Any] = []
        for key in ("entity_id", "other_entity_id", "person_id"):
            draft = records.get(str(item.get(key) or ""))
            if draft is not None and all(s.entity_id != draft.entity_id for s in shown):
                shown.append(record_state(draft))
        winner = loser = None
        if kind is ReviewKind.CONFLICT:
            winner, loser = (
                ReviewValue(
                    side["value"],
                    side["device"],
                    labels.get(side["device"], ""),
                    side["clock"],
                )
                for side in (item["winner"], item["loser"])
            )
        device = str(item.get("device") or "")
        return ReviewItem(
            item_id=item["id"],
            kind=kind,
            entity=Entity(item["entity"]),
            entity_id=item["entity_id"],
            created_at=item["created_at"],
            reason=str(item.get("reason") or ""),
            score=item.get("score"),
            records=tuple(shown),
            field=str(item.get("field") or ""),
            winner=winner,
            loser=loser,
            device_id=device,
            device_label=labels.get(device, ""),
            detail=item.get("detail"),
        )

    # --- decisions ------------------------------------------------------------------------

    def decide(self, device: DeviceRow, body: bytes) -> ReviewDecisionAnswer:
        require_role(device, DeviceRole.SUPERVISOR, "send review decisions")
        try:
            decision = ReviewDecision.from_json(load_json_object(body, "the review decision"))
        except ProtocolError as exc:
            raise ServiceError(400, ErrorCode.BAD_REQUEST, str(exc)) from None
        digest = hashlib.sha256(canonical_json(decision.to_json())).hexdigest()
        known = self._known(device, decision, digest)
        if known is not None:
            return known

        def record(conn: Connection, outcome: dict[str, Any]) -> None:
            answer = _answer(decision, outcome)
            conn.execute(
                insert(m.review_decisions).values(
                    device_id=device.id,
                    decision_id=decision.decision_id,
                    item_id=decision.item_id,
                    digest=digest,
                    answer=canonical_json(answer.to_json()).decode(),
                    decided_at=self._now().isoformat(),
                )
            )

        try:
            outcome = self._apply(device, decision, record)
        except IntegrityError:
            # The same decision id raced in from a second request: its answer is this one's.
            known = self._known(device, decision, digest)
            if known is None:
                raise
            return known
        except ServiceError as exc:
            # Sent again after the first answer was lost, and decided meanwhile: the stored
            # answer, if this very decision is what decided it.
            if exc.status == 409:
                known = self._known(device, decision, digest)
                if known is not None:
                    return known
            raise
        return _answer(decision, outcome)

    def _known(
        self, device: DeviceRow, decision: ReviewDecision, digest: str
    ) -> ReviewDecisionAnswer | None:
        d = m.review_decisions.c
        with self._db.reading() as conn:
            row = conn.execute(
                select(d.digest, d.answer).where(
                    d.device_id == device.id, d.decision_id == decision.decision_id
                )
            ).first()
        if row is None:
            return None
        if row.digest != digest:
            raise ServiceError(
                409,
                ErrorCode.BAD_REQUEST,
                "this decision id was already used for another decision",
            )
        return ReviewDecisionAnswer.from_json(json.loads(row.answer))

    def _apply(
        self,
        device: DeviceRow,
        decision: ReviewDecision,
        record: Callable[[Connection, dict[str, Any]], None],
    ) -> dict[str, Any]:
        desk, office, actor = self._desk, device.office, device.id
        choice = decision.choice
        kind = decision.item_id.partition("-")[0]
        if kind == "refused":
            raise ServiceError(400, ErrorCode.BAD_REQUEST, "a refused change is read only")
        if choice in (ReviewChoice.SAME_PERSON, ReviewChoice.DIFFERENT) and kind == "duplicate":
            if choice is ReviewChoice.SAME_PERSON:
                return desk.same_person(
                    decision.item_id,
                    decision.keep or "",
                    decision.take,
                    actor=actor,
                    office=office,
                    within=record,
                )
            return desk.different_people(
                decision.item_id, actor=actor, office=office, within=record
            )
        if choice in CHOICES[ReviewKind.CONFLICT] and kind == "conflict":
            return desk.settle_conflict(
                decision.item_id, choice.value, actor=actor, office=office, within=record
            )
        if choice in (ReviewChoice.APPROVE, ReviewChoice.ACCEPT, ReviewChoice.RETURN):
            return desk.decide_enrolment(
                decision.item_id,
                choice.value,
                decision.reason,
                actor=actor,
                office=office,
                within=record,
            )
        raise ServiceError(400, ErrorCode.BAD_REQUEST, "that choice does not fit that item")


def _answer(decision: ReviewDecision, outcome: dict[str, Any]) -> ReviewDecisionAnswer:
    return ReviewDecisionAnswer(
        decision_id=decision.decision_id,
        item_id=decision.item_id,
        choice=decision.choice,
        records_changed=int(outcome.get("records_changed", 0)),
        kept=str(outcome.get("kept") or ""),
        closed=str(outcome.get("closed") or ""),
    )


def _labels(conn: Connection, office: str) -> dict[str, str]:
    """The office's devices by id, with the labels they enrolled under (who wrote what)."""
    d = m.devices.c
    return {
        str(device_id): str(label)
        for device_id, label in conn.execute(select(d.id, d.label).where(d.office == office))
    }
