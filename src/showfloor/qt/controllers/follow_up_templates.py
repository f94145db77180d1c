"""Settings > Follow-up emails: fills the tab from the saved templates, saves it back."""

from __future__ import annotations

from sqlalchemy.orm import Session

from PySide6.QtCore import QCoreApplication

from showfloor.qt.controllers.settings_controller import SettingsController
from showfloor.qt.views.follow_up_templates_tab import FollowUpTemplatesTab
from showfloor.services.follow_up_mail import (
    PLACEHOLDERS,
    Template,
    load_templates,
    save_templates,
)
from showfloor.store.database import Database


def add_template_tab(settings: SettingsController, db: Database) -> FollowUpTemplatesTab:
    tab = FollowUpTemplatesTab(PLACEHOLDERS)
    with db.session() as session:
        templates = load_templates(session)
    for cls, template in templates.items():
        tab.subjects[cls].setText(template.subject)
        tab.bodies[cls].setPlainText(template.body)

    def save(session: Session) -> None:
        save_templates(
            session,
            {
                cls: Template(tab.subjects[cls].text(), tab.bodies[cls].toPlainText())
                for cls in tab.subjects
            },
        )

    settings.add_tab(tab, QCoreApplication.translate("FollowUpTemplates", "Follow-up emails"), save)
    return tab
