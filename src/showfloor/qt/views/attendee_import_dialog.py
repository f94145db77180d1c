"""Layout of the attendee-list import: a file chooser, a preview of how the file will
be read (platform, columns, sample rows, the badge column), an Import button,
progress and a summary.

Only widgets live here; ``qt/controllers/attendee_import_controller.py`` reads the
file, runs the import and fills them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.theme import banner_css, error_text_css, themed

SAMPLE_HEADERS = (
    QT_TRANSLATE_NOOP("AttendeeImportPanel", "Name"),
    QT_TRANSLATE_NOOP("AttendeeImportPanel", "Company"),
    QT_TRANSLATE_NOOP("AttendeeImportPanel", "Title"),
    QT_TRANSLATE_NOOP("AttendeeImportPanel", "Email"),
    QT_TRANSLATE_NOOP("AttendeeImportPanel", "Badge id"),
    QT_TRANSLATE_NOOP("AttendeeImportPanel", "Ticket code"),
)


def _table(object_name: str, headers: tuple[str, ...], height: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(object_name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(24)
    table.setMaximumHeight(height)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))


class AttendeeImportPanel(QWidget):
    """File chooser + Import button + progress + summary; used in the dialog and wizard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        explain = QLabel(
            self.tr(
                "Load the attendee list the organiser sent (CSV from Eventbrite, pretix, Luma, "
                "Cvent, Swapcard...). Badges that hold only a ticket number then show the "
                "visitor's name the moment they are scanned."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("attendee_file")
        self.path.setPlaceholderText("attendees.csv")
        self.browse_button = QPushButton(self.tr("Choose…"))
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_button")
        row.addWidget(self.path, 1)
        row.addWidget(self.browse_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        layout.addWidget(self._preview_box())
        self.progress = QProgressBar()
        self.progress.setObjectName("import_progress")
        self.progress.hide()
        layout.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("import_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Before importing: how this file will be read"))
        self.preview_box = box
        inner = QVBoxLayout(box)
        self.platform_label = QLabel(self.tr("Choose a file to see how it will be read."))
        self.platform_label.setObjectName("import_platform")
        self.platform_label.setWordWrap(True)
        self.platform_label.setTextFormat(Qt.TextFormat.PlainText)
        inner.addWidget(self.platform_label)
        self.columns_table = _table(
            "import_columns", (self.tr("Column in the file"), self.tr("Read as")), 170
        )
        inner.addWidget(self.columns_table)
        self.samples_table = _table(
            "import_samples", tuple(self.tr(header) for header in SAMPLE_HEADERS), 110
        )
        inner.addWidget(self.samples_table)
        self.badge_label = QLabel()
        self.badge_label.setObjectName("import_badge_column")
        self.badge_label.setWordWrap(True)
        inner.addWidget(self.badge_label)
        self.warning_label = QLabel()
        self.warning_label.setObjectName("import_warning")
        self.warning_label.setWordWrap(True)
        themed(self.warning_label, lambda c: banner_css("warning", c))
        self.warning_label.hide()
        inner.addWidget(self.warning_label)
        inner.addStretch(1)
        self.columns_table.hide()
        self.samples_table.hide()
        return box

    def show_preview(
        self,
        platform: str,
        columns: list[list[str]],
        samples: list[list[str]],
        badge: str,
        warnings: list[str],
    ) -> None:
        """How the chosen file will be read; ``warnings`` come first, in amber."""
        themed(self.platform_label, lambda _c: "")
        self.platform_label.setText(platform)
        _fill(self.columns_table, columns)
        _fill(self.samples_table, samples)
        self.columns_table.show()
        self.samples_table.show()
        self.badge_label.setText(badge)
        self.warning_label.setText("\n".join(warnings))
        self.warning_label.setVisible(bool(warnings))

    def show_preview_failure(self, message: str) -> None:
        self.platform_label.setText(message)
        themed(self.platform_label, error_text_css)
        self.columns_table.hide()
        self.samples_table.hide()
        self.badge_label.clear()
        self.warning_label.hide()

    def ask_for_file(self) -> str | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Attendee list"),
            str(Path.home()),
            self.tr("CSV files (*.csv *.txt);;All files (*)"),
        )
        return name or None

    def show_running(self, text: str) -> None:
        self.import_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        themed(self.summary, lambda _c: "")
        self.summary.setText(text)

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_summary(self, lines: list[str]) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        themed(self.summary, lambda _c: "")
        self.summary.setText("\n".join(lines))
        self.import_button.setEnabled(True)

    def show_failure(self, message: str) -> None:
        self.progress.hide()
        self.summary.setText(message)
        themed(self.summary, error_text_css)
        self.import_button.setEnabled(True)


class AttendeeImportDialog(QDialog):
    """The panel in a window of its own, with a Close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import attendee list"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        self.panel = AttendeeImportPanel(self)
        layout.addWidget(self.panel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
