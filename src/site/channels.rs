//! A service card's facts and channels, localized for one page.

use crate::config::{Config, Locale};
use crate::content::fields::ServiceFields;
use crate::content::service::{Channel, OpeningHours, WEEKDAYS};
use crate::content::{Fields, Item, LocalizedText, ServiceMeta, Translation};

use super::views::{ChannelView, ExceptionRow, Fact, HoursRow, ProducerView, ServiceView};

/// The service part of a card's page. `inline` renders a front-matter text field
/// (named for error locations) as inline HTML.
pub(crate) fn service_view(
    config: &Config,
    f: &ServiceFields,
    m: &ServiceMeta,
    locale: &Locale,
    inline: &mut dyn FnMut(&str, &str) -> String,
) -> ServiceView {
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
    ServiceView {
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
            .map(|p| ProducerView { sector: code(&p.sector), name: text(config, &p.name, locale) })
            .collect(),
        reviewed: m.reviewed.as_ref().map(|r| r.date.to_string()),
        reviewed_by: m.reviewed.as_ref().and_then(|r| r.by.as_ref()).map(|b| text(config, b, locale)),
        channels: m.channels.iter().map(|c| channel_view(config, c, locale)).collect(),
        ptv_id: m.ptv_id.clone(),
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
                },
            }),
            Channel::Phone(p) => json!({"@type": "ServiceChannel", "servicePhone": {"@type": "ContactPoint", "telephone": p.number}}),
            Channel::Email(e) => json!({"@type": "ServiceChannel", "serviceUrl": format!("mailto:{}", e.address)}),
            Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => {
                json!({"@type": "ServiceChannel", "serviceUrl": o.url})
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

/// Opening hours as rows in weekday order, however the content listed them.
fn hours(rows: &[OpeningHours]) -> Vec<HoursRow> {
    let mut runs: Vec<(usize, usize, &OpeningHours)> =
        rows.iter().flat_map(|h| h.days.runs().into_iter().map(move |(a, b)| (a, b, h))).collect();
    runs.sort_by_key(|(a, _, h)| (*a, h.opens));
    runs.into_iter()
        .map(|(a, b, h)| HoursRow {
            from: WEEKDAYS[a].to_string(),
            to: WEEKDAYS[b].to_string(),
            opens: h.opens.to_string(),
            closes: h.closes.to_string(),
        })
        .collect()
}

fn channel_view(config: &Config, channel: &Channel, locale: &Locale) -> ChannelView {
    let t = |x: &crate::content::LocalizedText| text(config, x, locale);
    let mut v = ChannelView { kind: channel.code().to_string(), ..ChannelView::default() };
    match channel {
        Channel::ServicePoint(p) => {
            v.name = Some(t(&p.name));
            v.description = p.description.as_ref().map(t);
            v.street = Some(t(&p.address.street));
            v.postal_code = Some(p.address.postal_code.clone());
            v.city = Some(t(&p.address.city));
            if let Some(c) = p.coordinates {
                v.lat = Some(c.lat);
                v.lon = Some(c.lon);
                v.map_url =
                    Some(format!("https://www.openstreetmap.org/?mlat={0}&mlon={1}#map=17/{0}/{1}", c.lat, c.lon));
            }
            v.hours = hours(&p.hours);
            v.exceptions = p
                .exceptions
                .iter()
                .map(|e| ExceptionRow {
                    date: e.date.to_string(),
                    closed: e.closed,
                    opens: e.opens.map(|x| x.to_string()),
                    closes: e.closes.map(|x| x.to_string()),
                    note: e.note.as_ref().map(t),
                })
                .collect();
            v.accessibility = p.accessibility.iter().map(t).collect();
            if let Some(phone) = &p.phone {
                v.tel = Some(tel_uri(phone));
                v.phone = Some(phone.clone());
            }
        }
        Channel::Phone(p) => {
            v.name = p.name.as_ref().map(t);
            v.description = p.description.as_ref().map(t);
            v.tel = Some(tel_uri(&p.number));
            v.phone = Some(p.number.clone());
            v.charge = p.charge.as_ref().map(t);
            v.hours = hours(&p.hours);
        }
        Channel::Email(e) => {
            v.name = e.name.as_ref().map(t);
            v.description = e.description.as_ref().map(t);
            v.email = Some(e.address.clone());
        }
        Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => {
            v.name = o.name.as_ref().map(t);
            v.description = o.description.as_ref().map(t);
            v.url = Some(o.url.clone());
            v.hours = hours(&o.hours);
        }
    }
    v
}

/// `+358 2 000 1000` → `tel:+35820001000`.
fn tel_uri(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// A localized text of `meta.yaml` in the page's locale.
fn text(config: &Config, t: &LocalizedText, locale: &Locale) -> String {
    t.resolve(config, &locale.code).to_string()
}
