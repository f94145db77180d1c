"""The capture view: camera on the left, the visitor form on the right. Layout only.

Besides building the widgets, the view reads and writes its form as one value
(``read_form()``, ``fill()``, ``reset()``), so the controller deals in what the
form means, never in the widgets that show it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.person import TYPED_FIELDS
from showfloor.domain.questions import Rating, VisitorClass
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt.theme import (
    accent_text,
    banner_css,
    muted_css,
    on_colour,
    themed,
)
from showfloor.qt.views.capture_form import (
    QuestionField,
    class_toggles,
    person_field_rows,
    question_pages,
    rating_toggles,
)
from showfloor.qt.views.capture_form_state import FormState
from showfloor.qt.views.scan_queue_panel import ScanQueuePanel
from showfloor.qt.widgets.bounded_label import BoundedLabel
from showfloor.qt.widgets.camera_preview import CameraPreview

# Where a person field came from (the keys the form's state keeps), as staff read it.
SOURCE_TEXT = {
    "badge": QT_TRANSLATE_NOOP("CaptureView", "badge"),
    "list": QT_TRANSLATE_NOOP("CaptureView", "list"),
    "card": QT_TRANSLATE_NOOP("CaptureView", "card"),
    "typed": QT_TRANSLATE_NOOP("CaptureView", "typed"),
}
WIDE_FIELDS = {"email": 2}  # share of its row a person field takes (others: 1)
FIELD_ROW_STARTS = frozenset({0, 3, 5})  # first, last, company | title, email | phone, website
# Answers kept in sight above the scrolling questions: what happens next, and when.
PINNED_QUESTIONS: dict[VisitorClass, tuple[str, ...]] = {
    VisitorClass.CUSTOMER: ("next_step", "next_step_due"),
}
CLASS_KEYS = {VisitorClass.CUSTOMER: "1", VisitorClass.MENTOR: "2", VisitorClass.KOL: "3"}
RATING_KEYS = {Rating.HOT: "H", Rating.WARM: "W", Rating.COLD: "C"}
RATING_FKEYS = {Rating.HOT: "F5", Rating.WARM: "F6", Rating.COLD: "F7"}
CONSENT_KEY = "Alt+A"
SOURCE_HUE = "#0f766e"  # "badge", "list": where a field's text came from
SAVE_HUE = "#15803d"
SAVE_BADGE_ONLY_KEY = "F9"
CARD_KEY = "F8"
CARD_FILE_KEY = "Shift+F8"
KEEP_CARD_KEY = "Alt+K"


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
        layout.setContentsMargins(6, 4, 6, 4)
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
        # The card buttons share the camera's row: the window must still fit a
        # 1366x768 screen at 150 % (tests/qt/test_screen_fit.py).
        self.card_button = QPushButton(self.tr("Card ({key})").format(key=CARD_KEY))
        self.card_button.setObjectName("card_button")
        self.card_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_button.setToolTip(
            self.tr(
                "A business card instead of a badge: hold it still in front of the camera "
                "and press {key}"
            ).format(key=CARD_KEY)
        )
        self.card_button.setAccessibleName(self.tr("Read a business card"))
        self.card_file_button = QPushButton(self.tr("Card file…"))
        self.card_file_button.setObjectName("card_file_button")
        self.card_file_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_file_button.setToolTip(
            self.tr("Read a business card from a photo ({key})").format(key=CARD_FILE_KEY)
        )
        row.addWidget(self.card_button)
        row.addWidget(self.card_file_button)
        hint = QLabel(
            self.tr(
                "Hold the badge QR up to the camera, or scan it with the handheld scanner. "
                "No badge? Just start typing the name."
            )
        )
        hint.setWordWrap(True)
        themed(hint, muted_css)
        layout.addWidget(hint)
        return side

    # -- form side ---------------------------------------------------------------
    def _build_form_side(self) -> QWidget:
        side = QWidget()
        outer = QVBoxLayout(side)
        outer.setContentsMargins(6, 0, 0, 0)
        outer.setSpacing(4)

        self.banner = QLabel()
        self.banner.setObjectName("repeat_banner")
        self.banner.setWordWrap(True)
        themed(
            self.banner,
            lambda c: banner_css("warning", c, extra="font-size: 10.5pt; font-weight: 600;"),
        )
        self.banner.hide()
        outer.addWidget(self.banner)
        # Filled by DuplicateHintController (issue 22): someone like this was met before.
        self.duplicate_hint = QLabel()
        self.duplicate_hint.setObjectName("capture_duplicate_hint")
        self.duplicate_hint.setWordWrap(True)
        themed(self.duplicate_hint, lambda c: banner_css("duplicate", c))
        self.duplicate_hint.hide()
        outer.addWidget(self.duplicate_hint)

        outer.addWidget(self._build_queue())

        # Two lines at most: a long message never pushes the form down under the
        # fingers of whoever is typing (the whole text is in its tool tip).
        self.message = BoundedLabel(lines=2)
        self.message.setObjectName("capture_message")
        self.message.hide()
        outer.addWidget(self.message)

        self.source_label = QLabel()
        self.source_label.setObjectName("source_label")
        themed(self.source_label, muted_css)
        self.source_label.hide()  # shown with a badge's source: no empty line before
        outer.addWidget(self.source_label)

        # Seven fields in three rows, in typing order, so the form still fits a 1366x768
        # screen at 150 %; an email address needs the room of two (issue 21).
        person, self.person_edits, self.person_sources = person_field_rows(
            TYPED_FIELDS, FIELD_ROW_STARTS, WIDE_FIELDS, SOURCE_HUE
        )
        outer.addLayout(person)

        classes, self.class_group, self.class_buttons = class_toggles(self, CLASS_KEYS)
        outer.addLayout(classes)

        ratings = QHBoxLayout()
        ratings.addWidget(QLabel(self.tr("Rating:")))
        self.rating_group, self.rating_buttons = rating_toggles(
            self, ratings, RATING_KEYS, RATING_FKEYS
        )
        outer.addLayout(ratings)

        self.questions_box = QScrollArea()
        self.questions_box.setWidgetResizable(True)
        self.questions_box.setFrameShape(QFrame.Shape.NoFrame)
        self.questions_box.setAccessibleName(self.tr("Questions"))
        # A row and a half at least: on a small screen the form's other rows come first.
        self.questions_box.setMinimumHeight(48)
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        self.no_class_hint = QLabel(self.tr("Press 1, 2 or 3 to choose the kind of visitor."))
        themed(self.no_class_hint, lambda c: muted_css(c, "padding: 8px;"))
        holder_layout.addWidget(self.no_class_hint)
        self.question_pages, self.pinned_pages, self.question_fields = question_pages(
            holder_layout, PINNED_QUESTIONS
        )
        holder_layout.addStretch(1)
        self.questions_box.setWidget(holder)
        for pinned in self.pinned_pages.values():
            outer.addWidget(pinned)
        outer.addWidget(self.questions_box, 1)

        self.notes = QPlainTextEdit()
        self.notes.setObjectName("field_notes")
        self.notes.setPlaceholderText(self.tr("Notes: what they told you (Ctrl+Enter saves)"))
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMaximumHeight(50)
        outer.addWidget(self.notes)

        self.tags = QLineEdit()
        self.tags.setObjectName("field_tags")
        self.tags.setPlaceholderText(self.tr("Tags, separated by commas"))
        self.tags.setAccessibleName(self.tr("Tags"))
        outer.addWidget(self.tags)

        self.consent = QCheckBox(
            self.tr("Agrees to be contacted ({CONSENT_KEY})").format(CONSENT_KEY=CONSENT_KEY)
        )
        self.consent.setObjectName("field_consent")
        self.consent_given = QLabel()  # a returning visitor's earlier consent
        self.consent_given.setObjectName("consent_given")
        self.consent_given.setWordWrap(True)
        themed(
            self.consent_given, lambda c: f"color: {accent_text(SOURCE_HUE, c)}; font-size: 9pt;"
        )
        self.consent_given.hide()
        self.consent_text = QLabel()
        self.consent_text.setWordWrap(True)
        themed(self.consent_text, lambda c: muted_css(c, "font-size: 9pt;"))
        outer.addWidget(self.consent)
        outer.addWidget(self.consent_given)
        outer.addWidget(self.consent_text)
        self.keep_card = QCheckBox(
            self.tr("Keep the picture of their card — they agree ({key})").format(key=KEEP_CARD_KEY)
        )
        self.keep_card.setObjectName("keep_card")
        self.keep_card.hide()  # shown once a card was read for this visitor
        outer.addWidget(self.keep_card)

        buttons = QHBoxLayout()
        self.history_button = QPushButton(self.tr("Earlier visits (F4)"))
        self.history_button.setObjectName("history_button")
        self.history_button.hide()
        self.clear_button = QPushButton(self.tr("Clear (Esc)"))
        self.clear_button.setObjectName("clear_button")
        self.save_button = QPushButton(self.tr("Save (Enter)"))
        self.save_button.setObjectName("save_button")
        self.save_button.setDefault(True)
        self.save_button.setMinimumHeight(34)
        self.save_button.setStyleSheet(
            f"QPushButton {{ font-size: 11pt; font-weight: 700; background: {SAVE_HUE};"
            f" color: {on_colour(SAVE_HUE)}; border-radius: 8px; padding: 6px 22px; }}"
        )
        buttons.addWidget(self.history_button)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)

        self.saved_bar = QLabel()
        self.saved_bar.setObjectName("saved_bar")
        themed(self.saved_bar, lambda c: banner_css("success", c, extra="font-size: 10.5pt;"))
        self.saved_bar.hide()
        outer.addWidget(self.saved_bar)
        side.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        side.setAccessibleName(self.tr("Visitor form"))
        side.setObjectName("capture_form")
        self.form_side = side
        self._set_tab_order()
        return side

    def _build_queue(self) -> QWidget:
        panel = ScanQueuePanel(SAVE_BADGE_ONLY_KEY)
        self.queue_panel = panel
        # Its parts, as the controller and the tests reach them:
        self.queue_box, self.queue_title, self.queue_list = panel.box, panel.title, panel.waiting
        self.save_badge_only_button = panel.save_badge_only_button
        self.refused_label = panel.refused
        return panel

    def _set_tab_order(self) -> None:
        """Tab walks the person fields, then the shown class's questions, then the rest."""
        chain: list[QWidget] = list(self.person_edits.values())
        for fields in self.question_fields.values():
            chain.extend(f.widget for f in fields.values())
        chain.extend([self.notes, self.tags, self.consent, self.keep_card])
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def first_question(self, cls: VisitorClass) -> QWidget:
        return next(iter(self.question_fields[cls].values())).widget

    def show_queue(self, lines: list[str]) -> None:
        """The waiting badges, oldest first ("2 waiting"); hidden when none wait."""
        self.queue_panel.show_queue(lines)

    def show_refused(self, text: str | None) -> None:
        """A code that was read and refused (not a badge): shown, never queued."""
        self.queue_panel.show_refused(text)

    def show_source(self, text: str) -> None:
        """Where the visitor's details came from ("Read from the badge (vcard)")."""
        self.source_label.setText(text)
        self.source_label.setVisible(bool(text))

    def show_card_read(self, read: bool) -> None:
        """Offer to keep the card's picture (unticked: the visitor has to agree)."""
        self.keep_card.setChecked(False)
        self.keep_card.setVisible(read)

    def fill_empty_person(self, person: Mapping[str, str], source: str) -> list[str]:
        """Put ``person``'s values into the fields that are still empty, marked ``source``;
        what staff typed or a badge gave stays. Returns the keys filled."""
        filled = []
        for key, value in person.items():
            edit = self.person_edits.get(key)
            if edit is not None and value and not edit.text().strip():
                edit.setText(value)
                edit.setCursorPosition(0)  # a long address shows its start, to be checked
                self.set_source(key, source)
                filled.append(key)
        return filled

    def show_earlier_consent(self, text: str | None) -> None:
        self.consent_given.setText(text or "")
        self.consent_given.setVisible(bool(text))

    def show_consent_text(self, version: int, text: str) -> None:
        self.consent_text.setText(f"{text} (v{version})")

    def mark_typed(self, key: str) -> None:
        self.set_source(key, "typed")

    def start_first_name(self, text: str = "") -> None:
        """The first name field with the focus (and ``text`` typed into it)."""
        self.person_edits["first_name"].setFocus()
        if text:
            self.person_edits["first_name"].insert(text)

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
            self.pinned_pages[other].setVisible(other is cls)
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
            keep_card=not self.keep_card.isHidden() and self.keep_card.isChecked(),
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
        self.keep_card.setChecked(state.keep_card)

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
        for page in [*self.question_pages.values(), *self.pinned_pages.values()]:
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
        self.show_card_read(False)
        self.show_banner(None)
        self.show_earlier_consent(None)
        self.show_source("")

    def show_message(self, text: str, *, error: bool = True) -> None:
        tone = "error" if error else "info"
        themed(self.message, lambda c: banner_css(tone, c, extra="font-size: 10.5pt;"))
        self.message.setText(text)
        self.message.setVisible(bool(text))
