"""The people of the office who can unlock this casebook, each with their own passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bienestar_field.casebook.errors import NotAllowed
from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.storage.schema import User

if TYPE_CHECKING:
    from bienestar_field.casebook.session import CasebookSession


class UsersManager:
    def __init__(self, session: CasebookSession) -> None:
        self._session = session

    def may_add(self, role: Role) -> bool:
        """Whether the signed-in user may add a user with ``role``."""
        return role is not Role.SUPERVISOR or self._session.user.role is Role.SUPERVISOR

    def roles_to_add(self) -> list[Role]:
        """The roles the signed-in user may give a new user, in the catalog's order."""
        return [role for role in Role if self.may_add(role)]

    def add(self, name: str, role: Role, passphrase: str) -> UserInfo:
        """Give another person of the office their own passphrase to this casebook.

        Only a supervisor adds a supervisor: a caseworker or clerk who could would give
        themselves, under a second name, what their role withholds."""
        session = self._session
        session.refuse_if_locked()
        if role is Role.SUPERVISOR and not self.may_add(role):
            raise NotAllowed("only a supervisor may add a supervisor", action="add_supervisor")
        data_key = session.keyring.data_key
        with session.unit_of_work() as work:
            info = session.keystore.add_user(work.session, name, role, passphrase, data_key)
            work.audit.append(
                at=session.now().isoformat(),
                user_id=session.user.id,
                action="user.add",
                entity="user",
                entity_id=info.id,
            )
        return info

    def change_passphrase(self, new_passphrase: str) -> None:
        session = self._session
        data_key = session.keyring.data_key
        with session.unit_of_work() as work:
            user = work.session.get_one(User, session.user.id)
            session.keystore.replace_passphrase(work.session, user, new_passphrase, data_key)
            work.audit.append(
                at=session.now().isoformat(),
                user_id=session.user.id,
                action="user.passphrase",
                entity="user",
                entity_id=session.user.id,
            )
