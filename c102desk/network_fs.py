"""Is a folder on a network file system? A store's SQLite file there is unsafe: its write-ahead log needs the
shared memory and locks of a local file system (sqlite.org/wal.html §"Disadvantages"; docs/team-server.md says
what a team uses instead). Qt-free, and it never raises: unknown means "not known to be remote".

Linux: the mount holding the resolved path is the longest mount point in /proc/self/mountinfo that contains it;
its file system type decides. Windows: a UNC path (``\\\\server\\share``) or a drive GetDriveTypeW calls
DRIVE_REMOTE. Elsewhere (macOS) nothing is detected yet.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePath, PureWindowsPath

from c102desk.i18n import Msg

MOUNTINFO = Path("/proc/self/mountinfo")

# File system types whose files live on another computer (network, cluster or cloud file systems).
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "coda", "9p", "ceph", "glusterfs", "gfs2", "ocfs2",
    "lustre", "beegfs", "gpfs", "davfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.davfs2", "fuse.glusterfs",
    "fuse.cephfs", "fuse.s3fs", "fuse.gcsfuse", "fuse.smbnetfs", "fuse.curlftpfs",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW's DRIVE_REMOTE


def _unescape(field: str) -> str:
    """mountinfo writes space, tab, newline and backslash in octal (\\040 …)."""
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and field[i + 1:i + 4].isdigit():
            out.append(chr(int(field[i + 1:i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) of each line of a mountinfo file (proc(5))."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields:
            continue
        separator = fields.index("-")
        if separator < 5 or separator + 1 >= len(fields):
            continue
        mounts.append((_unescape(fields[4]), fields[separator + 1]))
    return mounts


def mount_type(path: str | os.PathLike[str], mountinfo: str) -> str | None:
    """The file system type of the mount holding ``path`` (already resolved), by longest mount point."""
    target = PurePath(path)
    best: tuple[int, str] | None = None
    for point, fstype in parse_mountinfo(mountinfo):
        mounted = PurePath(point)
        if (target == mounted or mounted in target.parents) and (best is None or len(point) >= best[0]):
            best = (len(point), fstype)  # a later mount on the same point hides the earlier one
    return None if best is None else best[1]


def _resolved(path: str | os.PathLike[str]) -> Path:
    """The path with links resolved; a folder not made yet is judged by its nearest existing parent."""
    resolved = Path(path).expanduser().resolve()
    while not resolved.exists() and resolved.parent != resolved:
        resolved = resolved.parent
    return resolved


def network_kind(path: str | os.PathLike[str], *, mountinfo: str | None = None, platform: str = sys.platform
                 ) -> str | None:
    """The network file system ``path`` is on (its type, e.g. ``nfs4``, or ``network drive``), or None.

    Given ``mountinfo`` (a test's), ``path`` is taken as written; else it is resolved and this system's mounts
    are read."""
    try:
        if platform == "win32":
            return _windows_kind(path)
        if platform.startswith("linux"):
            if mountinfo is None:
                mountinfo = MOUNTINFO.read_text(encoding="utf-8", errors="replace")
                path = _resolved(path)
            fstype = mount_type(path, mountinfo)
            return fstype if fstype in NETWORK_TYPES else None
    except (OSError, ValueError):
        return None
    return None


def _windows_kind(path: str | os.PathLike[str]) -> str | None:
    text = str(path)
    if PureWindowsPath(text).drive.startswith("\\\\") or text.startswith(("\\\\", "//")):
        return "network share"
    if sys.platform != "win32":
        return None
    import ctypes

    root = PureWindowsPath(os.path.abspath(text)).anchor
    if ctypes.windll.kernel32.GetDriveTypeW(root) == _DRIVE_REMOTE:
        return "network drive"
    return None


def network_warning(path: str | os.PathLike[str], *, mountinfo: str | None = None, platform: str = sys.platform
                    ) -> Msg | None:
    """The warning to show when the data folder ``path`` is on a network file system, else None."""
    kind = network_kind(path, mountinfo=mountinfo, platform=platform)
    if kind is None:
        return None
    return Msg("storage.network_fs", folder=str(path), kind=kind)


def network_notice(path: str | os.PathLike[str]) -> tuple[Msg, Msg] | None:
    """For a window's status bar: a short line and the full warning (its tooltip), or None."""
    kind = network_kind(path)
    if kind is None:
        return None
    return Msg("storage.network_fs_short", kind=kind), Msg("storage.network_fs", folder=str(path), kind=kind)
