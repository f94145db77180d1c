"""The fields of a business card, from the lines an OCR read on it.

Contact lines are recognised by their shape (an address with @, a number
phonenumbers accepts, a host name), the rest by what cards are made of: the
company carries a legal form or the name of the mail domain, the job title is
made of job words, and the name is the most name-like of what is left, printed
large and matching the mail address's local part when it can. Everything here is
a proposal: staff see each field marked "card" and correct it before saving.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

import phonenumbers

from showfloor.badges.names import is_east_asian, split_full_name
from showfloor.badges.phones import format_phone
from showfloor.badges.words import wordset
from showfloor.domain.validation import normalize_website


@dataclass(frozen=True)
class CardLine:
    """One line of text the OCR found: its text and box (x0, y0, x1, y1) in image pixels."""

    text: str
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    score: float = 1.0

    @property
    def height(self) -> float:
        return self.box[3] - self.box[1]


@dataclass(frozen=True)
class CardFields:
    """What a card proposes; None where it says nothing we could read."""

    full_name: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    company: str | None = None
    title: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None

    def is_empty(self) -> bool:
        return not any(vars(self).values())


_EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_LABEL = re.compile(
    r"^\s*(?:e-?mail|mail|email|e|m|t|p|tel|tél|phone|mobile?|mobil|móvil|cell|fax|web|www|"
    r"url|internet|site|telefon[eo]?|tel[eé]fono|kom|cep|telem|handy|portable)\b\.?\s*[:：]?\s*",
    re.IGNORECASE,
)
# A host name as one token: an optional scheme, labels, a top-level domain of letters,
# an optional port and path ("www.acme.de", "https://shop.acme.com/de", "acme.studio").
_HOST = re.compile(
    r"^(?:https?://)?(?:[^\W_](?:[\w-]*[^\W_])?\.)+([^\W\d_]{2,})(?::\d{1,5})?(?:/\S*)?$",
    re.IGNORECASE,
)
# Top-level domains that make a token a host wherever it is printed; any other one
# counts when the host stands alone on its line (new ones keep coming: .studio, .bio).
_TLDS = wordset(
    "com org net edu gov int io ai co me tv app dev tech info biz eu asia "
    "de fr es it pl se no dk fi nl be ch at cz sk pt tr uk ie lu hu ro bg gr hr si lt lv ee is "
    "us ca mx br ar cl au nz za in sg hk tw jp cn kr vn th id my ph il ae sa ru ua "
    "online site shop store cloud digital agency design studio solutions systems group global "
    "energy health bio media network consulting works team events"
)
_DOUBLED_WWW = re.compile(r"^w{4,}\.", re.IGNORECASE)  # OCR reads "www." twice on glossy cards
_LEGAL_DOTTED = re.compile(r"^(?:[^\W\d_]{1,3}\.)+[^\W\d_]{1,3}\.?$")  # S.p.A., Co.KG, Dr.Ing
_FAX = re.compile(r"\bfax\b|\btelefax\b|ファックス|传真|FAX", re.IGNORECASE)
_MOBILE = re.compile(
    r"\b(?:m|mob|mobile?|mobil|móvil|cell|handy|portable|cep|kom|telem)\b|携帯|手机", re.IGNORECASE
)
_DIGITS = re.compile(r"\d")

# Legal forms and words that make a line a company name.
_LEGAL = wordset(
    "gmbh ag kg ohg ug se mbh e.v. sarl sas sa s.a. sasu sl s.l. slu s.l.u. spa s.p.a. srl "
    "s.r.l. bv b.v. nv n.v. ab as a/s asa oy oyj aps ltd ltd. limited plc llc l.l.c. inc inc. "
    "corp corp. corporation co co. company lda lda. s.r.o. a.s. sp. z.o.o. o.o. a.ş. şti. "
    "pty kk k.k. group gruppe groupe labs lab systems technologies technology solutions "
    "consulting analytics software"
)
_CJK_COMPANY = re.compile(
    r"株式会社|有限会社|合同会社|有限公司|股份|集团|公司|研究所|大学|銀行|工業"
)
# Words of job titles, in the languages cards are printed in at European and Asian fairs.
_TITLE_WORDS = wordset(
    "ceo cto cfo coo cio cmo cso vp svp evp president vice chief officer director directeur "
    "directrice director(a) directora diretor diretora direktor direktorin manager managerin "
    "head lead leader engineer engineering developer architect consultant specialist analyst "
    "founder co-founder cofounder owner partner principal sales marketing procurement buyer "
    "purchasing account executive associate senior junior assistant professor researcher "
    "scientist student phd coordinator officer administrator designer product project "
    "business development operations responsable chef chargé chargée ingénieur ingénieure "
    "commercial commerciale gérant gérante geschäftsführer geschäftsführerin leiter leiterin "
    "entwicklungsingenieur einkaufsleiter vertrieb einkauf ingenieur ingenieurin referent "
    "gerente jefe jefa ingeniero ingeniera comercial dyrektor dyrektorka kierownik kierowniczka "
    "inżynier prezes zarządu handlowy sprzedaży projektu verkställande direktör chef "
    "försäljningschef inköpsansvarig projektledare ansvarig müdür müdürü genel satış uzmanı "
    "yöneticisi satın alma diretor executivo executiva gestor gestora engenheiro engenheira "
    "técnico técnica vendas compras obchodní ředitel ředitelka vedoucí nákupu jednatel "
    "manažer manažerka projektová projektový lab"
)
_CJK_TITLE = re.compile(
    r"部長|課長|社長|取締役|代表|主任|係長|室長|マネージャー|エンジニア|総監|总监|经理|主管|工程师|董事|总裁|"
    r"部|課|科长|处长"
)
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?$")
_CJK_CHARS = re.compile(r"^[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\s]{2,8}$")
_HONORIFIC = wordset(
    "dr dr. prof prof. mr mr. mrs mrs. ms ms. miss mx mx. mag. ing. ing ir. dipl.-ing. "
    "dr.-ing. dr.-ing dipl.-kfm. dipl.-inf. dipl.-wirt.-ing. (fh) dr.med. dr.rer.nat. "
    "m. mme mlle sr. sra. srta. dott. dott.ssa avv. mgr mgr. inż. doc. herr frau"
)
# Degrees and suffixes printed after a name ("Jane Doe, PhD", "John Smith Jr."): no part of it.
_POSTNOMINAL = wordset(
    "phd ph.d. ph.d dphil md m.d. mba msc m.sc. bsc b.sc. ma m.a. ba b.a. meng m.eng. "
    "beng b.eng. llm ll.m. cpa cfa pmp peng p.eng. pe p.e. jr jr. sr. ii iii iv"
)


# Letters OCR models confuse on printed cards, where the context says which was meant:
# a capital I between a capital and small letters is an l ("VItava"); Polish
# "Sp. z o.o." read with zeros.
_CAPITAL_I = re.compile(r"\b([A-Z])I(?=[a-z])")
_POLISH_OO = re.compile(r"\bz\s*[0o]\.\s*[0o]\.", re.IGNORECASE)


def _clean(text: str) -> str:
    text = " ".join(unicodedata.normalize("NFC", text).split())
    text = _CAPITAL_I.sub(r"\1l", text)
    return _POLISH_OO.sub("z o.o.", text)


def _fold(text: str) -> str:
    """Letters only, lower case, accents off: for comparing a name with an address."""
    table = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "ı": "i"})
    decomposed = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in decomposed if c.isalnum() and c.isascii()).lower()


def _strip_label(text: str) -> str:
    return _LABEL.sub("", text, count=1).strip()


# Addresses of a desk, not of the person who handed over the card.
_ROLE_MAILBOXES = wordset(
    "info contact kontakt hello hallo office sales vertrieb mail service support team "
    "admin enquiries inquiries welcome bonjour hola buero"
)


def find_email(lines: Sequence[str]) -> tuple[int, str] | None:
    """The person's address: the first one printed, unless that is a desk's (info@)."""
    found: list[tuple[bool, int, str]] = []
    for index, line in enumerate(lines):
        squeezed = re.sub(r"\s*@\s*", "@", line)
        for match in _EMAIL.finditer(squeezed):
            email = match.group(0).strip(".-'").lower()
            found.append((email.partition("@")[0] in _ROLE_MAILBOXES, index, email))
    if not found:
        return None
    _role, index, email = min(found)
    return index, email


def find_website(lines: Sequence[str], email: str | None) -> tuple[int, str] | None:
    """A web address printed on its own (not the mail address's domain inside it).

    With "www." or a scheme it is one wherever it stands; a bare host ("acme.de")
    needs a known top-level domain, or a line of its own (a label like "Web:" aside).
    """
    candidates: list[tuple[int, int, str]] = []
    for index, line in enumerate(lines):
        if "@" in line:
            continue
        alone = len(_strip_label(line).split()) == 1
        for token in line.split():
            host = _DOUBLED_WWW.sub("www.", token.strip(",;()<>\"'«»").rstrip("."))
            match = _HOST.match(host)
            if match is None:
                continue
            marked = host.lower().startswith(("www.", "http://", "https://"))
            known = match.group(1).lower() in _TLDS
            if not marked and (_LEGAL_DOTTED.match(host) or host.lower() in _LEGAL):
                continue  # "S.p.A.", "Co.KG": legal forms, not hosts
            if marked or known or alone:
                rank = 0 if marked else 1 if known else 2
                candidates.append((rank, index, host.rstrip("/")))
    if not candidates:
        return None
    _rank, index, url = min(candidates)
    return index, normalize_website(url) or url


def find_phone(lines: Sequence[str], country: str | None) -> tuple[list[int], str] | None:
    """The number to call: a mobile before an office line, never a fax.

    Returns the indexes of every line holding a number (fax lines too: they are
    no name or company) and the chosen number in E.164 when it parses.
    """
    found: list[tuple[int, int, str]] = []
    used: list[int] = []
    region = country.upper() if country else None
    for index, line in enumerate(lines):
        if "@" in line or len(_DIGITS.findall(line)) < 6:
            continue
        text = line.replace("(0)", " ")
        matches = list(phonenumbers.PhoneNumberMatcher(text, region or "ZZ", leniency=0))
        if not matches and region is None:
            continue
        for match in matches:
            number = phonenumbers.format_number(match.number, phonenumbers.PhoneNumberFormat.E164)
            kind = 2 if _FAX.search(line) else 0 if _MOBILE.search(line) else 1
            found.append((kind, index, number))
        if matches:
            used.append(index)
    phones = [f for f in found if f[0] < 2]
    if not phones:
        return (used, "") if used else None
    _kind, _index, number = min(phones)
    return used, format_phone(number, country) or number


def _words(text: str) -> list[str]:
    return [w.strip(",;:()").lower() for w in text.split()]


def _is_company(text: str, domain: str) -> float:
    words = _words(text)
    score = 0.0
    if any(w in _LEGAL for w in words) or text.lower().endswith(("gmbh", "inc.", "ltd", "s.a.")):
        score += 2
    if _CJK_COMPANY.search(text):
        score += 3
    folded = _fold(text)
    if domain and folded and (domain in folded or folded.startswith(domain[:6])):
        score += 2
    if "&" in text:
        score += 0.5
    return score


def _is_title(text: str) -> float:
    words = _words(text.replace("&", " ").replace("/", " "))
    hits = sum(1 for w in words if w in _TITLE_WORDS)
    if _CJK_TITLE.search(text) and not _CJK_COMPANY.search(text):
        hits += 2
    return hits / max(len(words), 1) * 2 + hits * 0.5


def _name_shape(text: str) -> float:
    """How much ``text`` looks like a person's name (0: not at all)."""
    if _CJK_CHARS.match(text):
        return 1.5 if 2 <= len(text.replace(" ", "")) <= 5 else 0.0
    words = _name_words(text)
    if not 2 <= len(words) <= 4:
        return 0.0
    if not all(_NAME_WORD.match(w) for w in words):
        return 0.0
    capitals = sum(1 for w in words if w[0].isupper())
    return 1.0 + capitals / len(words)


def _matches_local(text: str, local: str) -> float:
    """1 when the mail address is made of this name (jane.doe, jdoe, jane)."""
    if not local or is_east_asian(text.replace(" ", "")):
        return 0.0
    parts = [_fold(w) for w in text.split() if _fold(w)]
    if not parts:
        return 0.0
    local = _fold(local)
    first, last = parts[0], parts[-1]
    if (first in local and last in local) or local == first[0] + last:
        return 2.0
    if local in (first, last) or (len(local) > 3 and (local in first or local in last)):
        return 1.0
    return 0.0


def read_card(lines: Sequence[CardLine], *, country: str | None = None) -> CardFields:
    """Propose a card's fields from its OCR lines (in any order; boxes order them).

    Args:
        country: the booth's phone country, for numbers printed without "+".
    """
    ordered = sorted(
        (line for line in lines if _clean(line.text)), key=lambda line: (line.box[1], line.box[0])
    )
    texts = [_clean(line.text) for line in ordered]
    taken: set[int] = set()
    email_hit = find_email(texts)
    email = None
    if email_hit:
        taken.add(email_hit[0])
        email = email_hit[1]
    site_hit = find_website(texts, email)
    website = None
    if site_hit:
        taken.add(site_hit[0])
        website = site_hit[1]
    phone_hit = find_phone(texts, country)
    phone = None
    if phone_hit:
        taken.update(phone_hit[0])
        phone = phone_hit[1] or None
    local, _, host = (email or "").partition("@")
    domain_source = host or (website or "").removeprefix("http://").removeprefix("https://")
    domain = _fold(domain_source.removeprefix("www.").split(".")[0]) if domain_source else ""

    rest = [i for i in range(len(texts)) if i not in taken and _plain(texts[i])]
    heights = sorted((ordered[i].height for i in rest), reverse=True)
    tallest = heights[0] if heights and heights[0] > 0 else 1.0

    company_i = _best(rest, lambda i: _is_company(texts[i], domain), minimum=1.5)
    rest_nc = [i for i in rest if i != company_i]
    name_i = _best(
        rest_nc,
        lambda i: (
            _name_shape(texts[i]) * (1.0 + ordered[i].height / tallest)
            + _matches_local(texts[i], local)
            - _is_title(texts[i]) * 1.5
            - (_is_company(texts[i], domain) if company_i is None else 0.0)
        )
        if _name_shape(texts[i])
        else 0.0,
        minimum=1.0,
    )
    rest_n = [i for i in rest_nc if i != name_i]
    title_i = _best(rest_n, lambda i: _is_title(texts[i]), minimum=0.8)
    if title_i is None and name_i is not None:
        # the line right under the name, when it is no company: titles sit there
        below = [i for i in rest_n if i > name_i and not _is_company(texts[i], domain)]
        if below and below[0] == name_i + 1 and not _DIGITS.search(texts[below[0]]):
            title_i = below[0]
    if company_i is None:
        # no legal form, no domain match: the largest line that is neither name nor title
        others = [i for i in rest_n if i != title_i and not _DIGITS.search(texts[i])]
        company_i = _best(others, lambda i: ordered[i].height / tallest, minimum=0.55)

    full_name = texts[name_i] if name_i is not None else None
    first = last = None
    if full_name:
        first, last = split_full_name(_without_honorific(full_name))
        if last is None and is_east_asian(full_name) and len(full_name) >= 2:
            # Printed without a space: Chinese family names are mostly one character
            # ("王小明"), Japanese ones mostly two of a four-character name ("山田太郎").
            cut = 2 if len(full_name) == 4 else 1
            last, first = full_name[:cut], full_name[cut:]
    return CardFields(
        full_name=full_name,
        first_name=first,
        last_name=last,
        company=texts[company_i] if company_i is not None else None,
        title=texts[title_i] if title_i is not None else None,
        email=email,
        phone=phone,
        website=website,
    )


def _name_words(name: str) -> list[str]:
    """The words of a printed name without titles before it or degrees after it."""
    words = name.replace(",", " , ").split()
    while len(words) > 1 and words[0].lower() in _HONORIFIC:
        words = words[1:]
    while len(words) > 1 and (words[-1] == "," or words[-1].lower() in _POSTNOMINAL):
        words = words[:-1]
    return [w for w in words if w != ","]


def _without_honorific(name: str) -> str:
    return " ".join(_name_words(name))


def _plain(text: str) -> bool:
    """A line that can be a name, company or title: not an address, slogan mark or number."""
    if len(text) < 2 or len(text) > 80 or "@" in text:
        return False
    if any(w.lower().startswith(("www.", "http://", "https://")) for w in text.split()):
        return False
    digits = len(_DIGITS.findall(text))
    return digits <= 2 or bool(_CJK_COMPANY.search(text)) and digits <= 4


def _best(indexes: Sequence[int], score: object, *, minimum: float) -> int | None:
    scored = [(score(i), -i) for i in indexes]  # type: ignore[operator]
    if not scored:
        return None
    value, negative = max(scored)
    return -negative if value >= minimum else None
