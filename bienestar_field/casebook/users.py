"""The people of the office who can unlock this casebook, each with their own passphrase."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bienestar_field.domain.users import Role, UserInfo
from bienestar_field.storage.schema import User

if TYPE_CHECKING:
    from bienestar_field.casebook.book import Casebook


class UsersManager:
    def __init__(self, book: Casebook) -> None:
        self._book = book

    def add(self, name: str, role: Role, passphrase: str) -> UserInfo:
        """Give another person of the office their own passphrase to this casebook."""
        book = self._book
        data_key = book.keyring.data_key
        with book.unit_of_work() as work:
            info = book.keystore.add_user(work.session, name, role, passphrase, data_key)
            work.audit.append(
                at=book.now().isoformat(),
                user_id=book.user.id,
                action="user.add",
                entity="user",
                entity_id=info.id,
            )
        return info

    def change_passphrase(self, new_passphrase: str) -> None:
        book = self._book
        data_key = book.keyring.data_key
        with book.unit_of_work() as work:
            user = work.session.get_one(User, book.user.id)
            book.keystore.replace_passphrase(work.session, user, new_passphrase, data_key)
            work.audit.append(
                at=book.now().isoformat(),
                user_id=book.user.id,
                action="user.passphrase",
                entity="user",
                entity_id=book.user.id,
            )
