"""Header to fields: which column of an organiser's export feeds which attendee field.

The synonyms table knows the header spellings of real exports; ``--map`` overrides it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from showfloor.badges.platforms import EXTRA as PLATFORM_EXTRA
from showfloor.badges.platforms import Platform, detect_platform, header_key
from showfloor.domain.errors import RefusedError
from showfloor.domain.person import PERSON_FIELDS
from showfloor.domain.validation import MAX_ID, PERSON_LIMITS, clean_text

normalize_header = header_key  # one definition, shared with the platform rules

ID_FIELDS = ("badge_id", "ticket_code")
FIELDS = (*ID_FIELDS, *PERSON_FIELDS)
IGNORE = "ignore"
EXTRA = "extra"
MAP_TARGETS = (*FIELDS, IGNORE, EXTRA)

# The synonyms table: the header spellings of real organiser exports, per field,
# best first. When two columns claim one field the better-ranked one wins; a losing
# id column takes the other id field if it is free (Eventbrite: Barcode # and
# Attendee #; Swapcard: Badge ID and ID), any other loser is kept in `extra`.
# Headers compare after normalize_header (case, accents, spaces, punctuation, `#`).
# Order-level ids (Eventbrite "Order #", pretix "Order code") are deliberately
# absent: several attendees share them, so matching on them would merge people.
# fmt: off
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "badge_id": (
        "Badge ID", "Badge number", "Badge no", "Badge code", "Barcode #", "Barcode number",
        "Ticket barcode", "Badge barcode", "QR code", "Scan code", "Registration ID",
        "Attendee ID", "Attendee #", "Attendee number", "api_id", "Guest ID",
        "Participant ID", "Delegate ID", "Registrant ID", "Person ID", "Contact ID",
        "User ID", "ID",
        # Japanese, Chinese and Korean exports
        "受付番号", "登録番号", "参加者番号", "来場者番号", "参加者ID", "バーコード",
        "报名编号", "参会编号", "등록번호",
    ),
    "ticket_code": (
        "Ticket secret", "Secret", "Ticket code", "Ticket number", "Ticket no", "Ticket ID",
        "Confirmation Number", "Confirmation code", "Confirmation no", "Confirmation ID",
        "Registration code", "Registration number", "チケット番号", "整理番号", "票号", "티켓번호",
    ),
    "first_name": (
        "First Name", "Attendee first name", "Attendee name: Given name", "Given name",
        "Forename", "First", "Vorname", "Prénom", "Nombre", "名", "名前（名）",
    ),
    "last_name": (
        "Last Name", "Attendee last name", "Attendee name: Family name", "Family name",
        "Surname", "Last", "Nachname", "Nom de famille", "Nom", "Apellido", "Apellidos", "姓",
        "名前（姓）",
    ),
    "full_name": (
        "Full name", "Attendee name", "Name", "Guest name", "Participant name",
        "Delegate name", "Contact name", "Visitor name", "Display name", "Attendee full name",
        "氏名", "お名前", "名前", "参加者名", "姓名", "이름", "성명",
    ),
    "company": (
        "Company", "Company Name", "Company/Affiliation", "Attendee company", "Organization",
        "Organisation",
        "Organization name", "Organisation name", "Employer", "Affiliation", "Institution",
        "Account name", "Firma", "Unternehmen", "Entreprise", "Société", "Empresa",
        "会社名", "会社", "企業名", "勤務先", "所属", "団体名", "公司", "单位", "회사", "회사명",
    ),
    "title": (
        "Job Title", "Title", "Attendee job title", "Position", "Role", "Job role",
        "Job function", "Function", "Designation", "Jobtitel", "Funktion", "Poste", "Cargo",
        "役職", "肩書き", "肩書", "职位", "职务", "직함", "직책",
    ),
    "email": (
        "Attendee email", "Email", "Email Address", "E-mail", "E-mail address", "Mail",
        "Work email", "Business email", "Primary email", "Attendee email address",
        "Courriel", "Correo", "メールアドレス", "メール", "Eメール", "電子メール", "邮箱",
        "电子邮件", "이메일",
    ),
    "phone": (
        "Cell Phone", "Mobile Phone", "Mobile", "Mobile number", "phone_number", "Phone",
        "Phone number", "Attendee phone", "Work Phone", "Business phone", "Telephone", "Tel",
        "Cell", "Handy", "Telefon", "Téléphone", "Teléfono", "電話番号", "携帯電話", "携帯電話番号",
        "电话", "手机", "전화번호", "휴대폰",
    ),
    "website": (
        "Website", "Web site", "Company website", "Website URL", "Homepage", "Webseite",
        "Site web", "Sitio web", "ウェブサイト", "ホームページ", "网站", "웹사이트",
    ),
}
# fmt: on

MAX_LENGTH = {"badge_id": MAX_ID, "ticket_code": MAX_ID, **PERSON_LIMITS}


def _build_synonym_index() -> dict[str, tuple[str, int]]:
    index: dict[str, tuple[str, int]] = {}
    for target, spellings in HEADER_SYNONYMS.items():
        for rank, spelling in enumerate(spellings):
            index.setdefault(normalize_header(spelling), (target, rank))
    return index


SYNONYM_INDEX = _build_synonym_index()


TEXT_KIND, ID_KIND, EMAIL_KIND, WEBSITE_KIND = 0, 1, 2, 3  # how clean_row treats a cell


@dataclass(frozen=True)
class PlannedComposition:
    """A platform's id composition on this header: the cells joined, in order."""

    target: str  # the id field it fills
    cells: tuple[int, ...]
    transform: Callable[[str], str | None] | None
    overrides: bool  # replaces the target column's own value


@dataclass(frozen=True)
class ColumnPlan:
    """Which cell of a row feeds which field; everything else is kept in ``extra``."""

    headers: tuple[str, ...]
    fields: dict[str, int]
    extras: tuple[tuple[str, int], ...]
    platform: Platform | None = None
    # The platform's id compositions this header can fill (badges/platforms/).
    compositions: tuple[PlannedComposition, ...] = ()

    @cached_property
    def steps(self) -> tuple[tuple[str, int, int, int], ...]:
        """(field, cell, length limit, kind) per mapped column: the row loop's program."""
        kinds = {
            "badge_id": ID_KIND, "ticket_code": ID_KIND, "email": EMAIL_KIND,
            "website": WEBSITE_KIND,
        }  # fmt: skip
        return tuple(
            (name, pos, MAX_LENGTH[name], kinds.get(name, TEXT_KIND))
            for name, pos in sorted(self.fields.items(), key=_by_pos)
        )

    def mapped(self) -> dict[str, str]:
        return {self.headers[i]: name for name, i in sorted(self.fields.items(), key=_by_pos)}

    def badge_columns(self) -> list[str]:
        """What resolves scanned id badges: the id columns and the composed ids, best first."""
        labels = {}
        if self.platform is not None:
            labels = {c.target: c.label for c in self.platform.compositions}
        composed = {c.target for c in self.compositions}
        found: list[str] = []
        for target in ID_FIELDS:  # badge ids before ticket codes
            column = [self.headers[self.fields[target]]] if target in self.fields else []
            built = [labels[target]] if target in composed and target in labels else []
            first_built = self.platform is not None and self.platform.composed_first
            found += built + column if first_built or not column else column + built
        if self.platform is not None and self.platform.composed_first:
            found.sort(key=lambda name: name not in labels.values())  # what the badge carries
        return list(dict.fromkeys(found))


def _by_pos(item: tuple[str, int]) -> int:
    return item[1]


def plan_columns(
    header: Sequence[str], mapping: Mapping[str, str] | None = None, header_row: int = 1
) -> ColumnPlan:
    """Map a header row to fields: explicit mapping first, then the columns of the
    platform the header is recognised as (badges/platforms/), then the synonyms table.

    Raises:
        RefusedError: a mapping names an unknown field or a column the file lacks, or
            no column names any field.
    """
    headers = _header_names(header)
    platform = detect_platform(headers)
    own = platform.columns if platform is not None else {}
    assigned: dict[int, str] = _explicit(headers, mapping or {})
    keys = [normalize_header(h) for h in headers]
    for pos, key in enumerate(keys):
        if pos not in assigned and own.get(key) == PLATFORM_EXTRA:
            assigned[pos] = EXTRA  # e.g. Meetup's "Title" is a group role
    claimed = {target for target in assigned.values() if target in FIELDS}
    candidates = sorted(
        (-1, pos, own[key]) if key in own else (SYNONYM_INDEX[key][1], pos, SYNONYM_INDEX[key][0])
        for pos, key in enumerate(keys)
        if pos not in assigned and (key in own or key in SYNONYM_INDEX)
    )
    losers: list[tuple[int, str]] = []
    for _rank, pos, target in candidates:
        if target in claimed:
            losers.append((pos, target))
        else:
            assigned[pos] = target
            claimed.add(target)
    for pos, target in losers:  # still best-ranked first
        other = _other_id_field(target)
        if other is not None and other not in claimed:
            assigned[pos] = other
            claimed.add(other)
    fields_ = {target: pos for pos, target in assigned.items() if target in FIELDS}
    if not fields_:
        raise RefusedError(_no_header_message(headers, header_row))
    extras = tuple(
        (headers[pos], pos) for pos in range(len(headers)) if assigned.get(pos, EXTRA) == EXTRA
    )
    return ColumnPlan(tuple(headers), fields_, extras, platform, _compositions(platform, keys))


def _compositions(platform: Platform | None, keys: list[str]) -> tuple[PlannedComposition, ...]:
    """The platform's id compositions whose every part is a column of this header."""
    if platform is None:
        return ()
    found = []
    for composition in platform.compositions:
        if all(part in keys for part in composition.parts):
            cells = tuple(keys.index(part) for part in composition.parts)
            found.append(
                PlannedComposition(
                    composition.target, cells, composition.transform, composition.overrides
                )
            )
    return tuple(found)


def _other_id_field(target: str) -> str | None:
    if target not in ID_FIELDS:
        return None
    return ID_FIELDS[1 - ID_FIELDS.index(target)]


def _header_names(header: Sequence[str]) -> list[str]:
    """Cleaned header cells; blank ones become "column N", repeats get " (2)"."""
    names: list[str] = []
    for pos, cell in enumerate(header):
        base = clean_text(cell) or f"column {pos + 1}"
        name, n = base, 1
        while name in names:
            n += 1
            name = f"{base} ({n})"
        names.append(name)
    return names


def _explicit(headers: list[str], mapping: Mapping[str, str]) -> dict[int, str]:
    exact: dict[str, int] = {}
    loose: dict[str, int] = {}
    for pos, header in enumerate(headers):
        exact.setdefault(header, pos)
        loose.setdefault(normalize_header(header), pos)
    assigned: dict[int, str] = {}
    for column, target in mapping.items():
        wanted = target.strip().lower()
        if wanted not in MAP_TARGETS:
            raise RefusedError(
                f"Mapping '{column}={target}': '{target}' is not a field; use one of: "
                f"{', '.join(MAP_TARGETS)}."
            )
        found = exact.get(column.strip(), loose.get(normalize_header(column)))
        if found is None:
            raise RefusedError(
                f"Mapping '{column}={target}': the file has no column '{column}'; its "
                f"columns are: {_quoted(headers)}."
            )
        if wanted in FIELDS and wanted in assigned.values():
            other = headers[next(p for p, t in assigned.items() if t == wanted)]
            raise RefusedError(
                f"Two columns are mapped to {wanted}: '{other}' and '{headers[found]}'; "
                "map only one."
            )
        assigned[found] = wanted
    return assigned


def _quoted(headers: Sequence[str], limit: int = 8) -> str:
    shown = ", ".join(f"'{h[:40]}'" for h in headers[:limit])
    return shown + (f" and {len(headers) - limit} more" if len(headers) > limit else "")


def _no_header_message(headers: Sequence[str], row: int) -> str:
    return (
        f"No column of the header (row {row}: {_quoted(headers, 6)}) names an attendee field, "
        "so this is not an attendee list this program can read. Name the columns with "
        f"--map COLUMN=FIELD (fields: {', '.join(FIELDS)})."
    )
