"""Parts of the capture form: the person fields' rows, the big class and rating
toggles, the answer fields of each class's questions.

Layout only, like the capture view that places them (``capture_view.py``).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.palette import CLASS_COLOURS, RATING_COLOURS
from showfloor.domain.questions import QUESTIONS, Question, Rating, VisitorClass
from showfloor.qt.domain_text import (
    choice_label,
    class_label,
    person_text,
    question_label,
    question_text,
    rating_label,
)
from showfloor.qt.theme import accent_text, on_colour, readable, themed


def big_toggle(text: str, colour: str) -> QPushButton:
    """A large checkable button in a class's or rating's colour, filled when chosen."""
    button = QPushButton(text)
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    button.setMinimumHeight(40)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    themed(button, lambda colours: toggle_css(colour, colours))
    return button


def toggle_css(colour: str, colours: QPalette) -> str:
    """A big toggle: the palette's button with the hue as a border; filled when checked."""
    back = colours.color(QPalette.ColorRole.Button)
    text = readable(colours.color(QPalette.ColorRole.ButtonText), back).name()
    return (
        f"QPushButton {{ font-size: 11pt; font-weight: 600; border: 2px solid {colour};"
        f" border-radius: 8px; padding: 6px; background: {back.name()}; color: {text}; }}"
        f"QPushButton:checked {{ background: {colour}; color: {on_colour(colour)}; }}"
    )


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


def person_field_rows(
    fields: Sequence[tuple[str, str]],
    row_starts: Collection[int],
    wide: Mapping[str, int],
    source_hue: str,
) -> tuple[QVBoxLayout, dict[str, QLineEdit], dict[str, QLabel]]:
    """The person fields in rows, in typing order, each with the label saying where its
    text came from: the rows, the edits and the source labels by key."""
    person = QVBoxLayout()
    person.setSpacing(4)
    edits: dict[str, QLineEdit] = {}
    sources: dict[str, QLabel] = {}
    row: QHBoxLayout | None = None
    for i, (key, label) in enumerate(fields):
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        edit.setPlaceholderText(person_text(label))
        edit.setAccessibleName(person_text(label))  # the placeholder goes once typing starts
        source = QLabel()
        source.setObjectName(f"source_{key}")
        themed(source, lambda c: f"color: {accent_text(source_hue, c)}; font-size: 9pt;")
        source.setMinimumWidth(44)
        edits[key] = edit
        sources[key] = source
        if i in row_starts or row is None:
            row = QHBoxLayout()
            row.setSpacing(10)
            person.addLayout(row)
        cell = QHBoxLayout()
        cell.setSpacing(4)
        cell.addWidget(edit, 1)
        cell.addWidget(source)
        row.addLayout(cell, wide.get(key, 1))
    return person, edits, sources


def class_toggles(
    owner: QObject, keys: Mapping[VisitorClass, str]
) -> tuple[QHBoxLayout, QButtonGroup, dict[VisitorClass, QPushButton]]:
    """One big toggle per visitor class, its key in front, in one exclusive group."""
    row = QHBoxLayout()
    group = QButtonGroup(owner)
    buttons: dict[VisitorClass, QPushButton] = {}
    for cls in VisitorClass:
        button = big_toggle(f"{keys[cls]}  {class_label(cls)}", CLASS_COLOURS[cls])
        button.setObjectName(f"class_{cls.value}")
        group.addButton(button)
        buttons[cls] = button
        row.addWidget(button)
    return row, group, buttons


def rating_toggles(
    owner: QObject,
    row: QHBoxLayout,
    keys: Mapping[Rating, str],
    fkeys: Mapping[Rating, str],
) -> tuple[QButtonGroup, dict[Rating, QPushButton]]:
    """One toggle per rating, added to ``row``; a second click on the same one clears it."""
    group = QButtonGroup(owner)
    group.setExclusive(False)  # a second click on the same rating clears it
    buttons: dict[Rating, QPushButton] = {}
    for rating in Rating:
        button = big_toggle(
            f"{rating_label(rating)} ({keys[rating]} / {fkeys[rating]})", RATING_COLOURS[rating]
        )
        button.setMinimumHeight(30)
        button.setObjectName(f"rating_{rating.value}")
        group.addButton(button)
        buttons[rating] = button
        row.addWidget(button)
    return group, buttons


def question_pages(
    holder: QVBoxLayout, pinned_keys: Mapping[VisitorClass, tuple[str, ...]]
) -> tuple[
    dict[VisitorClass, QWidget],
    dict[VisitorClass, QWidget],
    dict[VisitorClass, dict[str, QuestionField]],
]:
    """Each class's questions on a hidden page added to ``holder``, and the answers kept
    in sight (``pinned_keys``) on a row of their own: the pages, the pinned rows and the
    answer fields, by class."""
    pages: dict[VisitorClass, QWidget] = {}
    pinned_rows: dict[VisitorClass, QWidget] = {}
    all_fields: dict[VisitorClass, dict[str, QuestionField]] = {}
    for cls in VisitorClass:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        pinned = QWidget()
        pinned_row = QHBoxLayout(pinned)
        pinned_row.setContentsMargins(0, 0, 0, 0)
        fields: dict[str, QuestionField] = {}
        for question in QUESTIONS[cls]:
            field = QuestionField(question)
            fields[question.key] = field
            if question.key in pinned_keys.get(cls, ()):
                caption = QLabel(question_label(question))
                caption.setBuddy(field.widget)
                pinned_row.addWidget(caption)
                pinned_row.addWidget(field.widget, 1)
            else:
                form.addRow(question_label(question), field.widget)
        page.hide()
        pinned.hide()
        holder.addWidget(page)
        pages[cls] = page
        pinned_rows[cls] = pinned
        all_fields[cls] = fields
    return pages, pinned_rows, all_fields
