# Search in plain Finnish (selkosuomi). Strings not given here come from the
# Finnish file (the fallback in book.toml).

search-label = Hae
search-title = Haku
search-help = Näet tuloksia, kun kirjoitat. Voit liikkua tuloksissa nuolilla. Avaa tulos Enter-näppäimellä. Sulje lista Esc-näppäimellä.
search-page-help = Kirjoita yksi tai kaksi sanaa. Esimerkiksi: bussikortti.
search-results = Tulokset
search-all-results = Kaikki tulokset
search-no-script = Kaikki palvelut
search-page-no-script = Haku toimii vain, jos selaimessa on JavaScript. Voit katsoa kaikki palvelut tästä:
search-failed = Haku ei toimi nyt. Kokeile pian uudelleen.
search-count-none = Ei tuloksia
search-count-one = 1 tulos
search-count-many = { $count } tulosta
search-filter-training = Koulutus
search-filter-glossary = Sanoja
search-filter-persona = Asiakkaita

# Haku, joka ei jätä tyhjän päälle.
search-did-you-mean = Tarkoititko:
# A result of a search with few results that only a similar word (a typo correction) found.
search-similar = löytyi melkein samalla sanalla
search-none-tips = Kokeile toista sanaa. Voit myös katsoa kaikki palvelut tai kysyä meiltä.
search-none-phone = Soita:
search-none-chat = Kysy chatissa:
