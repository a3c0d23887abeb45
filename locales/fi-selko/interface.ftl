# Interface strings for plain Finnish (selkosuomi). Strings not given here come
# from the Finnish file (the fallback in book.toml).

skip-to-content = Siirry sisältöön
nav-home = Etusivu
section-services = Palvelut
section-training = Koulutus
section-glossary = Sanoja
section-personas = Asiakkaita
footer-feedback = Anna palautetta
toc-title = Tällä sivulla
related-title = Lue myös
home-services = Palvelut
home-training = Koulutus asiakaspalvelusta
service-audience = Kenelle palvelu on
service-steps = Näin toimit
service-facts = Hinta
service-requirements = Mitä tarvitset
service-channels = Näin otat yhteyttä
service-producers = Kuka palvelun tekee
service-reviewed = Tiedot tarkistettu
module-goals = Mitä opit
module-facilitation = Näin työpaja tehtiin
module-reflection = Mieti näitä
story-kind-ordinary = Tavallinen tilanne
story-kind-turned = Vaikea tilanne, joka päättyi hyvin
grid-ideal = Paras palvelu
not-translated-title = Tätä sivua ei ole vielä selkosuomeksi
not-translated-body = Voit lukea tämän sivun näillä kielillä:
not-found-title = Sivua ei löydy
not-found-body = Tätä sivua ei ole.
not-found-home = Mene etusivulle
root-choose = Selkosuomeksi
home-featured = Näitä palveluja käytetään paljon
home-groups = Palvelut sinun tilanteeseesi
a11y-feedback-body = Onko sivulla jotain, mitä et pysty käyttämään? Kerro siitä meille. Korjaamme asian.
a11y-authority-body = Jos emme vastaa kahdessa viikossa, voit ottaa yhteyttä valvojaan.
