"""scan_files: the `scan-image --json` objects of docs/cli.md, and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import cv2

from showfloor.scanning.decoder import decode_image_file
from showfloor.scanning.images import scan_files

from helpers.frames import badge_frame, blank_frame

VCARD = "BEGIN:VCARD\nVERSION:3.0\nFN:Łukasz Nowak\nEMAIL:l.nowak@example.org\nEND:VCARD"


def test_one_object_per_file_with_the_documented_keys(tmp_path: Path) -> None:
    png, jpg, empty = tmp_path / "a.png", tmp_path / "b.jpg", tmp_path / "c.png"
    cv2.imwrite(str(png), badge_frame(VCARD).image)
    cv2.imwrite(str(jpg), badge_frame("EXPO26-000001", seed=4).image)
    cv2.imwrite(str(empty), blank_frame())
    results = list(scan_files([str(png), jpg, str(empty)]))
    assert [r["file"] for r in results] == [str(png), str(jpg), str(empty)]
    first = results[0]
    assert set(first) == {"file", "codes", "ms"}
    assert [c["text"] for c in first["codes"]] == [VCARD]
    (code,) = first["codes"]
    assert set(code) == {"text", "points", "symbology"} and code["symbology"] == "qr"
    assert len(code["points"]) == 4 and all(len(p) == 2 for p in code["points"])
    assert isinstance(first["ms"], float) and first["ms"] >= 0
    assert [c["text"] for c in results[1]["codes"]] == ["EXPO26-000001"]
    assert results[2]["codes"] == []
    for result in results:
        json.dumps(result, ensure_ascii=False)


def test_unreadable_files_give_one_line_errors(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not an image")
    empty = tmp_path / "empty.png"
    empty.write_bytes(b"")
    results = list(scan_files([str(tmp_path / "missing.png"), str(tmp_path), str(text),
                               str(empty)]))
    assert [set(r) for r in results] == [{"file", "error"}] * 4
    errors = [r["error"] for r in results]
    assert errors[0] == "no such file"
    assert "folder" in errors[1]
    assert errors[2].startswith("not an image") and errors[3].startswith("not an image")
    assert all("\n" not in e for e in errors)


def test_non_ascii_paths(tmp_path: Path) -> None:
    path = tmp_path / "badge Zoë.png"
    ok, buf = cv2.imencode(".png", badge_frame("EXPO26-000009").image)
    assert ok
    path.write_bytes(buf.tobytes())
    codes, ms = decode_image_file(path)
    assert [c.text for c in codes] == ["EXPO26-000009"] and ms > 0
