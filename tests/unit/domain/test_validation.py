import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from showfloor.domain.errors import RefusedError
from showfloor.domain.questions import (
    QUESTIONS,
    Rating,
    VisitorClass,
    all_answer_keys,
    answer_keys,
)
from showfloor.domain.validation import (
    check_answers,
    check_email,
    check_tags,
    clean_text,
    parse_class,
    parse_rating,
)


def test_answer_keys_match_the_cli_contract() -> None:
    assert answer_keys(VisitorClass.CUSTOMER) == (
        "status",
        "pain_1",
        "pain_2",
        "pain_3",
        "buys_from",
        "timeline",
        "obstacle",
        "decision_maker",
        "early_adopter",
        "missing_feature",
        "next_step",
        "next_step_due",
    )
    assert answer_keys(VisitorClass.MENTOR) == (
        "reservations",
        "barriers",
        "pitch_gaps",
        "right_customer",
        "referral",
    )
    assert answer_keys(VisitorClass.KOL) == (
        "channels",
        "audience_size",
        "topics",
        "impression",
        "delight_plan",
        "owner",
    )
    assert len(all_answer_keys()) == len(set(all_answer_keys())) == 23
    assert set(QUESTIONS) == set(VisitorClass)


def test_class_and_rating_parse_case_insensitively() -> None:
    assert parse_class(" KOL ") is VisitorClass.KOL
    assert parse_rating("Hot") is Rating("hot")
    assert parse_rating("") is None


@pytest.mark.parametrize("bad", ["nope", "", "customers"])
def test_unknown_class_is_refused_with_the_choices(bad: str) -> None:
    with pytest.raises(RefusedError, match="customer, mentor, kol"):
        parse_class(bad)


def test_answers_are_checked_against_the_class() -> None:
    assert check_answers(VisitorClass.MENTOR, {"barriers": "  no   budget ", "referral": ""}) == {
        "barriers": "no budget"
    }
    with pytest.raises(RefusedError, match="'pain_1' is not a question for a mentor"):
        check_answers(VisitorClass.MENTOR, {"pain_1": "x"})
    with pytest.raises(RefusedError, match="yes, no, unknown"):
        check_answers(VisitorClass.CUSTOMER, {"decision_maker": "maybe"})
    with pytest.raises(RefusedError, match="YYYY-MM-DD"):
        check_answers(VisitorClass.CUSTOMER, {"next_step_due": "next week"})
    with pytest.raises(RefusedError, match="too long"):
        check_answers(VisitorClass.KOL, {"topics": "x" * 5000})


def test_multiline_answers_keep_their_lines() -> None:
    assert check_answers(VisitorClass.MENTOR, {"barriers": "a\r\n b  c\n"}) == {
        "barriers": "a\nb c"
    }


def test_email_is_normalised_or_refused() -> None:
    assert check_email("  Ada@Example.ORG ") == "ada@example.org"
    assert check_email("mailto:x@y.io") == "x@y.io"
    assert check_email("") is None
    for bad in ("ada", "ada@", "ada@example", "a b@c.de"):
        with pytest.raises(RefusedError, match="not an email address"):
            check_email(bad)


def test_clean_text_strips_controls_and_normalises() -> None:
    assert clean_text("Jose\u0301\x00  Garci\u0301a\u200b") == "José García"
    assert clean_text("   ") is None


def test_tags_are_deduplicated_and_bounded() -> None:
    assert check_tags(["vip", " vip ", "", "pilot"]) == ["vip", "pilot"]
    with pytest.raises(RefusedError, match="Too many tags"):
        check_tags([f"t{i}" for i in range(40)])


def _clean_text_the_long_way(value: str, *, multiline: bool) -> str | None:
    """clean_text without its shortcut for tidy ASCII (what it must agree with)."""
    import unicodedata

    from showfloor.domain.validation import _CONTROL_RE

    text = _CONTROL_RE.sub("", unicodedata.normalize("NFC", value))
    if multiline:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip()
    else:
        text = " ".join(text.split())
    return text or None


@settings(max_examples=400, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(" aZ9.-@\t\n\r\x00\x7f\u00e9e\u0301\u200b\u00a0"), max_size=12)
    | st.text(max_size=12),
    st.booleans(),
)
def test_clean_text_is_the_same_with_and_without_its_shortcut(value: str, multiline: bool) -> None:
    from showfloor.domain.validation import clean_text

    assert clean_text(value, multiline=multiline) == _clean_text_the_long_way(
        value, multiline=multiline
    )
