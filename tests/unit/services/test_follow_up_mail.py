"""Drafted follow-up emails: templates per class, placeholders, mailto: and .eml."""

from __future__ import annotations

from email import message_from_bytes
from urllib.parse import parse_qs, urlsplit

import pytest

from showfloor.domain.errors import RefusedError
from showfloor.services.demo import create_demo
from showfloor.services.follow_up_mail import (
    DEFAULT_TEMPLATES,
    Template,
    draft_for,
    load_templates,
    save_templates,
)
from showfloor.services.follow_ups import list_follow_ups
from showfloor.store.database import Database


def test_each_class_gets_its_template_filled_in(db: Database) -> None:
    event_id, _ = create_demo(db)
    with db.session() as session:
        items = {i.name: i for i in list_follow_ups(session, event_id)}
        templates = load_templates(session)
    mentor = draft_for(items["Graham Bell"], templates["mentor"], "Demo Expo 2026")
    assert mentor.to == "graham@acoustic.example"
    assert mentor.subject == "Thank you for your insight at Demo Expo 2026"
    assert mentor.body.startswith("Hello Graham,")
    customer = draft_for(items["Mei Tanaka"], templates["customer"], "Demo Expo 2026")
    assert "(quote)" in customer.body and customer.body.endswith("Anna Berg")
    link = urlsplit(customer.mailto())
    assert link.scheme == "mailto" and link.path == "mei.tanaka@kaizen.example"
    assert parse_qs(link.query)["body"] == [customer.body]  # every character survives
    eml = message_from_bytes(customer.eml())
    assert eml["To"] == "mei.tanaka@kaizen.example" and eml["X-Unsent"] == "1"
    body = eml.get_payload(decode=True)
    assert isinstance(body, bytes)  # one text part
    assert body.decode().strip() == customer.body.strip()


def test_the_booth_lead_edits_a_template_and_bad_ones_are_refused(db: Database) -> None:
    with db.session() as session:
        save_templates(session, {"kol": Template("Hi {first_name}", "See {event}")})
    with db.session() as session:
        templates = load_templates(session)
    assert templates["kol"] == Template("Hi {first_name}", "See {event}")
    assert templates["mentor"] == DEFAULT_TEMPLATES["mentor"]
    with db.session() as session, pytest.raises(RefusedError, match=r"\{budget\}, which is not"):
        save_templates(session, {"kol": Template("Hi {budget}", "")})
    with db.session() as session, pytest.raises(RefusedError, match="unmatched"):
        save_templates(session, {"kol": Template("Hi {first_name", "")})
