"""The review queues at sync, for a supervisor's device: decisions made here go to the server
(after the push, so the records they name are there), then the office's queue comes back,
sealed to this device, and is kept encrypted in the casebook.

A decision is marked ``sent`` only once the server has answered it (ODK Collect's pessimistic
rule); a lost answer leaves it pending, and its resend under the same decision id is answered
as the first time. A decision the server refuses for what it says (4xx: the item was decided
elsewhere, the choice does not fit) is marked ``refused`` with the reason and not sent again.
A device the server did not enrol as a supervisor's is refused the queue (403): the sync goes
on, and the casebook notes why there is no queue.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from typing import Final

from bienestar_field.sync.client import AuthError, PermanentError, ProtocolMismatch, Transport
from bienestar_field.sync.ports import SyncCasebook
from bienestar_field.sync.store import SyncIdentity
from bienestar_wire.codec import ProtocolError
from bienestar_wire.envelope import EnvelopeError, open_review
from bienestar_wire.protocol import API_PREFIX, ErrorCode, canonical_json
from bienestar_wire.review import (
    ReviewChoice,
    ReviewDecision,
    ReviewDecisionAnswer,
    ReviewPage,
    SealedReview,
)

log = logging.getLogger(__name__)

# Where the casebook keeps why the last sync brought no queue (English, for logs and tests;
# the UI words the code itself).
NOT_A_SUPERVISOR_DEVICE: Final = "not_a_supervisor_device"
NO_QUEUE_SERVER: Final = "server_without_review"
_QUEUE_NOTE: Final = "review_queue_problem"


@dataclass(slots=True)
class ReviewSync:
    sent: int = 0
    refused: int = 0
    items: int = 0
    fetched: bool = False


def fetch_queue(transport: Transport, identity: SyncIdentity) -> ReviewPage:
    """The office's open review items, opened from the sealed answer."""
    nonce = secrets.token_urlsafe(16)
    answer = transport.request(
        "GET",
        f"{API_PREFIX}/review",
        params={"nonce": nonce},
        device_id=identity.device_id,
        token=identity.token,
    )
    try:
        sealed = SealedReview.from_json(answer.body)
        return open_review(
            sealed,
            server=identity.server,
            device_id=identity.device_id,
            device_keys=identity.device_keys,
            nonce=nonce,
        )
    except (ProtocolError, EnvelopeError) as exc:
        raise PermanentError(f"the server's review answer does not verify ({exc})") from None


def send_review_decision(
    transport: Transport, identity: SyncIdentity, decision: ReviewDecision
) -> ReviewDecisionAnswer:
    """Send one decision; retried like a push (its id makes a resend harmless)."""
    answer = transport.request(
        "POST",
        f"{API_PREFIX}/review/decisions",
        body=canonical_json(decision.to_json()),
        device_id=identity.device_id,
        token=identity.token,
    )
    try:
        return ReviewDecisionAnswer.from_json(answer.body)
    except ProtocolError as exc:
        raise PermanentError(f"the server's decision answer is not understood: {exc}") from None


def send_decisions(
    book: SyncCasebook, transport: Transport, identity: SyncIdentity, *, at: str
) -> ReviewSync:
    """Send the decisions waiting here, oldest first."""
    outcome = ReviewSync()
    with book.reading() as stored:
        pending = stored.review.decisions("pending")
    for stored_decision in pending:
        decision = ReviewDecision(
            decision_id=stored_decision.id,
            item_id=stored_decision.item_id,
            choice=ReviewChoice(stored_decision.choice),
            keep=stored_decision.keep,
            take=stored_decision.take,
            reason=stored_decision.reason,
        )
        try:
            send_review_decision(transport, identity, decision)
        except (AuthError, ProtocolMismatch):
            raise
        except PermanentError as exc:
            if exc.status is None or not 400 <= exc.status < 500:
                raise
            with book.unit_of_work() as work:
                work.review.mark(stored_decision.id, "refused", at=at, error=str(exc))
                work.audit.append(at=at, user_id=book.user.id, action="review.decision_refused")
            log.warning("review decision %s refused by the server", stored_decision.id)
            outcome.refused += 1
            continue
        with book.unit_of_work() as work:
            work.review.mark(stored_decision.id, "sent", at=at)
            work.audit.append(at=at, user_id=book.user.id, action="review.decision_sent")
        outcome.sent += 1
    return outcome


def keep_queue(
    book: SyncCasebook, transport: Transport, identity: SyncIdentity, *, at: str
) -> ReviewSync:
    """Fetch the office's queue and keep it (encrypted), replacing the last one."""
    outcome = ReviewSync()
    try:
        page = fetch_queue(transport, identity)
    except PermanentError as exc:
        # Not a supervisor's device (403), or a server from before the queues (404): the sync
        # goes on without a queue, and the casebook notes why.
        if (exc.status == 403 and exc.code == ErrorCode.ROLE_REQUIRED.value) or exc.status == 404:
            with book.unit_of_work() as work:
                work.review.replace_queue([], at=at)
                work.meta.set(
                    _QUEUE_NOTE, NOT_A_SUPERVISOR_DEVICE if exc.status == 403 else NO_QUEUE_SERVER
                )
            return outcome
        raise
    with book.unit_of_work() as work:
        work.review.replace_queue(
            [(item.item_id, item.kind.value, item.to_json()) for item in page.items], at=at
        )
        work.meta.set(_QUEUE_NOTE, "")
    outcome.items = len(page.items)
    outcome.fetched = True
    return outcome


def queue_problem(book: SyncCasebook) -> str | None:
    """Why the last sync brought no queue (``NOT_A_SUPERVISOR_DEVICE``), or None."""
    with book.reading() as stored:
        return stored.meta.get(_QUEUE_NOTE) or None
