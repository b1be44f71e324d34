"""A supervisor's review of the office's queues, as use cases.

The queue is what the last sync fetched (kept encrypted here); a decision made on it is
stored here, through the unit of work with an audit event, and sent at the next sync. The
server applies it to the records and every device of the office pulls the result. Only a
supervisor reviews (``NotAllowed`` for other roles, whatever screen or command asks); the
server checks the device's own role again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from bienestar_field.casebook.errors import CasebookError
from bienestar_field.domain.ids import uuid7
from bienestar_field.storage.repositories.review import StoredDecision
from bienestar_field.sync.review import NOT_A_SUPERVISOR_DEVICE, queue_problem
from bienestar_wire.codec import ProtocolError
from bienestar_wire.review import CHOICES, ReviewChoice, ReviewDecision, ReviewItem

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession

_SUPERVISORS_ONLY: Final = "only a supervisor reviews the office's queues"
__all__ = ["NOT_A_SUPERVISOR_DEVICE", "ReviewError", "ReviewManager", "ReviewQueue"]


class ReviewError(CasebookError):
    """A decision that does not fit its item (the text names the problem, never a value)."""

    code = "review"


@dataclass(frozen=True, slots=True)
class ReviewQueue:
    items: tuple[ReviewItem, ...]
    fetched_at: str | None
    # Items with a decision made here that the server has not applied yet.
    pending: frozenset[str]
    # Why the last sync brought no queue (``NOT_A_SUPERVISOR_DEVICE``), or None.
    problem: str | None


class ReviewManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    @property
    def may_review(self) -> bool:
        return self._session.is_supervisor

    def _supervisor(self) -> None:
        self._session.refuse_unless_supervisor("review", _SUPERVISORS_ONLY)

    def queue(self) -> ReviewQueue:
        """The office's open items as the last sync fetched them, decrypted."""
        self._supervisor()
        with self._session.reading() as stored:
            raw = stored.review.queue()
            fetched_at = stored.review.fetched_at()
            pending = frozenset(stored.review.pending_items())
        items: list[ReviewItem] = []
        for value in raw:
            try:
                items.append(ReviewItem.from_json(value))
            except ProtocolError:
                continue  # kept by an older build in another shape: the next sync replaces it
        return ReviewQueue(tuple(items), fetched_at, pending, queue_problem(self._session))

    def decide(
        self,
        item: ReviewItem,
        choice: ReviewChoice,
        *,
        keep: str | None = None,
        take: Sequence[str] = (),
        reason: str = "",
    ) -> str:
        """Store a decision on ``item`` to send at the next sync; its decision id."""
        self._supervisor()
        if choice not in CHOICES[item.kind]:
            raise ReviewError(f"{choice.value} does not decide a {item.kind.value} item")
        if choice is ReviewChoice.SAME_PERSON:
            ids = {record.entity_id for record in item.records}
            if keep not in ids:
                raise ReviewError("the record kept must be one of the pair")
        decision_id = uuid7()
        try:
            # The wire's own rules (a reason for a return, no field twice), before storing.
            ReviewDecision.from_json(
                ReviewDecision(
                    decision_id=decision_id,
                    item_id=item.item_id,
                    choice=choice,
                    keep=keep if choice is ReviewChoice.SAME_PERSON else None,
                    take=tuple(take) if choice is ReviewChoice.SAME_PERSON else (),
                    reason=reason.strip(),
                ).to_json()
            )
        except ProtocolError as exc:
            raise ReviewError(str(exc)) from None
        session = self._session
        with session.unit_of_work() as work:
            if item.item_id in work.review.pending_items():
                raise ReviewError("this item already has a decision waiting to be sent")
            stamp = session.stamp()
            work.review.add_decision(
                decision_id=decision_id,
                item_id=item.item_id,
                kind=item.kind.value,
                choice=choice.value,
                made_at=stamp.at,
                made_by=stamp.user_id,
                keep=keep if choice is ReviewChoice.SAME_PERSON else None,
                take=tuple(take) if choice is ReviewChoice.SAME_PERSON else (),
                reason=reason.strip(),
            )
            work.audit.append(
                at=stamp.at,
                user_id=stamp.user_id,
                action=f"review.decided_{choice.value}",
                entity=item.entity.value,
                entity_id=item.entity_id,
            )
        return decision_id

    def decisions(self) -> list[StoredDecision]:
        """Every decision made here, oldest first, with its state."""
        self._supervisor()
        with self._session.reading() as stored:
            return stored.review.decisions()

    def pending_count(self) -> int:
        """Decisions made here waiting for the next sync (no key needed)."""
        with self._session.reading() as stored:
            return stored.review.pending_count()
