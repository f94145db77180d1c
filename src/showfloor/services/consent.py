"""The consent text shown at capture, versioned so each consent names what was agreed."""

from __future__ import annotations

from sqlalchemy.orm import Session

from showfloor.store.settings import CONSENT_TEXTS, get_setting, set_setting

DEFAULT_CONSENT_TEXT = (
    "I agree that the exhibitor may store my contact details and notes from this "
    "conversation, and contact me about it. I can ask for them to be erased at any time."
)


def consent_texts(session: Session) -> list[str]:
    texts = get_setting(session, CONSENT_TEXTS)
    return list(texts) if texts else [DEFAULT_CONSENT_TEXT]


def current_consent(session: Session) -> tuple[int, str]:
    """(version, text) of the consent text in force; versions count from 1."""
    texts = consent_texts(session)
    return len(texts), texts[-1]


def set_consent_text(session: Session, text: str) -> int:
    """Adopt a new consent text; earlier versions are kept for earlier consents."""
    texts = consent_texts(session)
    if texts[-1] != text:
        texts.append(text)
        set_setting(session, CONSENT_TEXTS, texts)
    return len(texts)
