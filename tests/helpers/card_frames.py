"""Synthetic business cards, printed and photographed, shared by the tests and the card benchmark.

Why synthetic: no camera exists on the build machines, and photos of real people's
cards could not be published with the project. Each card is drawn with Pillow in one
of several layouts (name on top, company as a logo, contacts in a column on the right,
a coloured band, Japanese and Chinese cards), in the fonts Debian's font packages
install (packaging/debian-deps.sh), then "photographed": warped into a cluttered
desk scene by a homography, rotated, defocused or shaken, with a glare spot, uneven
light, sensor noise and JPEG artefacts. Everything follows from a seed, so a
benchmark run is reproducible and each card's true fields are known.

The benchmark imports this module with ``tests/`` on ``sys.path``; keep it free of
pytest and of showfloor imports.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import cv2
import numpy as np
from numpy.typing import NDArray
from PIL import Image, ImageDraw, ImageFont

Picture = NDArray[np.uint8]

CARD_SIZE = (1050, 600)  # 3.5 x 2 inches at 300 dpi
FONT_DIRS = (
    Path("/usr/share/fonts/truetype/dejavu"),
    Path("/usr/share/fonts/truetype/liberation2"),
    Path("/usr/share/fonts/truetype/liberation"),
    Path("/usr/share/fonts/truetype/wqy"),
)
# (regular, bold) pairs; the first is fonts-dejavu-core, always there on Debian.
LATIN_FONTS = (
    ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    ("LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
    ("LiberationSansNarrow-Regular.ttf", "LiberationSansNarrow-Bold.ttf"),
)
CJK_FONT = "wqy-microhei.ttc"  # fonts-wqy-microhei
BOOTH_COUNTRY = "DE"  # the booth's phone country setting, for numbers printed without +
COUNTRY_CODES = {"DE": "+49"}
LAYOUTS = ("classic", "centered", "right_column", "band", "logo_company", "name_last")


@dataclass(frozen=True)
class Card:
    """One visitor's card: what is printed, and what a perfect reader would propose."""

    name: str
    title: str
    company: str
    email: str
    phone_printed: str
    phone: str  # E.164
    website: str
    address: tuple[str, ...] = ()
    layout: str = "classic"
    script: str = "latin"  # "latin" or "cjk"
    phone_label: str = ""
    email_label: str = ""
    web_label: str = ""
    extra: tuple[str, ...] = field(default=())  # a second phone, a fax line, a slogan


# --- people ---------------------------------------------------------------------------

# (first names, last names, companies, titles, address, phone patterns (# a digit; a
# national one is read with the booth's country, BOOTH_COUNTRY), phone labels) per
# country. Companies carry their country's legal form, titles are in the country's
# language, as cards are.
_LATIN: dict[
    str, tuple[list[str], list[str], list[str], list[str], tuple[str, ...], list[str], list[str]]
] = {
    "DE": (
        ["Jürgen", "Anneliese", "Björn", "Käthe", "Jörg", "Sören", "Lena", "Matthias"],
        ["Müller", "Schäfer", "Weiß", "Groß", "Köhler", "Hoffmann", "Bäcker", "Krüger"],
        ["Nordwind Robotik GmbH", "Bergmann & Söhne KG", "Lichtblick Analytik AG",
         "Südhafen Logistik GmbH"],
        ["Geschäftsführer", "Leiterin Vertrieb", "Entwicklungsingenieur", "Einkaufsleiter"],
        ("Hauptstraße 12", "10115 Berlin"),
        ["+49 30 #### ####", "+49 (0)151 ########", "030 #### ###"],
        ["Tel.", "Mobil", "T", "Telefon"],
    ),
    "FR": (
        ["Amélie", "Hélène", "François", "Loïc", "Céline", "Jérôme", "Noémie", "Gaël"],
        ["Dubois", "Lefèvre", "Moreau", "Girard", "Bézier", "Fournier", "Lemaître", "Rousseau"],
        ["Café Numérique SARL", "Éclat Systèmes SAS", "Lumière & Fils SA", "Atelier Côté SAS"],
        ["Directrice Générale", "Responsable Achats", "Ingénieur Commercial", "Chef de Projet"],
        ("12 rue de la Paix", "75002 Paris"),
        ["+33 1 ## ## ## ##", "+33 (0)6 ## ## ## ##"],
        ["Tél.", "Mobile", "T", "Portable"],
    ),
    "ES": (
        ["José", "María", "Íñigo", "Begoña", "Ramón", "Lucía", "Adrián", "Núria"],
        ["García", "Núñez", "Martínez", "Peña", "Ibáñez", "López", "Muñoz", "Sánchez"],
        ["Soluciones Ibéricas S.L.", "Peñalara Tecnología S.A.", "Andalucía Datos S.L."],
        ["Director Comercial", "Jefa de Compras", "Gerente de Ventas", "Ingeniera de Datos"],
        ("Calle Mayor 5", "28013 Madrid"),
        ["+34 612 ### ###", "+34 91 ### ## ##"],
        ["Tel.", "Móvil", "T", "Teléfono"],
    ),
    "PL": (
        ["Łukasz", "Małgorzata", "Paweł", "Zofia", "Wojciech", "Agnieszka", "Michał"],
        ["Nowak", "Wiśniewski", "Dąbrowska", "Kowalczyk", "Woźniak", "Żeleński", "Gołębiowski"],
        ["Bałtyk Systemy Sp. z o.o.", "Kraków Analityka S.A.", "Wisła Technologie Sp. z o.o."],
        ["Dyrektor Handlowy", "Kierownik Projektu", "Inżynier Sprzedaży", "Prezes Zarządu"],
        ("ul. Długa 7", "00-238 Warszawa"),
        ["+48 512 ### ###", "+48 22 ### ## ##"],
        ["Tel.", "Kom.", "T", "Telefon"],
    ),
    "SE": (
        ["Åsa", "Björn", "Sören", "Märta", "Göran", "Linnéa", "Örjan"],
        ["Åkesson", "Öberg", "Lindström", "Sjögren", "Bergqvist", "Håkansson", "Nyström"],
        ["Norrsken Teknik AB", "Fjällvind Data AB", "Skärgård Innovation AB"],
        ["Verkställande direktör", "Försäljningschef", "Inköpsansvarig", "Projektledare"],
        ("Storgatan 3", "111 51 Stockholm"),
        ["+46 70 ### ## ##", "+46 8 ### ## ##"],
        ["Tel", "Mobil", "T", "Telefon"],
    ),
    "TR": (
        ["Oğuz", "Ayşe", "Çağlar", "Gülşen", "İbrahim", "Şule", "Barış"],
        ["Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan", "Güneş", "Kılıç"],
        ["Boğaziçi Yazılım A.Ş.", "Anadolu Enerji Ltd. Şti.", "Ege Lojistik A.Ş."],
        ["Genel Müdür", "Satış Müdürü", "Satın Alma Uzmanı", "Proje Yöneticisi"],
        ("Atatürk Cad. 21", "34367 İstanbul"),
        ["+90 532 ### ## ##", "+90 (212) ### ## ##"],
        ["Tel.", "Cep", "T", "Telefon"],
    ),
    "PT": (
        ["João", "Conceição", "Sebastião", "Inês", "Gonçalo", "Leonor"],
        ["Gonçalves", "Simões", "Magalhães", "Araújo", "Conceição", "Estêvão"],
        ["Atlântico Digital Lda.", "Tejo Sistemas S.A.", "Douro Inovação Lda."],
        ["Diretor Executivo", "Gestora de Compras", "Engenheiro de Vendas", "Diretora Técnica"],
        ("Rua Augusta 40", "1100-053 Lisboa"),
        ["+351 912 ### ###", "+351 21 ### ####"],
        ["Tel.", "Telem.", "T", "Telefone"],
    ),
    "CZ": (
        ["Jiří", "Kateřina", "Tomáš", "Zuzana", "Přemysl", "Radka"],
        ["Dvořák", "Novotná", "Černý", "Procházka", "Kučerová", "Růžička"],
        ["Vltava Software s.r.o.", "Brno Průmysl a.s.", "Šumava Data s.r.o."],
        ["Obchodní ředitel", "Vedoucí nákupu", "Jednatel", "Projektová manažerka"],
        ("Na Příkopě 9", "110 00 Praha 1"),
        ["+420 601 ### ###", "+420 222 ### ###"],
        ["Tel.", "Mobil", "T", "Telefon"],
    ),
    "GB": (
        ["Siobhán", "Niamh", "Eoghan", "Charlotte", "Oliver", "Priya", "Chloë"],
        ["O'Brien", "Smith", "Fitzgerald", "Henderson", "Clarke", "Patel", "Brontë"],
        ["Blue Harbour Labs Ltd", "Thames Analytics plc", "Northgate Systems Ltd"],
        ["Chief Technology Officer", "Head of Procurement", "Sales Director", "Lab Manager"],
        ("221B Baker Street", "London NW1 6XE"),
        ["+44 20 #### ####", "+44 (0)7700 ######"],
        ["Tel", "Mobile", "T", "Phone"],
    ),
    "US": (
        ["Zoë", "André", "Renée", "Jeffrey", "Ana", "Kenji", "Dominique"],
        ["Hopper", "Lovelace", "Johnson", "Rivera", "Nakamura", "Okafor", "Delacroix"],
        ["Acme Robotics Inc.", "Bright Path Analytics LLC", "Redwood Data Corp."],
        ["VP Engineering", "Director of Sales", "Senior Buyer", "Co-Founder & CEO"],
        ("500 Market Street", "San Francisco, CA 94105"),
        ["+1 415 ###-####", "+1 (212) ###-####"],
        ["Tel", "Mobile", "P", "Phone"],
    ),
}
_CJK: tuple[tuple[str, str, str, tuple[str, ...], str, str, str], ...] = (
    # (name, company, title, address, phone pattern, label, mail name)
    ("山田 太郎", "株式会社サンプル商事", "営業部長", ("東京都千代田区丸の内1-1-1",),
     "+81 3-####-####", "TEL", "yamada"),
    ("佐藤 花子", "株式会社みらい技研", "技術部 課長", ("大阪府大阪市北区梅田2-4-9",),
     "+81 90-####-####", "携帯", "sato"),
    ("鈴木 一郎", "日本データ株式会社", "代表取締役", ("神奈川県横浜市西区1-2-3",),
     "+81 45-###-####", "TEL", "suzuki"),
    ("王小明", "北京星辰科技有限公司", "技术总监", ("北京市海淀区中关村大街1号",),
     "+86 10 #### ####", "电话", "wang"),
    ("李静", "上海云帆信息技术有限公司", "销售经理", ("上海市浦东新区世纪大道88号",),
     "+86 139 #### ####", "手机", "li"),
    ("陈伟", "深圳华科电子有限公司", "采购主管", ("深圳市南山区科技园",),
     "+86 755 #### ####", "电话", "chen"),
)
_WEB_LABELS = ("", "", "Web:", "www")
_EMAIL_LABELS = ("", "", "E-mail:", "Email", "E")
_SLOGANS = ("Engineering tomorrow", "Qualität seit 1921", "Innovation • Qualité", "")


def _ascii(text: str) -> str:
    """The letters of ``text`` without accents, as people write them in addresses."""
    import unicodedata

    table = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "ß": "ss", "ı": "i", "İ": "I"})
    text = unicodedata.normalize("NFKD", text.translate(table))
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " -.'&")).lower()


def _slug(company: str) -> str:
    words = [w for w in _ascii(company).replace("&", " ").split() if len(w) > 1]
    legal = {"gmbh", "kg", "ag", "sarl", "sas", "sa", "s.l.", "s.a.", "sp.", "z", "o.o.",
             "ab", "a.s.", "ltd.", "sti.", "lda.", "s.r.o.", "ltd", "plc", "inc.", "llc",
             "corp.", "a.s"}
    core = [w.strip(".") for w in words if w not in legal][:2] or ["company"]
    return "-".join(core)


def _phone(pattern: str, rng: random.Random) -> tuple[str, str]:
    """A number printed after ``pattern``, and its E.164 form (the truth)."""
    printed = "".join(str(rng.randrange(10)) if c == "#" else c for c in pattern)
    digits = "".join(c for c in printed.replace("(0)", "") if c.isdigit())
    if printed.startswith("+"):
        return printed, f"+{digits}"
    return printed, f"{COUNTRY_CODES[BOOTH_COUNTRY]}{digits[1:]}"  # national: trunk 0 dropped


def make_cards(count: int, seed: int = 25, *, cjk_every: int = 10) -> list[Card]:
    """``count`` cards: every ``cjk_every``-th one Japanese or Chinese, the rest Latin."""
    rng = random.Random(seed)
    cards: list[Card] = []
    countries = sorted(_LATIN)
    for index in range(count):
        layout = LAYOUTS[index % len(LAYOUTS)]
        if cjk_every and index % cjk_every == cjk_every - 1:
            name, company, title, address, pattern, label, romaji = _CJK[
                (index // cjk_every) % len(_CJK)
            ]
            printed, e164 = _phone(pattern, rng)
            tld = "jp" if "株式会社" in company else "cn"
            domain = f"{romaji}-{rng.choice(['tech', 'corp', 'group'])}.{tld}"
            cards.append(
                Card(
                    name=name, title=title, company=company,
                    email=f"{romaji}@{domain}",
                    phone_printed=printed,
                    phone=e164,
                    website=f"www.{domain}",
                    address=address,
                    layout=rng.choice(("classic", "centered", "name_last")),
                    script="cjk",
                    phone_label=label,
                    email_label=rng.choice(("", "E-mail:", "Mail")),
                )
            )
            continue
        country = countries[index % len(countries)]
        firsts, lasts, companies, titles, address, phones, labels = _LATIN[country]
        first, last = rng.choice(firsts), rng.choice(lasts)
        company = rng.choice(companies)
        pattern = rng.choice(phones)
        printed, e164 = _phone(pattern, rng)
        domain = f"{_slug(company)}.{country.lower() if country not in ('US', 'GB') else 'com'}"
        local = rng.choice(
            [f"{_ascii(first)}.{_ascii(last)}", f"{_ascii(first)[0]}{_ascii(last)}",
             _ascii(first), "info"]
        ).replace(" ", "").replace("'", "")
        extra: list[str] = []
        if rng.random() < 0.3:
            extra.append(f"Fax {_phone(pattern, rng)[0]}")
        slogan = rng.choice(_SLOGANS)
        if slogan and rng.random() < 0.4:
            extra.append(slogan)
        cards.append(
            Card(
                name=f"{first} {last}", title=rng.choice(titles), company=company,
                email=f"{local}@{domain}",
                phone_printed=printed,
                phone=e164,
                website=f"www.{domain}",
                address=address if rng.random() < 0.7 else (),
                layout=layout,
                phone_label=rng.choice(labels + ["", ""]),
                email_label=rng.choice(_EMAIL_LABELS),
                web_label=rng.choice(_WEB_LABELS),
                extra=tuple(extra),
            )
        )
    return cards


# --- printing -----------------------------------------------------------------------

@cache
def _font_path(name: str) -> str | None:
    for folder in FONT_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    return None


def available_latin_fonts() -> list[tuple[str, str]]:
    return [(r, b) for r, b in LATIN_FONTS if _font_path(r) and _font_path(b)]


def has_cjk_font() -> bool:
    return _font_path(CJK_FONT) is not None


@cache
def _font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path = _font_path(name)
    if path is None:
        raise FileNotFoundError(f"font {name} not found: run packaging/debian-deps.sh")
    return ImageFont.truetype(path, size)


def _ink(rng: random.Random) -> tuple[int, int, int]:
    return rng.choice([(20, 20, 20), (30, 40, 70), (60, 60, 60), (10, 50, 90), (90, 20, 30)])


def render_card(card: Card, seed: int = 0) -> Picture:
    """The card as printed, BGR, CARD_SIZE; light paper (cards are, mostly)."""
    rng = random.Random(seed)
    width, height = CARD_SIZE
    paper = rng.choice([(255, 255, 255), (250, 248, 240), (245, 247, 252), (255, 252, 235)])
    image = Image.new("RGB", CARD_SIZE, paper)
    draw = ImageDraw.Draw(image)
    if card.script == "cjk":
        regular = bold = CJK_FONT
    else:
        regular, bold = rng.choice(available_latin_fonts())
    accent = rng.choice([(200, 30, 40), (20, 90, 160), (15, 118, 110), (120, 60, 150)])
    ink = _ink(rng)
    grey = (90, 90, 90)

    def text(xy: tuple[float, float], value: str, font: str, size: int,
             fill: tuple[int, int, int], anchor: str = "la") -> float:
        f = _font(font, size)
        box = draw.textbbox(xy, value, font=f, anchor=anchor)
        if box[2] > width - 30:  # too long for the card: print it smaller, as a designer would
            return text(xy, value, font, int(size * 0.85), fill, anchor)
        draw.text(xy, value, font=f, fill=fill, anchor=anchor)
        return box[3] - box[1]

    def label(prefix: str, value: str) -> str:
        return f"{prefix} {value}" if prefix else value

    contacts = [
        label(card.phone_label, card.phone_printed),
        label(card.email_label, card.email),
        label(card.web_label, card.website),
        *[e for e in card.extra if e.startswith("Fax")],
    ]
    rng.shuffle(contacts)
    slogans = [e for e in card.extra if not e.startswith("Fax")]
    name_size = rng.randint(46, 58)
    small = rng.randint(24, 29)
    layout = card.layout
    if layout == "band":
        draw.rectangle((0, 0, width, 110), fill=accent)
        text((50, 55), card.company, bold, 42, (255, 255, 255), "lm")
        y = 160.0
        y += text((50, y), card.name, bold, name_size, ink) + 16
        text((50, y), card.title, regular, 30, grey)
        y = 370.0
        for line in [*contacts, *card.address]:
            y += text((50, y), line, regular, small, ink) + 10
    elif layout == "centered":
        cx = width / 2
        y = 70.0
        y += text((cx, y), card.name, bold, name_size, ink, "ma") + 14
        y += text((cx, y), card.title, regular, 30, grey, "ma") + 26
        text((cx, y), card.company, bold, 38, accent, "ma")
        draw.line((cx - 200, 300, cx + 200, 300), fill=accent, width=3)
        y = 330.0
        for line in [*contacts, *card.address[:1]]:
            y += text((cx, y), line, regular, small, ink, "ma") + 10
    elif layout == "right_column":
        y = 60.0
        y += text((50, y), card.name, bold, name_size, ink) + 12
        text((50, y), card.title, regular, 30, grey)
        text((50, 470), card.company, bold, 36, accent)
        if slogans:
            text((50, 525), slogans[0], regular, 22, grey)
        y = 250.0
        for line in [*contacts, *card.address]:
            y += text((width - 50, y), line, regular, small - 2, ink, "ra") + 10
    elif layout == "logo_company":
        draw.ellipse((50, 40, 140, 130), fill=accent)
        text((165, 85), card.company, bold, 50, accent, "lm")
        y = 200.0
        y += text((50, y), card.name, bold, name_size - 8, ink) + 10
        text((50, y), card.title, regular, 28, grey)
        y = 350.0
        for line in [*contacts, *card.address]:
            y += text((50, y), line, regular, small, ink) + 9
    elif layout == "name_last":
        text((50, 50), card.company, bold, 40, accent)
        y = 130.0
        for line in [*card.address, *contacts]:
            y += text((50, y), line, regular, small - 2, grey) + 8
        y = max(y + 30, 420.0)
        y += text((50, y), card.name, bold, name_size - 4, ink) + 10
        text((50, y), card.title, regular, 28, grey)
    else:  # classic
        text((50, 45), card.company, bold, 36, accent)
        if slogans:
            text((50, 95), slogans[0], regular, 22, grey)
        y = 170.0
        y += text((50, y), card.name, bold, name_size, ink) + 12
        text((50, y), card.title, regular, 30, grey)
        y = 360.0
        for line in [*contacts, *card.address]:
            y += text((50, y), line, regular, small - 2, ink) + 8
    return np.asarray(cv2.cvtColor(np.asarray(image), cv2.COLOR_RGB2BGR), np.uint8)


# --- photographing --------------------------------------------------------------------

def _desk(size: tuple[int, int], rng: np.random.Generator) -> Picture:
    """A darker desk or booth counter: wood-like stripes, shapes, texture."""
    width, height = size
    base = np.array(rng.integers(40, 120, 3), dtype=np.float32)
    y = np.linspace(0, 1, height, dtype=np.float32)[:, None, None]
    x = np.linspace(0, 1, width, dtype=np.float32)[None, :, None]
    stripes = 12 * np.sin(x * rng.uniform(20, 60) + y * rng.uniform(0, 8))
    scene = base + stripes + 25 * (y - 0.5) + rng.normal(0, 6, (height, width, 3))
    out: Picture = np.clip(scene, 0, 255).astype(np.uint8)
    for _ in range(int(rng.integers(2, 6))):  # pens, a phone, a cup...
        colour = tuple(int(v) for v in rng.integers(0, 200, 3))
        cx, cy = int(rng.integers(0, width)), int(rng.integers(0, height))
        if rng.random() < 0.5:
            cv2.circle(out, (cx, cy), int(rng.integers(20, 80)), colour, -1)
        else:
            cv2.rectangle(out, (cx, cy), (cx + int(rng.integers(20, 200)), cy + 20), colour, -1)
    return out


def photograph(card: Picture, seed: int = 0, size: tuple[int, int] = (1280, 720),
               *, hard: bool = True) -> Picture:
    """``card`` held up to a webcam: perspective, rotation, blur, glare, light, noise, JPEG.

    ``hard`` False gives a steady, well-lit shot (what the sharpest frame of a held
    card looks like); True draws each degradation at random strengths.
    """
    rng = np.random.default_rng(seed)
    width, height = size
    scene = _desk(size, rng)
    ch, cw = card.shape[:2]
    fill = rng.uniform(0.62, 0.8) if hard else 0.72  # card width as a share of the frame
    target_w = width * fill
    target_h = target_w * ch / cw
    cx = width / 2 + rng.uniform(-0.06, 0.06) * width
    cy = height / 2 + rng.uniform(-0.05, 0.05) * height
    angle = math.radians(rng.uniform(-7, 7) if hard else rng.uniform(-2, 2))
    tilt = rng.uniform(-0.07, 0.07) if hard else 0.0
    corners = np.array(
        [[-1, -1], [1, -1], [1, 1], [-1, 1]], dtype=np.float32
    ) * np.array([target_w / 2, target_h / 2], dtype=np.float32)
    corners[:, 0] *= 1 + tilt * corners[:, 1] / (target_h / 2)  # keystone: one edge nearer
    rotation = np.array([[math.cos(angle), -math.sin(angle)], [math.sin(angle), math.cos(angle)]])
    corners = corners @ rotation.T.astype(np.float32) + np.array([cx, cy], dtype=np.float32)
    corners += rng.normal(0, 4 if hard else 1, corners.shape).astype(np.float32)
    source = np.array([[0, 0], [cw, 0], [cw, ch], [0, ch]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(source, corners.astype(np.float32))
    warped = cv2.warpPerspective(card, matrix, size, flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ch, cw), 255, np.uint8), matrix, size)
    shadow = cv2.GaussianBlur(mask, (0, 0), 9)
    frame = scene.astype(np.float32) * (1 - 0.35 * shadow[..., None] / 255)
    frame = np.where(mask[..., None] > 127, warped.astype(np.float32), frame)
    light = 1 + (rng.uniform(-0.25, 0.1) if hard else 0) * np.linspace(-1, 1, width)[None, :, None]
    frame *= light * (rng.uniform(0.8, 1.0) if hard else 0.95)
    if hard and rng.random() < 0.5:  # glare: a soft bright ellipse on the glossy card
        gx, gy = int(rng.uniform(0.3, 0.7) * width), int(rng.uniform(0.3, 0.7) * height)
        glare = np.zeros((height, width), np.float32)
        cv2.ellipse(glare, (gx, gy), (int(rng.uniform(40, 110)), int(rng.uniform(20, 60))),
                    float(rng.uniform(0, 180)), 0, 360, 1.0, -1)
        glare = np.asarray(cv2.GaussianBlur(glare, (0, 0), 25), np.float32)
        frame += glare[..., None] * rng.uniform(50, 110)
    shot: Picture = np.clip(frame, 0, 255).astype(np.uint8)
    if hard:
        kind = rng.integers(0, 3)
        if kind == 0:
            sigma = float(rng.uniform(0.5, 1.3))
            shot = np.asarray(cv2.GaussianBlur(shot, (0, 0), sigma), np.uint8)
        elif kind == 1:  # a little shake
            length = int(rng.integers(3, 7))
            kernel = np.zeros((length, length), np.float32)
            kernel[length // 2, :] = 1 / length
            rot = cv2.getRotationMatrix2D((length / 2, length / 2), float(rng.uniform(0, 180)), 1)
            kernel = np.asarray(cv2.warpAffine(kernel, rot, (length, length)), np.float32)
            shot = np.asarray(
                cv2.filter2D(shot, -1, kernel / max(float(kernel.sum()), 1e-6)), np.uint8
            )
        noise = rng.normal(0, rng.uniform(2, 7), shot.shape)
        shot = np.clip(shot.astype(np.float32) + noise, 0, 255).astype(np.uint8)
    quality = int(rng.integers(55, 85)) if hard else 90
    ok, data = cv2.imencode(".jpg", shot, [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return np.asarray(cv2.imdecode(data, cv2.IMREAD_COLOR), np.uint8)


def shaken(frame: Picture, amount: int) -> Picture:
    """``frame`` as the camera saw it while the card still moved: a motion blur."""
    if amount <= 1:
        return frame
    kernel = np.zeros((amount, amount), np.float32)
    kernel[amount // 2, :] = 1 / amount
    return np.asarray(cv2.filter2D(frame, -1, kernel), np.uint8)
