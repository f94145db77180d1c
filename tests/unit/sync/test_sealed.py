"""Bundles sealed with the team passphrase: unreadable at rest, read back unchanged."""

from __future__ import annotations

import gzip
import io
import os
import struct
from pathlib import Path

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.services.sync.files import create_bundle, merge_bundle
from showfloor.services.sync.passphrase import set_event_passphrase
from showfloor.services.sync.sealed import (
    _UNLOCKED,
    CHUNK,
    MAGIC,
    Passphrases,
    SealedWriter,
    open_sealed,
)
from showfloor.store.database import Database

from .conftest import MakeDir
from .laptops import capture, state
from helpers.cli import one_line, run_cli

TEAM = "correct horse battery"


def _set(db: Database, passphrase: str | None) -> None:
    with db.session() as session:
        set_event_passphrase(session, passphrase)


def _sealed_bundle(db: Database, path: Path) -> Path:
    _set(db, TEAM)
    info = create_bundle(db, path)
    assert info.sealed
    return path


def test_a_sealed_bundle_holds_nothing_readable(make_dir: MakeDir, tmp_path: Path) -> None:
    a = make_dir("a")
    capture(a, 0, "met at the booth")
    path = _sealed_bundle(a, tmp_path / "a.sfb")
    data = path.read_bytes()
    assert data.startswith(MAGIC)
    with pytest.raises(gzip.BadGzipFile):
        gzip.decompress(data)
    for secret in (b"ada@example.org", b"met at the booth", b"Ada"):
        assert secret not in data


def test_a_teammate_with_the_passphrase_merges_it_unchanged(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b, c = make_dir("a"), make_dir("b"), make_dir("c")
    capture(a, 0)
    capture(a, 1, "note")
    path = _sealed_bundle(a, tmp_path / "a.sfb")
    _set(b, TEAM)  # the team's passphrase is set here too: no question asked
    merge_bundle(b, path)
    assert state(b) == state(a)
    asked: list[str] = []

    def ask(name: str) -> str:
        asked.append(name)
        return TEAM

    _UNLOCKED.clear()  # as in a new process: nothing of the file is known yet
    merge_bundle(c, path, passphrases=Passphrases(ask=ask))  # the window's prompt
    assert asked == ["a.sfb"] and state(c) == state(a)


def test_no_or_a_wrong_passphrase_is_one_line_and_changes_nothing(
    make_dir: MakeDir, tmp_path: Path
) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    path = _sealed_bundle(a, tmp_path / "a.sfb")
    before = state(b)
    with pytest.raises(RefusedError) as none:
        merge_bundle(b, path)
    assert str(none.value) == (
        "a.sfb is sealed with the team passphrase: give it with --passphrase-file FILE "
        "or SHOWFLOOR_PASSPHRASE, or run the command in a terminal to be asked."
    )
    tries: list[str] = []
    with pytest.raises(RefusedError) as wrong:
        merge_bundle(b, path, passphrases=Passphrases(("not it at all",), tries.append))
    assert str(wrong.value) == (
        "Wrong passphrase for a.sfb: it is sealed with the team passphrase; nothing was merged."
    )
    assert state(b) == before


def test_a_changed_or_cut_sealed_file_is_refused(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    path = _sealed_bundle(a, tmp_path / "a.sfb")
    data = bytearray(path.read_bytes())
    changed = tmp_path / "changed.sfb"
    data[-20] ^= 1
    changed.write_bytes(bytes(data))
    with pytest.raises(RefusedError, match="changed.sfb was changed after it was sealed"):
        merge_bundle(b, changed, passphrases=Passphrases((TEAM,)))
    cut = tmp_path / "cut.sfb"
    cut.write_bytes(path.read_bytes()[:-30])
    with pytest.raises(RefusedError, match="cut.sfb is truncated or damaged"):
        merge_bundle(b, cut, passphrases=Passphrases((TEAM,)))


def _seal(plain: bytes) -> bytes:
    out = io.BytesIO()
    with SealedWriter(out, TEAM) as sink:
        sink.write(plain)
    return out.getvalue()


def test_chunks_cannot_be_dropped_or_reordered() -> None:
    plain = os.urandom(3 * CHUNK + 123)
    sealed = _seal(plain)
    read = open_sealed(io.BytesIO(sealed), "x", Passphrases((TEAM,)))
    assert read.read() == plain
    header = len(sealed) - sum(5 + n + 16 for n in (CHUNK, CHUNK, CHUNK, 123))
    first = 5 + CHUNK + 16
    chunks = [sealed[header + i * first : header + (i + 1) * first] for i in range(3)]
    last = sealed[header + 3 * first :]
    for wrong in (
        chunks[1] + chunks[0] + chunks[2] + last,  # reordered
        chunks[0] + chunks[2] + last,  # one dropped
        chunks[0] + chunks[1] + chunks[2],  # the last one dropped
    ):
        with pytest.raises(RefusedError):
            open_sealed(io.BytesIO(sealed[:header] + wrong), "x", Passphrases((TEAM,))).read()
    flagged = bytearray(sealed)
    flagged[header] = 1  # "this is the last chunk": the nonce says otherwise
    with pytest.raises(RefusedError, match="changed after it was sealed"):
        open_sealed(io.BytesIO(bytes(flagged)), "x", Passphrases((TEAM,))).read()
    assert struct.unpack(">BI", sealed[header : header + 5]) == (0, CHUNK + 16)


def test_plain_bundles_still_read(make_dir: MakeDir, tmp_path: Path) -> None:
    a, b = make_dir("a"), make_dir("b")
    capture(a, 0)
    info = create_bundle(a, tmp_path / "plain.sfb")
    assert not info.sealed and (tmp_path / "plain.sfb").read_bytes()[:2] == b"\x1f\x8b"
    merge_bundle(b, info.path, passphrases=Passphrases((TEAM,)))
    assert state(b) == state(a)


def test_cli_passphrase_bundle_and_merge(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run_cli(capsys, "event", "create", "Fair").code == 0
    assert run_cli(capsys, "capture", "--class", "kol", "--first-name", "Ada").code == 0
    secret = tmp_path / "team.txt"
    secret.write_text(TEAM + "\n")
    result = run_cli(capsys, "sync", "passphrase", "--passphrase-file", str(secret))
    assert result.code == 0
    assert result.out.strip() == "bundles of 'Fair' are sealed with the team passphrase from now on"
    out = tmp_path / "mine.sfb"
    result = run_cli(capsys, "sync", "bundle", "-o", str(out))
    assert result.code == 0 and result.out.strip().endswith(
        "1 leads, 1 visits, sealed with the team passphrase"
    )
    other = ("--data-dir", str(tmp_path / "other"), "sync", "merge", str(out), "--trust")
    assert "is sealed with the team passphrase: give it" in one_line(run_cli(capsys, *other))
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not the passphrase\n")
    line = one_line(run_cli(capsys, *other, "--passphrase-file", str(wrong)))
    assert line == (
        "showfloor: Wrong passphrase for mine.sfb: it is sealed with the team passphrase; "
        "nothing was merged."
    )
    monkeypatch.setenv("SHOWFLOOR_PASSPHRASE", TEAM)
    result = run_cli(capsys, *other, "--json")
    assert result.code == 0 and result.json()["new_leads"] == 1
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    line = one_line(run_cli(capsys, "sync", "passphrase", "--passphrase-file", str(short)))
    assert "at least 8 characters" in line
    result = run_cli(capsys, "sync", "passphrase", "--clear")
    assert result.code == 0 and "unsealed" in result.out
    monkeypatch.delenv("SHOWFLOOR_PASSPHRASE")
    result = run_cli(capsys, "sync", "bundle", "-o", str(tmp_path / "plain.sfb"))
    assert result.code == 0 and "sealed" not in result.out


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_sealed_gzip_bomb_is_refused_with_memory_bounded(tmp_path: Path) -> None:
    """A 1 GiB bomb inside a sealed file: unsealing streams, so the cap still holds."""
    from .test_trust import _bomb, merge_measured

    bomb = tmp_path / "bomb.sfb"
    _bomb(bomb, TEAM)
    env = {"SHOWFLOOR_PASSPHRASE": TEAM}
    run, peak_mb = merge_measured(bomb, tmp_path / "target", env=env)
    assert run.returncode == 1, run
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "it unpacks to more than 512 MB" in lines[0], run.stderr
    print(f"peak memory refusing a sealed 1 GiB bomb: {peak_mb} MB")
    assert peak_mb < 300
