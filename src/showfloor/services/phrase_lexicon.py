"""The words behind the debrief's grouping: filler words per language, and the points
booth visitors make in many wordings (services/phrase_terms.py reads this).

Plain data, meant to be read and extended by a booth lead or a developer, not learnt:
the debrief must say why two quotes were grouped, and "both say: too expensive
(teuer, costs)" is an answer a person can check. Each entry is written as people say
it, in its language; the words are stemmed and stripped of filler with the same
rules as the answers, so "costs too much" here also catches "cost too much" there.
"""

from __future__ import annotations

# Words that carry no point, per language (accents as typed; matched after casefold).
# Negations and "lack" words are filler too: "no references", "needs references" and
# "lack of references" make one point; polarity is rarely what a booth lead groups by.
STOP_WORDS: dict[str, str] = {
    "en": """a about after again against all almost already also always am an and any are
        as at be because been before being between both but by can cannot could did do does
        doing don doesn done down during each either else enough even ever every few first
        for from further get gets getting got had has have having he her here him his how i
        if in into is isn its just kind least less like lot lots made make makes many may me
        might more most much must my need needed needs never no nor not now of off often on
        once one only or other our ours out over own per please pretty quite rather really
        right s same she should since so some something still such t than that the their
        them then there these they thing things this those though through till to too
        under until up upon us use used uses using very via want wanted wants was way we
        well were what when where which while who whom whose why will with without would
        yet you your yours lack lacking missing miss missed no none nobody nothing
        require required requires re ve ll d m take takes taking took look looks looked
        say says said ask asked asks left give gives go goes going come comes seem seems
        keep think thinks told tell feel feels honestly actually basically find finds
        someone somebody everyone everybody everything anything know knows big huge great
        half problem problems issue issues afterwards point question part stuff""",
    "de": """aber alle allem allen aller alles als also am an auch auf aus bei beim bin bis
        bisher da damit dann das dass dein deine dem den der des dessen die dies diese diesem
        diesen dieser dieses doch dort du durch ein eine einem einen einer eines er es etwas
        euer eure fur gar gibt habe haben hat hatte ich ihr ihre im immer in ist ja jede jeder
        jedes jetzt kann kein keine keinem keinen keiner konnen man mehr mein meine mit muss
        mussen nach nicht noch nur ob oder ohne schon sehr sein seine sich sie sind so soll
        sollte sondern uber um und uns unser unsere unter viel viele vom von vor war waren
        warum was weil wenn wer werden wie wir wird wo zu zum zur zwischen braucht brauchen
        fehlt fehlen gerade""",
    "fr": """a au aucun aucune aussi autre aux avec avoir c ce ceci cela ces cet cette chaque
        comme d dans de des deja doit donc du elle elles en encore est et etait etre eu fait
        faut ici il ils j je l la le les leur leurs lui m ma mais me meme mes moi mon n ne ni
        nos notre nous on ont ou par pas peu peut plus pour pourquoi qu quand que quel quelle
        qui s sa sans se ses si son sont sur t ta te tes toi ton toujours tous tout tres trop
        tu un une vos votre vous y manque besoin jamais rien""",
    "es": """a al algo algun alguna ante aun como con cual cuando de del desde donde el ella
        ellos en entre era es esa ese eso esta estan este esto estos fue ha hay la las le les
        lo los mas me mi muy nada ni no nos nuestra nuestro nuestros o otra otro para pero poco
        por porque que quien se sea ser si sin sobre son su sus tambien tan te tiene tienen
        todo todos tu un una uno unos usted ya yo demasiado falta necesita necesitan""",
    "it": """a al alla alle anche che chi ci come con da dal dalla degli dei del della delle di
        e gli ha hanno i il in io la le lo ma mi molto ne nei nel nella noi non o per piu poco
        se si sono su sua suo tra troppo tutti un una uno vi manca serve""",
    "nl": """aan al als bij dan dat de den der deze die dit door een en er geen het hier hij
        hoe ik in is je kan maar me met mij na naar niet nog nu of om onder ons onze ook op
        over te tot uit van veel voor wat we wel wie wij ze zeer zijn zo zonder te nodig
        mist ontbreekt""",
}

# What the stemmer of each language is called (snowballstemmer.algorithms()).
STEMMERS = {
    "en": "english",
    "de": "german",
    "fr": "french",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
}

# Points made in many wordings: a name a booth lead reads, and the words and phrases
# that say it, per language. A phrase matches its words in order, filler between
# them ignored ("the price is far too high" says "price high").
CONCEPTS: dict[str, dict[str, tuple[str, ...]]] = {
    "when": {
        "en": ("year", "this year", "next year", "spring", "summer", "autumn", "fall",
               "winter", "q1", "q2", "q3", "q4", "quarter", "next quarter", "january",
               "february", "march", "april", "may", "june", "july", "august", "september",
               "october", "november", "december", "2026", "2027", "2028", "right now",
               "now", "today", "week", "next week", "month end", "season"),
        "de": ("jahr", "dieses jahr", "nachstes jahr", "fruhjahr", "fruhling", "sommer",
               "herbst", "winter", "quartal"),
        "fr": ("annee", "cette annee", "an", "printemps", "ete", "automne", "hiver",
               "trimestre"),
        "es": ("ano", "este ano", "primavera", "verano", "otono", "invierno", "trimestre"),
        "it": ("anno", "primavera"),
        "nl": ("jaar", "voorjaar"),
    },
    "too expensive": {
        "en": ("expensive", "pricey", "costly", "overpriced", "costs", "cost", "price high",
               "high price", "pricing steep", "steep price", "afford", "fortune", "price tag"),
        "de": ("teuer", "kostspielig", "preis hoch", "hoher preis", "kosten zu hoch"),
        "fr": ("cher", "couteux", "prix eleve", "prix trop eleve", "prix haut"),
        "es": ("caro", "costoso", "precio alto"),
        "it": ("costoso", "caro"),
        "nl": ("duur", "prijzig"),
    },
    "budget": {
        "en": ("budget", "budgets", "money", "funding", "funds", "spending"),
        "de": ("budget", "etat"),
        "fr": ("budget",),
        "es": ("presupuesto",),
        "it": ("budget",),
        "nl": ("budget",),
    },
    "frozen": {
        "en": ("frozen", "freeze", "on hold", "not approved yet", "cut", "cuts", "spent"),
        "de": ("eingefroren", "gesperrt"),
        "fr": ("gele",),
        "es": ("congelado",),
    },
    "security": {
        "en": ("security", "infosec", "secure", "audit", "pentest"),
        "de": ("sicherheit", "sicherheitsprufung", "it sicherheit"),
        "fr": ("securite",),
        "es": ("seguridad",),
        "it": ("sicurezza",),
        "nl": ("beveiliging",),
    },
    "IT department": {
        "en": ("it", "it department", "it team", "it dept"),
        "de": ("it", "it abteilung"),
        "fr": ("dsi", "informatique", "service informatique"),
        "es": ("it", "informatica"),
    },
    "slow": {
        "en": ("months", "month", "forever", "slow", "long", "ages", "takes time"),
        "de": ("monate", "dauert", "lange", "langsam"),
        "fr": ("mois", "long", "lent", "lente", "prend des mois"),
        "es": ("meses", "tarda", "lento"),
        "it": ("mesi", "lento"),
        "nl": ("maanden", "traag"),
    },
    "review": {
        "en": ("review", "reviews", "approval by it", "check", "vetting", "assessment"),
        "de": ("prufung", "uberprufung"),
        "fr": ("validation", "revue", "verification"),
        "es": ("revision",),
    },
    "references": {
        "en": ("references", "reference", "case study", "case studies", "testimonial",
               "testimonials", "who else uses", "who else is using", "who else", "other customers",
               "reference customers", "proof from peers"),
        "de": ("referenzen", "referenz", "referenzkunden", "fallstudie"),
        "fr": ("references", "reference", "etude de cas", "temoignage"),
        "es": ("referencias", "referencia", "caso de exito"),
        "it": ("referenze",),
        "nl": ("referenties",),
    },
    "industry": {
        "en": ("industry", "sector", "field", "vertical", "similar companies"),
        "de": ("branche", "sektor"),
        "fr": ("secteur", "industrie"),
        "es": ("sector", "industria"),
        "it": ("settore",),
        "nl": ("branche", "sector"),
    },
    "no time": {
        "en": ("time", "busy", "bandwidth", "capacity", "overloaded", "workload"),
        "de": ("zeit", "beschaftigt", "ausgelastet"),
        "fr": ("temps", "occupe", "debordes"),
        "es": ("tiempo", "ocupado", "ocupados"),
        "it": ("tempo", "impegnati"),
        "nl": ("tijd", "druk"),
    },
    "try something new": {
        "en": ("evaluate", "evaluating", "evaluation", "try", "trial", "pilot", "test",
               "new tools", "new tool", "new software", "something new"),
        "de": ("testen", "neue tools", "neues tool", "ausprobieren"),
        "fr": ("tester", "essayer", "nouvel outil", "nouveaux outils"),
        "es": ("probar", "herramientas nuevas", "nueva herramienta"),
    },
    "approval": {
        "en": ("approve", "approval", "approved", "sign off", "signoff", "boss", "manager",
               "management", "decides", "decision maker", "headquarters", "permission",
               "go ahead"),
        "de": ("chef", "zustimmen", "genehmigung", "freigabe", "vorgesetzter",
               "geschaftsfuhrung"),
        "fr": ("accord", "direction", "validation hierarchique", "patron", "chef"),
        "es": ("aprobacion", "jefe", "direccion", "gerencia"),
        "it": ("approvazione", "capo"),
        "nl": ("goedkeuring", "baas"),
    },
    "leads lost": {
        "en": ("lost", "lose", "losing", "loses", "missing", "go missing", "gets lost",
               "disappear", "vanish"),
        "de": ("verloren", "verlieren", "gehen verloren"),
        "fr": ("perdu", "perdus", "perdre"),
        "es": ("perdidos", "perder"),
        "it": ("persi",),
        "nl": ("kwijt", "verloren"),
    },
    "leads": {
        "en": ("leads", "lead", "contacts", "business cards", "cards", "prospects"),
        "de": ("leads", "kontakte", "visitenkarten"),
        "fr": ("contacts", "leads", "cartes de visite", "prospects"),
        "es": ("contactos", "leads", "tarjetas"),
    },
    "typing by hand": {
        "en": ("manual", "manually", "by hand", "retyping", "retype", "typing", "data entry",
               "entering", "copy paste", "tedious"),
        "de": ("manuell", "dateneingabe", "abtippen", "von hand", "manuelle dateneingabe"),
        "fr": ("manuelle", "manuellement", "saisie", "saisie manuelle", "a la main"),
        "es": ("manual", "manualmente", "a mano"),
        "it": ("manuale", "manualmente"),
        "nl": ("handmatig",),
    },
    "after the show": {
        "en": ("after every show", "after each show", "after the show", "after the event",
               "after events", "after shows"),
        "de": ("nach jeder messe", "nach der messe"),
        "fr": ("apres chaque salon", "apres le salon"),
        "es": ("despues de cada feria", "despues de la feria"),
    },
    "CRM": {
        "en": ("crm", "salesforce", "hubspot", "dynamics", "pipedrive", "zoho"),
        "de": ("crm",),
        "fr": ("crm",),
        "es": ("crm",),
    },
    "integration": {
        "en": ("integration", "integrate", "connector", "sync", "synchronisation",
               "synchronization", "api", "native", "plugin", "connect"),
        "de": ("anbindung", "integration", "schnittstelle", "synchronisierung"),
        "fr": ("integration", "connecteur", "synchronisation"),
        "es": ("integracion", "conector", "sincronizacion"),
        "it": ("integrazione",),
        "nl": ("koppeling", "integratie"),
    },
    "Wi-Fi": {
        "en": ("wifi", "wi fi", "internet", "network", "wlan", "signal",
               "offline"),
        "de": ("wlan", "netz", "internet", "netzwerk"),
        "fr": ("wifi", "reseau", "internet"),
        "es": ("wifi", "red", "internet"),
    },
    "unreliable": {
        "en": ("unreliable", "never works", "bad", "poor", "flaky", "down", "terrible"),
        "de": ("schlecht", "unzuverlassig", "instabil"),
        "fr": ("marche jamais", "mauvais", "instable"),
        "es": ("malo", "inestable"),
    },
    "venue": {
        "en": ("venue", "hall", "exhibition hall", "shows", "fair", "expo", "show floor"),
        "de": ("messe", "halle"),
        "fr": ("salon", "hall"),
        "es": ("feria", "recinto"),
    },
    "badge scanning": {
        "en": ("scanner", "scanners", "scanning", "scan", "lead retrieval", "badge scanners",
               "reading badges", "badge scanning", "devices"),
        "de": ("scanner", "scannen", "badge scan", "scan"),
        "fr": ("scanner", "scan", "lecteur de badges"),
        "es": ("escaner", "escanear"),
    },
    "organiser": {
        "en": ("organiser", "organisers", "organizer", "organizers", "organiser's"),
        "de": ("veranstalter",),
        "fr": ("organisateur", "organisateurs"),
        "es": ("organizador", "organizadores"),
    },
    "privacy": {
        "en": ("gdpr", "privacy", "data protection", "opt in", "consent", "ccpa"),
        "de": ("dsgvo", "datenschutz", "einwilligung"),
        "fr": ("rgpd", "consentement", "protection des donnees", "vie privee"),
        "es": ("rgpd", "privacidad", "consentimiento", "proteccion de datos"),
    },
    "worry": {
        "en": ("worry", "worried", "concern", "concerns", "concerned", "risk", "fear"),
        "de": ("bedenken", "sorge", "sorgen"),
        "fr": ("inquietude", "crainte", "inquiet"),
        "es": ("preocupacion", "miedo"),
    },
    "mobile": {
        "en": ("mobile", "mobile app", "phone", "phones", "smartphone", "smartphones",
               "ipad", "tablet", "ios", "android", "app"),
        "de": ("handy", "smartphone", "tablet", "app"),
        "fr": ("mobile", "telephone", "tablette", "application mobile"),
        "es": ("movil", "tableta", "aplicacion movil"),
    },
    "translation": {
        "en": ("translation", "translated", "translate", "language", "languages", "german",
               "french", "spanish", "italian", "localised", "localized", "only in english",
               "english only"),
        "de": ("ubersetzung", "sprache", "deutsch", "englisch"),
        "fr": ("traduction", "langue", "en francais", "francais"),
        "es": ("traduccion", "idioma", "espanol"),
    },
    "interface": {
        "en": ("ui", "interface", "user interface", "screens", "menus", "version"),
        "de": ("oberflache", "benutzeroberflache"),
        "fr": ("interface",),
        "es": ("interfaz",),
    },
    "pitch": {
        "en": ("pitch", "demo", "message", "messaging", "value proposition", "explain",
               "explains"),
        "de": ("pitch", "prasentation"),
        "fr": ("pitch", "argumentaire", "presentation"),
        "es": ("presentacion", "discurso"),
    },
    "target customer": {
        "en": ("who it's for", "who its for", "target", "target audience", "audience",
               "target customer", "who it is for", "ideal customer", "target market"),
        "de": ("zielgruppe",),
        "fr": ("cible", "public cible"),
        "es": ("publico objetivo",),
    },
    "unclear": {
        "en": ("unclear", "confusing", "confused", "hard to understand", "not clear",
               "vague"),
        "de": ("unklar", "verwirrend"),
        "fr": ("pas clair", "confus", "flou"),
        "es": ("confuso",),
    },
    "installation": {
        "en": ("install", "installation", "installing", "setup", "set up", "deploy",
               "deployment", "admin rights", "locked down", "administrator"),
        "de": ("installation", "installieren", "einrichtung", "administratorrechte",
               "adminrechte"),
        "fr": ("installation", "installer", "droits admin", "droits administrateur"),
        "es": ("instalacion", "instalar"),
    },
    "hard": {
        "en": ("hard", "difficult", "complicated", "complex", "painful"),
        "de": ("schwer", "schwierig", "kompliziert"),
        "fr": ("difficile", "complique"),
        "es": ("dificil", "complicado"),
    },
    "training": {
        "en": ("training", "train", "learn", "onboarding", "teach", "temp staff",
               "hostesses", "new staff every show"),
        "de": ("schulung", "einarbeitung", "lernen"),
        "fr": ("formation", "former", "apprendre"),
        "es": ("formacion", "capacitacion", "aprender"),
    },
    "booth staff": {
        "en": ("staff", "booth staff", "colleagues"),
        "de": ("personal", "standpersonal", "mitarbeiter"),
        "fr": ("personnel",),
        "es": ("personal",),
    },
    "ROI report": {
        "en": ("roi", "return on investment", "cost per lead", "cost per contact",
               "dashboard", "metrics", "kpi", "kpis"),
        "de": ("bericht", "auswertung", "roi"),
        "fr": ("rapport", "retour sur investissement", "roi"),
        "es": ("informe", "retorno de la inversion", "roi"),
    },
    "camera": {
        "en": ("camera", "webcam", "webcams", "qr code", "qr codes", "focus"),
        "de": ("kamera", "webcam"),
        "fr": ("camera", "webcam"),
        "es": ("camara", "webcam"),
    },
    "export": {
        "en": ("export", "exports", "exporting", "csv", "spreadsheet export"),
        "de": ("export", "exportieren"),
        "fr": ("export", "exporter"),
        "es": ("exportar", "exportacion"),
    },
}
