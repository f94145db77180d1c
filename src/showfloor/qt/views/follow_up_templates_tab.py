"""Settings > Follow-up emails: one subject and body per kind of visitor. Layout only."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from showfloor.domain.questions import VisitorClass
from showfloor.qt.domain_text import class_label


class FollowUpTemplatesTab(QWidget):
    """``placeholders``: the names a template may use, as ``{name}``, for the hint."""

    def __init__(self, placeholders: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_templates")
        self.subjects: dict[str, QLineEdit] = {}
        self.bodies: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("The email each Follow-ups row drafts, per kind of visitor. You can use ")
            + ", ".join(f"{{{p}}}" for p in placeholders)
            + "."
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        form = QFormLayout()
        for cls in VisitorClass:
            subject = QLineEdit()
            subject.setObjectName(f"template_subject_{cls.value}")
            subject.setAccessibleName(self.tr("{label}: subject").format(label=class_label(cls)))
            body = QPlainTextEdit()
            body.setObjectName(f"template_body_{cls.value}")
            body.setAccessibleName(self.tr("{label}: body").format(label=class_label(cls)))
            body.setMinimumHeight(90)
            form.addRow(self.tr("{label}: subject").format(label=class_label(cls)), subject)
            form.addRow(self.tr("body"), body)
            self.subjects[cls.value], self.bodies[cls.value] = subject, body
        layout.addLayout(form)
