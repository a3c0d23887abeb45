# Search: the search box on every page and the search page (Swedish).

search-label = Sök på webbplatsen
search-submit = Sök
search-title = Sök
search-help = Resultaten visas medan du skriver. Gå mellan resultaten med piltangenterna, öppna ett resultat med Enter och stäng listan med Esc.
search-page-help = Skriv ett eller ett par ord med dina egna ord, till exempel ”ladda busskort”. Gå till resultaten med pil nedåt.
search-results = Sökresultat
search-all-results = Alla sökresultat
search-no-script = Tjänster A–Ö
search-page-no-script = Sökningen behöver JavaScript i webbläsaren. Utan det hittar du tjänsterna i alfabetisk ordning:
search-failed = Sökningen fungerar inte just nu. Försök igen om en stund.
search-count-none = Inga resultat
search-count-one = 1 resultat
search-count-many = { $count } resultat
search-filter = Visa
search-filter-all = Alla
search-filter-service = Tjänster
search-filter-training = Utbildning
search-filter-glossary = Ordlista
search-filter-persona = Kundprofiler
search-filter-page = Sidor
search-kind-service = Tjänst
search-kind-training = Utbildningsdel
search-kind-glossary = Ordlista
search-kind-persona = Kundprofil
search-kind-page = Sida

# En sökning som inte lämnar dig tomhänt: rättad sökning och hjälp när inget hittas.
search-did-you-mean = Menade du:
# A result of a search with few results that only a similar word (a typo correction) found.
search-similar = hittades med ett liknande ord
search-none-tips = Pröva ett annat ord eller en kortare sökning. Du kan också bläddra bland tjänsterna eller fråga oss.
search-none-phone = Ring:
search-none-chat = Fråga i chatten:
