"""Codes people read aloud or type: Crockford base32, grouped, forgiving of look-alikes.

The recovery code, the server's one-time enrolment codes and the device's short display code
all use this one alphabet. It has no I, L, O or U, so what a person types as O, I or L can only
have meant 0, 1 or 1.
"""

from __future__ import annotations

import secrets
from typing import Final

CROCKFORD: Final = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_CROCKFORD_SET: Final = frozenset(CROCKFORD)
_LOOK_ALIKES: Final = str.maketrans({"O": "0", "I": "1", "L": "1"})


def random_code(length: int) -> str:
    """``length`` characters from the operating system's secure random source."""
    return "".join(secrets.choice(CROCKFORD) for _ in range(length))


def group_code(chars: str, size: int = 5) -> str:
    """``XXXXX-XXXXX-...``: groups that are easy to read out and copy."""
    return "-".join(chars[i : i + size] for i in range(0, len(chars), size))


def compact_code(text: str, length: int) -> str | None:
    """The code as typed, without dashes or spaces and with look-alikes mended; ``None``
    unless that leaves exactly ``length`` characters of the alphabet."""
    compact = "".join(ch for ch in text.upper() if ch != "-" and not ch.isspace())
    compact = compact.translate(_LOOK_ALIKES)
    if len(compact) != length or not set(compact) <= _CROCKFORD_SET:
        return None
    return compact
