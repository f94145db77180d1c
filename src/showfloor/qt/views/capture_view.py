"""The capture view: camera on the left, the visitor form on the right. Layout only.

Besides building the widgets, the view reads and writes its form as one value
(``read_form()``, ``fill()``, ``reset()``), so the controller deals in what the
form means, never in the widgets that show it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

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
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS
from showfloor.domain.person import TYPED_FIELDS
from showfloor.domain.questions import QUESTIONS, Question, Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.domain_text import (
    choice_label,
    class_label,
    person_text,
    question_label,
    question_text,
    rating_label,
)
from showfloor.qt.widgets.camera_preview import CameraPreview

# Where a person field came from (the keys the form's state keeps), as staff read it.
SOURCE_TEXT = {
    "badge": QT_TRANSLATE_NOOP("CaptureView", "badge"),
    "list": QT_TRANSLATE_NOOP("CaptureView", "list"),
    "typed": QT_TRANSLATE_NOOP("CaptureView", "typed"),
}
PERSON_FIELDS = TYPED_FIELDS  # (key, label) of what staff type, in form order
CLASS_KEYS = {VisitorClass.CUSTOMER: "1", VisitorClass.MENTOR: "2", VisitorClass.KOL: "3"}
RATING_KEYS = {Rating.HOT: "H", Rating.WARM: "W", Rating.COLD: "C"}
RATING_FKEYS = {Rating.HOT: "F5", Rating.WARM: "F6", Rating.COLD: "F7"}
CONSENT_KEY = "Alt+A"
SAVE_BADGE_ONLY_KEY = "F9"


@dataclass
class FormState:
    """What the form holds: the person as typed or read, and the visit's details.

    Attributes:
        person: text of each person field, by key (all of PERSON_FIELDS).
        sources: where each person field came from ("badge", "list", "typed" or "").
        answers: the chosen class's non-empty answers.
    """

    person: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    visitor_class: VisitorClass | None = None
    rating: Rating | None = None
    answers: dict[str, str] = field(default_factory=dict)
    notes: str = ""
    tags: str = ""
    consent: bool = False

    def has_content(self) -> bool:
        """True once anything was typed or read: the form is somebody's visit."""
        return bool(
            any(v.strip() for v in self.person.values())
            or any(v.strip() for v in self.answers.values())
            or self.notes.strip()
            or self.tags
        )


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
                combo.addItem(choice_label(choice).replace("_", " "), choice)
            self.widget = combo
        else:
            edit = QLineEdit()
            edit.setPlaceholderText(question_text(question.hint))
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
        row.addWidget(QLabel(self.tr("Camera:")))
        row.addWidget(self.camera_picker, 1)
        row.addWidget(self.camera_state)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Hold the badge QR up to the camera, or scan it with the handheld scanner. "
                "No badge? Just start typing the name."
            )
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
        # Filled by DuplicateHintController (issue 22): someone like this was met before.
        self.duplicate_hint = QLabel()
        self.duplicate_hint.setObjectName("capture_duplicate_hint")
        self.duplicate_hint.setWordWrap(True)
        self.duplicate_hint.setStyleSheet(
            "QLabel { background: #ede9fe; border: 1px solid #8b5cf6; border-radius: 6px;"
            " padding: 4px 10px; color: #4c1d95; }"
        )
        self.duplicate_hint.hide()
        outer.addWidget(self.duplicate_hint)

        outer.addWidget(self._build_queue())

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
            edit.setPlaceholderText(person_text(label))
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
            button = _big_toggle(f"{CLASS_KEYS[cls]}  {class_label(cls)}", CLASS_COLOURS[cls])
            button.setObjectName(f"class_{cls.value}")
            self.class_group.addButton(button)
            self.class_buttons[cls] = button
            classes.addWidget(button)
        outer.addLayout(classes)

        ratings = QHBoxLayout()
        ratings.addWidget(QLabel(self.tr("Rating:")))
        self.rating_group = QButtonGroup(self)
        self.rating_group.setExclusive(False)  # a second click on the same rating clears it
        self.rating_buttons: dict[Rating, QPushButton] = {}
        for rating in Rating:
            fkey = RATING_FKEYS[rating]
            button = _big_toggle(
                f"{rating_label(rating)} ({RATING_KEYS[rating]} / {fkey})", RATING_COLOURS[rating]
            )
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
        self.no_class_hint = QLabel(self.tr("Press 1, 2 or 3 to choose the kind of visitor."))
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
                form.addRow(question_label(question), field.widget)
            page.hide()
            holder_layout.addWidget(page)
            self.question_pages[cls] = page
            self.question_fields[cls] = fields
        holder_layout.addStretch(1)
        self.questions_box.setWidget(holder)
        outer.addWidget(self.questions_box, 1)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("field_notes")
        self.notes.setPlaceholderText(self.tr("Notes: what they told you (Ctrl+Enter saves)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        outer.addWidget(self.notes)

        self.tags = QLineEdit()
        self.tags.setObjectName("field_tags")
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        outer.addWidget(self.tags)

        self.consent = QCheckBox(
            self.tr("Agrees to be contacted ({CONSENT_KEY})").format(CONSENT_KEY=CONSENT_KEY)
        )
        self.consent.setObjectName("field_consent")
        self.consent_given = QLabel()  # a returning visitor's earlier consent
        self.consent_given.setObjectName("consent_given")
        self.consent_given.setWordWrap(True)
        self.consent_given.setStyleSheet("color: #0f766e; font-size: 11px;")
        self.consent_given.hide()
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        self.consent_text.setStyleSheet("color: #555; font-size: 11px;")
        outer.addWidget(self.consent)
        outer.addWidget(self.consent_given)
        outer.addWidget(self.consent_text)

        buttons = QHBoxLayout()
        self.history_button = QPushButton(self.tr("Earlier visits (F4)"))
        self.history_button.setObjectName("history_button")
        self.history_button.hide()
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.clear_button.setObjectName("clear_button")
        self.save_button = QPushButton(self.tr("Save (Enter)"))
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
        self._set_tab_order()
        return side

    def _build_queue(self) -> QWidget:
        """Badges read while staff were still busy with a visitor, oldest first."""
        box = QFrame()
        box.setObjectName("queue_box")
        box.setStyleSheet(
            "QFrame#queue_box { background: #eef2ff; border: 1px solid #6366f1;"
            " border-radius: 6px; }"
        )
        layout = QVBoxLayout(box)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        head = QHBoxLayout()
        self.queue_title = QLabel()
        self.queue_title.setObjectName("queue_title")
        self.queue_title.setStyleSheet("font-weight: 700; color: #312e81;")
        self.save_badge_only_button = QPushButton(
            self.tr("Save the next with its badge only ({SAVE_BADGE_ONLY_KEY})").format(
                SAVE_BADGE_ONLY_KEY=SAVE_BADGE_ONLY_KEY
            )
        )
        self.save_badge_only_button.setObjectName("save_badge_only")
        self.save_badge_only_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        head.addWidget(self.queue_title, 1)
        head.addWidget(self.save_badge_only_button)
        layout.addLayout(head)
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("queue_list")
        self.queue_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.queue_list.setMaximumHeight(74)
        self.queue_list.setStyleSheet("QListWidget { background: transparent; border: none; }")
        layout.addWidget(self.queue_list)
        self.queue_box = box
        box.hide()
        self.refused_label = QLabel()
        self.refused_label.setObjectName("refused_label")
        self.refused_label.setWordWrap(True)
        self.refused_label.setStyleSheet(
            "QLabel { background: #f3f4f6; border: 1px dashed #9ca3af; border-radius: 6px;"
            " padding: 4px 10px; color: #374151; }"
        )
        self.refused_label.hide()
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.setSpacing(4)
        holder_layout.addWidget(box)
        holder_layout.addWidget(self.refused_label)
        return holder

    def _set_tab_order(self) -> None:
        """Tab walks the person fields, then the shown class's questions, then the rest."""
        chain: list[QWidget] = list(self.person_edits.values())
        for fields in self.question_fields.values():
            chain.extend(f.widget for f in fields.values())
        chain.extend([self.notes, self.tags, self.consent])
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def first_question(self, cls: VisitorClass) -> QWidget:
        return next(iter(self.question_fields[cls].values())).widget

    def show_queue(self, lines: list[str]) -> None:
        """The waiting badges, oldest first ("2 waiting"); hidden when none wait."""
        self.queue_list.clear()
        for number, line in enumerate(lines, 1):
            self.queue_list.addItem(f"{number}. {line}")
        self.queue_title.setText(
            self.tr("{arg0} waiting — they load one by one as you save").format(arg0=len(lines))
        )
        self.queue_box.setVisible(bool(lines))

    def show_refused(self, text: str | None) -> None:
        """A code that was read and refused (not a badge): shown, never queued."""
        self.refused_label.setText(
            self.tr("✕ Refused, not queued: {text}").format(text=text) if text else ""
        )
        self.refused_label.setVisible(bool(text))

    def show_earlier_consent(self, text: str | None) -> None:
        self.consent_given.setText(text or "")
        self.consent_given.setVisible(bool(text))

    # -- the form as one value -------------------------------------------------------
    def selected_class(self) -> VisitorClass | None:
        return next((c for c, b in self.class_buttons.items() if b.isChecked()), None)

    def selected_rating(self) -> Rating | None:
        return next((r for r, b in self.rating_buttons.items() if b.isChecked()), None)

    def show_class(self, cls: VisitorClass) -> None:
        """Check the class and show only its questions."""
        self.class_buttons[cls].setChecked(True)
        for other, page in self.question_pages.items():
            page.setVisible(other is cls)
        self.no_class_hint.hide()

    def set_rating(self, rating: Rating | None) -> None:
        for other, button in self.rating_buttons.items():
            button.setChecked(other is rating)

    def show_person(self, person: Mapping[str, str], sources: Mapping[str, str]) -> None:
        for key, edit in self.person_edits.items():
            edit.setText(person.get(key, ""))
            self.set_source(key, sources.get(key, ""))

    def set_source(self, key: str, source: str) -> None:
        """Where a person field came from: kept as its key, shown in the window's words."""
        label = self.person_sources[key]
        label.setProperty("source", source)
        text = SOURCE_TEXT.get(source, source)
        label.setText(self.tr(text) if text else "")

    def show_banner(self, text: str | None) -> None:
        """The repeat-visitor banner (and the button to their earlier visits), or neither."""
        self.banner.setText(text or "")
        self.banner.setVisible(bool(text))
        self.history_button.setVisible(bool(text))

    def answer_fields(self, cls: VisitorClass) -> dict[str, QuestionField]:
        return self.question_fields[cls]

    def read_form(self) -> FormState:
        cls = self.selected_class()
        answers: dict[str, str] = {}
        if cls is not None:
            answers = {k: f.value() for k, f in self.question_fields[cls].items() if f.value()}
        return FormState(
            person={k: e.text() for k, e in self.person_edits.items()},
            sources={k: str(s.property("source") or "") for k, s in self.person_sources.items()},
            visitor_class=cls,
            rating=self.selected_rating(),
            answers=answers,
            notes=self.notes.toPlainText(),
            tags=self.tags.text(),
            consent=self.consent.isChecked(),
        )

    def fill(self, state: FormState) -> None:
        """Show ``state`` in the form (after ``reset()``, what undo brings back)."""
        self.show_person(state.person, state.sources)
        if state.visitor_class is not None:
            self.show_class(state.visitor_class)
            for key, value in state.answers.items():
                self.question_fields[state.visitor_class][key].set_value(value)
        self.set_rating(state.rating)
        self.notes.setPlainText(state.notes)
        self.tags.setText(state.tags)
        self.consent.setChecked(state.consent)

    def reset(self) -> None:
        """An empty form: no person, no class, no answers; messages stay."""
        self.duplicate_hint.hide()
        for edit in self.person_edits.values():
            edit.clear()
        for key in self.person_sources:
            self.set_source(key, "")
        for fields in self.question_fields.values():
            for qfield in fields.values():
                qfield.set_value("")
        for page in self.question_pages.values():
            page.hide()
        self.no_class_hint.show()
        self.class_group.setExclusive(False)
        for button in self.class_buttons.values():
            button.setChecked(False)
        self.class_group.setExclusive(True)
        self.set_rating(None)
        self.notes.clear()
        self.tags.clear()
        self.consent.setChecked(False)
        self.show_banner(None)
        self.show_earlier_consent(None)
        self.source_label.clear()

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
