"""PDFs through Qt's writer (offscreen): the debrief and the test-badge sheet."""

from __future__ import annotations

import re
from datetime import UTC
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from showfloor.qt import pdf
from showfloor.services.demo import create_demo
from showfloor.services.qrcodes import TEST_BADGES, qr_svg
from showfloor.services.report import build_debrief
from showfloor.store.database import Database

from helpers.cli import run_cli


def page_count(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page[^s]", data))


def to_pil(image: QImage) -> Image.Image:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    raw = bytes(image.constBits())[: image.bytesPerLine() * image.height()]
    return Image.frombuffer("RGB", (image.width(), image.height()), raw, "raw", "RGB",
                            image.bytesPerLine(), 1)  # fmt: skip


def test_debrief_pdf_is_multi_page(qapp: object, db: Database, tmp_path: Path) -> None:
    event_id, _ = create_demo(db)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "debrief.pdf"
    pages = pdf.write_report_pdf(build_debrief(db, event_id, UTC), out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert pages >= 2 and page_count(data) == pages
    assert b"/Image" in data  # the charts, as images
    assert [p.name for p in out.parent.iterdir()] == ["debrief.pdf"]  # no temporary file left


def test_the_pdf_lists_the_first_rows_of_a_long_list(
    qapp: object, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    event_id, _ = create_demo(db)
    monkeypatch.setattr(pdf, "PDF_MAX_ROWS", 4)
    html, _images = pdf.report_html_for_pdf(build_debrief(db, event_id, UTC))
    assert "The first 4 of 10 are listed here." in html


def test_report_html_for_pdf_names_every_chart(qapp: object, db: Database) -> None:
    event_id, _ = create_demo(db)
    html, images = pdf.report_html_for_pdf(build_debrief(db, event_id, UTC))
    assert len(images) == 4 and "<svg" not in html
    for name, image in images.items():
        assert f'src="{name}"' in html
        assert not image.isNull() and image.width() > 600
        colours = {image.pixelColor(x, image.height() // 2).name()
                   for x in range(0, image.width(), 7)}  # fmt: skip
        assert len(colours) > 1  # something was drawn


def test_test_sheet_pdf(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    pages = pdf.write_test_sheet_pdf(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF") and pages == page_count(data) == 1
    more = pdf.write_test_sheet_pdf(tmp_path / "two.pdf", TEST_BADGES * 2)
    assert more == 2


def test_qr_svg_drawn_by_qt_decodes(qapp: object) -> None:
    payload = TEST_BADGES[2].payload  # vCard 4.0, with accents
    image = QImage(600, 600, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    QSvgRenderer(QByteArray(qr_svg(payload).encode())).render(painter, QRectF(0, 0, 600, 600))
    painter.end()
    assert [r.text for r in zxingcpp.read_barcodes(to_pil(image))] == [payload]


def test_pdf_to_an_unwritable_place_is_refused(qapp: object, tmp_path: Path) -> None:
    from showfloor.domain.errors import RefusedError

    with pytest.raises(RefusedError, match="does not exist"):
        pdf.write_test_sheet_pdf(tmp_path / "missing" / "sheet.pdf")


def test_cli_writes_pdfs(qapp: object, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run_cli(capsys, "demo").code == 0
    report = run_cli(capsys, "report", "-o", str(tmp_path / "debrief.pdf"), "--tz", "UTC")
    assert report.code == 0 and re.search(r"\(\d+ pages\)", report.out)
    assert (tmp_path / "debrief.pdf").read_bytes().startswith(b"%PDF")
    sheet = run_cli(capsys, "qr", "test-sheet", "-o", str(tmp_path / "sheet.pdf"))
    assert sheet.code == 0 and "10 test badges" in sheet.out
    wrong = run_cli(capsys, "qr", "test-sheet", "-o", str(tmp_path / "sheet.png"))
    assert wrong.code == 1 and ".pdf" in wrong.err
