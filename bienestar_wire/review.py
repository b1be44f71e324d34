"""The review queues on the wire: what a supervisor's device is shown, and what it decides.

``GET /v1/review?nonce=X``
    A ``SealedReview``: the open items of the device's own office, sealed to the device's key
    and signed by the server, like a pull page (the items hold personal values: both records of
    a duplicate pair, a conflict's two values). Supervisor devices only (403 otherwise).
``POST /v1/review/decisions``
    A ``ReviewDecision``. Its ``decision_id`` is made on the device and is the idempotency key
    (ODK Central's rule): the same decision sent again is answered as the first time; another
    decision under the same id is refused with 409. An item of another office, or one that does
    not exist, is 404. Answers a ``ReviewDecisionAnswer``; the records it changed reach every
    device of the office through the pull feed.

Items are named by the server (``duplicate-12``, ``conflict-7``,
``refused-<device>/<change>``, ``approval-<enrolment id>``); a decision names one of them.
"""

from __future__ import annotations

import hashlib
import re
from enum import StrEnum
from typing import Annotated, Any, Final

from msgspec import Meta

from bienestar_wire.codec import ProtocolError, WireMessage, rules
from bienestar_wire.protocol import (
    MAX_FIELD_NAME_LENGTH,
    Entity,
    KeyId,
    Office,
    RecordState,
    ShortText,
    Signature,
    Time,
    Uuid,
    Version,
    b64encode,
    canonical_json,
    load_json_object,
)

REVIEW_TYPE: Final = "bienestar.review"
MAX_REVIEW_ITEMS: Final = 2000
MAX_TAKEN_FIELDS: Final = 64

_ITEM_ID = re.compile(r"^(duplicate|conflict|refused|approval)-[0-9a-f/-]{1,80}$")
_ITEM_PROBLEM: Final = "{label} must name a review item (duplicate-N, conflict-N, approval-ID)"
_FIELD = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

ItemId = Annotated[
    str,
    Meta(
        pattern=_ITEM_ID.pattern,
        max_length=100,
        extra=rules(wrong_type=_ITEM_PROBLEM, invalid=_ITEM_PROBLEM),
    ),
]
FieldName = Annotated[
    str,
    Meta(
        pattern=_FIELD.pattern,
        max_length=MAX_FIELD_NAME_LENGTH,
        extra=rules(invalid="{label} must be a field name"),
    ),
]


class ReviewKind(StrEnum):
    """Which queue an item is in."""

    DUPLICATE = "duplicate"  # the same CURP (or enrolment) twice in the office
    PROBABLE_DUPLICATE = "probable_duplicate"  # the same person under two CURPs, with a score
    CONFLICT = "conflict"  # one field written differently by two devices
    REFUSED = "refused"  # a change the server did not store, with the reason (read only)
    APPROVAL = "approval"  # an enrolment waiting for a supervisor (approval is on)
    OUTDATED_CATALOG = "outdated_catalog"  # an enrolment made under a catalog not in force


class ReviewChoice(StrEnum):
    """What a supervisor decides on an item."""

    SAME_PERSON = "same_person"  # a duplicate pair: keep one, take fields from the other
    DIFFERENT = "different"  # a duplicate pair: two people; never queued again
    WINNER = "winner"  # a conflict: the value that won stays
    LOSER = "loser"  # a conflict: the value that lost is written instead
    APPROVE = "approve"  # an enrolment waiting for approval
    ACCEPT = "accept"  # an outdated-catalog enrolment stands under the catalog in force
    RETURN = "return"  # an enrolment goes back to its caseworker for correction, with a reason


# Which choices fit which queue (the server refuses the others with 400).
CHOICES: Final[dict[ReviewKind, frozenset[ReviewChoice]]] = {
    ReviewKind.DUPLICATE: frozenset({ReviewChoice.SAME_PERSON, ReviewChoice.DIFFERENT}),
    ReviewKind.PROBABLE_DUPLICATE: frozenset({ReviewChoice.SAME_PERSON, ReviewChoice.DIFFERENT}),
    ReviewKind.CONFLICT: frozenset({ReviewChoice.WINNER, ReviewChoice.LOSER}),
    ReviewKind.REFUSED: frozenset(),
    ReviewKind.APPROVAL: frozenset({ReviewChoice.APPROVE, ReviewChoice.RETURN}),
    ReviewKind.OUTDATED_CATALOG: frozenset({ReviewChoice.ACCEPT, ReviewChoice.RETURN}),
}


class ReviewValue(WireMessage, frozen=True):
    """One side of a conflict: the value, the device that wrote it (id and label) and its
    clock stamp, which says when."""

    what = "review value"
    not_an_object = "a conflict side must be a JSON object"

    value: Any
    device_id: str
    device_label: str
    clock: str


class ReviewItem(WireMessage, frozen=True, omit_defaults=True):
    """One open item of the office's queues, with what the supervisor needs to decide it."""

    what = "review item"
    not_an_object = "a review item must be a JSON object"

    item_id: ItemId
    kind: ReviewKind
    entity: Entity
    entity_id: Uuid
    created_at: Time
    reason: str = ""  # the queue's reason (duplicate_curp, folio_taken, ...)
    score: float | None = None  # probable duplicates: how alike, 0..1
    # Duplicates: both records, this one first; approvals: the enrolment and its person.
    records: tuple[RecordState, ...] = ()
    field: str = ""  # conflicts: which field
    winner: ReviewValue | None = None
    loser: ReviewValue | None = None
    device_id: str = ""  # refused: the device whose change it was
    device_label: str = ""
    detail: dict[str, Any] | None = None  # outdated catalog: the versions

    def check(self) -> None:
        if self.kind is ReviewKind.CONFLICT and (self.winner is None or self.loser is None):
            raise ProtocolError("a conflict item needs both values")


class ReviewPage(WireMessage, frozen=True):
    """The plaintext inside a sealed review answer: every open item of the office."""

    what = "review"
    not_an_object = "review page is not a JSON object"

    office: Office
    items: Annotated[tuple[ReviewItem, ...], Meta(max_length=MAX_REVIEW_ITEMS)]
    more: bool = False  # more items wait than one answer carries

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json())

    @classmethod
    def from_bytes(cls, data: bytes) -> ReviewPage:
        return cls.from_json(load_json_object(data, "review page"))


class SealedReview(WireMessage, frozen=True, tag_field="type", tag=REVIEW_TYPE):
    """A review answer: the page sealed to the device's key, signed by the server, echoing
    the request's nonce inside the signature (an old answer cannot be replayed)."""

    what = "review"
    not_an_object = "not a review answer"

    v: Version
    device_id: Uuid
    server_key_id: KeyId
    issued_at: Time
    nonce: Annotated[str, Meta(max_length=64, extra=rules(invalid="{label} is too long"))]
    sealed_key: bytes
    aead_nonce: bytes
    ciphertext: bytes
    signature: Signature = b""

    def header(self) -> dict[str, Any]:
        return {
            "type": REVIEW_TYPE,
            "v": self.v,
            "device_id": self.device_id,
            "server_key_id": self.server_key_id,
            "issued_at": self.issued_at,
            "nonce": self.nonce,
        }

    def signed_part(self) -> dict[str, Any]:
        return {
            **self.header(),
            "sealed_key": b64encode(self.sealed_key),
            "aead_nonce": b64encode(self.aead_nonce),
            "ciphertext_sha256": hashlib.sha256(self.ciphertext).hexdigest(),
        }


class ReviewDecision(WireMessage, frozen=True, omit_defaults=True):
    """A supervisor's decision on one item (``POST /v1/review/decisions``)."""

    what = "review decision"
    not_an_object = "a review decision must be a JSON object"

    decision_id: Uuid  # made on the device: the idempotency key
    item_id: ItemId
    choice: ReviewChoice
    keep: Uuid | None = None  # same_person: the record that stays
    take: Annotated[tuple[FieldName, ...], Meta(max_length=MAX_TAKEN_FIELDS)] = ()
    reason: ShortText = ""  # return: why, for the caseworker

    def check(self) -> None:
        if self.choice is ReviewChoice.SAME_PERSON and self.keep is None:
            raise ProtocolError("review decision.keep names the record that stays")
        if self.choice is not ReviewChoice.SAME_PERSON and (self.keep or self.take):
            raise ProtocolError("review decision.keep and .take are for same_person only")
        if self.choice is ReviewChoice.RETURN and not self.reason.strip():
            raise ProtocolError("review decision.reason says why it is returned")
        if len(set(self.take)) != len(self.take):
            raise ProtocolError("review decision.take names a field twice")


class ReviewDecisionAnswer(WireMessage, frozen=True, omit_defaults=True):
    """The decision as applied (or as first applied, for a resend)."""

    what = "review decision answer"
    not_an_object = "a review decision answer must be a JSON object"

    decision_id: Uuid
    item_id: ItemId
    choice: ReviewChoice
    records_changed: int = 0
    kept: str = ""
    closed: str = ""
