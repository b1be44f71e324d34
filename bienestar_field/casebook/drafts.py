"""Half-filled forms kept encrypted, to finish later (a household being registered)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bienestar_field.casebook.errors import NotFound
from bienestar_field.domain.ids import uuid7

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


@dataclass(frozen=True, slots=True)
class DraftInfo:
    id: str
    kind: str
    label: str
    updated_at: str


class DraftsManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def save(
        self, kind: str, label: str, payload: dict[str, Any], draft_id: str | None = None
    ) -> str:
        """Keep a half-filled form (encrypted). Returns the draft id to save over it later."""
        session = self._session
        session.refuse_if_locked()
        draft_id = draft_id or uuid7()
        with session.unit_of_work() as work:
            work.drafts.save(
                draft_id,
                kind=kind,
                user_id=session.user.id,
                label=label,
                payload=payload,
                at=session.now().isoformat(),
            )
        return draft_id

    def saved(self, kind: str | None = None, *, mine: bool = False) -> list[DraftInfo]:
        """The drafts kept, newest first (of one kind, or all; ``mine``: this user's only).

        A form reopened by itself takes only its user's draft: on a shared laptop, the next
        person to unlock must not find someone else's half-typed enrolment in their name.
        """
        session = self._session
        session.refuse_if_locked()
        user_id = session.user.id if mine else None
        with session.reading() as stored:
            return [
                DraftInfo(d.id, d.kind, d.label, d.updated_at)
                for d in stored.drafts.listed(kind, user_id=user_id)
            ]

    def load(self, draft_id: str) -> dict[str, Any]:
        self._session.refuse_if_locked()
        with self._session.reading() as stored:
            payload = stored.drafts.payload(draft_id)
        if payload is None:
            raise NotFound("no such draft")
        return payload

    def delete(self, draft_id: str) -> None:
        self._session.refuse_if_locked()
        with self._session.unit_of_work() as work:
            work.drafts.delete(draft_id)
