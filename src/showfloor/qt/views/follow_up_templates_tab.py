"""Settings > Follow-up emails: one subject and body per kind of visitor. Layout only."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from showfloor.domain.questions import VisitorClass
from showfloor.qt.domain_text import class_label
from showfloor.services.follow_up_mail import PLACEHOLDERS


class FollowUpTemplatesTab(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("follow_up_templates")
        self.subjects: dict[str, QLineEdit] = {}
        self.bodies: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        hint = QLabel(
            self.tr("The email each Follow-ups row drafts, per kind of visitor. You can use ")
            + ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
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
