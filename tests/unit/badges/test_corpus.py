"""Every payload of the corpus parses to exactly what the corpus says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from showfloor.badges import parse_payload

CORPUS_PATH = Path(__file__).resolve().parents[2] / "fixtures" / "badges" / "corpus.json"
CASES: list[dict[str, Any]] = json.loads(CORPUS_PATH.read_text(encoding="utf-8"))["cases"]


def test_the_corpus_covers_every_format_and_refusals() -> None:
    formats = {c["expected"].get("format") for c in CASES if "refused" not in c["expected"]}
    assert formats == {"vcard", "mecard", "bizcard", "json", "fields", "url", "id"}
    assert sum("refused" in c["expected"] for c in CASES) >= 15
    assert len(CASES) >= 45
    assert len({c["name"] for c in CASES}) == len(CASES)


def test_crlf_payloads_keep_their_crlf() -> None:
    assert sum("\r\n" in c["payload"] for c in CASES) >= 5


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_corpus_payload(case: dict[str, Any]) -> None:
    result = parse_payload(case["payload"], default_country=case.get("default_country"))
    got = result.to_json_dict()
    assert got["source"] == "badge"
    expected = {key: None for key in got if key != "source"} | case["expected"]
    assert {k: v for k, v in got.items() if k != "source"} == expected
    if "lookup_keys" in case:
        assert list(result.lookup_keys) == case["lookup_keys"]
    if result.badge_id is not None:
        assert result.badge_id in result.lookup_keys


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_corpus_payload_as_utf8_bytes(case: dict[str, Any]) -> None:
    as_text = parse_payload(case["payload"], default_country=case.get("default_country"))
    as_bytes = parse_payload(
        case["payload"].encode("utf-8"), default_country=case.get("default_country")
    )
    assert as_bytes.to_json_dict() == as_text.to_json_dict()
