//! A catalogue service record, with its channels and organisations, turned into
//! a [`Card`]: the language-neutral facts, and one locale file per language the
//! record is written in.
//!
//! The record's vocabularies map onto luukku's: charge types, target groups
//! (`KR1` citizens → `residents` …), service classes (kept as localized names),
//! ontology terms and alternative names (search keywords of each locale), areas
//! and the languages the service is offered in. What has no place in luukku's
//! model is listed in the card's notes, so the import can report what it dropped.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use super::channels::channel;
use super::model::{Card, CardMeta, Channel, Front, LocaleFile, Producer, Text};
use super::ptv::{ChannelLink, LangValue, Organization, Service, ServiceChannel, Term};
use super::text;
use crate::config::Config;
use crate::error::Diagnostic;

/// What the importer knows besides the record itself.
pub struct Context<'a> {
    pub config: &'a Config,
    pub channels: &'a HashMap<String, ServiceChannel>,
    pub organizations: &'a HashMap<String, Organization>,
}

impl Context<'_> {
    /// The site's locale code for a catalogue language, if the site has it.
    pub fn locale(&self, language: Option<&str>) -> Option<String> {
        let lang = language?;
        self.config.locale_by_str(lang).map(|l| l.code.as_str().to_string())
    }

    /// The values of one type (`Name`, `Summary`; any when `kind` is `None`)
    /// by the site's locale code, made with `f`; placeholders and languages the
    /// site lacks are left out (the first value of a locale wins).
    pub fn by_locale(
        &self,
        values: &[LangValue],
        kind: Option<&str>,
        f: impl Fn(Option<&str>) -> Option<String>,
    ) -> Text {
        let mut out = Text::new();
        for v in values.iter().filter(|v| kind.is_none() || v.kind.as_deref() == kind) {
            if let (Some(locale), Some(value)) = (self.locale(v.language.as_deref()), f(v.value.as_deref())) {
                out.entry(locale).or_insert(value);
            }
        }
        out
    }

    /// A localized plain text, or `None` when no site locale has it.
    pub fn text(&self, values: &[LangValue], kind: Option<&str>) -> Option<Text> {
        Some(self.by_locale(values, kind, text::plain)).filter(|t| !t.is_empty())
    }
}

/// The card for one record; problems that stop nothing (a missing channel) are
/// pushed onto `diags`, and what was left out onto `notes`.
pub fn card(
    cx: &Context<'_>,
    s: &Service,
    source: &Path,
    diags: &mut Vec<Diagnostic>,
    notes: &mut Vec<String>,
) -> Option<Card> {
    let names = cx.by_locale(&s.service_names, Some("Name"), text::plain);
    let Some(fi_name) = names.get(cx.config.default_locale.as_str()).or_else(|| names.values().next()).cloned() else {
        diags.push(
            Diagnostic::file(
                source,
                "the service has no name in any of the site's languages; expected a `Name` in serviceNames",
            )
            .with_code("import-no-name"),
        );
        return None;
    };
    let mut dropped = |what: String| notes.push(format!("{}: {what}", source.display()));
    for v in &s.service_names {
        if v.kind.as_deref() == Some("Name") && cx.locale(v.language.as_deref()).is_none() {
            dropped(format!(
                "the name in `{}`, a language the site does not have",
                v.language.as_deref().unwrap_or("?")
            ));
        }
    }
    let mut locales = BTreeMap::new();
    for (locale, title) in &names {
        let desc = |kind: &str| {
            s.service_descriptions
                .iter()
                .find(|d| d.kind.as_deref() == Some(kind) && cx.locale(d.language.as_deref()).as_ref() == Some(locale))
                .and_then(|d| d.value.as_deref())
        };
        let summary = text::plain(desc("Summary")).or_else(|| text::plain(desc("Description")));
        let Some(summary) = summary else {
            dropped(format!("the `{locale}` text: it has a name but neither summary nor description"));
            continue;
        };
        if summary.chars().count() > 150 {
            dropped(format!("the end of the `{locale}` summary: a card's summary is at most 150 characters"));
        }
        let requirement = s
            .requirements
            .iter()
            .find(|r| cx.locale(r.language.as_deref()).as_ref() == Some(locale))
            .and_then(|r| r.value.as_deref());
        let front = Front {
            title: title.clone(),
            summary: text::shorten(&summary, 150),
            keywords: keywords(cx, s, locale, title),
            steps: text::steps(desc("UserInstruction")),
            charge: text::inline(desc("ChargeTypeAdditionalInfo")),
            processing_time: text::inline(desc("ProcessingTime")),
            deadline: text::inline(desc("DeadLine")),
            validity: text::inline(desc("ValidityTime")),
            requirements: text::inline(requirement),
        };
        let body = text::markdown(desc("Description")).unwrap_or_default();
        locales.insert(locale.clone(), LocaleFile { front, body });
    }
    if locales.is_empty() {
        diags.push(Diagnostic::file(source, "the service has no text the site can show; expected a name and a summary in one of the site's languages").with_code("import-no-text"));
        return None;
    }
    let mut channels = Vec::new();
    for link in &s.service_channels {
        let id = &link.service_channel.id;
        match cx.channels.get(id) {
            Some(c) => {
                let mut made = channel(cx, c, &mut dropped);
                connection(cx, link, &mut made, &mut dropped);
                if made.is_empty() {
                    dropped(format!("channel {id}: it has nothing a card can link to (no address, number or URL)"));
                }
                channels.extend(made);
            }
            None => diags.push(
                Diagnostic::file(
                    source,
                    format!(
                        "the service links to channel {id}{}, which no file in the import folder has; expected a servicechannels/{id}.json",
                        link.service_channel.name.as_deref().map(|n| format!(" (`{n}`)")).unwrap_or_default()
                    ),
                )
                .with_code("import-missing-channel"),
            ),
        }
        if link.description.iter().any(|d| text::clean(d.value.as_deref()).is_some()) {
            dropped(format!(
                "what is particular to this service in channel {id} (a card's channel is the same for every service)"
            ));
        }
        if link.service_charge_type.as_deref().is_some_and(|c| charge_type(c).is_some()) {
            dropped(format!("the charge type of channel {id} for this service (luukku keeps the charge per number)"));
        }
    }
    let (nationwide, areas, municipality) = areas(cx, s);
    let meta = CardMeta {
        imported_from: format!("ptv:{}", s.id),
        ptv_id: s.id.clone(),
        charge_type: s.service_charge_type.as_deref().and_then(charge_type),
        target_groups: target_groups(&s.target_groups, &mut dropped),
        service_classes: s.service_classes.iter().filter_map(|c| cx.text(&c.name, None)).collect(),
        producers: producers(cx, s, &mut dropped),
        nationwide,
        areas,
        languages: s.languages.iter().filter(|l| is_language_code(l)).cloned().collect(),
        channels,
    };
    Some(Card {
        id: s.id.clone(),
        source: source.to_path_buf(),
        slug: text::slug(&fi_name),
        municipality,
        meta,
        locales,
    })
}

/// Adds what a record says of the service in one channel (its own numbers and
/// e-mail addresses there) to the channels made of it; placeholders drop out.
fn connection(cx: &Context<'_>, link: &ChannelLink, made: &mut [Channel], dropped: &mut dyn FnMut(String)) {
    let id = &link.service_channel.id;
    let mut note = |w: String| dropped(format!("channel {id} for this service: {w}"));
    let details = link.contact_details.clone().unwrap_or_default();
    let phones = super::channels::phones(cx, &details.phone_numbers, &mut note);
    let emails = super::channels::emails(&details.emails, &mut note);
    if !super::channels::hours(&link.service_hours, &mut note).is_empty() {
        note("hours of the service in this channel (a card's channel has one set of hours)".to_string());
    }
    let pages = details.web_pages.iter().filter_map(|p| p.url.as_deref()).filter(|u| !text::is_example_url(u));
    if pages.filter(|u| !text::is_placeholder(u)).count() > 0 {
        note("its web pages for this service".to_string());
    }
    if phones.is_empty() && emails.is_empty() {
        return;
    }
    match made.iter_mut().find(|c| c.kind != "phone") {
        Some(c) => {
            c.phones.extend(phones);
            c.emails.extend(emails);
        }
        None => note("numbers and e-mail addresses of the service in a phone channel".to_string()),
    }
}

/// Alternative names, the record's keywords and its ontology terms in one locale.
fn keywords(cx: &Context<'_>, s: &Service, locale: &str, title: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let alternative = s.service_names.iter().filter(|n| n.kind.as_deref() == Some("AlternativeName"));
    let terms = s.ontology_terms.iter().flat_map(|t| &t.name);
    for v in alternative.chain(&s.keywords).chain(terms) {
        if cx.locale(v.language.as_deref()).as_deref() != Some(locale) {
            continue;
        }
        if let Some(word) = text::plain(v.value.as_deref()) {
            let same = |w: &str| w.to_lowercase() == word.to_lowercase();
            if !same(title) && !out.iter().any(|w| same(w)) {
                out.push(word);
            }
        }
    }
    out
}

/// The catalogue's charge types as luukku's.
pub fn charge_type(ptv: &str) -> Option<&'static str> {
    match ptv {
        "FreeOfCharge" | "Free" => Some("free"),
        "Chargeable" | "Charged" => Some("charged"),
        "Other" => Some("other"),
        _ => None,
    }
}

/// The catalogue's target groups (codes of the `TARGETGROUP` vocabulary) as luukku's.
fn target_groups(terms: &[Term], dropped: &mut dyn FnMut(String)) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for t in terms {
        let code = t.code.as_deref().unwrap_or("");
        let groups: &[&'static str] = match code {
            "KR1" => &["residents"],
            "KR1.1" => &["seniors"],
            "KR1.2" => &["families", "children"],
            "KR1.3" => &["young-people"],
            "KR1.4" => &["immigrants"],
            "KR1.5" => &["people-with-disabilities"],
            "KR3" => &["authorities"],
            c if c == "KR2" || c.starts_with("KR2.") => &["businesses", "associations"],
            _ => &[],
        };
        if groups.is_empty() {
            let name = t.name.iter().find_map(|n| n.value.clone()).unwrap_or_default();
            dropped(format!("target group `{code}` ({name}), which luukku's target groups do not name"));
        }
        for g in groups {
            if !out.contains(g) {
                out.push(g);
            }
        }
    }
    out
}

/// Responsible and producing organisations, with their sector.
fn producers(cx: &Context<'_>, s: &Service, dropped: &mut dyn FnMut(String)) -> Vec<Producer> {
    let mut out: Vec<Producer> = Vec::new();
    for link in &s.organizations {
        let Some(org) = &link.organization else { continue };
        if link.role_type.as_deref().is_some_and(|r| r == "OtherResponsible" || r == "Other") {
            continue;
        }
        let Some(record) = cx.organizations.get(&org.id) else {
            dropped(format!("organisation {} (no file in the import folder has it)", org.id));
            continue;
        };
        let sector = match record.organization_type.as_deref() {
            Some("Municipality" | "RegionalOrganization") => "city",
            Some("State") => "state",
            Some("Company") => "private",
            Some("Organization") => "third-sector",
            other => {
                dropped(format!("organisation {} of type `{}`", org.id, other.unwrap_or("none")));
                continue;
            }
        };
        let Some(name) = cx.text(&record.organization_names, Some("Name")) else { continue };
        if !out.iter().any(|p| p.name == name) {
            out.push(Producer { sector, name });
        }
    }
    out
}

/// Whether the service is nationwide, the names of its areas, and the slug of its
/// first municipality (to tell apart services of one name).
fn areas(cx: &Context<'_>, s: &Service) -> (bool, Vec<Text>, Option<String>) {
    let nationwide = s.area_type.as_deref().is_some_and(|t| t.starts_with("Nationwide"));
    let mut names: Vec<Text> = Vec::new();
    for area in &s.areas {
        let texts = cx.text(&area.name, None).into_iter();
        for name in texts.chain(area.municipalities.iter().filter_map(|m| cx.text(&m.name, None))) {
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    let first = s.areas.iter().flat_map(|a| &a.municipalities).next();
    let municipality = first
        .and_then(|m| m.name.iter().find(|n| n.language.as_deref() == Some("fi")).or(m.name.first()))
        .and_then(|n| n.value.as_deref())
        .map(text::slug);
    (nationwide, if nationwide { Vec::new() } else { names }, municipality)
}

/// Two or three lower-case letters.
pub fn is_language_code(s: &str) -> bool {
    (2..=3).contains(&s.len()) && s.chars().all(|c| c.is_ascii_lowercase())
}

/// Whether a service is offered in the municipality `name` (by its code or a
/// name in any language); nationwide services are offered everywhere.
pub fn offered_in(s: &Service, name: &str) -> bool {
    if s.area_type.as_deref().is_some_and(|t| t.starts_with("Nationwide")) {
        return true;
    }
    let wanted = name.trim().to_lowercase();
    s.areas.iter().flat_map(|a| &a.municipalities).any(|m| {
        m.code.as_deref() == Some(name.trim())
            || m.name.iter().any(|n| n.value.as_deref().is_some_and(|v| v.to_lowercase() == wanted))
    })
}
