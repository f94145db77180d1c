"""The debrief PDF's layout: no heading left alone at the foot of a page, and an email
too long for its cell broken at "@", a dot or its own hyphen, never inside a word."""

from __future__ import annotations

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument, QTextOption

from showfloor.qt.pdf import ensure_gui_app, keep_headings_with_next

PAGE_H = 400.0


def laid_out(html: str, width: float = 480.0) -> QTextDocument:
    ensure_gui_app()
    doc = QTextDocument()
    option = doc.defaultTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, PAGE_H))
    doc.pageCount()
    return doc


def page_of(doc: QTextDocument, text: str) -> int:
    block = doc.begin()
    while block.isValid():
        if block.text().startswith(text):
            return int(doc.documentLayout().blockBoundingRect(block).top() // PAGE_H)
        block = block.next()
    raise AssertionError(f"{text!r} is not in the document")


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_text() -> None:
    filler = "".join(f"<p>Line {n} of the summary.</p>" for n in range(1, 200))
    for lines in range(1, 40):  # wherever the page ends, the heading never stays behind
        doc = laid_out(f"{filler[: lines * 30 * 8]}<h2>5. Early adopters</h2><p>Ada.</p>")
        keep_headings_with_next(doc, PAGE_H)
        assert page_of(doc, "5. Early adopters") == page_of(doc, "Ada.")


def test_an_email_breaks_at_the_at_sign_never_inside_a_word() -> None:
    email = "maria.vandenberg-oosterhout@kaizen-international.example"
    marked = email.replace("@", "\u200b@").replace(".", "\u200b.")  # as report_html marks it
    doc = laid_out(f"<table><tr><td>{marked}</td></tr></table>", width=140.0)
    pieces = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            shown = layout.lineAt(n)
            pieces.append(block.text()[shown.textStart() : shown.textStart() + shown.textLength()])
        block = block.next()
    lines = [p.replace("\u200b", "") for p in pieces if p.strip("\u200b")]
    assert len(lines) > 1  # it did not fit on one line
    assert "".join(lines) == email
    for before, line in zip(lines, lines[1:], strict=False):
        # At "@" or a dot, or after a hyphen the address has: never between letters.
        assert line[0] in "@." or before.endswith("-"), f"broken inside a word: {lines}"
