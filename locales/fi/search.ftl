# Search: the search box on every page and the search page (Finnish).

search-label = Hae sivustolta
search-submit = Hae
search-title = Haku
search-help = Tuloksia tulee jo kirjoittaessa. Liiku tuloksissa nuolinäppäimillä, avaa tulos Enterillä ja sulje lista Escillä.
search-page-help = Kirjoita sana tai pari omin sanoin, esimerkiksi ”bussikortin lataus”. Siirry tuloksiin nuoli alas -näppäimellä.
search-results = Hakutulokset
search-all-results = Kaikki hakutulokset
search-no-script = Palvelut A–Ö
search-page-no-script = Haku tarvitsee selaimeen JavaScriptin. Ilman sitä löydät palvelut aakkosjärjestyksestä:
search-failed = Haku ei nyt toimi. Kokeile hetken päästä uudelleen.
search-count-none = Ei tuloksia
search-count-one = 1 tulos
search-count-many = { $count } tulosta
search-filter = Näytä
search-filter-all = Kaikki
search-filter-service = Palvelut
search-filter-training = Koulutus
search-filter-glossary = Sanasto
search-filter-persona = Asiakasprofiilit
search-filter-page = Sivut
search-kind-service = Palvelu
search-kind-training = Koulutusosio
search-kind-glossary = Sanasto
search-kind-persona = Asiakasprofiili
search-kind-page = Sivu

# Haku, joka ei jätä tyhjän päälle: korjattu haku ja apu, kun mitään ei löydy.
search-did-you-mean = Tarkoititko:
# A result of a search with few results that only a similar word (a typo correction) found.
search-similar = löytyi samankaltaisella sanalla
search-none-tips = Kokeile toista sanaa tai lyhyempää hakua. Voit myös selata palveluita tai kysyä meiltä.
search-none-phone = Soita:
search-none-chat = Kysy chatissa:
