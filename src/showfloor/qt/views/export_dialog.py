"""The export dialog: profile, filters, file and options, progress and the outcome. Layout only.

``qt.controllers.export_controller`` fills it, runs the export in a TaskWorker
and decides what each button does; this module only builds the widgets and
shows what it is told.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.domain_text import class_label, rating_label
from showfloor.qt.theme import bar_css, muted_css, themed

RAW_HELP = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Off (for spreadsheets): a value starting with =, +, - or @ gets a leading ' so that "
    "Excel cannot run it as a formula; phone numbers such as +49… get one too. "
    "On (for CRM importers): every value is written exactly as stored.",
)
BOM_HELP = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "Excel on Windows needs this to show accents (é, ü, ø) correctly; others ignore it.",
)


class ExportDialog(QDialog):
    """Export the event's leads to a file.

    Args:
        event_name: shown in the title.
        profiles: (key, label) of each export profile, in menu order.
        staff: the names the "Met by" filter offers.
        parent: the main window.
    """

    def __init__(
        self,
        event_name: str,
        profiles: Sequence[tuple[str, str]],
        staff: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Asked before the dialog closes (Esc, Close, the window's X): False keeps it open.
        self.may_close: Callable[[], bool] = lambda: True
        self.on_close: Callable[[], None] = lambda: None
        self.setWindowTitle(self.tr("Export leads — {event_name}").format(event_name=event_name))
        self._build(profiles, staff)

    def _build(self, profiles: Sequence[tuple[str, str]], staff: Sequence[str]) -> None:
        self.profile = QComboBox()
        for key, label in profiles:
            self.profile.addItem(label, key)
        self.profile_help = _help_label("")

        self.visitor_class = QComboBox()
        self.visitor_class.addItem(self.tr("Every class"), None)
        for cls in VisitorClass:
            self.visitor_class.addItem(class_label(cls), cls.value)
        self.rating = QComboBox()
        self.rating.addItem(self.tr("Any rating"), None)
        for rating in Rating:
            self.rating.addItem(rating_label(rating), rating.value)
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Anyone on the team"), None)
        for name in staff:
            self.staff.addItem(name, name)
        self.consented_only = QCheckBox(self.tr("Only people who agreed to be contacted"))

        filters = QGroupBox(self.tr("Which leads"))
        form = QFormLayout(filters)
        form.addRow(self.tr("Class"), self.visitor_class)
        form.addRow(self.tr("Rating"), self.rating)
        form.addRow(self.tr("Met by"), self.staff)
        form.addRow("", self.consented_only)

        self.file_type = QComboBox()
        self.file_type.addItem(self.tr("CSV (.csv)"), "csv")
        self.file_type.addItem(self.tr("Excel workbook (.xlsx): every cell text"), "xlsx")
        self.lead_source = QLineEdit()
        self.lead_source.setPlaceholderText(self.tr("Trade Show"))
        self.lead_source.setToolTip(
            self.tr("The CRM's Lead Source value for every lead; the event has its own column.")
        )
        self.lead_source_label = QLabel(self.tr("Lead source"))
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("File to write"))
        self.choose = QPushButton(self.tr("Choose…"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.choose)

        self.raw = QCheckBox(self.tr("Keep values exactly (for CRM importers)"))
        self.bom = QCheckBox(self.tr("Mark the file as UTF-8 for Excel"))
        options = QGroupBox(self.tr("Options"))
        options_layout = QVBoxLayout(options)
        options_layout.addWidget(self.raw)
        options_layout.addWidget(_help_label(self.tr(RAW_HELP)))
        options_layout.addWidget(self.bom)
        options_layout.addWidget(_help_label(self.tr(BOM_HELP)))

        # Asked before a CRM file leaves people out: "6 of 7 leads have no consent…".
        self.question = QFrame()
        self.question.setObjectName("consent_question")
        themed(self.question, lambda c: bar_css("warning", "consent_question", c))
        ask = QVBoxLayout(self.question)
        self.question_text = QLabel("")
        self.question_text.setWordWrap(True)
        self.export_consented = QPushButton("")
        self.export_all = QPushButton("")
        self.question_back = QPushButton(self.tr("Back"))
        answers = QHBoxLayout()
        answers.addWidget(self.export_consented)
        answers.addWidget(self.export_all)
        answers.addStretch(1)
        answers.addWidget(self.question_back)
        ask.addWidget(self.question_text)
        ask.addLayout(answers)
        self.question.setVisible(False)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        self.open_folder = self.buttons.addButton(
            self.tr("Open folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        # Always there, usable once a file was written: Export never moves under the
        # pointer as it would if "Open folder" appeared beside it.
        self.open_folder.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(self.tr("Format"), self.profile)
        top.addRow("", self.profile_help)
        top.addRow(self.tr("File type"), self.file_type)
        top.addRow(self.tr("File"), file_row)
        top.addRow(self.lead_source_label, self.lead_source)
        layout.addLayout(top)
        layout.addWidget(filters)
        layout.addWidget(options)
        layout.addWidget(self.question)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)
        self.resize(620, self.sizeHint().height())

    # -- what the controller shows -------------------------------------------------

    def ask_save_path(self, current: str, file_filter: str) -> str:
        """The file the person picks in the system's save dialog, or "" when they cancel."""
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export leads to"), current, file_filter
        )
        return chosen

    def show_crm(self, crm: bool) -> None:
        """CRM profiles have a Lead Source; only their files are asked about consent."""
        self.lead_source_label.setVisible(crm)
        self.lead_source.setVisible(crm)

    def ask_about_unconsented(self, text: str, consented: int, everyone: int) -> None:
        """The question before a CRM export that would leave people out."""
        self.question_text.setText(text)
        self.export_consented.setText(
            self.tr("Export the {consented} with consent").format(consented=consented)
        )
        self.export_all.setText(
            self.tr("Export all {everyone}, marked opted out").format(everyone=everyone)
        )
        self.export_consented.setEnabled(consented > 0)
        self.question.setVisible(True)
        self._set_inputs_enabled(False)
        self._fit_height()
        (self.export_consented if consented else self.export_all).setFocus()

    def hide_question(self) -> None:
        self.question.setVisible(False)
        self._set_inputs_enabled(True)

    def _fit_height(self) -> None:
        """Grow to show the question; the width stays what the person chose."""
        layout = self.layout()
        if layout is not None:
            layout.activate()
            wanted = layout.heightForWidth(self.width()) if layout.hasHeightForWidth() else -1
            self.resize(self.width(), max(self.height(), wanted, self.sizeHint().height()))

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for widget in (self.profile, self.file_type, self.path, self.choose, self.raw, self.bom,
                       self.visitor_class, self.rating, self.staff, self.consented_only,
                       self.lead_source, self.export_button):  # fmt: skip
            widget.setEnabled(enabled)

    def show_running(self, running: bool) -> None:
        self.question.setVisible(False)
        self._set_inputs_enabled(not running)
        self.close_button.setText(self.tr("Cancel") if running else self.tr("Close"))
        if running:
            self.open_folder.setEnabled(False)
            self.progress.setVisible(True)
            self.progress.setRange(0, 0)  # busy until the first count arrives
            self.status.setText(self.tr("Exporting…"))

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(
            self.tr("Exporting… {done} of {total} leads").format(done=done, total=total)
        )

    def show_finished(self, message: str) -> None:
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.status.setText(message)
        self.open_folder.setEnabled(True)

    def show_failure(self, reason: str) -> None:
        self.progress.setVisible(False)
        self.status.setText(reason)

    # -- closing asks the controller first -------------------------------------------

    def reject(self) -> None:
        if self.may_close():
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.on_close()
        super().closeEvent(event)


def _help_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    themed(label, lambda c: muted_css(c, "font-size: 9pt;"))
    return label
