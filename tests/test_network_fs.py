"""The network file system warning: which mount holds a folder, read from a mountinfo file (proc(5))."""

from __future__ import annotations

from pathlib import Path

import pytest

from c102desk.network_fs import mount_type, network_kind, network_warning, parse_mountinfo

MOUNTINFO = """\
22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw
30 22 0:26 / /home rw,relatime shared:2 - ext4 /dev/sda2 rw
41 30 0:40 / /home/ana/Ministry rw,relatime shared:9 - nfs4 fileserver:/export/ministry rw,vers=4.2
42 41 0:41 / /home/ana/Ministry/local\\040copy rw,relatime - tmpfs tmpfs rw
43 22 0:42 / /mnt/share rw,relatime - cifs //srv/assessments rw
44 22 0:43 / /mnt/sshfs rw - fuse.sshfs ana@laptop:/data rw
45 22 0:44 / /mnt/shared rw - ext4 /dev/sdb1 rw
"""


def test_mount_points_are_unescaped() -> None:
    assert ("/home/ana/Ministry/local copy", "tmpfs") in parse_mountinfo(MOUNTINFO)


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/ana/Ministry/c102", "nfs4"),
    ("/home/ana/Ministry", "nfs4"),
    ("/home/ana/Ministry/local copy/c102", "tmpfs"),  # the longest mount point wins
    ("/home/ana/Ministryx", "ext4"),  # a name that merely starts like a mount point is not inside it
    ("/mnt/shared/c102", "ext4"),  # /mnt/share is not a parent of /mnt/shared
    ("/srv", "ext4"),
])
def test_the_longest_mount_point_containing_the_path_decides(path: str, expected: str) -> None:
    assert mount_type(path, MOUNTINFO) == expected


@pytest.mark.parametrize(("path", "kind"), [
    ("/home/ana/Ministry/c102", "nfs4"), ("/mnt/share/c102", "cifs"), ("/mnt/sshfs", "fuse.sshfs"),
    ("/home/ana/Ministry/local copy", None), ("/home/ana/data", None),
])
def test_network_file_systems_are_recognised(path: str, kind: str | None) -> None:
    assert network_kind(path, mountinfo=MOUNTINFO, platform="linux") == kind


def test_the_warning_names_the_folder_and_is_translated() -> None:
    warning = network_warning("/mnt/share/c102", mountinfo=MOUNTINFO, platform="linux")
    assert warning is not None and "/mnt/share/c102" in warning and "(cifs)" in warning
    assert "réseau" in warning.render("fr") and "red" in warning.render("es")
    assert network_warning("/home/ana/data", mountinfo=MOUNTINFO, platform="linux") is None


def test_a_windows_unc_path_is_a_network_share() -> None:
    assert network_kind(r"\\fileserver\assessments\c102", platform="win32") == "network share"


def test_this_machine_s_temporary_folder_is_not_taken_for_a_network_one(tmp_path: object) -> None:
    assert network_kind(str(tmp_path) + "/not-made-yet") is None


def test_the_command_line_warns_about_a_data_dir_on_a_network_file_system(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from c102desk import network_fs
    from c102desk.cli import main

    data = tmp_path / "data"
    monkeypatch.setattr(network_fs, "MOUNTINFO", tmp_path / "mountinfo")
    (tmp_path / "mountinfo").write_text(f"22 1 8:1 / / rw - ext4 /dev/sda1 rw\n"
                                        f"43 22 0:42 / {tmp_path.resolve()} rw - cifs //srv/x rw\n")
    assert main(["--data-dir", str(data), "list"]) == 0
    err = capsys.readouterr().err
    assert err.startswith(f"c102desk: warning: the data folder {data} is on a network file system (cifs)")

    (tmp_path / "mountinfo").write_text("22 1 8:1 / / rw - ext4 /dev/sda1 rw\n")
    assert main(["--data-dir", str(data), "list"]) == 0
    assert "warning" not in capsys.readouterr().err
