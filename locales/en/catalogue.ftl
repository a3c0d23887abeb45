# Facts of service cards that the Suomi.fi service catalogue records: where and in
# which languages a service is offered, and what a call costs.

service-areas = Area
service-nationwide = all of Finland
service-languages = Languages of service
channel-languages = Languages of service:
# A language by its code; an unknown code is shown as it is.
language-name = { $code ->
    [fi] Finnish
    [sv] Swedish
    [en] English
    [se] Northern Sami
    [ru] Russian
   *[other] { $code }
}
call-charge-free = free call
call-charge-charged = the call costs what your phone plan charges
call-charge-other = the call has a separate charge
target-authorities = public authorities
