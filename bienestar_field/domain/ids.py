"""Identifiers made on the device: UUIDv7 (time-ordered, so indexes stay append-friendly)."""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_last_counter = 0


def uuid7() -> str:
    """A new UUIDv7 as its canonical string, monotonic within this process.

    Python 3.11 has no uuid7; the layout follows RFC 9562 section 5.7, with a 12-bit
    counter in ``rand_a`` (method 1 of section 6.2) so ids made in the same millisecond
    still sort in creation order.
    """
    global _last_ms, _last_counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms > _last_ms:
            _last_ms = ms
            _last_counter = int.from_bytes(os.urandom(2), "big") & 0x07FF
        else:
            _last_counter += 1
            if _last_counter > 0x0FFF:  # counter exhausted: borrow the next millisecond
                _last_ms += 1
                _last_counter = 0
            ms = _last_ms
        counter = _last_counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))
