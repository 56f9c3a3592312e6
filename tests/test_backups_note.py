"""``c102desk backups`` says plainly what a backup holds and what it does not (evidence files, the signing
identity), without disturbing the list scripts read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from c102desk.cli import main


def test_the_backup_list_says_what_backups_do_not_hold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--data-dir", str(tmp_path), "backups"]) == 0
    err = capsys.readouterr().err
    assert "do not hold the evidence files themselves (evidence/) or the signing identity" in err
    assert str(tmp_path) in err
    assert main(["--data-dir", str(tmp_path), "backups", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert isinstance(json.loads(out), list) and err == ""
