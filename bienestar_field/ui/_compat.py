"""Work-arounds for bugs in the Qt binding that the app cannot wait for.

PySide6 6.12.0 drops a reference to ``True``/``False`` each time a ``bool`` reaches a Python
slot (``clicked``, ``toggled``, a ``Signal(bool)``...). On Python 3.11, where the two are not
immortal, their count runs down with every click and the interpreter aborts ("bool_dealloc:
deallocating True or False") at exit or after a long day. 6.11 is not affected; on 3.12+ the
objects are immortal and the lost references do not matter. Until the dependency pin keeps
6.12.0 out, give both objects a reserve of references so the count can never reach zero.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

_RESERVE = 1 << 40
_AFFECTED_VERSIONS = frozenset({"6.12.0"})


def protect_bool_refcounts() -> bool:
    """Apply the reserve once, where needed; returns whether it was applied."""
    if sys.version_info >= (3, 12) or PySide6.__version__ not in _AFFECTED_VERSIONS:
        return False
    if sys.implementation.name != "cpython":
        return False
    for value in (True, False):
        count = ctypes.c_ssize_t.from_address(id(value))
        if count.value < _RESERVE:
            count.value += _RESERVE
    return True
