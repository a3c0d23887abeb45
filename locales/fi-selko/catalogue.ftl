# Facts of service cards that the Suomi.fi service catalogue records: where and in
# which languages a service is offered, and what a call costs.

service-areas = Missä palvelu on
service-nationwide = koko Suomessa
service-languages = Kielet, joilla voit asioida
channel-languages = Voit asioida näillä kielillä:
# A language by its code; an unknown code is shown as it is.
language-name = { $code ->
    [fi] suomi
    [sv] ruotsi
    [en] englanti
    [se] saame
    [ru] venäjä
   *[other] { $code }
}
call-charge-free = Puhelu on ilmainen.
call-charge-charged = Maksat puhelusta saman hinnan kuin muistakin puheluista.
call-charge-other = Puhelu maksaa enemmän kuin tavallinen puhelu.
target-authorities = viranomaiset
