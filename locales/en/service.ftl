# Service cards: the contact box of the first screen, opening hours, "open now".
# Dates, times and weekday names come from CLDR; these are the words around them.

contact-title = Contact and opening hours
contact-phone-hours = Phone hours { $hours }
contact-jump = On this page
jump-steps = How to apply
jump-price = Price
jump-channels = All ways to get in touch
hours-range = { $opens } – { $closes }
days-range = { $from }–{ $to }
hours-summary-item = { $days } { $hours }
hours-summary = { $items }
open-now-until = Open now. Closes at { $time }.
open-closed-opens-today = Closed now. Opens today at { $time }.
open-closed-opens-tomorrow = Closed now. Opens tomorrow at { $time }.
open-closed-opens-on = Closed now. Opens on { $day } at { $time }.
open-closed = Closed now.
open-today = Today { $hours }
open-today-note = Today { $hours } ({ $note })
example-data-line = Example content: these details are not real.
# The heading id of the explanation on the about page (pages/about).
example-data-anchor = service-card-details-are-examples
example-fact = example
producer-sector-city = municipality
producer-sector-state = state
producer-sector-private = private company
producer-sector-third-sector = non-profit organisation
# The footer link to the feedback card on pages that are not a service card.
footer-feedback-site = Give feedback
# After an entry in a list shown in another language than the page's ($lang is its HTML lang).
in-language = { $lang ->
    [fi] (in Finnish)
    [sv] (in Swedish)
    [en] (in English)
   *[other] (in another language)
}
