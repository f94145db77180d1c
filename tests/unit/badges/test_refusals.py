"""Codes that are not visitor badges are refused with a reason booth staff can act on."""

from __future__ import annotations

import pytest

from showfloor.badges import parse_payload, refusals


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ("WIFI:T:WPA;S:Booth;P:secret;;", refusals.WIFI),
        ("wifi:S:Booth;;", refusals.WIFI),
        ("DPP:C:81/1;K:MDkwEwYHKoZIzj0CAQ;;", refusals.WIFI),
        ("otpauth://hotp/Acme:jane?secret=JBSWY3DPEHPK3PXP&counter=1", refusals.ONE_TIME_PASSWORD),
        ("otpauth-migration://offline?data=CjEKCkhlbGxvId6tvu8", refusals.ONE_TIME_PASSWORD),
        ("BITCOIN:BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ", refusals.PAYMENT),
        ("litecoin:ltc1qg82tw3wjp4e3r9m3jv5eqt0ly6ukqaezqkvsmy", refusals.PAYMENT),
        (
            "lightning:LNURL1DP68GURN8GHJ7UM9WFMXJCM99E3K7MF0V9CXJ0M385EKVCENXC6R2C35",
            refusals.PAYMENT,
        ),
        ("lnbc" + "1" * 10 + "p" * 90, refusals.PAYMENT),
        ("upi://pay?pa=shop@upi&pn=Shop&am=10", refusals.PAYMENT),
        ("BCD\r\n001\r\n1\r\nSCT\r\nBIC\r\nName\r\nDE00\r\nEUR1", refusals.PAYMENT),
        ("https://www.paypal.me/someone", refusals.PAYMENT),
        ("paypal.me/someone/10", refusals.PAYMENT),
        ("https://www.paypal.com/paypalme/someone", refusals.PAYMENT),
        (
            "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Talk\nEND:VEVENT\nEND:VCALENDAR",
            refusals.CALENDAR,
        ),
        ("geo:48.1371,11.5754", refusals.LOCATION),
        ("fb://profile/12345", refusals.APP_LINK),
        ("https://expo.example.com/", refusals.WEB_LINK),
        ("https://expo.example.com/agenda", refusals.WEB_LINK),
        ("https://expo.example.com/programme/day-2", refusals.WEB_LINK),
        ("https://expo.example.com/program-2026", refusals.WEB_LINK),
        ("https://expo.example.com/floorplan.pdf", refusals.WEB_LINK),
        ("https://expo.example.com/news/2026-11-20", refusals.WEB_LINK),
        ("https://expo.example.com/speakers/ada-lovelace", refusals.WEB_LINK),
        ("https://www.linkedin.com/in/jane-doe-1a2b3c4d", refusals.WEB_LINK),
        ("http://[::1", refusals.WEB_LINK),
        ("", refusals.EMPTY),
        ("\u200b\ufeff \x00\x07", refusals.EMPTY),
        (b"", refusals.EMPTY),
        ("Visit us at stand B12 for a free coffee and a demo", refusals.TEXT),
        ("Hello", refusals.TEXT),
        ("hello world", refusals.TEXT),
        ("Thanks, see you soon!", refusals.TEXT),
        ("{not json", refusals.TEXT),
        ("[1, 2, 3]", refusals.NO_PERSON),
        ('{"event": {"name": "Expo", "id": 1}}', refusals.NO_PERSON),
        ('{"email": "not-an-address"}', refusals.NO_PERSON),
        ("mailto:", refusals.NO_PERSON),
        ("MECARD:;;", refusals.EMPTY_CONTACT),
        ("BIZCARD:A:Somewhere 1;;", refusals.EMPTY_CONTACT),
        ("BEGIN:VCARD\nVERSION:4.0\nEND:VCARD", refusals.EMPTY_CONTACT),
        ("A" * 201 + "1", refusals.LONG_TOKEN),
    ],
)
def test_refused(payload: str | bytes, reason: str) -> None:
    result = parse_payload(payload)
    assert result.refused == reason
    assert result.is_refused
    assert result.badge_id is None and result.person.is_empty() and result.lookup_keys == ()


def test_refusal_reasons_are_sentences_for_booth_staff() -> None:
    reasons = [v for k, v in vars(refusals).items() if k.isupper() and isinstance(v, str)]
    assert len(reasons) >= 12
    for reason in reasons:
        assert reason[0].isupper() and reason.endswith("."), reason
        assert "parse" not in reason.lower() and "payload" not in reason.lower(), reason


@pytest.mark.parametrize("size", [4097, 5000, 100_000])
def test_payloads_over_the_4kb_cap_are_refused(size: int) -> None:
    text = "A1" * (size // 2) + "A" * (size % 2)
    assert parse_payload(text).refused == refusals.TOO_LARGE
    assert parse_payload(text.encode()).refused == refusals.TOO_LARGE


def test_the_cap_counts_utf8_bytes_not_characters() -> None:
    vcard = "BEGIN:VCARD\nVERSION:3.0\nFN:Jürgen Müller\nNOTE:{}\nEND:VCARD"
    padding = 4096 - len(vcard.format("").encode("utf-8"))
    at_cap = vcard.format("x" * padding)
    assert len(at_cap.encode("utf-8")) == 4096
    assert parse_payload(at_cap).person.full_name == "Jürgen Müller"
    over_cap = vcard.format("x" * (padding - 2) + "é" * 2)  # 2 chars more bytes, not more chars
    assert len(over_cap) == len(at_cap) and len(over_cap.encode("utf-8")) == 4098
    assert parse_payload(over_cap).refused == refusals.TOO_LARGE


def test_secrets_are_not_kept_in_the_refusal() -> None:
    for payload in (
        "WIFI:T:WPA;S:Booth;P:hunter2;;",
        "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP",
        "BCD\n002\n1\nSCT\nBIC\nName\nDE89370400440532013000\nEUR5",
    ):
        assert parse_payload(payload).raw == ""


@pytest.mark.parametrize(
    "payload",
    [
        "mailto:jane@example.org",
        "tel:+4930123456",
    ],
)
def test_single_contact_values_are_not_refused(payload: str) -> None:
    result = parse_payload(payload)
    assert result.refused is None and result.format == "fields"
    assert result.person.email == "jane@example.org" or result.person.phone == "+4930123456"
