# Service cards: the contact box of the first screen, opening hours, "open now".
# Dates, times and weekday names come from CLDR; these are the words around them.

contact-title = Kontakt och öppettider
contact-phone-hours = Telefontid { $hours }
contact-jump = På den här sidan
jump-steps = Så här ansöker du
jump-price = Pris
jump-channels = Alla kontaktvägar
hours-range = { $opens }–{ $closes }
days-range = { $from }–{ $to }
hours-summary-item = { $days } { $hours }
hours-summary = { $items }
open-now-until = Öppet nu. Stänger kl. { $time }.
open-closed-opens-today = Stängt nu. Öppnar i dag kl. { $time }.
open-closed-opens-tomorrow = Stängt nu. Öppnar i morgon kl. { $time }.
open-closed-opens-on = Stängt nu. Öppnar nästa gång { $day } kl. { $time }.
open-closed = Stängt nu.
open-today = I dag { $hours }
open-today-note = I dag { $hours } ({ $note })
example-data-line = Exempelinnehåll: uppgifterna är inte riktiga.
# The heading id of the explanation on the about page (pages/about).
example-data-anchor = uppgifterna-pa-servicekorten-ar-exempel
example-fact = exempel
producer-sector-city = kommun
producer-sector-state = staten
producer-sector-private = privat företag
producer-sector-third-sector = organisation
# The footer link to the feedback card on pages that are not a service card.
footer-feedback-site = Ge respons
# After an entry in a list shown in another language than the page's ($lang is its HTML lang).
in-language = { $lang ->
    [fi] (på finska)
    [sv] (på svenska)
    [en] (på engelska)
   *[other] (på ett annat språk)
}
