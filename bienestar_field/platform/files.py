"""Writing a file so that a crash or a power cut leaves the old version or the new, never a mix.

The new content goes into a temp file in the same folder (a rename is atomic only within one
file system), made owner-only before a byte goes in, fsynced, then renamed over the target;
the folder is fsynced last, so the rename itself survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def replacing(path: Path, *, exclusive: bool = False) -> Iterator[Path]:
    """A private temp file beside ``path`` for the block to fill; ``path`` once it ends.

    If the block raises, ``path`` is untouched and the temp file is removed. ``exclusive``
    refuses to replace an existing ``path`` (``FileExistsError``), even one another process
    made while the block ran. The folder is made if missing.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp makes the file readable and writable by its owner only, before any data.
    fd, temp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        _fsync(temp)
        if exclusive:
            os.link(temp, path)  # unlike a rename, fails if the name is taken
        else:
            os.replace(temp, path)
        _fsync_folder(path.parent)
    finally:
        temp.unlink(missing_ok=True)


def write_atomically(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write ``data`` to ``path`` as :func:`replacing` does."""
    with replacing(path, exclusive=exclusive) as temp:
        temp.write_bytes(data)


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder to fsync it: the rename is left to NTFS there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
