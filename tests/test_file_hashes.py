"""The sources' hashes kept between runs (c102desk/file_hashes.py): a file is read again when its size, times,
inode or device changed — its contents rewritten with the size and modification time put back included — a file
changed too recently to be told apart by its times is never kept, and a damaged index is an empty one."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from c102desk import compiled_cache, file_hashes

LATER = 10 * 1_000_000_000  # ns: "read" this long after the files were written, so that they have settled


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files read from now on."""
    seen: list[str] = []
    read = file_hashes._read_bytes

    def counted(name: str) -> bytes:
        seen.append(name)
        return read(name)

    monkeypatch.setattr(file_hashes, "_read_bytes", counted)
    return seen


def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    now = file_hashes._now
    monkeypatch.setattr(file_hashes, "_now", lambda: now() + LATER)


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = [folder / f"part_{n}.yaml" for n in range(3)]
    for n, path in enumerate(paths):
        path.write_bytes(f"question: {n}\n".encode() * 50)
    return paths


def _run(cache: Path, paths: list[Path]) -> list[bytes]:
    """One program run: a fresh index of the cache folder, every file's hash, the index saved."""
    index = file_hashes.Index(cache)
    digests = [index.digest(path) for path in paths]
    index.save()
    return digests


def test_a_later_run_reads_no_settled_file_and_gets_the_same_hashes(
        tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    paths = _files(tmp_path / "data")
    first = _run(tmp_path / "cache", paths)
    assert first == [file_hashes.file_hash(path.read_bytes()) for path in paths]
    assert len(reads) == 3 and (tmp_path / "cache" / file_hashes.INDEX_NAME).is_file()
    reads.clear()
    assert _run(tmp_path / "cache", paths) == first
    assert reads == []


def test_a_file_rewritten_with_its_size_and_time_put_back_is_read_again(
        tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    paths = _files(tmp_path / "data")
    _run(tmp_path / "cache", paths)
    before = os.stat(paths[1])
    paths[1].write_bytes(paths[1].read_bytes().replace(b"1", b"7"))  # the same size
    os.utime(paths[1], ns=(before.st_atime_ns, before.st_mtime_ns))  # the same modification time
    assert os.stat(paths[1]).st_size == before.st_size and os.stat(paths[1]).st_mtime_ns == before.st_mtime_ns
    reads.clear()
    again = _run(tmp_path / "cache", paths)
    assert reads == [os.fspath(paths[1])]
    assert again[1] == file_hashes.file_hash(paths[1].read_bytes())


def test_a_file_changed_just_now_is_not_kept(tmp_path: Path, reads: list[str]) -> None:
    paths = _files(tmp_path / "data")  # written now: its times cannot yet tell a later change
    _run(tmp_path / "cache", paths)
    reads.clear()
    _run(tmp_path / "cache", paths)
    assert len(reads) == 3


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "other format"])
def test_a_damaged_index_is_an_empty_one(tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch,
                                         damage: str) -> None:
    _settled(monkeypatch)
    paths = _files(tmp_path / "data")
    first = _run(tmp_path / "cache", paths)
    index = tmp_path / "cache" / file_hashes.INDEX_NAME
    data = bytearray(index.read_bytes())
    if damage == "flip":
        data[-3] ^= 0xFF
    elif damage == "truncate":
        del data[-4:]
    elif damage == "empty":
        data.clear()
    else:
        data[:len(b"c102desk")] = b"C102DESK"
    index.write_bytes(bytes(data))
    reads.clear()
    assert _run(tmp_path / "cache", paths) == first
    assert len(reads) == 3


def test_the_compiled_cache_key_is_the_same_from_kept_hashes(
        tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _settled(monkeypatch)
    monkeypatch.setenv(compiled_cache.CACHE_DIR_ENV, str(tmp_path / "cache"))
    monkeypatch.setattr(compiled_cache, "_INDEXES", {})
    paths = _files(tmp_path / "data")
    key = compiled_cache.source_key("test", paths)
    monkeypatch.setattr(compiled_cache, "_INDEXES", {})  # another run
    reads.clear()
    assert compiled_cache.source_key("test", paths) == key and reads == []
    paths[0].write_bytes(b"changed")
    assert compiled_cache.source_key("test", paths) != key and reads == [os.fspath(paths[0])]
