"""The staff who can unlock this casebook, as records name them (ids to login names)."""

from __future__ import annotations

from sqlalchemy import select

from bienestar_field.storage.repositories.base import Repository
from bienestar_field.storage.schema import User


class UserRepository(Repository):
    def names(self) -> dict[str, str]:
        return {user_id: name for user_id, name in self.session.execute(select(User.id, User.name))}

    def count(self) -> int:
        return self._count(User)
