"""Check an export file against a CRM's import rules (tests/fixtures/crm/*.json)."""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

RULES = Path(__file__).resolve().parents[1] / "fixtures" / "crm"
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_E164 = re.compile(r"^\+[1-9]\d{6,14}( ext\. \d+)?$")


def load_rules(crm: str) -> dict[str, Any]:
    rules: dict[str, Any] = json.loads((RULES / f"{crm}.json").read_text(encoding="utf-8"))
    return rules


def violations(rules: dict[str, Any], headers: list[str], rows: list[dict[str, str]]) -> list[str]:
    """Every way the file breaks the rules, as 'row N, Column: why' lines."""
    columns: dict[str, dict[str, Any]] = rules["columns"]
    found = [f"header {h!r} is not a column {rules['crm']} knows" for h in headers
             if h not in columns]  # fmt: skip
    found += [f"required column {c!r} is missing" for c, rule in columns.items()
              if rule.get("required") and c not in headers]  # fmt: skip
    if len(headers) > rules.get("max_columns", 10**6):
        found.append(f"{len(headers)} columns, at most {rules['max_columns']}")
    if len(rows) > rules.get("max_rows", 10**9):
        found.append(f"{len(rows)} rows, at most {rules['max_rows']}")
    for n, row in enumerate(rows, start=2):
        for group in rules.get("one_of_required", []):
            if not any(row.get(c) for c in group):
                found.append(f"row {n}: none of {group} is filled")
        for column in headers:
            found += [f"row {n}, {column}: {why}" for why in _cell(columns.get(column, {}),
                                                                    row[column])]  # fmt: skip
    return found


def _cell(rule: dict[str, Any], value: str) -> list[str]:
    if not value:
        return ["required but empty"] if rule.get("required") else []
    problems = []
    if value.startswith("'"):
        problems.append(f"{value[:20]!r} starts with the spreadsheet apostrophe")
    if len(value) > rule.get("max_length", 10**9):
        problems.append(f"{len(value)} characters, at most {rule['max_length']}")
    if "values" in rule and value not in rule["values"]:
        problems.append(f"{value!r} is not one of the CRM's values")
    fmt = rule.get("format", "")
    if fmt == "email" and not _EMAIL.match(value):
        problems.append(f"{value!r} is not an email address")
    # A number must be E.164; text that is no number ("ask at desk") is kept as typed.
    number = any(c.isdigit() for c in value) and not any(c.isalpha() for c in value)
    if fmt == "e164" and number and not _E164.match(value):
        problems.append(f"{value!r} is not an E.164 number")
    if fmt.startswith("date:"):
        try:
            datetime.strptime(value, fmt[5:])
        except ValueError:
            problems.append(f"{value!r} is not a date as {fmt[5:]}")
    return problems
