"""The review queues on a supervisor's device: the office's items as the last sync fetched them,
and the decisions made here, waiting to be sent.

Both hold what names a person (the two records of a pair, a conflict's values, a return's
reason), so each row's content is one AES-GCM blob bound to its row; ids, queues, choices and
states stay clear so the sync can find what to send without decrypting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, select, update

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import ReviewDecisionRow, ReviewQueueItem

_QUEUE = "review_queue"
_DECISIONS = "review_decisions"

PENDING = "pending"
SENT = "sent"
REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class StoredDecision:
    """A decision made on this device, decrypted."""

    id: str
    item_id: str
    kind: str
    choice: str
    made_at: str
    made_by: str
    status: str
    sent_at: str | None
    error: str | None
    keep: str | None
    take: tuple[str, ...]
    reason: str


class ReviewRepository(Repository):
    # --- the queue ----------------------------------------------------------------------------

    def replace_queue(self, items: Sequence[tuple[str, str, dict[str, Any]]], *, at: str) -> None:
        """The office's queue as just fetched (item id, queue, item as JSON), replacing the
        last one: items decided meanwhile, here or elsewhere, are gone from it."""
        self.session.execute(delete(ReviewQueueItem))
        for position, (item_id, kind, item) in enumerate(items):
            self.session.add(
                ReviewQueueItem(
                    item_id=item_id,
                    kind=kind,
                    position=position,
                    fetched_at=at,
                    data=self.keyring.encrypt_json(
                        item, table=_QUEUE, column="data", row_id=item_id
                    ),
                )
            )

    def queue(self) -> list[dict[str, Any]]:
        """Every item fetched, in the server's order, decrypted."""
        rows = self.session.execute(
            select(ReviewQueueItem.item_id, ReviewQueueItem.data).order_by(ReviewQueueItem.position)
        )
        return [
            self.keyring.decrypt_json(data, table=_QUEUE, column="data", row_id=item_id)
            for item_id, data in rows
        ]

    def queue_counts(self) -> dict[str, int]:
        """Items by queue; nothing decrypted."""
        rows = self.session.execute(select(ReviewQueueItem.kind))
        counts: dict[str, int] = {}
        for (kind,) in rows:
            counts[kind] = counts.get(kind, 0) + 1
        return counts

    def fetched_at(self) -> str | None:
        return self.session.scalar(select(ReviewQueueItem.fetched_at).limit(1))

    # --- decisions ----------------------------------------------------------------------------

    def add_decision(
        self,
        *,
        decision_id: str,
        item_id: str,
        kind: str,
        choice: str,
        made_at: str,
        made_by: str,
        keep: str | None,
        take: Sequence[str],
        reason: str,
    ) -> None:
        content = {"keep": keep, "take": list(take), "reason": reason}
        self.session.add(
            ReviewDecisionRow(
                id=decision_id,
                item_id=item_id,
                kind=kind,
                choice=choice,
                made_at=made_at,
                made_by=made_by,
                status=PENDING,
                data=self.keyring.encrypt_json(
                    content, table=_DECISIONS, column="data", row_id=decision_id
                ),
            )
        )

    def decisions(self, status: str | None = None) -> list[StoredDecision]:
        """Decisions made here, oldest first (the order they are sent in)."""
        query = select(ReviewDecisionRow).order_by(ReviewDecisionRow.made_at, ReviewDecisionRow.id)
        if status is not None:
            query = query.where(ReviewDecisionRow.status == status)
        found: list[StoredDecision] = []
        for row in self.session.scalars(query):
            content = self.keyring.decrypt_json(
                row.data, table=_DECISIONS, column="data", row_id=row.id
            )
            found.append(
                StoredDecision(
                    id=row.id,
                    item_id=row.item_id,
                    kind=row.kind,
                    choice=row.choice,
                    made_at=row.made_at,
                    made_by=row.made_by,
                    status=row.status,
                    sent_at=row.sent_at,
                    error=row.error,
                    keep=content.get("keep"),
                    take=tuple(content.get("take") or ()),
                    reason=str(content.get("reason") or ""),
                )
            )
        return found

    def pending_count(self) -> int:
        return self._count(ReviewDecisionRow, ReviewDecisionRow.status == PENDING)

    def pending_items(self) -> set[str]:
        """Items with a decision here not yet applied by the server; nothing decrypted."""
        rows = self.session.scalars(
            select(ReviewDecisionRow.item_id).where(ReviewDecisionRow.status == PENDING)
        )
        return set(rows)

    def mark(self, decision_id: str, status: str, *, at: str, error: str | None = None) -> None:
        self.session.execute(
            update(ReviewDecisionRow)
            .where(ReviewDecisionRow.id == decision_id)
            .values(status=status, sent_at=at, error=error)
        )
