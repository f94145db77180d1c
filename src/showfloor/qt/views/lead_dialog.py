"""Edit a lead: who they are and how we rate them, a visit's answers and notes (a
mistyped answer corrected after the show), and who follows them up; the visits'
history below.

Layout only: the controller fills the fields, saves, and shows a refusal in
``error`` (the dialog stays open, nothing typed is lost).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from showfloor.domain.person import PERSON_FIELDS, PersonFields
from showfloor.domain.questions import QUESTIONS, TO_QUALIFY, Rating, VisitorClass
from showfloor.domain.records import LeadEdit, LeadRecord, VisitRecord
from showfloor.domain.texts import QT_TRANSLATE_NOOP
from showfloor.qt import locale_text
from showfloor.qt.domain_text import (
    class_label,
    person_label,
    question_label,
    question_text,
    rating_label,
)
from showfloor.qt.theme import banner_css, muted, muted_css, palette, themed

# The letter of each person field's label that Alt+letter jumps to, in PERSON_FIELDS order.
_ACCESS_KEYS = dict(zip(PERSON_FIELDS, "flbojepi", strict=True))  # Alt+W is the owner
NOT_CLASSIFIED = QT_TRANSLATE_NOOP("LeadDialog", "Not classified yet")
CARD_WIDTH = 220  # as tall as the identity fields beside it leave room for


def _with_access_key(key: str) -> str:
    label = person_label(key)
    at = label.lower().find(_ACCESS_KEYS[key])
    return label if at < 0 else f"{label[:at]}&{label[at:]}"


_LABELS = {
    c.value: {q.key: q.label for q in QUESTIONS[c]} for c in VisitorClass
}  # fmt: skip


def visit_html(visit: VisitRecord) -> str:
    """One visit as the history shows it: when, who, class, rating, notes, answers."""
    cls = VisitorClass(visit.visitor_class) if visit.visitor_class in _LABELS else None
    head = [
        QCoreApplication.translate("LeadDialog", "Visit {number}").format(number=visit.number),
        locale_text.full_day_clock(visit.at),
    ]
    if visit.staff:
        head.append(
            QCoreApplication.translate("LeadDialog", "with {staff}").format(staff=visit.staff)
        )
    head.append(class_label(cls) if cls else visit.visitor_class)
    if visit.rating:
        head.append(rating_label(visit.rating))
    parts = [f"<h3 style='margin:10px 0 4px 0'>{escape(' · '.join(head))}</h3>"]
    if visit.notes:
        note = escape(visit.notes).replace("\n", "<br>")
        parts.append(f"<p style='margin:2px 0 6px 0'><i>{note}</i></p>")
    labels = {k: question_text(v) for k, v in _LABELS.get(visit.visitor_class, {}).items()}
    ordered = [k for k in labels if visit.answers.get(k)]
    ordered += [k for k in visit.answers if k not in labels and visit.answers[k]]
    if ordered:
        rows = "".join(
            f"<tr><td style='padding:2px 14px 2px 0; color:{muted(palette())}'>"
            f"{escape(labels.get(k, k))}</td>"
            f"<td style='padding:2px 0'>{escape(visit.answers[k]).replace(chr(10), '<br>')}</td>"
            "</tr>"
            for k in ordered
        )
        parts.append(f"<table>{rows}</table>")
    if not visit.notes and not ordered:
        nothing = QCoreApplication.translate("LeadDialog", "Nothing noted.")
        parts.append(f"<p style='color:{muted(palette())}; margin:2px 0'>{nothing}</p>")
    return "".join(parts)


def _banner(name: str, tone: str) -> QLabel:
    """A boxed line of bold text in the colours of ``tone`` (theme.TONES)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    themed(label, lambda c: banner_css(tone, c, extra="font-weight: 600;"))
    return label


class LeadDialog(QDialog):
    def __init__(self, record: LeadRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lead_dialog")
        self.setWindowTitle(
            self.tr("Lead — {display_name}").format(display_name=record.display_name)
        )
        base = QFont(self.font())
        base.setPointSizeF(max(base.pointSizeF(), 11.5))
        self.setFont(base)

        title = QLabel(record.display_name)
        title_font = QFont(base)
        title_font.setPointSizeF(base.pointSizeF() + 4)
        title_font.setBold(True)
        title.setFont(title_font)
        seen = record.visits
        summary = QLabel(
            self.tr("%Ln visit(s)", "", seen)
            + (
                self.tr(" · badge {badge_id}").format(badge_id=record.badge_id)
                if record.badge_id
                else ""
            )
            + (f" ({record.badge_format})" if record.badge_format else "")
        )
        themed(summary, muted_css)
        summary.setFont(base)  # a style sheet would otherwise drop the larger font

        self.person_edits: dict[str, QLineEdit] = {}
        identity = QFormLayout()
        identity.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        identity.setVerticalSpacing(8)
        for key in PERSON_FIELDS:
            label = _with_access_key(key)
            edit = QLineEdit()
            edit.setObjectName(f"edit_{key}")
            edit.setMinimumWidth(260)
            self.person_edits[key] = edit
            identity.addRow(label, edit)

        self.class_combo = QComboBox()
        self.class_combo.setObjectName("edit_class")
        unclassified = TO_QUALIFY in record.tags
        if unclassified:
            self.class_combo.addItem(self.tr(NOT_CLASSIFIED), None)
        for cls in VisitorClass:
            self.class_combo.addItem(class_label(cls), cls.value)
        self.rating_combo = QComboBox()
        self.rating_combo.setObjectName("edit_rating")
        self.rating_combo.addItem(self.tr("Not rated"), None)
        for rating in Rating:
            self.rating_combo.addItem(rating_label(rating), rating.value)
        self.tags = QLineEdit()
        self.tags.setObjectName("edit_tags")
        self.tags.setPlaceholderText(self.tr("pilot, speaker, …"))
        self.consent = QCheckBox(self.tr("Agreed to be contacted"))
        self.consent.setObjectName("edit_consent")
        judgement = QFormLayout()
        judgement.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        judgement.setVerticalSpacing(8)
        judgement.addRow(self.tr("Cl&ass"), self.class_combo)
        judgement.addRow(self.tr("&Rating"), self.rating_combo)
        judgement.addRow(self.tr("&Tags"), self.tags)
        judgement.addRow("", self.consent)
        note = QLabel(self.tr("Tags: separate with commas."))
        themed(note, muted_css)
        note.setFont(base)
        judgement.addRow("", note)
        self.card = QLabel()  # the business card they handed over, when they agreed to keep it
        self.card.setObjectName("lead_card_image")
        self.card.setToolTip(self.tr("Their business card, kept with their agreement"))
        self.card.hide()
        judgement.addRow("", self.card)

        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addLayout(identity, 3)
        columns.addLayout(judgement, 2)

        self.history = QTextBrowser()
        self.history.setObjectName("lead_history")
        self.history.setOpenLinks(False)
        self.history.setMinimumHeight(80)
        self.history.setHtml(
            "".join(visit_html(v) for v in reversed(record.history))
            or f"<p style='color:{muted(palette())}'>{self.tr('No visits recorded.')}</p>"
        )
        history_box = QGroupBox(self.tr("Visits, newest first"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.history)

        corrections = QHBoxLayout()
        corrections.setSpacing(24)
        corrections.addWidget(self._visit_editor(base), 3)
        corrections.addWidget(self._follow_up_editor(), 2)

        self.to_qualify = _banner("lead_dialog_to_qualify", "warning")
        self.to_qualify.setFont(base)
        guess = class_label(record.visitor_class) if record.visitor_class in _LABELS else ""
        self.to_qualify.setText(
            self.tr(
                "To qualify: saved from the queue with the badge only, so "
                "nobody chose the class yet ({guess} was a guess). Choose it "
                "under Class, fill in what you know, and Save; the lead then "
                "leaves the To qualify list."
            ).format(guess=guess)
        )
        self.to_qualify.setVisible(unclassified)

        self.error = _banner("lead_dialog_error", "error")
        self.error.setFont(base)  # a style sheet would otherwise drop the larger font
        self.error.hide()

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("lead_dialog_save")
        self.save_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(summary)
        layout.addWidget(self.to_qualify)
        layout.addLayout(columns)
        layout.addLayout(corrections)
        layout.addWidget(history_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(980, 700)

    def _visit_editor(self, base: QFont) -> QGroupBox:
        """A visit picker and, per class, that visit's questions and notes."""
        box = QGroupBox(self.tr("Correct a visit's answers"))
        self.visit_picker = QComboBox()
        self.visit_picker.setObjectName("edit_visit_picker")
        self.answer_pages = QStackedWidget()
        self.answer_edits: dict[str, dict[str, QLineEdit]] = {}
        for cls in VisitorClass:
            page = QWidget()
            form = QFormLayout(page)
            form.setContentsMargins(0, 0, 0, 0)
            form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
            edits = {}
            for question in QUESTIONS[cls]:
                edit = QLineEdit()
                edit.setObjectName(f"edit_answer_{question.key}")
                hint = "YYYY-MM-DD" if question.is_date else "/".join(question.choices)
                edit.setPlaceholderText(hint or question_text(question.hint))
                edit.setAccessibleName(question_label(question))
                edits[question.key] = edit
                form.addRow(question_label(question), edit)
            self.answer_edits[cls.value] = edits
            self.answer_pages.addWidget(page)
        self.visit_notes = QPlainTextEdit()
        self.visit_notes.setObjectName("edit_visit_notes")
        self.visit_notes.setAccessibleName(self.tr("Notes of this visit"))
        self.visit_notes.setFixedHeight(56)
        # The longest class (a customer's twelve questions) scrolls, so the dialog fits
        # a 1366x768 laptop screen.
        scroll = QScrollArea()
        scroll.setObjectName("edit_answers_scroll")
        scroll.setWidget(self.answer_pages)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setMinimumHeight(120)
        scroll.setMaximumHeight(180)
        layout = QFormLayout(box)
        layout.addRow(self.tr("&Visit"), self.visit_picker)
        layout.addRow(scroll)
        layout.addRow(self.tr("&Notes"), self.visit_notes)
        return box

    def _follow_up_editor(self) -> QGroupBox:
        box = QGroupBox(self.tr("Follow-up after the show"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("edit_follow_up_owner")
        self.owner_combo.setEditable(True)
        self.owner_combo.setAccessibleName(self.tr("Follow-up owner"))
        self.done_check = QCheckBox(self.tr("&Done"))
        self.done_check.setObjectName("edit_follow_up_done")
        hint = QLabel(self.tr("Empty owner: whoever met them. Next step and due date are answers."))
        hint.setWordWrap(True)
        themed(hint, muted_css)
        layout = QFormLayout(box)
        layout.addRow(self.tr("O&wner"), self.owner_combo)
        layout.addRow("", self.done_check)
        layout.addRow(hint)
        return box

    def fill(self, edit: LeadEdit) -> None:
        """Show a lead's editable values."""
        for key, line in self.person_edits.items():
            line.setText(getattr(edit.person, key) or "")
        self.class_combo.setCurrentIndex(max(0, self.class_combo.findData(edit.visitor_class)))
        self.rating_combo.setCurrentIndex(max(0, self.rating_combo.findData(edit.rating)))
        self.tags.setText(", ".join(edit.tags))
        self.consent.setChecked(edit.consent)

    def read_edit(self) -> LeadEdit:
        """The values as the form holds them now."""
        person = PersonFields(**{k: line.text() or None for k, line in self.person_edits.items()})
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        return LeadEdit(
            person,
            self.class_combo.currentData(),
            self.rating_combo.currentData(),
            tags,
            self.consent.isChecked(),
        )

    def show_card(self, jpeg: bytes | None) -> None:
        """Their business card's picture (kept with their agreement), or nothing."""
        pixmap = QPixmap()
        if jpeg and pixmap.loadFromData(jpeg):
            smooth = Qt.TransformationMode.SmoothTransformation
            scaled = pixmap.scaledToWidth(CARD_WIDTH, smooth)
            self.card.setPixmap(scaled)
            self.card.setFixedSize(scaled.size())  # whole, never squeezed by the form beside
        self.card.setVisible(not pixmap.isNull())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))
