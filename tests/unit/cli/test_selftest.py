"""`selftest` checks what a bundle needs, business-card OCR included (make bundle-check)."""

from __future__ import annotations

import pytest

from helpers.cli import run_cli


def test_selftest_reads_a_line_with_the_ocr_models(capsys: pytest.CaptureFixture[str]) -> None:
    result = run_cli(capsys, "selftest")
    assert result.code == 0, result.out
    lines = result.out.splitlines()
    assert "ok    ocr: RapidOCR models read a test line" in lines
    assert lines[-1] == "selftest passed"


def test_selftest_names_a_broken_ocr_and_fails(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from showfloor.services import card_ocr

    monkeypatch.setattr(card_ocr.CardOcr, "read_lines", lambda _self, _image: [])
    result = run_cli(capsys, "selftest")
    assert result.code == 1
    assert "FAIL  ocr: read '' from a test line" in result.out.splitlines()
