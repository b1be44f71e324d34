"""Changes the server refused for good: sent again, or discarded by a supervisor.

A refused (quarantined) change is never sent again as it is. An edit of its record sends it
again with the edit on top (see ``UnitOfWork.record_change``); ``retry`` sends it again as it
is (the server may take it now: a catalog arrived, a parent was fixed); ``discard`` is a
supervisor's decision that it never goes, the row kept as history. Each is audited.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.domain.users import Role

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


class RefusedChangesManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    @property
    def may_discard(self) -> bool:
        return self._session.user.role is Role.SUPERVISOR

    def retry(self, change_ids: Sequence[str]) -> int:
        """Send these refused changes again at the next sync, in their order; how many."""
        session = self._session
        session.refuse_if_locked()
        with session.unit_of_work() as work:
            stamp = session.stamp()
            rows = work.outbox.rejected_rows(change_ids)
            for row in rows:
                work.outbox.requeue(row)
                work.audit.append(
                    at=stamp.at,
                    user_id=stamp.user_id,
                    action="sync.change_requeued",
                    entity=row.entity,
                    entity_id=row.entity_id,
                )
        return len(rows)

    def discard(self, change_ids: Sequence[str]) -> int:
        """A supervisor decides these refused changes never go to the server; how many.
        The record stays on this device as it is, and the rows stay in its history."""
        session = self._session
        session.refuse_if_locked()
        if not self.may_discard:
            raise NotAllowed("only a supervisor may discard a change the server refused")
        with session.unit_of_work() as work:
            stamp = session.stamp()
            rows = work.outbox.rejected_rows(change_ids)
            for row in rows:
                work.outbox.discard(row)
                work.audit.append(
                    at=stamp.at,
                    user_id=stamp.user_id,
                    action="sync.change_discarded",
                    entity=row.entity,
                    entity_id=row.entity_id,
                )
        return len(rows)
