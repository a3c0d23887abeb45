# Facts of service cards that the Suomi.fi service catalogue records: where and in
# which languages a service is offered, and what a call costs.

service-areas = Område
service-nationwide = hela Finland
service-languages = Tjänstespråk
channel-languages = Tjänstespråk:
# A language by its code; an unknown code is shown as it is.
language-name = { $code ->
    [fi] finska
    [sv] svenska
    [en] engelska
    [se] nordsamiska
    [ru] ryska
   *[other] { $code }
}
call-charge-free = avgiftsfritt samtal
call-charge-charged = samtalet kostar enligt ditt abonnemang
call-charge-other = samtalet har en separat avgift
target-authorities = myndigheter
