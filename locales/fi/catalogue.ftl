# Facts of service cards that the Suomi.fi service catalogue records: where and in
# which languages a service is offered, and what a call costs.

service-areas = Alue
service-nationwide = koko Suomi
service-languages = Palvelukielet
channel-languages = Palvelukielet:
# A language by its code; an unknown code is shown as it is.
language-name = { $code ->
    [fi] suomi
    [sv] ruotsi
    [en] englanti
    [se] pohjoissaame
    [ru] venäjä
   *[other] { $code }
}
call-charge-free = maksuton puhelu
call-charge-charged = puhelun hinta oman liittymäsi mukaan
call-charge-other = puhelusta peritään erillinen maksu
target-authorities = viranomaiset
