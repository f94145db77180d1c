"""Text to rows: the delimiter (`,` `;` or tab, or Excel's "sep=" line) and CSV records."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

from showfloor.domain.errors import RefusedError
from showfloor.services.attendees.columns import SYNONYM_INDEX, normalize_header
from showfloor.services.attendees.decoding import SAMPLE_BYTES

_SEP_LINE = re.compile(r"^sep=(.)\r?\n", re.IGNORECASE)
HEADER_LINES = 15  # lines a header may have above it (importer.find_header's limits)


def delimiter_and_body(text: str) -> tuple[str, str]:
    """Honour Excel's "sep=;" first line (and drop it: Excel does not show it as a row)."""
    if text.startswith("\ufeff"):
        text = text[1:]
    hint = _SEP_LINE.match(text[:16])
    if hint and hint.group(1) in ",;\t|":
        return hint.group(1), text[hint.end() :]
    if not text.strip():
        raise RefusedError("The attendee list is empty: there is no header and no row.")
    return sniff_delimiter(text), text


def sniff_delimiter(text: str) -> str:
    """`,` `;` or tab: the one under which the header names the most known fields.

    csv.Sniffer alone is easily fooled (commas inside a `;` file's notes); it only
    breaks ties here, and a comma is the fallback when nothing is recognised.
    """
    sample = text[:SAMPLE_BYTES]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:
        sniffed = ","
    candidates = list(dict.fromkeys([sniffed, ",", ";", "\t"]))

    def score(delimiter: str) -> tuple[int, int]:
        # The header may stand under title or instruction lines ("Attendee report,
        # March"): the best-named of the first records speaks for the delimiter.
        records = _first_records(sample, delimiter) or [[]]
        known = [sum(normalize_header(cell) in SYNONYM_INDEX for cell in r) for r in records]
        best = max(range(len(records)), key=known.__getitem__)
        return known[best], len(records[best] if known[best] else records[0])

    scores = {d: score(d) for d in candidates}
    best = max(candidates, key=lambda d: scores[d])  # max keeps the first on ties
    if scores[best][0] == 0 and scores[sniffed][1] > 1:
        return sniffed
    return best


def _first_records(sample: str, delimiter: str) -> list[list[str]]:
    """The first non-blank records, as many as a header may have lines above it."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
    records: list[list[str]] = []
    try:
        for record in reader:
            if any(cell.strip() for cell in record):
                records.append(record)
                if len(records) > HEADER_LINES:
                    break
    except csv.Error:
        pass
    return records


def read_records(text: str, delimiter: str) -> Iterator[tuple[int, list[str]]]:
    """(spreadsheet row number, cells); a csv error becomes a refusal naming the row."""
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=delimiter, quotechar='"', strict=True
    )
    row = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise RefusedError(
                f"Row {row + 1} is not valid CSV ({exc}); an unclosed quote is the usual "
                "cause. Fix that row or export the list again."
            ) from None
        row += 1
        yield row, cells


def count_lines(text: str) -> int:
    return text.count("\n") + (0 if text.endswith("\n") else 1)
