"""Layout of Event > Combine events…: which event joins which, what will happen, undo."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class CombineEventsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Combine events"))
        self.setObjectName("combine_events_dialog")
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Two events that are one show (set up separately on two laptops, or twice "
                "here) become one: the same visitor in both becomes one lead with every visit."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setObjectName("combine_source")
        self.target = QComboBox()
        self.target.setObjectName("combine_target")
        source_label, target_label = (
            QLabel(self.tr("&Join this event")),
            QLabel(self.tr("&into this one")),
        )
        source_label.setBuddy(self.source)
        target_label.setBuddy(self.target)
        form.addRow(source_label, self.source)
        form.addRow(target_label, self.target)
        layout.addLayout(form)
        self.preview = QLabel()
        self.preview.setObjectName("combine_preview")
        self.preview.setWordWrap(True)
        layout.addWidget(self.preview)
        self.outcome = QLabel()
        self.outcome.setObjectName("combine_outcome")
        self.outcome.setWordWrap(True)
        self.outcome.setVisible(False)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Close
        )
        self.combine_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.combine_button.setText(self.tr("&Combine"))
        self.combine_button.setObjectName("combine_button")
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(560, 300)

    def set_events(self, events: list[tuple[str, str]], source: int, target: int) -> None:
        """(id, label) of every event, and which ones to preselect."""
        for combo, index in ((self.source, source), (self.target, target)):
            combo.blockSignals(True)
            combo.clear()
            for event_id, label in events:
                combo.addItem(label, event_id)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def chosen(self) -> tuple[str, str]:
        return str(self.source.currentData()), str(self.target.currentData())

    def show_preview(self, text: str, *, can_combine: bool) -> None:
        self.preview.setText(text)
        self.combine_button.setEnabled(can_combine)

    def show_done(self, text: str) -> None:
        self.outcome.setText(text)
        self.outcome.setVisible(True)
        self.combine_button.setEnabled(False)
        self.source.setEnabled(False)
        self.target.setEnabled(False)
