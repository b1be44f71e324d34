"""One-time enrolment codes: how one is drawn, shown, read back however typed, and stored.

Only a hash of a code is stored; the operator sees the code once, in groups of five.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Final

from bienestar_field.domain.codes import compact_code, group_code, random_code

CODE_LENGTH: Final = 20  # 100 bits


@dataclass(frozen=True, slots=True)
class IssuedCode:
    code: str = field(repr=False)
    office: str
    expires_at: str


def new_code() -> str:
    return random_code(CODE_LENGTH)


def format_code(raw: str) -> str:
    return group_code(raw)


def normalize_code(text: str) -> str | None:
    """The code as drawn, from however a person typed it; None when it cannot be one."""
    return compact_code(text, CODE_LENGTH)


def code_hash(compact: str) -> bytes:
    return hashlib.sha256(b"bienestar/enrollment-code/v1|" + compact.encode("ascii")).digest()
