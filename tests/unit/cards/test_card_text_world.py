"""Cards as the world prints them, written apart from the card generator: titles before
names, names in capitals, degrees after them, labels (T, M, Mob, GSM, Telm.), several
phones, desk addresses beside the person's, subdomains, legal forms of many countries,
websites without http and with new top-level domains, Chinese, Japanese and Korean."""

from __future__ import annotations

import pytest

from showfloor.badges.card_text import read_card

from .test_card_text import lines

CARDS = [
    # title before name
    (
        lines(
            "Head of Procurement",
            ("Maria Schmidt", 50),
            "Schmidt & Söhne GmbH",
            "T +49 89 123456-0",
            "M +49 171 2345678",
            "maria.schmidt@schmidt-soehne.de",
            "www.schmidt-soehne.de",
        ),
        dict(
            full_name="Maria Schmidt",
            company="Schmidt & Söhne GmbH",
            title="Head of Procurement",
            email="maria.schmidt@schmidt-soehne.de",
            phone="+491712345678",
            website="www.schmidt-soehne.de",
        ),
    ),
    # names in caps
    (
        lines(
            ("JEAN-PIERRE DUBOIS", 50),
            "Directeur Commercial",
            "ACME INDUSTRIES SAS",
            "Mob. +33 6 12 34 56 78",
            "jp.dubois@acme-industries.fr",
            "acme-industries.fr",
        ),
        dict(
            full_name="JEAN-PIERRE DUBOIS",
            company="ACME INDUSTRIES SAS",
            title="Directeur Commercial",
            email="jp.dubois@acme-industries.fr",
            phone="+33612345678",
            website="acme-industries.fr",
        ),
    ),
    # emails with subdomains, S.L.
    (
        lines(
            "Soluciones Ibéricas S.L.",
            ("Carmen López García", 48),
            "Responsable de Compras",
            "Tel.: +34 91 123 45 67",
            "carmen.lopez@mail.soluciones-ibericas.es",
            "soluciones-ibericas.es",
        ),
        dict(
            full_name="Carmen López García",
            company="Soluciones Ibéricas S.L.",
            email="carmen.lopez@mail.soluciones-ibericas.es",
            phone="+34911234567",
            website="soluciones-ibericas.es",
        ),
    ),
    # K.K. Japanese company in Latin
    (
        lines(
            ("Taro Yamada", 50),
            "Sales Manager",
            "Sakura Electronics K.K.",
            "Tel: +81-3-1234-5678",
            "Fax: +81-3-1234-5679",
            "t.yamada@sakura-elec.co.jp",
            "www.sakura-elec.co.jp",
        ),
        dict(
            full_name="Taro Yamada",
            company="Sakura Electronics K.K.",
            email="t.yamada@sakura-elec.co.jp",
            phone="+81312345678",
            website="www.sakura-elec.co.jp",
        ),
    ),
    # several phones: office and mobile, labels P / M
    (
        lines(
            "Northwind Traders Ltd",
            ("Oliver Smith", 50),
            "Chief Technology Officer",
            "P: +44 20 7946 0958",
            "M: +44 7700 900 461",
            "oliver@northwind.co.uk",
        ),
        dict(
            full_name="Oliver Smith",
            company="Northwind Traders Ltd",
            email="oliver@northwind.co.uk",
            phone="+447700900461",
        ),
    ),
    # US card with dots in phone, title after name, Inc.
    (
        lines(
            ("Emily R. Johnson", 50),
            "VP, Business Development",
            "Bluefin Analytics, Inc.",
            "o 415.555.0132",
            "c 415.555.0199",
            "emily.johnson@bluefin.ai",
            "bluefin.ai",
        ),
        dict(
            full_name="Emily R. Johnson",
            company="Bluefin Analytics, Inc.",
            email="emily.johnson@bluefin.ai",
            website="bluefin.ai",
        ),
    ),
    # Italian SpA, name with particle
    (
        lines(
            "Tecnologie Adriatiche S.p.A.",
            ("Giulia De Luca", 50),
            "Direttore Vendite",
            "Cell. +39 347 123 4567",
            "g.deluca@tecnoadriatiche.it",
        ),
        dict(
            full_name="Giulia De Luca",
            company="Tecnologie Adriatiche S.p.A.",
            email="g.deluca@tecnoadriatiche.it",
            phone="+393471234567",
        ),
    ),
    # Dutch, B.V., name with van
    (
        lines(
            ("Pieter van der Berg", 50),
            "Accountmanager",
            "Delta Water B.V.",
            "T +31 (0)20 123 4567",
            "pieter.vandenberg@deltawater.nl",
            "www.deltawater.nl",
        ),
        dict(
            full_name="Pieter van der Berg",
            company="Delta Water B.V.",
            email="pieter.vandenberg@deltawater.nl",
            phone="+31201234567",
            website="www.deltawater.nl",
        ),
    ),
    # Chinese CJK name
    (
        lines(
            "深圳华星科技有限公司",
            ("李建国", 56),
            "销售经理",
            "手机: +86 138 0013 8000",
            "lijianguo@huaxing-tech.cn",
            "www.huaxing-tech.cn",
        ),
        dict(
            full_name="李建国",
            company="深圳华星科技有限公司",
            email="lijianguo@huaxing-tech.cn",
            phone="+8613800138000",
            website="www.huaxing-tech.cn",
        ),
    ),
    # Japanese with Latin line too
    (
        lines(
            "株式会社テクノフロンティア",
            ("佐藤 花子", 56),
            "営業部 部長",
            "TEL 03-1234-5678",
            "携帯 090-1234-5678",
            "h.sato@technofrontier.jp",
        ),
        dict(
            full_name="佐藤 花子",
            company="株式会社テクノフロンティア",
            email="h.sato@technofrontier.jp",
        ),
    ),
    # Swedish AB
    (
        lines(
            ("Anna Lindqvist", 50),
            "Försäljningschef",
            "Nordic Tools AB",
            "Mobil: +46 70 123 45 67",
            "anna.lindqvist@nordictools.se",
        ),
        dict(
            full_name="Anna Lindqvist",
            company="Nordic Tools AB",
            email="anna.lindqvist@nordictools.se",
            phone="+46701234567",
        ),
    ),
    # German with Dr. and Dipl.-Ing., national number with booth country
    (
        lines(
            "Dr.-Ing. Klaus Müller",
            "Leiter Entwicklung",
            "Müller Maschinenbau GmbH & Co. KG",
            "Telefon 0711 123456-12",
            "klaus.mueller@mueller-maschinenbau.de",
        ),
        dict(
            first_name="Klaus",
            last_name="Müller",
            company="Müller Maschinenbau GmbH & Co. KG",
            email="klaus.mueller@mueller-maschinenbau.de",
            phone="+4971112345612",
        ),
    ),
    # Polish
    (
        lines(
            ("Katarzyna Nowak", 50),
            "Kierownik Sprzedaży",
            "Polbud Sp. z o.o.",
            "tel. kom. +48 601 234 567",
            "k.nowak@polbud.com.pl",
        ),
        dict(
            full_name="Katarzyna Nowak",
            company="Polbud Sp. z o.o.",
            email="k.nowak@polbud.com.pl",
            phone="+48601234567",
        ),
    ),
    # company with no legal form, logo text big, name smaller; email generic
    (
        lines(
            ("BRIGHTWAVE", 70),
            ("Sofia Rossi", 40),
            "Product Designer",
            "hello@brightwave.studio",
            "+39 02 1234 5678",
            "brightwave.studio",
        ),
        dict(
            full_name="Sofia Rossi",
            company="BRIGHTWAVE",
            email="hello@brightwave.studio",
            phone="+390212345678",
            website="brightwave.studio",
        ),
    ),
    # Email label "E" and website label "W"
    (
        lines(
            ("Lars Jensen", 50),
            "Project Manager",
            "Vindkraft A/S",
            "T: +45 33 12 34 56",
            "E: lj@vindkraft.dk",
            "W: vindkraft.dk",
        ),
        dict(
            full_name="Lars Jensen",
            company="Vindkraft A/S",
            email="lj@vindkraft.dk",
            phone="+4533123456",
            website="vindkraft.dk",
        ),
    ),
    # Korean
    (
        lines(
            "삼성테크 주식회사",
            ("김민준", 56),
            "영업팀장",
            "M. +82 10-1234-5678",
            "minjun.kim@samsungtech.co.kr",
        ),
        dict(full_name="김민준", email="minjun.kim@samsungtech.co.kr", phone="+821012345678"),
    ),
    (
        lines(
            ("Jane Doe, PhD", 50),
            "Senior Scientist",
            "Helix Bio Inc.",
            "jane.doe@helixbio.com",
            "+1 617 555 0101",
        ),
        dict(
            first_name="Jane", last_name="Doe", company="Helix Bio Inc.", title="Senior Scientist"
        ),
    ),
    (
        lines(
            "Prof. Dr. Hans Meier",
            "Institutsleiter",
            "Fraunhofer-Institut für Lasertechnik",
            "Tel. +49 241 8906-0",
            "hans.meier@ilt.fraunhofer.de",
            "www.ilt.fraunhofer.de",
        ),
        dict(
            first_name="Hans",
            last_name="Meier",
            email="hans.meier@ilt.fraunhofer.de",
            phone="+4924189060",
            website="www.ilt.fraunhofer.de",
        ),
    ),
    (
        lines(
            ("Dipl.-Ing. (FH) Peter Weber", 50),
            "Vertriebsleiter",
            "Weber Antriebe GmbH",
            "Tel +49 (0) 89 / 12 34 56",
            "p.weber@weber-antriebe.de",
        ),
        dict(first_name="Peter", last_name="Weber", phone="+4989123456"),
    ),
    (
        lines(
            ("Mr. John Smith", 50),
            "Managing Director",
            "Smith Logistics Pty Ltd",
            "Ph: 0061 2 9876 5432",
            "john@smithlogistics.com.au",
        ),
        dict(
            first_name="John",
            last_name="Smith",
            company="Smith Logistics Pty Ltd",
            phone="+61298765432",
        ),
    ),
    (
        lines(
            ("Ahmet Yılmaz", 50),
            "Satış Müdürü",
            "Anadolu Makina A.Ş.",
            "GSM: +90 532 123 45 67",
            "ahmet.yilmaz@anadolumakina.com.tr",
        ),
        dict(full_name="Ahmet Yılmaz", company="Anadolu Makina A.Ş.", phone="+905321234567"),
    ),
    (
        lines(
            ("João Pereira", 50),
            "Diretor Comercial",
            "Lusitânia Têxteis, Lda.",
            "Telm. +351 912 345 678",
            "joao.pereira@lusitania-texteis.pt",
        ),
        dict(full_name="João Pereira", company="Lusitânia Têxteis, Lda.", phone="+351912345678"),
    ),
    (
        lines(
            ("Beat Keller", 50),
            "CEO",
            "Alpina Systems AG",
            "+41 (0)44 123 45 67",
            "beat.keller@alpina-systems.ch",
            "alpina-systems.ch",
        ),
        dict(
            full_name="Beat Keller",
            company="Alpina Systems AG",
            phone="+41441234567",
            website="alpina-systems.ch",
            title="CEO",
        ),
    ),
    (
        lines(
            ("MARTINA HOFER", 50),
            "MARKETING MANAGER",
            "HOFER DIGITAL E.U.",
            "+43 664 123 45 67",
            "MARTINA@HOFER-DIGITAL.AT",
            "WWW.HOFER-DIGITAL.AT",
        ),
        dict(
            full_name="MARTINA HOFER",
            title="MARKETING MANAGER",
            email="martina@hofer-digital.at",
            website="www.hofer-digital.at",
            phone="+436641234567",
        ),
    ),
    (
        lines(
            ("Nguyen Van An", 50),
            "Sales Engineer",
            "Saigon Tech Co., Ltd.",
            "Mobile: (+84) 90 123 4567",
            "an.nguyen@saigontech.vn",
        ),
        dict(full_name="Nguyen Van An", company="Saigon Tech Co., Ltd.", phone="+84901234567"),
    ),
    (
        lines(
            ("Élodie Martin", 50),
            "Chargée d'affaires",
            "Groupe Océan",
            "06 12 34 56 78",
            "elodie.martin@groupe-ocean.fr",
        ),
        dict(full_name="Élodie Martin", company="Groupe Océan", title="Chargée d'affaires"),
    ),
    (
        lines(
            ("Sarah O'Connor", 50),
            "Head of Partnerships",
            "Greenleaf Ltd.",
            "+353 1 234 5678",
            "sarah.oconnor@greenleaf.ie",
            "greenleaf.ie/partners",
        ),
        dict(full_name="Sarah O'Connor", company="Greenleaf Ltd.", website="greenleaf.ie/partners"),
    ),
    (
        lines(
            ("Ravi Kumar", 50),
            "Solutions Architect",
            "Infoline Technologies Pvt. Ltd.",
            "+91 98450 12345",
            "ravi.kumar@infoline.co.in",
            "infoline.co.in",
        ),
        dict(
            full_name="Ravi Kumar",
            company="Infoline Technologies Pvt. Ltd.",
            phone="+919845012345",
            website="infoline.co.in",
        ),
    ),
    (
        lines(
            "SENIOR ACCOUNT EXECUTIVE",
            ("THOMAS BAKER", 50),
            "KESTREL MEDIA GROUP",
            "T. +44 161 496 0000  F. +44 161 496 0001",
            "thomas.baker@kestrelmedia.co.uk",
        ),
        dict(
            full_name="THOMAS BAKER",
            title="SENIOR ACCOUNT EXECUTIVE",
            phone="+441614960000",
            company="KESTREL MEDIA GROUP",
        ),
    ),
    (
        lines(
            ("Lena Fischer", 50),
            "Einkauf",
            "Fischer Feinmechanik GmbH",
            "info@fischer-feinmechanik.de",
            "lena.fischer@fischer-feinmechanik.de",
            "Tel. +49 7121 12345 ext. 22",
        ),
        dict(email="lena.fischer@fischer-feinmechanik.de", full_name="Lena Fischer"),
    ),
    (
        lines(
            ("Marc Weber", 50),
            "Sales",
            "Weber IT",
            "Mobil +49 (0)151 / 2345 6789",
            "M.Weber@Sales.Weber-IT.de",
        ),
        dict(phone="+4915123456789", email="m.weber@sales.weber-it.de", full_name="Marc Weber"),
    ),
    (
        lines(
            ("Chen Wei", 50),
            "Business Development Manager",
            "Shanghai Bright Optics Co., Ltd.",
            "Tel: +86-21-5888-8888",
            "Mob: +86 139 1234 5678",
            "chenwei@brightoptics.com.cn",
        ),
        dict(
            full_name="Chen Wei", phone="+8613912345678", company="Shanghai Bright Optics Co., Ltd."
        ),
    ),
    (
        lines(
            ("Kenji Watanabe", 50),
            "General Manager, Overseas Sales Dept.",
            "Fujiyama Precision Co., Ltd.",
            "Phone: +81 (0)45-123-4567",
            "k-watanabe@fujiyama-precision.co.jp",
        ),
        dict(
            full_name="Kenji Watanabe",
            phone="+81451234567",
            company="Fujiyama Precision Co., Ltd.",
            email="k-watanabe@fujiyama-precision.co.jp",
        ),
    ),
    (
        lines(
            ("Anne-Sophie Lambert", 50),
            "Responsable Marketing",
            "Lumière & Fils SAS",
            "+33 (0)6 12 34 56 78",
            "as.lambert@lumiere-fils.fr",
            "lumiere-fils.fr",
        ),
        dict(full_name="Anne-Sophie Lambert", phone="+33612345678", company="Lumière & Fils SAS"),
    ),
]


@pytest.mark.parametrize(("printed", "expected"), CARDS)
def test_each_field_is_read_as_printed(printed, expected) -> None:  # type: ignore[no-untyped-def]
    fields = read_card(printed, country="DE")
    got = {key: getattr(fields, key) for key in expected}
    assert got == expected
