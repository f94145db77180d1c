"""The capture view: camera on the left, the visitor form on the right. Layout only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS
from showfloor.domain.questions import QUESTIONS, Question, Rating, VisitorClass
from showfloor.qt.widgets.camera_preview import CameraPreview

PERSON_FIELDS = (
    ("first_name", "First name"),
    ("last_name", "Last name"),
    ("company", "Company"),
    ("title", "Job title"),
    ("email", "Email"),
    ("phone", "Phone"),
)
CLASS_KEYS = {VisitorClass.CUSTOMER: "1", VisitorClass.MENTOR: "2", VisitorClass.KOL: "3"}
RATING_KEYS = {Rating.HOT: "H", Rating.WARM: "W", Rating.COLD: "C"}


def _big_toggle(text: str, colour: str) -> QPushButton:
    button = QPushButton(text)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(46)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setStyleSheet(
        f"QPushButton {{ font-size: 15px; font-weight: 600; border: 2px solid {colour};"
        f" border-radius: 8px; padding: 6px; background: white; color: {colour}; }}"
        f"QPushButton:checked {{ background: {colour}; color: white; }}"
    )
    return button


class QuestionField:
    """One answer widget: a line edit, or a combo box for fixed choices."""

    def __init__(self, question: Question) -> None:
        self.question = question
        self.widget: QLineEdit | QComboBox
        if question.choices:
            combo = QComboBox()
            combo.addItem("—", "")
            for choice in question.choices:
                combo.addItem(choice.replace("_", " "), choice)
            self.widget = combo
        else:
            edit = QLineEdit()
            edit.setPlaceholderText(question.hint)
            self.widget = edit
        self.widget.setObjectName(f"answer_{question.key}")

    def value(self) -> str:
        if isinstance(self.widget, QComboBox):
            return str(self.widget.currentData() or "")
        return self.widget.text()

    def set_value(self, value: str) -> None:
        if isinstance(self.widget, QComboBox):
            index = self.widget.findData(value)
            self.widget.setCurrentIndex(max(0, index))
        else:
            self.widget.setText(value)


class CaptureView(QWidget):
    """Widgets of the capture view; CaptureController gives them behaviour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capture_view")
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 11.0))
        self.setFont(base)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_camera_side())
        splitter.addWidget(self._build_form_side())
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    # -- camera side -------------------------------------------------------------
    def _build_camera_side(self) -> QWidget:
        side = QWidget()
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preview = CameraPreview()
        layout.addWidget(self.preview, 1)
        row = QHBoxLayout()
        self.camera_picker = QComboBox()
        self.camera_picker.setObjectName("camera_picker")
        self.camera_picker.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        # Camera names can be long; the state beside the list must stay readable.
        self.camera_picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.camera_picker.setMinimumContentsLength(14)
        self.camera_state = QLabel()
        self.camera_state.setObjectName("camera_state")
        row.addWidget(QLabel("Camera:"))
        row.addWidget(self.camera_picker, 1)
        row.addWidget(self.camera_state)
        layout.addLayout(row)
        hint = QLabel(
            "Hold the badge QR up to the camera, or scan it with the handheld scanner. "
            "No badge? Just start typing the name."
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        return side

    # -- form side ---------------------------------------------------------------
    def _build_form_side(self) -> QWidget:
        side = QWidget()
        outer = QVBoxLayout(side)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.setSpacing(6)

        self.banner = QLabel()
        self.banner.setObjectName("repeat_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 6px;"
            " padding: 6px 10px; font-size: 14px; font-weight: 600; color: #78350f; }"
        )
        self.banner.hide()
        outer.addWidget(self.banner)

        self.message = QLabel()
        self.message.setObjectName("capture_message")
        self.message.setWordWrap(True)
        self.message.hide()
        outer.addWidget(self.message)

        self.source_label = QLabel()
        self.source_label.setObjectName("source_label")
        self.source_label.setStyleSheet("color: #555;")
        outer.addWidget(self.source_label)

        person = QGridLayout()
        person.setHorizontalSpacing(10)
        person.setVerticalSpacing(4)
        self.person_edits: dict[str, QLineEdit] = {}
        self.person_sources: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(PERSON_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"field_{key}")
            edit.setPlaceholderText(label)
            source = QLabel()
            source.setObjectName(f"source_{key}")
            source.setStyleSheet("color: #0f766e; font-size: 11px;")
            source.setMinimumWidth(44)
            self.person_edits[key] = edit
            self.person_sources[key] = source
            row, col = divmod(i, 2)
            cell = QHBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(edit, 1)
            cell.addWidget(source)
            person.addLayout(cell, row, col)
        outer.addLayout(person)

        classes = QHBoxLayout()
        self.class_group = QButtonGroup(self)
        self.class_buttons: dict[VisitorClass, QPushButton] = {}
        for cls in VisitorClass:
            button = _big_toggle(f"{CLASS_KEYS[cls]}  {cls.label}", CLASS_COLOURS[cls])
            button.setObjectName(f"class_{cls.value}")
            self.class_group.addButton(button)
            self.class_buttons[cls] = button
            classes.addWidget(button)
        outer.addLayout(classes)

        ratings = QHBoxLayout()
        ratings.addWidget(QLabel("Rating:"))
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(False)  # a second click on the same rating clears it
        self.rating_buttons: dict[Rating, QPushButton] = {}
        for rating in Rating:
            button = _big_toggle(f"{rating.label} ({RATING_KEYS[rating]})", RATING_COLOURS[rating])
            button.setMinimumHeight(34)
            button.setObjectName(f"rating_{rating.value}")
            self.rating_group.addButton(button)
            self.rating_buttons[rating] = button
            ratings.addWidget(button)
        outer.addLayout(ratings)

        self.questions_box = QScrollArea()
        self.questions_box.setWidgetResizable(True)
        self.questions_box.setFrameShape(QFrame.Shape.NoFrame)
        self.question_pages: dict[VisitorClass, QWidget] = {}
        self.question_fields: dict[VisitorClass, dict[str, QuestionField]] = {}
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.no_class_hint = QLabel("Press 1, 2 or 3 to choose the kind of visitor.")
        self.no_class_hint.setStyleSheet("color: #777; padding: 8px;")
        holder_layout.addWidget(self.no_class_hint)
        for cls in VisitorClass:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            fields: dict[str, QuestionField] = {}
            for question in QUESTIONS[cls]:
                field = QuestionField(question)
                fields[question.key] = field
                form.addRow(question.label, field.widget)
            page.hide()
            holder_layout.addWidget(page)
            self.question_pages[cls] = page
            self.question_fields[cls] = fields
        holder_layout.addStretch(1)
        self.questions_box.setWidget(holder)
        outer.addWidget(self.questions_box, 1)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("field_notes")
        self.notes.setPlaceholderText("Notes: what they told you (Ctrl+Enter saves)")
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        outer.addWidget(self.notes)

        self.tags = QLineEdit()
        self.tags.setObjectName("field_tags")
        self.tags.setPlaceholderText("Tags, separated by commas")
        outer.addWidget(self.tags)

        self.consent = QCheckBox("Agrees to be contacted")
        self.consent.setObjectName("field_consent")
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        self.consent_text.setStyleSheet("color: #555; font-size: 11px;")
        outer.addWidget(self.consent)
        outer.addWidget(self.consent_text)

        buttons = QHBoxLayout()
        self.history_button = QPushButton("Earlier visits (F4)")
        self.history_button.setObjectName("history_button")
        self.history_button.hide()
        self.clear_button = QPushButton("Clear (Esc)")
        self.clear_button.setObjectName("clear_button")
        self.save_button = QPushButton("Save (Enter)")
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(40)
        self.save_button.setStyleSheet(
            "QPushButton { font-size: 15px; font-weight: 700; background: #15803d; color: white;"
            " border-radius: 8px; padding: 6px 22px; }"
        )
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.saved_bar = QLabel()
        self.saved_bar.setObjectName("saved_bar")
        self.saved_bar.setStyleSheet(
            "QLabel { background: #dcfce7; border: 1px solid #22c55e; border-radius: 6px;"
            " padding: 6px 10px; font-size: 14px; color: #14532d; }"
        )
        self.saved_bar.hide()
        outer.addWidget(self.saved_bar)
        side.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        side.setObjectName("capture_form")
        self.form_side = side
        return side

    def show_message(self, text: str, *, error: bool = True) -> None:
        back, border, fore = (
            ("#fee2e2", "#dc2626", "#7f1d1d") if error else ("#e0f2fe", "#0284c7", "#0c4a6e")
        )
        self.message.setStyleSheet(
            f"QLabel {{ background: {back}; border: 1px solid {border}; border-radius: 6px;"
            f" padding: 6px 10px; font-size: 14px; color: {fore}; }}"
        )
        self.message.setText(text)
        self.message.setVisible(bool(text))
