"""PDFs through Qt's own writer: the debrief, and a sheet of test badges.

Qt is already in the bundle, so this needs no browser and no extra library.
QTextDocument lays out HTML (a subset) into pages and QPdfWriter writes them, text
as text. QTextDocument cannot draw inline SVG, so each chart's SVG is rasterised
with QSvgRenderer at print resolution and handed to the document as an image
resource: the PDF shows the very same charts as the HTML page.

The CLI imports this module lazily and only for ``.pdf`` output, so that no other
command loads Qt. Everything here runs without a display (``QT_QPA_PLATFORM=
offscreen``) and needs only a QGuiApplication, which ``ensure_gui_app`` provides.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

from showfloor.domain.errors import RefusedError
from showfloor.services.catalog import speaking, translate
from showfloor.services.charts import Chart
from showfloor.services.export import atomic_path
from showfloor.services.qrcodes import TEST_BADGES, TestBadge, qr_svg
from showfloor.services.report import Debrief, event_days
from showfloor.services.report_charts import chart_size, svg_chart
from showfloor.services.report_html import render_html

# The PDF's coordinate system in CSS pixels, so that the HTML's pixel sizes (cell
# padding, image widths) mean what they mean in a browser. Text stays vector and
# charts keep their own resolution, so nothing prints coarser for it.
RESOLUTION = 96
CHART_SCALE = 3.0  # chart pixels per CSS pixel: sharp at 288 dpi
FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial"]
MARGINS_MM = QMarginsF(16, 14, 16, 12)
QT_CHART_WIDTH = {340: 318, 680: 650}  # fit the PDF's table cells (A4, 16 mm margins)
KEEP_AFTER_HEADING = 110  # px below a heading for what it heads (a few lines, a table row)
PDF_MAX_ROWS = 250  # per list: about 25 pages of follow-ups, laid out in about 1 s


def ensure_gui_app() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for a command-line run."""
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(sys.argv[:1])
    assert isinstance(app, QGuiApplication)
    return app


def _base_font(point_size: float = 10) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def _new_writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(title)
    writer.setCreator("Showfloor")
    return writer


def _begin(painter: QPainter, writer: QPdfWriter, path: Path) -> None:
    if not painter.begin(writer):
        raise RefusedError(
            QCoreApplication.translate(
                "Pdf", "Cannot write the PDF {path}; choose another folder."
            ).format(path=path)
        )


def chart_image(chart: Chart, scale: float = CHART_SCALE) -> QImage:
    """The chart's SVG drawn into a white image, ``scale`` pixels per CSS pixel."""
    width, height = chart_size(chart)
    image = QImage(round(width * scale), round(height * scale), QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    renderer = QSvgRenderer(QByteArray(svg_chart(chart).encode("utf-8")))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    return image


def html_to_pdf(
    html: str,
    path: Path,
    *,
    images: Mapping[str, QImage] | None = None,
    title: str = "",
    footer: str = "",
) -> int:
    """Lay ``html`` out on A4 pages with a footer and page numbers; returns the page count.

    ``images`` are resources the HTML names in ``<img src="...">``. The file is
    written atomically.

    Raises:
        RefusedError: the file cannot be written.
    """
    ensure_gui_app()
    doc = QTextDocument()
    doc.setDefaultFont(_base_font())
    doc.setUseDesignMetrics(True)
    # Break lines between words only: an email or a URL that is too long for its cell
    # breaks where the markup allows it (before "@" and dots), never inside a word.
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    for name, image in (images or {}).items():
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    doc.setHtml(html)
    with atomic_path(path) as temp:
        writer = _new_writer(temp, title)
        doc.documentLayout().setPaintDevice(writer)
        body = writer.pageLayout().paintRectPixels(writer.resolution())
        footer_font = _base_font(7.5)
        line = QFontMetricsF(footer_font, writer).height()
        page_h = body.height() - 2.5 * line
        doc.setPageSize(QSizeF(body.width(), page_h))
        keep_headings_with_next(doc, page_h)
        pages = doc.pageCount()
        painter = QPainter()
        _begin(painter, writer, path)
        try:
            for index in range(pages):
                if index:
                    writer.newPage()
                painter.save()
                painter.translate(0, -index * page_h)
                doc.drawContents(painter, QRectF(0, index * page_h, body.width(), page_h))
                painter.restore()
                _footer(painter, footer_font, body.width(), body.height(), footer, index, pages)
        finally:
            painter.end()
    return pages


def keep_headings_with_next(doc: QTextDocument, page_h: float, passes: int = 4) -> int:
    """Start a new page before any heading that would end a page alone (its text, or
    its table, on the next): QTextDocument has no ``break-after: avoid``. A run of
    headings ("5. Early adopters", then "Happy to be first") moves as one. Returns how
    many runs were moved; each move shifts what follows, so it looks again."""
    always = QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    moved = 0
    for _ in range(passes):
        changed = False
        block = doc.begin()
        while block.isValid():
            if not block.blockFormat().headingLevel():
                block = block.next()
                continue
            first = block
            after = block.next()
            while after.isValid() and (
                after.blockFormat().headingLevel() or not after.text().strip()
            ):
                after = after.next()
            fmt = first.blockFormat()
            page = _page_of(doc, first, page_h)
            last = after.previous() if after.isValid() else first
            room = (page + 1) * page_h - doc.documentLayout().blockBoundingRect(last).bottom()
            if (
                after.isValid()
                and not fmt.pageBreakPolicy() & always
                and (_page_of(doc, after, page_h) > page or room < KEEP_AFTER_HEADING)
            ):
                fmt.setPageBreakPolicy(always)
                QTextCursor(first).setBlockFormat(fmt)
                changed, moved = True, moved + 1
            block = after
        if not changed:
            break
        doc.pageCount()  # lay out again before looking
    return moved


def _page_of(doc: QTextDocument, block: QTextBlock, page_h: float) -> int:
    """The page a block's first line lands on (table cells too: rects are absolute)."""
    return int(doc.documentLayout().blockBoundingRect(block).top() // page_h)


def _footer(
    painter: QPainter, font: QFont, width: float, bottom: float, text: str, index: int, pages: int
) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor("#9ca3af"))
    painter.drawLine(QPointF(0, bottom - 1.6 * painter.fontMetrics().height()),
                     QPointF(width, bottom - 1.6 * painter.fontMetrics().height()))  # fmt: skip
    area = QRectF(0, bottom - 1.3 * painter.fontMetrics().height(), width,
                  1.3 * painter.fontMetrics().height())  # fmt: skip
    painter.drawText(area, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom), text)
    painter.drawText(
        area,
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
        translate("Pdf", "page {page} of {pages}").format(page=index + 1, pages=pages),
    )
    painter.restore()


def report_html_for_pdf(debrief: Debrief) -> tuple[str, dict[str, QImage]]:
    """The debrief's HTML in QTextDocument's dialect, and the chart images it names."""
    images: dict[str, QImage] = {}

    def chart_markup(chart: Chart) -> str:
        name = f"chart:{len(images) + 1}"
        images[name] = chart_image(chart)
        width, height = chart_size(chart)
        shown = QT_CHART_WIDTH.get(width, width)
        return f'<img src="{name}" width="{shown}" height="{round(height * shown / width)}">'

    html = render_html(debrief, chart=chart_markup, for_qt=True, max_rows=PDF_MAX_ROWS)
    return html, images


def write_report_pdf(debrief: Debrief, path: Path) -> int:
    """The debrief as a PDF; returns the number of pages.

    Raises:
        RefusedError: the file cannot be written.
    """
    ensure_gui_app()
    with speaking(debrief.language):  # the footer in the debrief's language too
        return _write_report_pdf(debrief, path)


def _write_report_pdf(debrief: Debrief, path: Path) -> int:
    html, images = report_html_for_pdf(debrief)
    days = event_days(debrief)
    footer = translate("Pdf", "Debrief — {event_name}").format(event_name=debrief.event_name) + (
        f" · {days}" if days else ""
    )
    return html_to_pdf(
        html,
        path,
        images=images,
        title=translate("Pdf", "Debrief — {event_name}").format(event_name=debrief.event_name),
        footer=footer,
    )


def write_test_sheet_pdf(path: Path, badges: Sequence[TestBadge] = TEST_BADGES) -> int:
    """A printable sheet of test badges, one of each format, labelled; returns pages.

    Codes are drawn as vectors, so they print sharp at any size. Each cell is about
    55 mm wide, larger than most printed badge codes.

    Raises:
        RefusedError: the file cannot be written.
    """
    ensure_gui_app()
    columns, rows = 3, 4
    per_page = columns * rows
    pages = max(1, -(-len(badges) // per_page))
    with atomic_path(path) as temp:
        writer = _new_writer(temp, translate("Pdf", "Showfloor test badges"))
        body = writer.pageLayout().paintRectPixels(writer.resolution())
        painter = QPainter()
        _begin(painter, writer, path)
        try:
            for page in range(pages):
                if page:
                    writer.newPage()
                top = _sheet_heading(painter, body.width(), page, pages)
                cell_w = body.width() / columns
                cell_h = (body.height() - top) / rows
                chunk = badges[page * per_page : (page + 1) * per_page]
                for i, badge in enumerate(chunk):
                    cell = QRectF(
                        (i % columns) * cell_w, top + (i // columns) * cell_h, cell_w, cell_h
                    )
                    _badge_cell(painter, cell, badge)
        finally:
            painter.end()
    return pages


def _sheet_heading(painter: QPainter, width: float, page: int, pages: int) -> float:
    painter.setPen(QColor("#111827"))
    painter.setFont(_base_font(15))
    title_h = painter.fontMetrics().height()
    painter.drawText(QRectF(0, 0, width, title_h), translate("Pdf", "Showfloor: test badges"))
    painter.setFont(_base_font(9))
    painter.setPen(QColor("#4b5563"))
    note = translate(
        "Pdf",
        "Hold each code up to the scanner before doors open. Every code should fill the "
        "form, except the one marked “must be refused”, which the scanner must reject.",
    ) + (
        translate("Pdf", "  (page {arg0} of {pages})").format(arg0=page + 1, pages=pages)
        if pages > 1
        else ""
    )
    note_rect = QRectF(0, title_h * 1.2, width, painter.fontMetrics().height() * 3)
    painter.drawText(note_rect, int(Qt.TextFlag.TextWordWrap), note)
    return title_h * 1.2 + painter.fontMetrics().height() * 3.4


def _badge_cell(painter: QPainter, cell: QRectF, badge: TestBadge) -> None:
    pad = cell.width() * 0.06
    painter.setFont(_base_font(10))
    label_h = painter.fontMetrics().height()
    painter.setFont(_base_font(7))
    small_h = painter.fontMetrics().height()
    side = min(cell.width() - 2 * pad, cell.height() - 2 * pad - label_h - 2 * small_h)
    left = cell.left() + (cell.width() - side) / 2
    top = cell.top() + pad
    if badge.must_refuse:
        painter.setPen(QColor("#b91c1c"))
        painter.drawRect(cell.adjusted(pad / 3, pad / 3, -pad / 3, -pad / 3))
    draw_svg(painter, qr_svg(badge.payload), QRectF(left, top, side, side))
    text_top = top + side + pad / 3
    painter.setFont(_base_font(10))
    painter.setPen(QColor("#b91c1c" if badge.must_refuse else "#111827"))
    flags = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
    painter.drawText(QRectF(cell.left(), text_top, cell.width(), label_h), flags, badge.label)
    painter.setFont(_base_font(7))
    painter.setPen(QColor("#6b7280"))
    expected = (
        translate("Pdf", "expected: refused")
        if badge.must_refuse
        else translate("Pdf", "expected format: {format}").format(format=badge.format)
    )
    painter.drawText(
        QRectF(cell.left(), text_top + label_h, cell.width(), small_h), flags, expected
    )


def draw_svg(painter: QPainter, svg: str, target: QRectF) -> None:
    """Draw an SVG document into ``target`` as vectors (text stays text in a PDF)."""
    QSvgRenderer(QByteArray(svg.encode("utf-8"))).render(painter, target)
