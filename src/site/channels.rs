//! A service card's facts and channels, localized for one page, and the
//! "contact and hours" box that puts the primary channel first.

mod catalogue;
mod hours;

use crate::config::{Config, Locale};
use crate::content::fields::ServiceFields;
use crate::content::service::{Channel, ExceptionHours, OpeningHours, WEEKDAYS};
use crate::content::{Fields, Item, LocalizedText, ServiceMeta, Translation};
use crate::i18n::datetime::DateTimeFormat;
use crate::i18n::hyphenate::soft_hyphens;

use super::context::PageCx;
use super::views::{ChannelView, ContactView, Fact, LangText, ProducerView, ServiceView};
use hours::HoursText;

/// The date and time formats of a locale's language (CLDR's root formats if the
/// data has nothing closer).
fn formats(locale: &Locale) -> Option<DateTimeFormat> {
    DateTimeFormat::new(&locale.lang).or_else(|_| DateTimeFormat::new("und")).ok()
}

/// The service part of a card's page. `inline` renders a front-matter text field
/// (named for error locations) as inline HTML.
pub(crate) fn service_view(
    cx: &PageCx<'_>,
    f: &ServiceFields,
    m: &ServiceMeta,
    locale: &Locale,
    inline: &mut dyn FnMut(&str, &str) -> String,
) -> ServiceView {
    let config = cx.config();
    let code = |v: &dyn Code| v.code();
    let facts = [
        ("processing-time", &f.processing_time),
        ("deadline", &f.deadline),
        ("validity", &f.validity),
        ("requirements", &f.requirements),
    ]
    .into_iter()
    .filter_map(|(key, value)| value.as_ref().map(|v| Fact { key: key.to_string(), html: inline(key, v) }))
    .collect();
    let format = formats(locale);
    let hours = format.as_ref().map(|f| HoursText::new(cx, locale, f));
    let channels: Vec<ChannelView> =
        m.channels.iter().map(|c| channel_view(config, c, locale, hours.as_ref())).collect();
    ServiceView {
        title: String::new(),
        reviewed_text: m
            .reviewed
            .as_ref()
            .and_then(|r| format.as_ref().and_then(|f| f.date(i32::from(r.date.year), r.date.month, r.date.day))),
        contact: contact(&channels),
        audience_html: f.audience.as_ref().map(|a| inline("audience", a)),
        steps_html: f.steps.iter().map(|s| inline("steps", s)).collect(),
        charge_type: m.charge_type.as_ref().map(|c| code(c)),
        charge_html: f.charge.as_ref().map(|c| inline("charge", c)),
        facts,
        target_groups: m.target_groups.iter().map(|g| code(g)).collect(),
        service_classes: m.service_classes.iter().map(|c| text(config, c, locale)).collect(),
        producers: m
            .producers
            .iter()
            .map(|p| ProducerView {
                sector: code(&p.sector),
                name: text(config, &p.name, locale),
                name_lang: lang_of(config, &p.name, locale),
            })
            .collect(),
        reviewed: m.reviewed.as_ref().map(|r| r.date.to_string()),
        reviewed_by: m.reviewed.as_ref().and_then(|r| r.by.as_ref()).map(|b| text(config, b, locale)),
        reviewed_by_lang: m.reviewed.as_ref().and_then(|r| r.by.as_ref()).and_then(|b| lang_of(config, b, locale)),
        channels,
        ptv_id: m.ptv_id.clone(),
        catalogue: catalogue::catalogue(config, m, locale),
        json_ld: String::new(),
    }
}

/// The serde code of a small enum (`third-sector`), as label keys use it.
pub(crate) trait Code {
    fn code(&self) -> String;
}

impl<T: serde::Serialize> Code for T {
    fn code(&self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}

/// schema.org `GovernmentService` for a service card, as JSON that is safe
/// inside `<script type="application/ld+json">` (`<` is escaped).
pub(crate) fn json_ld(
    config: &Config,
    item: &Item,
    tr: &Translation,
    m: &ServiceMeta,
    locale: &Locale,
    url: &str,
) -> String {
    use serde_json::json;
    let t = |x: &LocalizedText| text(config, x, locale);
    let provider: Vec<serde_json::Value> =
        m.producers.iter().map(|p| json!({"@type": "GovernmentOrganization", "name": t(&p.name)})).collect();
    let channels: Vec<serde_json::Value> = m
        .channels
        .iter()
        .map(|c| match c {
            Channel::ServicePoint(p) => json!({
                "@type": "ServiceChannel",
                "name": t(&p.name),
                "serviceLocation": {
                    "@type": "Place",
                    "name": t(&p.name),
                    "address": {
                        "@type": "PostalAddress",
                        "streetAddress": t(&p.address.street),
                        "postalCode": p.address.postal_code,
                        "addressLocality": t(&p.address.city),
                    },
                    "geo": p.coordinates.map(|c| json!({"@type": "GeoCoordinates", "latitude": c.lat, "longitude": c.lon})),
                    "openingHoursSpecification": opening_hours(&p.hours, &p.exceptions),
                },
            }),
            Channel::Phone(p) => json!({"@type": "ServiceChannel", "servicePhone": {
                "@type": "ContactPoint",
                "telephone": p.number,
                "hoursAvailable": opening_hours(&p.hours, &[]),
            }}),
            Channel::Email(e) => json!({"@type": "ServiceChannel", "serviceUrl": format!("mailto:{}", e.address)}),
            Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => {
                json!({"@type": "ServiceChannel", "serviceUrl": t(&o.url)})
            }
        })
        .collect();
    let mut value = json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": tr.common.title,
        "description": tr.common.summary,
        "url": url,
        "inLanguage": locale.lang,
        "identifier": item.key,
        "provider": provider,
        "availableChannel": channels,
    });
    if let Fields::Service(f) = &tr.fields {
        if let Some(audience) = &f.audience {
            value["audience"] = json!({"@type": "Audience", "audienceType": audience});
        }
    }
    serde_json::to_string(&value).unwrap_or_default().replace('<', "\\u003c")
}

/// schema.org `OpeningHoursSpecification`s: one per row of regular hours, and one
/// per exception, valid on its date only (closed: opens and closes at `00:00`, as
/// schema.org asks).
fn opening_hours(rows: &[OpeningHours], exceptions: &[ExceptionHours]) -> Vec<serde_json::Value> {
    use serde_json::json;
    const SCHEMA_DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let regular = rows.iter().map(|h| {
        let mut days = h.days.0.clone();
        days.sort_unstable();
        days.dedup();
        let days: Vec<String> = days
            .iter()
            .filter(|d| **d < WEEKDAYS.len())
            .map(|d| format!("https://schema.org/{}", SCHEMA_DAYS[*d]))
            .collect();
        json!({"@type": "OpeningHoursSpecification", "dayOfWeek": days, "opens": h.opens.to_string(), "closes": h.closes.to_string()})
    });
    let special = exceptions.iter().map(|e| {
        let (opens, closes) = match (e.closed, e.opens, e.closes) {
            (false, Some(o), Some(c)) => (o.to_string(), c.to_string()),
            _ => ("00:00".to_string(), "00:00".to_string()),
        };
        let date = e.date.to_string();
        json!({"@type": "OpeningHoursSpecification", "validFrom": date, "validThrough": date, "opens": opens, "closes": closes})
    });
    regular.chain(special).collect()
}

/// The box of the card's first screen: the primary channel (the first one with
/// opening hours, in the order the card lists its channels, so its writer decides
/// whether the service point or the phone line comes first), the number to call,
/// and the first e-service.
fn contact(channels: &[ChannelView]) -> Option<ContactView> {
    let primary = channels
        .iter()
        .find(|c| !c.hours.is_empty())
        .or_else(|| channels.iter().find(|c| c.kind == "service-point" || c.kind == "phone"));
    let phone = primary.filter(|p| p.phone.is_some()).or_else(|| channels.iter().find(|c| c.kind == "phone"));
    let e_service = channels.iter().find(|c| c.kind == "e-service");
    if primary.is_none() && e_service.is_none() {
        return None;
    }
    let mut view = ContactView::default();
    if let Some(p) = primary {
        view.kind = p.kind.clone();
        view.name = p.name.clone();
        view.name_lang = p.name_lang.clone();
        view.address_lang = p.address_lang.clone();
        view.address = p.street.as_ref().map(|street| {
            let place = [p.postal_code.as_deref(), p.city.as_deref()].into_iter().flatten().collect::<Vec<_>>();
            if place.is_empty() {
                street.clone()
            } else {
                format!("{street}, {}", place.join(" "))
            }
        });
        view.hours_summary = p.hours_summary.clone();
        view.open_data = p.open_data.clone();
    }
    if let Some(ph) = phone {
        view.phone = ph.phone.clone();
        view.tel = ph.tel.clone();
        let separate = primary.is_none_or(|p| !std::ptr::eq(p, ph));
        if separate {
            view.phone_name = ph.name.clone();
            view.phone_name_lang = ph.name_lang.clone();
            view.phone_hours = ph.hours_summary.clone().filter(|h| Some(h) != view.hours_summary.as_ref());
        }
    }
    if let Some(e) = e_service {
        view.e_service_name = e.name.clone();
        view.e_service_name_lang = e.name_lang.clone();
        view.e_service_url = e.url.clone();
    }
    Some(view)
}

fn channel_view(config: &Config, channel: &Channel, locale: &Locale, text_of: Option<&HoursText<'_>>) -> ChannelView {
    let t = |x: &crate::content::LocalizedText| soft_hyphens(&text(config, x, locale), &locale.lang);
    let mut v = ChannelView {
        kind: channel.code().to_string(),
        extra: catalogue::extra(config, channel, locale),
        ..ChannelView::default()
    };
    let set_hours = |v: &mut ChannelView, rows: &[OpeningHours], exceptions: &[ExceptionHours]| {
        let Some(h) = text_of else { return };
        if rows.is_empty() {
            return;
        }
        let week = hours::week(rows);
        v.hours = h.rows(&week);
        v.hours_summary = Some(h.summary(&v.hours));
        v.exceptions = h.exceptions(exceptions);
        v.open_data = Some(h.open_data(&week, exceptions));
    };
    match channel {
        Channel::ServicePoint(p) => {
            v.name = Some(t(&p.name));
            v.name_lang = lang_of(config, &p.name, locale);
            v.description = p.description.as_ref().map(t);
            v.description_lang = p.description.as_ref().and_then(|d| lang_of(config, d, locale));
            // Addresses stay as written: they are copied into maps and messages.
            v.street = Some(text(config, &p.address.street, locale));
            v.address_lang = lang_of(config, &p.address.street, locale);
            v.postal_code = Some(p.address.postal_code.clone());
            v.city = Some(text(config, &p.address.city, locale));
            if let Some(c) = p.coordinates {
                v.lat = Some(c.lat);
                v.lon = Some(c.lon);
                v.map_url =
                    Some(format!("https://www.openstreetmap.org/?mlat={0}&mlon={1}#map=17/{0}/{1}", c.lat, c.lon));
            }
            set_hours(&mut v, &p.hours, &p.exceptions);
            v.accessibility =
                p.accessibility.iter().map(|a| LangText { text: t(a), lang: lang_of(config, a, locale) }).collect();
            if let Some(phone) = &p.phone {
                v.tel = Some(tel_uri(phone));
                v.phone = Some(phone.clone());
            }
        }
        Channel::Phone(p) => {
            v.name = p.name.as_ref().map(t);
            v.name_lang = p.name.as_ref().and_then(|n| lang_of(config, n, locale));
            v.description = p.description.as_ref().map(t);
            v.description_lang = p.description.as_ref().and_then(|d| lang_of(config, d, locale));
            v.tel = Some(tel_uri(&p.number));
            v.phone = Some(p.number.clone());
            v.charge = p.charge.as_ref().map(t);
            set_hours(&mut v, &p.hours, &[]);
        }
        Channel::Email(e) => {
            v.name = e.name.as_ref().map(t);
            v.name_lang = e.name.as_ref().and_then(|n| lang_of(config, n, locale));
            v.description = e.description.as_ref().map(t);
            v.description_lang = e.description.as_ref().and_then(|d| lang_of(config, d, locale));
            v.email = Some(e.address.clone());
        }
        Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => {
            v.name = o.name.as_ref().map(t);
            v.name_lang = o.name.as_ref().and_then(|n| lang_of(config, n, locale));
            v.description = o.description.as_ref().map(t);
            v.description_lang = o.description.as_ref().and_then(|d| lang_of(config, d, locale));
            v.url = Some(text(config, &o.url, locale));
            set_hours(&mut v, &o.hours, &[]);
        }
    }
    v
}

/// The HTML `lang` of a localized text on a page of `locale` when the text is in
/// another language (it fell back along the chain to a locale of another
/// language); none when it is in the page's own language or its language is unknown.
fn lang_of(config: &Config, x: &LocalizedText, locale: &Locale) -> Option<String> {
    let LocalizedText::ByLocale(map) = x else {
        return None;
    };
    let has = |l: &&Locale| map.contains_key(l.code.as_str());
    let from = config.fallback_chain(&locale.code).into_iter().find(has).or_else(|| {
        x.get(config, &config.default_locale)?;
        config.locale(&config.default_locale).filter(has)
    });
    from.map(|l| l.lang.clone()).filter(|lang| *lang != locale.lang)
}

/// `+358 2 000 1000` → `tel:+35820001000`.
fn tel_uri(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// Resolves a localized text for a page.
fn text(config: &Config, t: &LocalizedText, locale: &Locale) -> String {
    t.resolve(config, &locale.code).to_string()
}

#[cfg(test)]
mod tests {
    use super::tel_uri;

    #[test]
    fn tel_uris_keep_digits_and_the_plus_only() {
        assert_eq!(tel_uri("+358 2 000 1000"), "tel:+35820001000");
        assert_eq!(tel_uri("(02) 262-1000"), "tel:022621000");
        assert_eq!(tel_uri("+358\u{a0}40\u{2011}123"), "tel:+35840123", "no-break space and hyphen");
        assert_eq!(tel_uri("09 310 01"), "tel:0931001");
    }
}
