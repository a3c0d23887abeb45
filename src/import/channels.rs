//! A catalogue channel record turned into the channels of a card.
//!
//! - `ServiceLocation` → one `service-point` per visiting address (a place in two
//!   buildings is two blocks), with its coordinates converted to WGS84, opening
//!   hours, accessibility sentences (`The main entrance: …`), the numbers to call
//!   there with whom they reach and their charge, e-mails and languages;
//! - `Phone` → one `phone` per number (the note of whom it reaches becomes the
//!   description), with its charge type and charge description and hours;
//! - `EChannel`, `WebPage`, `PrintableForm` → `e-service`, `web-page`,
//!   `printable-form` with the URL of the site's first language that has one,
//!   and support numbers and e-mails.
//!
//! URLs, numbers and e-mail addresses pass the same checks as hand-written
//! ones; one that fails is left out and named in the notes.

use super::convert::{charge_type, is_language_code, Context};
use super::coords::tm35fin_to_wgs84;
use super::model::{Address, Channel, Coordinates, Hours, PhoneNumber, PostalAddress, Text, Url};
use super::ptv::{self, LangValue, ServiceChannel};
use super::text;
use crate::config::url_policy;
use crate::content::service::WEEKDAYS;

/// The card channels of one catalogue channel (none if it has nothing to link to).
pub fn channel(cx: &Context<'_>, c: &ServiceChannel, dropped: &mut dyn FnMut(String)) -> Vec<Channel> {
    let name = cx.text(&c.service_channel_names, Some("Name"));
    let summary = cx.text(&c.service_channel_descriptions, Some("Summary"));
    let description = summary.or_else(|| cx.text(&c.service_channel_descriptions, Some("Description")));
    let languages: Vec<String> = c.languages.iter().filter(|l| is_language_code(l)).cloned().collect();
    let base = Channel { name, description, languages, ..Channel::default() };
    let id = &c.id;
    let hours = hours(&c.service_hours, &mut |w| dropped(format!("channel {id}: {w}")));
    match c.service_channel_type.as_str() {
        "ServiceLocation" => {
            let phones = phones(cx, &c.phone_numbers, &mut |w| dropped(format!("channel {id}: {w}")));
            let emails = emails(&c.emails, &mut |w| dropped(format!("channel {id}: {w}")));
            let mut out = Vec::new();
            if c.addresses.iter().any(|a| a.kind.as_deref() == Some("Postal")) {
                dropped(format!("channel {id}: its postal address (a card shows where to go, not where to send mail)"));
            }
            for a in c.addresses.iter().filter(|a| a.kind.as_deref() != Some("Postal")) {
                let Some(address) = postal_address(cx, a.street_address.as_ref()) else { continue };
                let coordinates = a.street_address.as_ref().and_then(|s| {
                    let north = s.latitude.as_deref()?.trim().parse::<f64>().ok()?;
                    let east = s.longitude.as_deref()?.trim().parse::<f64>().ok()?;
                    tm35fin_to_wgs84(north, east).map(|(lat, lon)| Coordinates { lat, lon })
                });
                let accessibility = accessibility(cx, &a.entrances);
                out.push(Channel {
                    kind: "service-point",
                    address: Some(Address::Postal(address)),
                    coordinates,
                    hours: hours.clone(),
                    phones: phones.clone(),
                    emails: emails.clone(),
                    accessibility,
                    ..base.clone()
                });
            }
            // A place's own web page: a web-page channel of the same name after it.
            let pages: Vec<LangValue> = c.web_pages.iter().map(|p| p.as_lang_value()).collect();
            if let Some(url) = urls(cx, &pages, &mut |w| dropped(format!("channel {id}: {w}"))) {
                out.push(Channel { kind: "web-page", url: Some(url), name: base.name.clone(), ..Channel::default() });
            }
            out
        }
        "Phone" => {
            let numbers = phones(cx, &c.phone_numbers, &mut |w| dropped(format!("channel {id}: {w}")));
            numbers
                .into_iter()
                .map(|n| Channel {
                    kind: "phone",
                    description: n.note.or_else(|| base.description.clone()),
                    number: Some(n.number),
                    charge_type: n.charge_type,
                    charge: n.charge,
                    hours: hours.clone(),
                    ..base.clone()
                })
                .collect()
        }
        kind @ ("EChannel" | "WebPage" | "PrintableForm") => {
            let files: Vec<&LangValue> =
                if kind == "PrintableForm" { c.channel_urls.iter().collect() } else { Vec::new() };
            let pages = c.web_pages.iter().map(ptv::WebPage::as_lang_value);
            let all: Vec<LangValue> = files.into_iter().cloned().chain(pages).collect();
            let Some(url) = urls(cx, &all, &mut |w| dropped(format!("channel {id}: {w}"))) else {
                return Vec::new();
            };
            vec![Channel {
                kind: match kind {
                    "EChannel" => "e-service",
                    "WebPage" => "web-page",
                    _ => "printable-form",
                },
                url: Some(url),
                hours,
                phones: phones(cx, &c.support_phones, &mut |w| dropped(format!("channel {id}: {w}"))),
                emails: emails(&c.support_emails, &mut |w| dropped(format!("channel {id}: {w}"))),
                ..base
            }]
        }
        _ => Vec::new(),
    }
}

/// The channel's URL in each of the site's locales that has one: one URL when
/// they are all the same (or the record's language is not the site's).
fn urls(cx: &Context<'_>, values: &[LangValue], dropped: &mut dyn FnMut(String)) -> Option<Url> {
    let mut by_locale = Text::new();
    let mut other = None;
    for v in values {
        let usable = |u: &&str| !text::is_placeholder(u) && !text::is_example_url(u);
        let Some(url) = v.value.as_deref().map(str::trim).filter(usable) else { continue };
        if let Err(why) = url_policy::check(url) {
            dropped(format!("a URL the URL policy refuses ({why})"));
            continue;
        }
        match cx.locale(v.language.as_deref()) {
            Some(locale) => {
                by_locale.entry(locale).or_insert_with(|| url.to_string());
            }
            None => other = other.or_else(|| Some(url.to_string())),
        }
    }
    let mut distinct: Vec<&String> = by_locale.values().collect();
    distinct.sort();
    distinct.dedup();
    match (distinct.len(), other) {
        (0, other) => other.map(Url::One),
        (1, _) => distinct.first().map(|u| Url::One((*u).clone())),
        _ => Some(Url::ByLocale(by_locale)),
    }
}

/// A visiting address, if it has a street and a postal code.
fn postal_address(cx: &Context<'_>, s: Option<&ptv::StreetAddress>) -> Option<PostalAddress> {
    let s = s?;
    let number = s.street_number.as_deref().filter(|n| !text::is_placeholder(n)).map(str::trim);
    let street: Text = cx
        .by_locale(&s.street, None, text::plain)
        .into_iter()
        .map(|(l, st)| (l, number.map_or(st.clone(), |n| format!("{st} {n}"))))
        .collect();
    let postal_code = s.postal_code.as_deref().map(str::trim).filter(|p| !text::is_placeholder(p))?;
    let mut city = cx.by_locale(&s.post_office, None, |v| text::plain(v).map(|c| title_case(&c)));
    if city.is_empty() {
        city = cx.by_locale(&s.municipality.clone().unwrap_or_default().name, None, text::plain);
    }
    if street.is_empty() || city.is_empty() {
        return None;
    }
    let note = cx.text(&s.additional_information, None);
    Some(PostalAddress { street, postal_code: postal_code.to_string(), city, note })
}

/// `NAANTALI` → `Naantali` (post offices are written in capitals).
fn title_case(s: &str) -> String {
    if s.chars().any(char::is_lowercase) {
        return s.to_string();
    }
    let mut out = String::new();
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
        start = !c.is_alphabetic();
    }
    out
}

/// The entrances' accessibility sentences, each with its group (`The main entrance: …`).
fn accessibility(cx: &Context<'_>, entrances: &[ptv::Entrance]) -> Vec<Text> {
    let mut out = Vec::new();
    for group in entrances.iter().flat_map(|e| &e.accessibility_sentences) {
        let heading = cx.by_locale(&group.sentence_group, None, text::plain);
        for sentence in &group.sentences {
            let text: Text = cx
                .by_locale(&sentence.sentence, None, text::plain)
                .into_iter()
                .map(|(l, s)| match heading.get(&l) {
                    Some(h) => (l, format!("{h}: {s}")),
                    None => (l, s),
                })
                .collect();
            if !text.is_empty() {
                out.push(text);
            }
        }
    }
    out
}

/// Phone numbers (not fax), one per number: the same number in several
/// languages is one number whose note is in those languages.
pub fn phones(cx: &Context<'_>, numbers: &[ptv::PhoneNumber], dropped: &mut dyn FnMut(String)) -> Vec<PhoneNumber> {
    let mut out: Vec<PhoneNumber> = Vec::new();
    for p in numbers.iter().filter(|p| p.kind.as_deref() != Some("Fax")) {
        let Some(digits) = p.number.as_deref().map(str::trim).filter(|n| !text::is_placeholder(n)) else { continue };
        let number = match p.prefix_number.as_deref().map(str::trim).filter(|n| !text::is_placeholder(n)) {
            Some(prefix) => format!("{prefix} {}", digits.trim_start_matches('0')),
            None => digits.to_string(),
        };
        if text::is_placeholder(&number) {
            continue;
        }
        if let Err(why) = crate::content::service::check_phone(&number) {
            dropped(format!("a phone number ({why})"));
            continue;
        }
        let locale = cx.locale(p.language.as_deref());
        let in_locale = |v: Option<String>| -> Option<Text> { Some(Text::from([(locale.clone()?, v?)])) };
        let field = |v: Option<&str>, name: &str| text::plain(v.filter(|s| !text::is_placeholder_of(s, name)));
        let note = in_locale(field(p.additional_information.as_deref(), "additionalInformation"));
        let charge = in_locale(field(p.charge_description.as_deref(), "chargeDescription"));
        let charge_type = p.service_charge_type.as_deref().and_then(charge_type);
        match out.iter_mut().find(|n| n.number == number) {
            Some(existing) => {
                merge(&mut existing.note, note);
                merge(&mut existing.charge, charge);
            }
            None => out.push(PhoneNumber { number, note, charge_type, charge }),
        }
    }
    out
}

fn merge(into: &mut Option<Text>, more: Option<Text>) {
    match (into.as_mut(), more) {
        (Some(t), Some(m)) => m.into_iter().for_each(|(k, v)| {
            t.entry(k).or_insert(v);
        }),
        (None, m) => *into = m,
        _ => {}
    }
}

/// E-mail addresses that make working links, each once.
pub fn emails(values: &[LangValue], dropped: &mut dyn FnMut(String)) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for v in values {
        let Some(address) = v.value.as_deref().map(str::trim).filter(|a| !text::is_placeholder(a)) else { continue };
        if let Err(why) = crate::content::service::check_email(address) {
            dropped(format!("an e-mail address ({why})"));
        } else if !out.iter().any(|a| a == address) {
            out.push(address.to_string());
        }
    }
    out
}

/// Regular hours as rows of days with the same hours (`mon-fri 09:00–15:00`).
pub fn hours(all: &[ptv::ServiceHours], dropped: &mut dyn FnMut(String)) -> Vec<Hours> {
    const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    let mut spans: Vec<(usize, String, String)> = Vec::new();
    for h in all {
        let kind = h.service_hour_type.as_deref().unwrap_or("");
        if text::is_placeholder_of(kind, "serviceHourType") {
            continue;
        }
        if kind != "DaysOfTheWeek" {
            dropped(format!("service hours of type `{}`", h.service_hour_type.as_deref().unwrap_or("none")));
            continue;
        }
        if h.is_closed == Some(true) {
            continue;
        }
        for o in &h.opening_hour {
            let day = o.day_from.as_deref().and_then(|d| DAYS.iter().position(|x| *x == d));
            let (Some(day), Some(opens), Some(closes)) = (day, time(o.from.as_deref()), time(o.to.as_deref())) else {
                dropped("an opening time that is not a weekday with a time of day".to_string());
                continue;
            };
            let closes = if closes == "00:00" { "24:00".to_string() } else { closes };
            let overnight = o.day_to.as_deref().is_some_and(|d| !d.is_empty() && Some(d) != o.day_from.as_deref());
            if overnight || closes <= opens {
                dropped(format!("opening hours past midnight ({opens}–{closes})"));
                continue;
            }
            spans.push((day, opens, closes));
        }
    }
    spans.sort();
    spans.dedup();
    let mut rows: Vec<(usize, usize, String, String)> = Vec::new();
    for (day, opens, closes) in spans {
        match rows.iter_mut().find(|r| r.1 + 1 == day && r.2 == opens && r.3 == closes) {
            Some(row) => row.1 = day,
            None => rows.push((day, day, opens, closes)),
        }
    }
    rows.sort_by(|a, b| (a.0, &a.2).cmp(&(b.0, &b.2)));
    rows.into_iter()
        .map(|(from, to, opens, closes)| Hours {
            days: if from == to { WEEKDAYS[from].to_string() } else { format!("{}-{}", WEEKDAYS[from], WEEKDAYS[to]) },
            opens,
            closes,
        })
        .collect()
}

/// `09:00:00` → `09:00`.
fn time(s: Option<&str>) -> Option<String> {
    let s = s?.trim();
    let mut parts = s.split(':');
    let h: u8 = parts.next()?.parse().ok()?;
    let m: u8 = parts.next()?.parse().ok()?;
    (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}
