"""Saving the printable sheet of test badges, from the File menu or the scanner check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from showfloor.domain.errors import ShowfloorError
from showfloor.qt.pdf import write_test_sheet_pdf


def save_test_sheet(parent: QWidget) -> str | None:
    """Ask where, write the PDF; returns its path, or None (cancelled, or a one-line
    warning said why it could not be written)."""
    name, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("TestSheet", "Test badges"),
        str(Path.home() / "showfloor-test-badges.pdf"),
        QCoreApplication.translate("TestSheet", "PDF (*.pdf)"),
    )
    if not name:
        return None
    try:
        write_test_sheet_pdf(Path(name))
    except ShowfloorError as exc:  # the folder is gone or read-only: said in one line
        QMessageBox.warning(
            parent, QCoreApplication.translate("TestSheet", "Test badges"), str(exc)
        )
        return None
    except OSError as exc:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("TestSheet", "Test badges"),
            QCoreApplication.translate("TestSheet", "Could not write {name}: {error}").format(
                name=name, error=exc
            ),
        )
        return None
    return name
