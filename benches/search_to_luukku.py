#!/usr/bin/env python3
# Copied from ../shared/bench/ so that the benchmark and the stemmer-parity test run on a fresh machine.
"""Convert gen_content.py's Hugo layout into a luukku site, page for page.

The same N pages (same titles, summaries, bodies, links) that Hugo, Pagefind, Zola and
mdBook were measured on, so that luukku is measured on content its developers did not
generate. Each Hugo page `content/<lang>/palvelut/<name>.md` becomes the locale file
`content/services/<name>/<locale>.md`; relative links `../<name>/` become `@/services/<name>`;
every service card gets a small meta.yaml (one service point with hours, one phone line).

Usage: to_luukku.py SITES/nN/hugo SITES/nN/luukku
"""
import os
import re
import shutil
import sys

LOCALES = [("fi", "fi", "fi", "Suomi"), ("sv", "sv", "sv", "Svenska"),
           ("en", "en", "en", "English"), ("fi-selko", "selko", "fi", "Selkosuomi")]

BOOK = """title = "Kaupungin palvelut"
base-url = "https://example.org"
default-locale = "fi"
output-dir = "public"
"""

META = """example-data: true
charge-type: free
channels:
  - type: service-point
    name: {fi: Palvelupiste, sv: Servicepunkt, en: Service point}
    address: {street: Katu 1, postal-code: "20100", city: Turku}
    hours: [{days: mon-fri, opens: "08:00", closes: "16:00"}]
  - type: phone
    number: "+358 2 000 1000"
"""

LINK = re.compile(r"\]\(\.\./([a-z0-9-]+)/\)")


def split_front(text):
    assert text.startswith("---\n"), "no front matter"
    end = text.index("\n---\n", 4)
    return text[4:end], text[end + 5:]


def short(summary, limit=150):
    if len(summary) <= limit:
        return summary
    cut = summary[:limit - 1].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "."


def main(src, dst):
    if os.path.exists(dst):
        shutil.rmtree(dst)
    os.makedirs(os.path.join(dst, "content", "services"))
    book = BOOK
    for code, prefix, lang, name in LOCALES:
        book += f'\n[[locale]]\ncode = "{code}"\nprefix = "{prefix}"\nlang = "{lang}"\nname = "{name}"\n'
        if code != "fi":
            book += 'fallback = "fi"\n'
        if code == "fi-selko":
            book += 'plain-language-of = "fi"\n'
    book += '\n[sections.services]\nfi = "palvelut"\nsv = "tjanster"\nen = "services"\n'
    open(os.path.join(dst, "book.toml"), "w").write(book)
    pages = 0
    for code, *_ in LOCALES:
        d = os.path.join(src, "content", code, "palvelut")
        for f in sorted(os.listdir(d)):
            if f.startswith("_") or not f.endswith(".md"):
                continue
            item = f[:-3]
            front, body = split_front(open(os.path.join(d, f), encoding="utf-8").read())
            fields = {}
            for line in front.splitlines():
                k, _, v = line.partition(": ")
                fields[k] = v
            summary = short(fields["summary"].strip('"'))
            out = ["---", f"title: {fields['title']}", f"slug: {item}",
                   f'summary: "{summary}"']
            if "keywords" in fields:
                out.append(f"keywords: {fields['keywords']}")
            out += ["---", "", LINK.sub(r"](@/services/\1)", body)]
            item_dir = os.path.join(dst, "content", "services", item)
            os.makedirs(item_dir, exist_ok=True)
            open(os.path.join(item_dir, f"{code}.md"), "w", encoding="utf-8").write("\n".join(out))
            meta = os.path.join(item_dir, "meta.yaml")
            if not os.path.exists(meta):
                open(meta, "w").write(META)
            pages += 1
    print(f"{pages} pages into {dst}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
