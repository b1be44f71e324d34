"""The one atomic file write: old or new content after any failure, owner-only, fsynced."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from bienestar_field.platform.files import replacing, write_atomically


def test_a_write_replaces_the_file_owner_only_and_leaves_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    target.write_bytes(b"old")
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(tmp_path) == ["settings.json"]
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "batch.json"
    target.write_bytes(b"old")

    def fail_half_way() -> None:
        with replacing(target) as temp:
            temp.write_bytes(b"half")
            raise RuntimeError("disk full")

    with pytest.raises(RuntimeError, match="disk full"):
        fail_half_way()
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["batch.json"]


def test_an_exclusive_write_never_replaces_a_file(tmp_path: Path) -> None:
    target = tmp_path / "keys.json"
    write_atomically(target, b"first", exclusive=True)
    with pytest.raises(FileExistsError):
        write_atomically(target, b"second", exclusive=True)
    assert target.read_bytes() == b"first"
    assert os.listdir(tmp_path) == ["keys.json"]


def test_the_folder_is_made_if_missing(tmp_path: Path) -> None:
    target = tmp_path / "usb" / "export" / "batch.json"
    write_atomically(target, b"data")
    assert target.read_bytes() == b"data"


@pytest.mark.skipif(os.name != "posix", reason="a folder is fsynced on POSIX only")
def test_the_file_is_fsynced_before_the_rename_and_the_folder_after(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    synced: list[tuple[str, bool]] = []  # (what, target existed yet)
    real_fsync = os.fsync

    def recording_fsync(fd: int) -> None:
        what = "folder" if stat.S_ISDIR(os.fstat(fd).st_mode) else "file"
        synced.append((what, target.exists()))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", recording_fsync)
    write_atomically(target, b"new")
    assert synced == [("file", False), ("folder", True)]
