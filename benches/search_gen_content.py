#!/usr/bin/env python3
# Copied from ../shared/bench/ so that the benchmark and the stemmer-parity test run on a fresh machine.
"""Deterministic synthetic "service card" content for SSG benchmarks.

Emits the same N pages (N/4 per language: fi, sv, en, fi-selko) in three layouts:

  OUT/hugo/    Hugo multilingual site, one contentDir per language
  OUT/zola/    Zola multilingual site (filename suffix per language), search index on
  OUT/mdbook/  one mdBook book per language (mdBook has no i18n)

Usage: gen_content.py --n 1000 --out $ANCHORS/sites/n1000 [--seed 42]
                      [--zola-search-langs fi,sv,en]

Same seed + N => byte-identical output. Each page: front matter (title, summary,
keywords), 400-800 body words, headings, bullet + numbered list, a table, and
links to 3 other pages of the same language.
"""
import argparse
import bisect
import itertools
import os
import random
import shutil
import unicodedata

LANGS = ["fi", "sv", "en", "fi-selko"]
SECTION = "palvelut"

# --------------------------------------------------------------------------
# Small embedded vocabularies. Words are combined with suffixes (and, for
# fi/sv, compounds) to give a realistically large, Zipf-distributed vocabulary.
# --------------------------------------------------------------------------
FI_STEMS = """asumis tuki hakemus palvelu kunta asiakas lapsi perhe terveys keskus neuvonta
ajanvaraus päivähoito koulu opiskelija työ tulo vero eläke vammais sosiaali hoito kotihoito
omainen laskutus maksu päätös oikaisu valitus liite lomake ohje kirjasto liikunta kulttuuri
nuoriso jäte vesi rakennus lupa ilmoitus pysäköinti katu puisto ympäristö melu kaava tontti
vuokra asunto hätä kriisi mielenterveys päihde hammas lääkäri hoitaja neuvola rokotus
synnytys äitiys isyys vanhempain kotoutuminen maahanmuutto tulkkaus kieli kurssi aikuis
opetus esiopetus perusopetus lukio ammatti harjoittelu kesätyö yrittäjä yritys neuvoja
hankinta avustus järjestö kylä saaristo lautta joukkoliikenne matka kuljetus taksi
liikkuminen esteettömyys apuväline toimeentulo velka talous avustaja asiointi tunnistus
tietosuoja rekisteri arkisto äänestys vaali osallisuus palaute kysely tiedote kokous
päättäjä valtuusto hallitus lautakunta virasto toimipiste aukiolo yhteystieto puhelin
sähköposti osoite kartta pöytäkirja sairaala päivystys kuntoutus fysioterapia vanhus
senioripalvelu ateria siivous kylpylä uimahalli jäähalli kenttä leikkipuisto metsä
ranta satama tori museo teatteri konsertti näyttely taide musiikki käsityö lukupiiri
kerho tapahtuma juhla ilta viikko kuukausi vuosi päivä hinta etu oikeus velvollisuus""".split()
FI_SUFFIX = ["", "", "", "", "n", "n", "ssA", "stA", "llA", "ltA", "lle", "ksi", "t", "jA",
             "iin", "nA", "An", "ineen", "kin", "mme", "si", "lleen", "ttA"]
FI_FUNC = """ja ja ja tai on on ovat voi voit saat tarvitset hae ota yhteyttä jos kun että myös ei
sinun sinulla meidän mukaan kautta aikana jälkeen ennen alle yli vuotta kuukautta päivää euroa
kaupungin tarvittaessa lisätietoja verkossa paikan päällä maksutta maksullinen säännöllisesti
hyvin nopeasti käsitellään myönnetään haetaan lähetä täytä varaa tämä se joka jotka kaikille
noin enintään vähintään heti pian aina usein""".split()

SV_STEMS = """bostad bidrag stöd ansökan tjänst kommun kund barn familj hälsa central rådgivning
tidsbokning dagvård skola studerande arbete inkomst skatt pension funktionshinder social vård
hemvård anhörig fakturering avgift beslut rättelse besvär bilaga blankett anvisning bibliotek
idrott kultur ungdom avfall vatten byggnad lov anmälan parkering gata park miljö buller plan
tomt hyra nöd kris missbruk tand läkare skötare vaccination förlossning moderskap faderskap
föräldra integration invandring tolkning språk kurs vuxen undervisning förskola grundskola
gymnasium yrke praktik sommarjobb företagare företag upphandling understöd förening by
skärgård färja kollektivtrafik resa transport taxi rörlighet tillgänglighet hjälpmedel
utkomst skuld ekonomi assistent ärende identifiering dataskydd register arkiv röstning val
delaktighet respons enkät meddelande möte fullmäktige styrelse nämnd ämbetsverk öppettid
kontakt telefon adress karta protokoll sjukhus jour rehabilitering äldre måltid städning
simhall ishall plan lekpark skog strand hamn torg museum teater konsert utställning konst
musik slöjd läsecirkel klubb evenemang fest kväll vecka månad år dag pris förmån rätt""".split()
SV_SUFFIX = ["", "", "", "", "en", "et", "er", "ar", "or", "erna", "arna", "s", "ens", "ets",
             "na", "ande", "ning", "ningen"]
SV_FUNC = """och och och eller är är kan du får behöver sök ta kontakt om när att också inte din
dig vår enligt via under efter före över år månader dagar staden vid behov mer information på
nätet plats avgiftsfritt regelbundet bra snabbt behandlas beviljas skicka fyll i boka för med
till från av på i den det en ett som har ska alla cirka högst minst genast snart alltid ofta""".split()

EN_STEMS = """housing allowance support application service municipality customer child family
health centre counselling appointment daycare school student work income tax pension
disability social care homecare caregiver invoicing fee decision rectification appeal
attachment form instruction library sport culture youth waste water building permit
notification parking street park environment noise zoning plot rent apartment emergency
crisis mental substance dental doctor nurse clinic vaccination childbirth maternity paternity
parental integration immigration interpreting language course adult education preschool
vocational internship summer job entrepreneur company procurement grant association village
archipelago ferry transport travel taxi mobility accessibility aid debt finance assistant
errand identification privacy register archive voting election participation feedback survey
announcement meeting council board committee office opening contact phone email address map
minutes hospital rehabilitation elderly meal cleaning pool rink field playground forest beach
harbour market museum theatre concert exhibition art music craft reading club event festival
evening week month year day price benefit right obligation resident citizen visitor""".split()
EN_SUFFIX = ["", "", "", "s", "s", "ing", "ed", "al", "er", "ers", "ation", "ment", "ness", "ity",
             "ly", "less", "ful"]
EN_PREFIX = ["re", "pre", "non", "co", "sub", "inter", "multi", "self", "over", "under", "micro", "post"]
EN_FUNC = """and and and or is is are can you get need apply contact if when that also not your
our according through during after before under over years months days city when necessary more
information online on site free of charge regularly well quickly processed granted send fill in
book for with to from of on in the the the a an which has will all about at most least
immediately soon always often""".split()

HEADINGS = {
    "fi": ["Kenelle palvelu on tarkoitettu", "Miten haet palvelua", "Hinta ja maksut",
           "Aukioloajat ja toimipisteet", "Tarvittavat liitteet", "Käsittelyaika", "Liittyvät palvelut"],
    "sv": ["Vem tjänsten är avsedd för", "Så här ansöker du", "Pris och avgifter",
           "Öppettider och verksamhetsställen", "Nödvändiga bilagor", "Behandlingstid", "Relaterade tjänster"],
    "en": ["Who the service is for", "How to apply", "Price and fees",
           "Opening hours and service points", "Required attachments", "Processing time", "Related services"],
    "fi-selko": ["Kenelle palvelu on", "Näin haet", "Mitä palvelu maksaa",
                 "Milloin olemme auki", "Mitä tarvitset", "Kauanko se kestää", "Katso myös"],
}
TABLE_HEAD = {
    "fi": ("Palvelu", "Hinta", "Aukiolo"), "sv": ("Tjänst", "Pris", "Öppet"),
    "en": ("Service", "Price", "Open"), "fi-selko": ("Palvelu", "Hinta", "Auki"),
}
DAYS = {
    "fi": ["ma", "ti", "ke", "to", "pe", "la", "su"], "sv": ["mån", "tis", "ons", "tor", "fre", "lör", "sön"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "fi-selko": ["ma", "ti", "ke", "to", "pe", "la", "su"],
}
SITE_TITLE = {"fi": "Kaupungin palvelut", "sv": "Stadens tjänster", "en": "City services",
              "fi-selko": "Kaupungin palvelut selkokielellä"}
SECTION_TITLE = {"fi": "Palvelut", "sv": "Tjänster", "en": "Services", "fi-selko": "Palvelut selkokielellä"}
LANG_NAME = {"fi": "Suomi", "sv": "Svenska", "en": "English", "fi-selko": "Selkosuomi"}
HTML_LANG = {"fi": "fi", "sv": "sv", "en": "en", "fi-selko": "fi-x-selko"}


def harmonize(stem, suffix):
    back = any(c in stem for c in "aou")
    return stem + suffix.replace("A", "a" if back else "ä")


class Lexicon:
    """Zipf-distributed word forms for one language."""

    def __init__(self, lang, seed):
        rng = random.Random(f"lex-{lang}-{seed}")
        if lang in ("fi", "fi-selko"):
            stems, suffixes, func = FI_STEMS, FI_SUFFIX, FI_FUNC
            compound_p = 0.0 if lang == "fi-selko" else 0.35
            if lang == "fi-selko":
                stems, suffixes = stems[:150], suffixes[:14]  # plain language: smaller vocabulary
        elif lang == "sv":
            stems, suffixes, func, compound_p = SV_STEMS, SV_SUFFIX, SV_FUNC, 0.3
        else:
            stems, suffixes, func, compound_p = EN_STEMS, EN_SUFFIX, EN_FUNC, 0.35
        plain = []
        for s in stems:
            for suf in suffixes:
                plain.append(harmonize(s, suf) if lang.startswith("fi") else s + suf)
        plain = sorted(set(plain))
        rng.shuffle(plain)
        comps = set()
        for _ in range(int(len(plain) * compound_p * 6)):
            a, b = rng.choice(stems), rng.choice(stems)
            suf = rng.choice(suffixes)
            w = rng.choice(EN_PREFIX) + b if lang == "en" else a + b  # en: derivation, fi/sv: compounds
            comps.add(harmonize(w, suf) if lang.startswith("fi") else w + suf)
        comps = sorted(comps - set(plain))
        rng.shuffle(comps)
        forms = plain + comps  # Zipf rank: inflected base words first, rarer compounds in the tail
        self.content = forms
        self.func = func
        self.stems = stems
        cum, tot = [], 0.0
        for r in range(len(forms)):
            tot += 1.0 / (r + 20) ** 1.0  # Zipf-Mandelbrot: flatter head
            cum.append(tot)
        self.cum, self.tot = cum, tot

    def word(self, rng):
        if rng.random() < 0.38:
            return rng.choice(self.func)
        return self.content[bisect.bisect_left(self.cum, rng.random() * self.tot)]

    def noun(self, rng):
        return self.content[bisect.bisect_left(self.cum, rng.random() * self.tot)]


def sentence(lex, rng, lo, hi):
    n = rng.randint(lo, hi)
    words = [lex.word(rng) for _ in range(n)]
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + rng.choice([".", ".", ".", ".", "?", "!"]), n


def paragraph(lex, rng, lang, target):
    lo, hi = (5, 9) if lang == "fi-selko" else (7, 18)
    out, n = [], 0
    while n < target:
        s, k = sentence(lex, rng, lo, hi)
        out.append(s)
        n += k
    return " ".join(out), n


def ascii_slug(text):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in t).split())


def make_corpus(n_total, seed):
    per_lang = n_total // len(LANGS)
    lexes = {lang: Lexicon(lang, seed) for lang in LANGS}
    # slugs are shared by all language variants of one service (derived from the fi title)
    slug_rng = random.Random(f"slug-{seed}")
    fi = lexes["fi"]
    slugs = []
    for i in range(per_lang):
        base = ascii_slug(" ".join(fi.stems[slug_rng.randrange(len(fi.stems))] for _ in range(2)))
        slugs.append(f"s{i:05d}-{base}")
    pages = {lang: [] for lang in LANGS}
    for lang in LANGS:
        lex = lexes[lang]
        for i in range(per_lang):
            rng = random.Random(f"page-{seed}-{lang}-{i}")
            tw = [lex.noun(rng) for _ in range(rng.randint(2, 4))]
            title = " ".join(tw)
            title = title[:1].upper() + title[1:]
            summary, _ = sentence(lex, rng, 12, 22)
            keywords = sorted({lex.noun(rng) for _ in range(rng.randint(3, 6))})
            links = []
            while len(links) < 3:
                j = rng.randrange(per_lang)
                if j != i and j not in links:
                    links.append(j)
            pages[lang].append(dict(i=i, slug=slugs[i], title=title, summary=summary,
                                    keywords=keywords, links=links,
                                    target=rng.randint(400, 800), seed=f"body-{seed}-{lang}-{i}"))
    return pages, lexes


def body(page, lang, lex, link_fn, titles):
    """Markdown body; link_fn(index) -> link target in the tool's syntax."""
    rng = random.Random(page["seed"])
    H = HEADINGS[lang]
    target = page["target"]
    parts, words = [], 0
    p, k = paragraph(lex, rng, lang, rng.randint(40, 80))
    parts.append(p); words += k
    # section 1: bullet list
    parts.append(f"## {H[0]}")
    p, k = paragraph(lex, rng, lang, rng.randint(40, 90)); parts.append(p); words += k
    items = []
    for _ in range(rng.randint(4, 7)):
        s, k = sentence(lex, rng, 4, 9); items.append(f"- {s}"); words += k
    parts.append("\n".join(items))
    # section 2: numbered list
    parts.append(f"## {H[1]}")
    p, k = paragraph(lex, rng, lang, rng.randint(40, 90)); parts.append(p); words += k
    items = []
    for n in range(rng.randint(3, 6)):
        s, k = sentence(lex, rng, 5, 12); items.append(f"{n + 1}. {s}"); words += k
    parts.append("\n".join(items))
    # section 3: table
    parts.append(f"## {H[2]}")
    p, k = paragraph(lex, rng, lang, rng.randint(30, 60)); parts.append(p); words += k
    th = TABLE_HEAD[lang]
    rows = [f"| {th[0]} | {th[1]} | {th[2]} |", "| --- | ---: | --- |"]
    d = DAYS[lang]
    for _ in range(rng.randint(3, 6)):
        svc = " ".join(lex.noun(rng) for _ in range(rng.randint(1, 3)))
        price = f"{rng.randint(0, 250)},{rng.choice(['00', '50', '90'])} €"
        a = rng.randrange(5)
        hours = f"{d[a]}–{d[a + rng.randint(1, 2)]} {rng.randint(7, 10)}–{rng.randint(15, 20)}"
        rows.append(f"| {svc} | {price} | {hours} |"); words += 4
    parts.append("\n".join(rows))
    # filler sections up to the target word count
    h = 3
    while words < target - 60:
        parts.append(f"## {H[h] if h < 6 else H[3 + (h % 3)] + ' ' + str(h)}")
        h += 1
        for _ in range(rng.randint(1, 2)):
            p, k = paragraph(lex, rng, lang, min(rng.randint(50, 110), max(30, target - words)))
            parts.append(p); words += k
            if words >= target:
                break
    parts.append(f"## {H[6]}")
    parts.append("\n".join(f"- [{titles[j]}]({link_fn(j)})" for j in page["links"]))
    return "\n\n".join(parts) + "\n"


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# --------------------------------------------------------------------------
# Hugo
# --------------------------------------------------------------------------
HUGO_BASEOF = """<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
{{ with .Params.summary }}<meta name="description" content="{{ . }}">{{ end }}
{{ with .Keywords }}<meta name="keywords" content="{{ delimit . ", " }}">{{ end }}
{{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Site.LanguageCode }}" href="{{ .Permalink }}">
{{ end }}</head>
<body>
<header><nav><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
<ul class="lang">{{ range .Translations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Site.LanguageCode }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul>
</nav></header>
<main>{{ block "main" . }}{{ end }}</main>
<footer><p>&copy; {{ .Site.Title }}</p></footer>
</body>
</html>
"""
HUGO_SINGLE = """{{ define "main" }}<article data-pagefind-body>
<h1>{{ .Title }}</h1>
<p class="summary">{{ .Params.summary }}</p>
{{ .Content }}
<p class="keywords">{{ delimit .Keywords ", " }}</p>
</article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1>
{{ .Content }}
<ul class="cards">{{ range .Pages.ByTitle }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <span>{{ .Params.summary }}</span></li>{{ end }}
</ul>{{ end }}
"""
HUGO_INDEX = """{{ define "main" }}<h1>{{ .Site.Title }}</h1>
{{ .Content }}
<ul>{{ range .Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ end }}
"""


def emit_hugo(root, pages, lexes):
    cfg = ['baseURL = "https://example.org/"', 'title = "Kaupungin palvelut"',
           'defaultContentLanguage = "fi"', 'defaultContentLanguageInSubdir = false',
           'disableKinds = ["taxonomy", "term", "RSS"]', "", "[languages]"]
    for w, lang in enumerate(LANGS, 1):
        cfg += [f'  [languages.{lang}]', f'    languageName = "{LANG_NAME[lang]}"',
                f'    languageCode = "{HTML_LANG[lang]}"', f'    title = "{SITE_TITLE[lang]}"',
                f'    contentDir = "content/{lang}"', f"    weight = {w}"]
    write(f"{root}/hugo.toml", "\n".join(cfg) + "\n")
    write(f"{root}/layouts/_default/baseof.html", HUGO_BASEOF)
    write(f"{root}/layouts/_default/single.html", HUGO_SINGLE)
    write(f"{root}/layouts/_default/list.html", HUGO_LIST)
    write(f"{root}/layouts/index.html", HUGO_INDEX)
    for lang in LANGS:
        titles = [p["title"] for p in pages[lang]]
        slugs = [p["slug"] for p in pages[lang]]
        d = f"{root}/content/{lang}"
        write(f"{d}/_index.md", f"---\ntitle: {yaml_str(SITE_TITLE[lang])}\n---\n")
        write(f"{d}/{SECTION}/_index.md", f"---\ntitle: {yaml_str(SECTION_TITLE[lang])}\n---\n")
        for p in pages[lang]:
            fm = (f"---\ntitle: {yaml_str(p['title'])}\nsummary: {yaml_str(p['summary'])}\n"
                  f"keywords: [{', '.join(yaml_str(k) for k in p['keywords'])}]\n---\n\n")
            b = body(p, lang, lexes[lang], lambda j: f"../{slugs[j]}/", titles)
            write(f"{d}/{SECTION}/{p['slug']}.md", fm + b)


# --------------------------------------------------------------------------
# Zola
# --------------------------------------------------------------------------
ZOLA_BASE = """<!DOCTYPE html>
<html lang="{{ lang }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{% block title %}{{ config.title }}{% endblock %}</title>
{% block head %}{% endblock %}
</head>
<body>
<header><nav><a href="{{ config.base_url | safe }}/{% if lang != config.default_language %}{{ lang }}/{% endif %}">{{ config.title }}</a>
{% block langs %}{% endblock %}</nav></header>
<main>{% block content %}{% endblock %}</main>
<footer><p>&copy; {{ config.title }}</p></footer>
</body>
</html>
"""
ZOLA_PAGE = """{% extends "base.html" %}
{% block title %}{{ page.title }} | {{ config.title }}{% endblock %}
{% block head %}<meta name="description" content="{{ page.description }}">
<meta name="keywords" content="{{ page.extra.keywords | join(sep=", ") }}">
{% for t in page.translations %}<link rel="alternate" hreflang="{{ t.lang }}" href="{{ t.permalink | safe }}">
{% endfor %}{% endblock %}
{% block langs %}<ul class="lang">{% for t in page.translations %}<li><a href="{{ t.permalink | safe }}">{{ t.lang }}</a></li>{% endfor %}</ul>{% endblock %}
{% block content %}<article>
<h1>{{ page.title }}</h1>
<p class="summary">{{ page.description }}</p>
{{ page.content | safe }}
<p class="keywords">{{ page.extra.keywords | join(sep=", ") }}</p>
</article>{% endblock %}
"""
ZOLA_SECTION = """{% extends "base.html" %}
{% block title %}{{ section.title }} | {{ config.title }}{% endblock %}
{% block content %}<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul class="cards">{% for p in section.pages %}
<li><a href="{{ p.permalink | safe }}">{{ p.title }}</a> <span>{{ p.description }}</span></li>{% endfor %}
</ul>{% endblock %}
"""
ZOLA_INDEX = """{% extends "base.html" %}
{% block content %}<h1>{{ section.title }}</h1>
{{ section.content | safe }}
<ul>{% for s in section.subsections %}{% set sub = get_section(path=s, metadata_only=true) %}<li><a href="{{ sub.permalink | safe }}">{{ sub.title }}</a></li>{% endfor %}</ul>
{% endblock %}
"""


def emit_zola(root, pages, lexes, search_langs):
    def sfx(lang):
        return "" if lang == "fi" else f".{lang}"

    cfg = ['base_url = "https://example.org"', 'title = "Kaupungin palvelut"',
           'default_language = "fi"', 'compile_sass = false', 'generate_feeds = false',
           f'build_search_index = {"true" if "fi" in search_langs else "false"}', "",
           "[search]", 'index_format = "elasticlunr_javascript"', ""]
    for lang in LANGS[1:]:
        cfg += [f"[languages.{lang}]", f'title = "{SITE_TITLE[lang]}"',
                f'build_search_index = {"true" if lang in search_langs else "false"}', ""]
    write(f"{root}/zola.toml", "\n".join(cfg))
    write(f"{root}/templates/base.html", ZOLA_BASE)
    write(f"{root}/templates/page.html", ZOLA_PAGE)
    write(f"{root}/templates/section.html", ZOLA_SECTION)
    write(f"{root}/templates/index.html", ZOLA_INDEX)
    d = f"{root}/content"
    for lang in LANGS:
        titles = [p["title"] for p in pages[lang]]
        slugs = [p["slug"] for p in pages[lang]]
        write(f"{d}/_index{sfx(lang)}.md", f"+++\ntitle = {yaml_str(SITE_TITLE[lang])}\n+++\n")
        write(f"{d}/{SECTION}/_index{sfx(lang)}.md",
              f"+++\ntitle = {yaml_str(SECTION_TITLE[lang])}\nsort_by = \"title\"\n+++\n")
        for p in pages[lang]:
            fm = (f"---\ntitle: {yaml_str(p['title'])}\ndescription: {yaml_str(p['summary'])}\n"
                  f"extra:\n  keywords: [{', '.join(yaml_str(k) for k in p['keywords'])}]\n---\n\n")
            b = body(p, lang, lexes[lang], lambda j: f"@/{SECTION}/{slugs[j]}{sfx(lang)}.md", titles)
            write(f"{d}/{SECTION}/{p['slug']}{sfx(lang)}.md", fm + b)


# --------------------------------------------------------------------------
# mdBook (one book per language; no front matter support -> title as H1)
# --------------------------------------------------------------------------
def emit_mdbook(root, pages, lexes):
    for lang in LANGS:
        b = f"{root}/{lang}"
        write(f"{b}/book.toml",
              f'[book]\ntitle = {yaml_str(SITE_TITLE[lang])}\nlanguage = "{HTML_LANG[lang]}"\n'
              f'src = "src"\n\n[output.html]\n\n[output.html.search]\nenable = true\n')
        titles = [p["title"] for p in pages[lang]]
        slugs = [p["slug"] for p in pages[lang]]
        summ = [f"# {SITE_TITLE[lang]}", "", f"[{SITE_TITLE[lang]}](README.md)", "",
                f"- [{SECTION_TITLE[lang]}]({SECTION}/README.md)"]
        for p in sorted(pages[lang], key=lambda p: p["title"]):
            summ.append(f"  - [{p['title']}]({SECTION}/{p['slug']}.md)")
        write(f"{b}/src/SUMMARY.md", "\n".join(summ) + "\n")
        write(f"{b}/src/README.md", f"# {SITE_TITLE[lang]}\n")
        write(f"{b}/src/{SECTION}/README.md", f"# {SECTION_TITLE[lang]}\n")
        for p in pages[lang]:
            head = f"# {p['title']}\n\n*{p['summary']}*\n\n"
            tail = f"\n<!-- keywords: {', '.join(p['keywords'])} -->\n"
            md = body(p, lang, lexes[lang], lambda j: f"{slugs[j]}.md", titles)
            write(f"{b}/src/{SECTION}/{p['slug']}.md", head + md + tail)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, required=True, help="total pages over all 4 languages")
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--targets", default="hugo,zola,mdbook")
    ap.add_argument("--zola-search-langs", default="fi,sv,en",
                    help="languages with build_search_index = true in the Zola site")
    a = ap.parse_args()
    pages, lexes = make_corpus(a.n, a.seed)
    targets = a.targets.split(",")
    for t in targets:
        shutil.rmtree(os.path.join(a.out, t), ignore_errors=True)
    if "hugo" in targets:
        emit_hugo(os.path.join(a.out, "hugo"), pages, lexes)
    if "zola" in targets:
        emit_zola(os.path.join(a.out, "zola"), pages, lexes, set(a.zola_search_langs.split(",")))
    if "mdbook" in targets:
        emit_mdbook(os.path.join(a.out, "mdbook"), pages, lexes)


if __name__ == "__main__":
    main()
