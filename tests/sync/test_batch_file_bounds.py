"""Batch and receipt files are read within bounds: regular files only, at most the cap, and
memory a small multiple of the file (issue 8, finding 7)."""

from __future__ import annotations

import json
import os
import tracemalloc
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from bienestar_field.sync.batchfile import BatchFile, BatchFileError, read_file
from bienestar_wire.protocol import (
    BATCH_FILE_TYPE,
    MAX_BATCH_CHANGES,
    PROTOCOL_VERSION,
    BatchEnvelope,
    canonical_json,
)

CAP = 16 * 1024 * 1024
# What reading a file may cost, as a multiple of its size (measured: see the test's figures).
MEMORY_FACTOR = 4


def _envelope(change_count: int, ciphertext_bytes: int) -> dict[str, object]:
    return BatchEnvelope(
        v=PROTOCOL_VERSION,
        batch_id=str(uuid.uuid4()),
        device_id="0191a8f0-0000-7000-8000-000000000001",
        server_key_id="ab" * 16,
        created_at="2026-12-01T10:00:00+00:00",
        change_ids=tuple(str(uuid.uuid4()) for _ in range(change_count)),
        sealed_key=os.urandom(48),
        nonce=os.urandom(12),
        ciphertext=os.urandom(ciphertext_bytes),
        signature=os.urandom(64),
    ).to_json()


def _batch_file(path: Path, make: Callable[[], dict[str, object]], size: int) -> Path:
    """A batch file of envelopes made by ``make``, as close under ``size`` bytes as they fit."""
    head = {"type": BATCH_FILE_TYPE, "v": PROTOCOL_VERSION, "device_id": "x"}
    prefix = canonical_json(head)[:-1] + b',"batches":['
    pieces: list[bytes] = []
    used = len(prefix) + 2
    while True:
        piece = canonical_json(make())
        if used + len(piece) + 1 > size:
            break
        pieces.append(piece)
        used += len(piece) + 1
    path.write_bytes(prefix + b",".join(pieces) + b"]}")
    return path


def _peak_of(read: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        read()
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_a_link_to_dev_zero_is_refused_without_reading_it(tmp_path: Path) -> None:
    link = tmp_path / "lote.json"
    link.symlink_to("/dev/zero")
    peak = 0
    with pytest.raises(BatchFileError, match="not a regular file"):
        peak = _peak_of(lambda: read_file(link))
    assert peak < 1024 * 1024


def test_a_fifo_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "lote.json"
    os.mkfifo(fifo)
    with pytest.raises(BatchFileError, match="not a regular file"):
        read_file(fifo)
    link = tmp_path / "enlace.json"
    link.symlink_to(fifo)
    with pytest.raises(BatchFileError, match="not a regular file"):
        read_file(link)


def test_a_file_over_the_cap_is_refused_and_one_at_the_cap_is_read(tmp_path: Path) -> None:
    at_cap = _batch_file(tmp_path / "a.json", lambda: _envelope(3, 4000), 64 * 1024)
    size = at_cap.stat().st_size
    assert isinstance(read_file(at_cap, max_bytes=size), BatchFile)
    with pytest.raises(BatchFileError, match="too large"):
        read_file(at_cap, max_bytes=size - 1)
    sparse = tmp_path / "hueco.json"
    with sparse.open("wb") as handle:
        handle.truncate(CAP + 1)
    peak = 0
    with pytest.raises(BatchFileError, match="too large"):
        peak = _peak_of(lambda: read_file(sparse, max_bytes=CAP))
    assert peak < 1024 * 1024


@pytest.mark.parametrize(
    ("shape", "make"),
    [
        # A laptop's usual export: batches of a few hundred changes and their ciphertext.
        ("usual", lambda: _envelope(500, 500 * 700)),
        # The most objects a valid file can hold per byte: full batches of ids, no content.
        ("all ids", lambda: _envelope(MAX_BATCH_CHANGES, 16)),
        # Many tiny batches: the most envelopes per byte.
        ("tiny batches", lambda: _envelope(1, 16)),
    ],
)
def test_reading_a_file_at_the_cap_costs_a_small_multiple_of_its_size(
    tmp_path: Path, shape: str, make: Callable[[], dict[str, object]]
) -> None:
    path = _batch_file(tmp_path / "lote.json", make, CAP)
    size = path.stat().st_size
    assert size > CAP * 0.9
    found: list[object] = []
    peak = _peak_of(lambda: found.append(read_file(path, max_bytes=CAP)))
    batch = found[0]
    assert isinstance(batch, BatchFile)
    assert batch.envelopes
    print(f"{shape}: file {size / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB ({peak / size:.2f}x)")
    assert peak < MEMORY_FACTOR * size


def test_a_file_at_the_cap_full_of_empty_objects_is_refused_cheaply(tmp_path: Path) -> None:
    """The reproduction: a batch file of ``{}`` took 28 times its size before it was refused."""
    path = tmp_path / "lote.json"
    count = (CAP - 100) // 3
    head = json.dumps({"type": BATCH_FILE_TYPE, "v": PROTOCOL_VERSION, "batches": []})
    path.write_text(head[: -len("[]}")] + "[" + ",".join(["{}"] * count) + "]}")
    size = path.stat().st_size
    peak = 0
    with pytest.raises(BatchFileError, match="damaged or not a Bienestar"):
        peak = _peak_of(lambda: read_file(path, max_bytes=CAP))
    print(f"empty objects: file {size / 2**20:.1f} MiB, peak {peak / 2**20:.1f} MiB")
    assert peak < MEMORY_FACTOR * size
