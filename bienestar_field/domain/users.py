"""The staff who use a casebook: their roles, and what the rest of the app may know of a user."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    CASEWORKER = "caseworker"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"


@dataclass(frozen=True, slots=True)
class UserInfo:
    """A user as the app sees one: never the passphrase slot, never a key."""

    id: str
    name: str
    role: Role
    locked: bool
