"""Forms saved half-way, encrypted like any record, with the label a list shows."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import Draft


@dataclass(frozen=True, slots=True)
class StoredDraft:
    id: str
    kind: str
    label: str
    updated_at: str


class DraftRepository(Repository):
    def _encrypt(self, draft_id: str, label: str, payload: dict[str, Any]) -> bytes:
        return self.keyring.encrypt_json(
            {"label": label, "payload": payload}, table="drafts", column="data", row_id=draft_id
        )

    def _decrypt(self, row: Draft) -> dict[str, Any]:
        content: dict[str, Any] = self.keyring.decrypt_json(
            row.data, table="drafts", column="data", row_id=row.id
        )
        return content

    def save(
        self,
        draft_id: str,
        *,
        kind: str,
        user_id: str,
        label: str,
        payload: dict[str, Any],
        at: str,
    ) -> None:
        blob = self._encrypt(draft_id, label, payload)
        row = self.session.get(Draft, draft_id)
        if row is None:
            self.session.add(
                Draft(id=draft_id, kind=kind, user_id=user_id, data=blob, updated_at=at)
            )
        else:
            row.kind, row.data, row.updated_at = kind, blob, at

    def listed(self, kind: str | None = None, *, user_id: str | None = None) -> list[StoredDraft]:
        """Newest first (of one kind, of one user, or all)."""
        query = select(Draft).order_by(Draft.updated_at.desc())
        if kind is not None:
            query = query.where(Draft.kind == kind)
        if user_id is not None:
            query = query.where(Draft.user_id == user_id)
        return [
            StoredDraft(row.id, row.kind, self._decrypt(row)["label"], row.updated_at)
            for row in self.session.scalars(query)
        ]

    def payload(self, draft_id: str) -> dict[str, Any] | None:
        row = self.session.get(Draft, draft_id)
        if row is None:
            return None
        payload: dict[str, Any] = self._decrypt(row)["payload"]
        return payload

    def delete(self, draft_id: str) -> None:
        row = self.session.get(Draft, draft_id)
        if row is not None:
            self.session.delete(row)
