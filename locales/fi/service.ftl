# Service cards: the contact box of the first screen, opening hours, "open now".
# Dates, times and weekday names come from CLDR; these are the words around them.

contact-title = Yhteystiedot ja aukioloajat
contact-phone-hours = Puhelinaika { $hours }
contact-jump = Tällä sivulla
jump-steps = Näin haet palvelua
jump-price = Hinta
jump-channels = Kaikki asiointikanavat
hours-range = { $opens }–{ $closes }
days-range = { $from }–{ $to }
hours-summary-item = { $days } { $hours }
hours-summary = { $items }
open-now-until = Avoinna nyt. Sulkeutuu klo { $time }.
open-closed-opens-today = Suljettu nyt. Avautuu tänään klo { $time }.
open-closed-opens-tomorrow = Suljettu nyt. Avautuu huomenna klo { $time }.
open-closed-opens-on = Suljettu nyt. Seuraavan kerran avoinna: { $day } klo { $time }.
open-closed = Suljettu nyt.
open-today = Tänään { $hours }
open-today-note = Tänään { $hours } ({ $note })
example-data-line = Esimerkkisisältöä: tiedot eivät ole oikeita.
# The heading id of the explanation on the about page (pages/about).
example-data-anchor = palvelukorttien-tiedot-ovat-esimerkkeja
example-fact = esimerkki
producer-sector-city = kunta
producer-sector-state = valtio
producer-sector-private = yksityinen yritys
producer-sector-third-sector = järjestö
# The footer link to the feedback card on pages that are not a service card.
footer-feedback-site = Anna palautetta
# After an entry in a list shown in another language than the page's ($lang is its HTML lang).
in-language = { $lang ->
    [fi] (suomeksi)
    [sv] (ruotsiksi)
    [en] (englanniksi)
   *[other] (toisella kielellä)
}
