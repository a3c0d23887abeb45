# Service cards in plain Finnish: the contact box, opening hours, "open now".
# Strings not given here come from the Finnish file.

contact-title = Missä ja milloin voit asioida
contact-phone-hours = Voit soittaa { $hours }
contact-jump = Tällä sivulla
jump-steps = Näin toimit
jump-price = Hinta
jump-channels = Kaikki yhteystiedot
hours-range = kello { $opens }–{ $closes }
hours-closed = kiinni
open-now-until = Nyt auki. Menee kiinni kello { $time }.
open-closed-opens-today = Nyt kiinni. Aukeaa tänään kello { $time }.
open-closed-opens-tomorrow = Nyt kiinni. Aukeaa huomenna kello { $time }.
open-closed-opens-on = Nyt kiinni. Seuraavan kerran auki: { $day } kello { $time }.
open-closed = Nyt kiinni.
open-today = Tänään { $hours }
open-today-note = Tänään { $hours }. Syy: { $note }.
example-data-line = Esimerkki: nämä tiedot eivät ole oikeita.
example-data-anchor = osa-tiedoista-on-esimerkkeja
service-charge-type = Maksaako palvelu?
channel-accessibility = Helppo kulkea ja kuulla
