//! Consistency across locales: what must be the same in every language form.
//!
//! A workshop runs to the same timetable in every locale, so a module's
//! facilitation steps and their minutes match the default locale's; the
//! reflection questions are the same questions, so their number matches; and a
//! service card's channel facts (phone numbers, e-mail addresses, opening hours,
//! channel URLs) live once in `meta.yaml`, never in a locale's text where a change
//! would reach one language and not the others.

use crate::content::service::Channel;
use crate::content::{Fields, Item, Meta, Translation};
use crate::error::Diagnostic;
use crate::Site;

use super::Check;

/// The consistency findings of `site`.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    for item in site.library.items() {
        if let Some(source) = item.translations.get(&site.config.default_locale) {
            for tr in item.translations.values().filter(|t| t.path != source.path) {
                findings.append(&mut against_source(tr, source));
            }
        }
        if let Meta::Service(meta) = &item.meta {
            let urls: Vec<&str> = meta.channels.iter().flat_map(channel_urls).collect();
            for tr in item.translations.values() {
                findings.append(&mut channel_facts(item, tr, &urls));
            }
        }
    }
    findings
}

/// A channel's URLs: its one URL, or each of its URLs per locale.
fn channel_urls(c: &Channel) -> Vec<&str> {
    match c {
        Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => match &o.url {
            crate::config::LocalizedText::All(url) => vec![url.as_str()],
            crate::config::LocalizedText::ByLocale(urls) => urls.values().map(String::as_str).collect(),
        },
        _ => Vec::new(),
    }
}

/// Steps, minutes and reflection questions of a module against its default-locale file.
fn against_source(tr: &Translation, source: &Translation) -> Vec<Diagnostic> {
    let (Fields::Module(own), Fields::Module(theirs)) = (&tr.fields, &source.fields) else {
        return Vec::new();
    };
    let mut findings = Vec::new();
    let minutes = |m: &crate::content::fields::ModuleFields| -> Vec<Option<u32>> {
        m.facilitation.iter().flat_map(|f| f.steps.iter().map(|s| s.minutes)).collect()
    };
    let (mine, source_minutes) = (minutes(own), minutes(theirs));
    let line = tr.field_location("facilitation").line;
    let src = source.path.display();
    if mine.len() != source_minutes.len() {
        findings.push(Check::StepMinutes.at(
            &tr.path,
            line,
            1,
            format!(
                "{} facilitation steps here, {} in {src}; the workshop has the same steps in every locale",
                mine.len(),
                source_minutes.len()
            ),
        ));
    } else if let Some((i, (a, b))) = mine.iter().zip(&source_minutes).enumerate().find(|(_, (a, b))| a != b) {
        let says = |m: &Option<u32>| m.map_or_else(|| "no minutes".to_string(), |m| format!("{m} minutes"));
        findings.push(
            Check::StepMinutes
                .at(
                    &tr.path,
                    line,
                    1,
                    format!("facilitation step {} takes {} here but {} in {src}", i + 1, says(a), says(b)),
                )
                .with_hint("the timetable is the same in every locale: copy the minutes of the default locale"),
        );
    }
    if own.reflection.len() != theirs.reflection.len() {
        let line = tr.field_location("reflection").line;
        findings.push(Check::ReflectionCount.at(
            &tr.path,
            line,
            1,
            format!(
                "{} reflection questions here, {} in {src}; every locale asks the same questions",
                own.reflection.len(),
                theirs.reflection.len()
            ),
        ));
    }
    findings
}

/// Phone numbers, e-mail addresses, clock-time ranges and channel URLs in a card's text.
fn channel_facts(item: &Item, tr: &Translation, urls: &[&str]) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    let lines = tr
        .front_matter
        .lines()
        .enumerate()
        .map(|(i, l)| (tr.front_matter_line + i, l))
        .filter(|(_, l)| !l.starts_with("translated-from"))
        .chain(tr.body.lines().enumerate().map(|(i, l)| (tr.body_line + i, l)));
    for (line, text) in lines {
        let found = urls
            .iter()
            .find_map(|u| text.find(u).map(|c| (c, format!("the channel URL `{u}`"))))
            .or_else(|| fact_in(text));
        if let Some((byte, what)) = found {
            let column = text[..byte].chars().count() + 1;
            findings.push(
                Check::ChannelFact
                    .at(
                        &tr.path,
                        line,
                        column,
                        format!(
                            "{what} in the text of `{}`; channel facts belong in meta.yaml, once for every locale",
                            item.key
                        ),
                    )
                    .with_hint("move it to a channel in meta.yaml; the card shows the channels in every locale"),
            );
        }
    }
    findings
}

/// The first channel fact in a line, with its byte offset and what it is.
pub fn fact_in(line: &str) -> Option<(usize, String)> {
    let tokens = line
        .char_indices()
        .filter(|(i, c)| !c.is_whitespace() && (*i == 0 || line[..*i].ends_with(char::is_whitespace)));
    for (start, _) in tokens {
        let token: &str = line[start..].split_whitespace().next().unwrap_or("");
        let token =
            token.trim_matches(|c: char| matches!(c, '(' | ')' | ',' | ';' | '<' | '>' | '[' | ']' | '.' | ':'));
        if let Some((user, host)) = token.split_once('@') {
            if !user.is_empty() && host.contains('.') && !host.starts_with('.') {
                return Some((start, format!("the e-mail address `{token}`")));
            }
        }
        if let Some(number) = phone_at(&line[start..]) {
            return Some((start, format!("the phone number `{number}`")));
        }
        if let Some(range) = hours_at(&line[start..]) {
            return Some((start, format!("the opening hours `{range}`")));
        }
    }
    None
}

/// A phone number at the start of `text`: `+` or `0`, then digits, spaces and
/// `-`, at least seven digits in all.
fn phone_at(text: &str) -> Option<&str> {
    if !text.starts_with(['+', '0']) {
        return None;
    }
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '+' | ' ' | '-')))
        .map_or(text.len(), |(i, _)| i);
    let number = text[..end].trim_end_matches([' ', '-']);
    // A run of digits that goes on into letters is a code or a hash, not a number.
    let whole = !text[number.len()..].starts_with(char::is_alphanumeric);
    (whole && number.chars().filter(char::is_ascii_digit).count() >= 7).then_some(number)
}

/// A clock-time range at the start of `text`: `8.00–16.00`, `08:00 - 16:00`.
fn hours_at(text: &str) -> Option<&str> {
    let after_first = clock(text)?;
    let rest = text[after_first..].trim_start();
    let rest = rest.strip_prefix(['-', '–'])?.trim_start();
    let second = clock(rest)?;
    let end = text.len() - rest.len() + second;
    Some(&text[..end])
}

/// The length of a clock time (`8.00`, `16:30`) at the start of `text`.
fn clock(text: &str) -> Option<usize> {
    let hours = text.chars().take_while(char::is_ascii_digit).count();
    let rest = &text[hours..];
    let minutes = rest.strip_prefix(['.', ':'])?;
    let m = minutes.chars().take_while(char::is_ascii_digit).count();
    ((1..=2).contains(&hours) && m == 2).then_some(hours + 1 + m)
}

#[cfg(test)]
mod tests {
    use super::fact_in;

    #[test]
    fn channel_facts_are_found_in_a_line() {
        assert_eq!(fact_in("Soita numeroon +358 2 330 000 arkisin.").map(|f| f.0), Some(15));
        assert!(fact_in("Kirjoita osoitteeseen info@example.fi.").is_some_and(|f| f.1.contains("info@example.fi")));
        assert!(fact_in("Auki 8.00–16.00 joka päivä").is_some_and(|f| f.1.contains("8.00–16.00")));
        assert!(fact_in("Auki 08:00 - 16:00").is_some());
        assert_eq!(fact_in("Kello 8.30 ja vuonna 2026 maksaa 12.50 euroa, tunnus 0123."), None);
        assert_eq!(fact_in("hash: 0123456789abcdef"), None);
    }
}
