"""Drafted follow-up emails: one template per kind of visitor, filled in per lead.

Thank a mentor for the insight, send a customer the promised material, invite a key
opinion leader to the trial. The booth lead edits the templates in Settings (stored
in this data dir's settings); a row of the Follow-ups view opens the draft in the
user's own mail program, through a ``mailto:`` link or an ``.eml`` file (marked as
a draft, so mail programs open it ready to edit and send). Nothing is sent from
here: the network stays out of the product.
"""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from string import Formatter
from urllib.parse import quote

from sqlalchemy.orm import Session

from showfloor.domain.errors import RefusedError
from showfloor.domain.questions import VisitorClass
from showfloor.services.follow_ups import FollowUpItem
from showfloor.store.settings import get_setting, set_setting

TEMPLATES_KEY = "follow_up_templates"
PLACEHOLDERS = ("first_name", "name", "company", "event", "next_step", "due", "owner")
MAX_TEMPLATE = 5000


@dataclass(frozen=True)
class Template:
    subject: str
    body: str


DEFAULT_TEMPLATES: dict[str, Template] = {
    VisitorClass.CUSTOMER.value: Template(
        "The material we promised at {event}",
        "Hello {first_name},\n\nthank you for stopping by our booth at {event}. As promised, "
        "here is what we talked about ({next_step}).\n\nWould a short call next week suit "
        "you?\n\nBest regards,\n{owner}",
    ),
    VisitorClass.MENTOR.value: Template(
        "Thank you for your insight at {event}",
        "Hello {first_name},\n\nthank you for the time you gave us at {event}. What you told "
        "us about the market is exactly what we needed to hear, and we are acting on it.\n\n"
        "If you think of someone we should talk to, we would be glad of the introduction.\n\n"
        "Best regards,\n{owner}",
    ),
    VisitorClass.KOL.value: Template(
        "An invitation to try it first",
        "Hello {first_name},\n\nit was a pleasure to meet you at {event}. We would love you "
        "to try it before anyone else: {next_step}.\n\nShall I set it up for you?\n\n"
        "Best regards,\n{owner}",
    ),
}


@dataclass(frozen=True)
class Draft:
    to: str
    subject: str
    body: str

    def mailto(self) -> str:
        """A ``mailto:`` URL (RFC 6068): the mail program opens a new message with it."""
        query = f"subject={quote(self.subject, safe='')}&body={quote(self.body, safe='')}"
        return f"mailto:{quote(self.to, safe='@')}?{query}"

    def eml(self) -> bytes:
        """The draft as an ``.eml`` file; ``X-Unsent: 1`` opens it as a draft to send."""
        message = EmailMessage()
        message["To"] = self.to
        message["Subject"] = self.subject
        message["X-Unsent"] = "1"
        message.set_content(self.body)
        return bytes(message)


def load_templates(session: Session) -> dict[str, Template]:
    """The templates of every class: the booth lead's, else the defaults."""
    saved = get_setting(session, TEMPLATES_KEY) or {}
    out = dict(DEFAULT_TEMPLATES)
    for cls, value in saved.items() if isinstance(saved, dict) else ():
        if cls in out and isinstance(value, dict):
            out[cls] = Template(str(value.get("subject", "")), str(value.get("body", "")))
    return out


def save_templates(session: Session, templates: dict[str, Template]) -> None:
    """Keep the booth lead's templates.

    Raises:
        RefusedError: a template names a placeholder that does not exist, or is too long.
    """
    for cls, template in templates.items():
        for part in (template.subject, template.body):
            check_template(part, VisitorClass(cls).label)
    set_setting(
        session,
        TEMPLATES_KEY,
        {cls: {"subject": t.subject, "body": t.body} for cls, t in templates.items()},
    )


def check_template(text: str, label: str) -> None:
    if len(text) > MAX_TEMPLATE:
        raise RefusedError(f"The {label} template is too long (at most {MAX_TEMPLATE} characters).")
    try:
        names = [name for _lit, name, _spec, _conv in Formatter().parse(text) if name is not None]
    except ValueError:
        raise RefusedError(
            f"The {label} template has an unmatched {{ or }}; write {{{{ or }}}} for a brace."
        ) from None
    unknown = [n for n in names if n not in PLACEHOLDERS]
    if unknown:
        allowed = ", ".join(f"{{{p}}}" for p in PLACEHOLDERS)
        raise RefusedError(
            f"The {label} template uses {{{unknown[0]}}}, which is not known; use {allowed}."
        )


def draft_for(item: FollowUpItem, template: Template, event: str) -> Draft:
    """The template filled in for one lead (an empty value where nothing is known).

    Raises:
        RefusedError: the lead has no email address.
    """
    if not item.email:
        raise RefusedError(f"{item.name} left no email address; call them instead.")
    values = {
        "first_name": item.first_name or item.name,
        "name": item.name,
        "company": item.company or "",
        "event": event,
        "next_step": item.step.action or "",
        "due": item.step.due or "",
        "owner": item.step.owner or "",
    }
    return Draft(item.email, _fill(template.subject, values), _fill(template.body, values))


def _fill(text: str, values: dict[str, str]) -> str:
    try:
        return text.format_map(_Blank(values))
    except (ValueError, IndexError):
        return text  # a template saved by hand with a stray brace: sent as written


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""
