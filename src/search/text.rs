//! The searchable text of an item in one locale, as plain text by field.
//!
//! Search reads the content model, not rendered pages: Markdown is stripped to its
//! text, component blocks give the strings of their data (not their codes), and a
//! kind's own fields (a service card's steps and charges, a module's goals and
//! workshop plan, the names and addresses of a service's channels) count as body
//! text. Headings get their own field and are left out of the body.

use std::borrow::Cow;
use std::collections::HashMap;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use super::analyzer::{fold_kept, nfc, raw_words, Analyzer};
use super::{Corpus, WordMap};
use crate::config::Locale;
use crate::content::{Fields, Item, Kind, Meta, Translation};
use crate::markdown::components::{lookup, CODE_KEYS};

/// One page of the index: an item in a locale.
#[derive(Debug, Clone)]
pub struct SearchDoc {
    /// The item's key (`services/bus-card`).
    pub key: String,
    /// Its kind.
    pub kind: Kind,
    /// Its page, relative to the site root.
    pub url: String,
    /// Title.
    pub title: String,
    /// Summary.
    pub summary: String,
    /// Keywords, one per line.
    pub keywords: String,
    /// Headings of the body, one per line.
    pub headings: String,
    /// Everything else, as plain text.
    pub body: String,
}

/// The searchable text of `item` in `locale`, if it is written in that locale.
pub fn document(corpus: &Corpus<'_>, item: &Item, locale: &Locale) -> Option<SearchDoc> {
    let tr = item.translations.get(&locale.code)?;
    let urls = corpus.urls();
    let mut body = Vec::new();
    kind_fields(tr, &mut body);
    body.push(markdown_text(&tr.body));
    for block in &tr.components {
        json_text(&block.data, &mut body);
    }
    if let Meta::Service(meta) = &item.meta {
        channel_text(corpus, meta, locale, &mut body);
    }
    Some(SearchDoc {
        key: item.key.clone(),
        kind: item.kind,
        url: urls.href("", &urls.item(item, locale)),
        title: tr.common.title.clone(),
        summary: tr.common.summary.clone(),
        keywords: tr.common.keywords.join("\n"),
        headings: tr.headings.iter().map(|h| h.text.as_str()).collect::<Vec<_>>().join("\n"),
        body: body.into_iter().filter(|s| !s.trim().is_empty()).collect::<Vec<_>>().join("\n"),
    })
}

/// Collapses runs of white space to one space.
pub fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// How much of a document's text its fragment carries for excerpts, in characters.
pub const EXCERPT_SOURCE_CHARS: usize = 700;

/// What a result shows of a document: all the static export keeps of it once
/// it is indexed, so that a locale's bodies are not held beside its index.
#[derive(Debug, Clone)]
pub struct Shown {
    /// The item's key.
    pub key: String,
    /// Its kind.
    pub kind: Kind,
    /// Its page, relative to the site root.
    pub url: String,
    /// Title.
    pub title: String,
    /// Summary, white space collapsed.
    pub summary: String,
    /// The start of its text, cut at a word boundary, for excerpts.
    pub excerpt: String,
}

impl SearchDoc {
    /// What a result shows of this document; the rest is dropped.
    pub fn into_shown(self) -> Shown {
        Shown {
            summary: squeeze(&self.summary),
            excerpt: excerpt_source(&self.body),
            key: self.key,
            kind: self.kind,
            url: self.url,
            title: self.title,
        }
    }
}

/// The start of a text, white space collapsed, cut at a word boundary. Only
/// the words the cut can reach are copied (a body is ten times the excerpt).
fn excerpt_source(text: &str) -> String {
    let mut start = String::new();
    let mut chars = 0;
    for word in text.split_whitespace() {
        if chars > EXCERPT_SOURCE_CHARS {
            break;
        }
        if !start.is_empty() {
            start.push(' ');
            chars += 1;
        }
        start.push_str(word);
        chars += word.chars().count();
    }
    if chars <= EXCERPT_SOURCE_CHARS {
        return start;
    }
    let cut: String = start.chars().take(EXCERPT_SOURCE_CHARS).collect();
    match cut.rfind(' ') {
        Some(i) => cut[..i].to_string(),
        None => cut,
    }
}

fn kind_fields(tr: &Translation, out: &mut Vec<String>) {
    match &tr.fields {
        Fields::Service(f) => {
            out.extend(f.audience.iter().map(|t| markdown_text(t)));
            out.extend(f.steps.iter().map(|t| markdown_text(t)));
            let facts = [&f.charge, &f.processing_time, &f.deadline, &f.validity, &f.requirements];
            out.extend(facts.into_iter().flatten().map(|t| markdown_text(t)));
        }
        Fields::Module(f) => {
            out.extend(f.goals.iter().map(|t| markdown_text(t)));
            if let Some(plan) = &f.facilitation {
                out.extend(plan.intro.iter().map(|t| markdown_text(t)));
                for step in &plan.steps {
                    out.push(step.title.clone());
                    out.extend(step.grouping.iter().cloned());
                    out.extend(step.materials.iter().cloned());
                    out.push(markdown_text(&step.instructions));
                }
            }
            out.extend(f.reflection.iter().map(|t| markdown_text(t)));
        }
        Fields::Page(_) | Fields::Basic => {}
    }
}

fn channel_text(corpus: &Corpus<'_>, meta: &crate::content::ServiceMeta, locale: &Locale, out: &mut Vec<String>) {
    use crate::content::service::Channel;
    let text = |t: &crate::content::LocalizedText| t.resolve(corpus.config, &locale.code).to_string();
    for channel in &meta.channels {
        match channel {
            Channel::ServicePoint(p) => {
                out.push(text(&p.name));
                out.extend(p.description.iter().map(text));
                out.push(format!("{} {}", text(&p.address.street), text(&p.address.city)));
            }
            Channel::Phone(p) => {
                out.extend(p.name.iter().chain(&p.description).map(text));
            }
            Channel::Email(e) => out.extend(e.name.iter().chain(&e.description).map(text)),
            Channel::Chat(o) | Channel::EService(o) | Channel::WebPage(o) | Channel::PrintableForm(o) => {
                out.extend(o.name.iter().chain(&o.description).map(text));
            }
        }
    }
}

/// The text of a Markdown body or inline text, without headings and component
/// blocks (which are searched by their own fields and data).
pub fn markdown_text(markdown: &str) -> String {
    let mut out = String::new();
    let mut skip = 0usize;
    for event in Parser::new_ext(markdown, crate::markdown::options()) {
        match event {
            Event::Start(Tag::Heading { .. }) => skip += 1,
            Event::End(TagEnd::Heading(_)) => skip = skip.saturating_sub(1),
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(info))) if lookup(&info).is_some() => {
                skip += 1;
            }
            Event::End(TagEnd::CodeBlock) if skip > 0 => skip -= 1,
            _ if skip > 0 => {}
            Event::Text(t) | Event::Code(t) => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak => out.push(' '),
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell | TagEnd::CodeBlock | TagEnd::BlockQuote(_),
            ) => out.push('\n'),
            _ => {}
        }
    }
    out
}

/// The strings of a component block's data (inline Markdown), leaving out codes.
fn json_text(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(markdown_text(s)),
        serde_json::Value::Array(items) => items.iter().for_each(|v| json_text(v, out)),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                if !(CODE_KEYS.contains(&k.as_str()) && v.is_string()) {
                    json_text(v, out);
                }
            }
        }
        _ => {}
    }
}

/// How often each word, as written (in NFC), occurs in the documents' text.
pub fn word_counts(docs: &[SearchDoc]) -> WordMap<Cow<'_, str>, usize> {
    let mut counts: WordMap<Cow<'_, str>, usize> = WordMap::default();
    for d in docs {
        for text in [&d.title, &d.summary, &d.keywords, &d.headings, &d.body] {
            match nfc(text) {
                Cow::Borrowed(text) => {
                    for word in raw_words(text) {
                        *counts.entry(Cow::Borrowed(word)).or_default() += 1;
                    }
                }
                // Text that is not NFC does not come from a site's files.
                Cow::Owned(text) => {
                    for word in raw_words(&text) {
                        *counts.entry(Cow::Owned(word.to_string())).or_default() += 1;
                    }
                }
            }
        }
    }
    counts
}

/// For every stem of a word of the text, its most frequent form (lower-cased,
/// with its diacritics; ties to the shorter, then the first in code-point
/// order), where that differs from the stem. `counts` are [`word_counts`].
pub fn display_words(analyzer: &Analyzer, counts: &WordMap<Cow<'_, str>, usize>) -> HashMap<String, String> {
    let mut forms: WordMap<String, WordMap<String, usize>> = WordMap::default();
    for (word, n) in counts {
        let Some(folded) = fold_kept(word) else { continue };
        *forms.entry(analyzer.stem(&folded)).or_default().entry(word.to_lowercase()).or_default() += n;
    }
    forms
        .into_iter()
        .filter_map(|(stem, forms)| {
            let best = forms
                .into_iter()
                .max_by(|a, b| a.1.cmp(&b.1).then(b.0.chars().count().cmp(&a.0.chars().count())).then(b.0.cmp(&a.0)))
                .map(|(form, _)| form)?;
            (best != stem).then_some((stem, best))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{excerpt_source, markdown_text, squeeze, EXCERPT_SOURCE_CHARS};

    /// The excerpt is the whole text collapsed, cut at the last space within
    /// the limit: the same as collapsing everything first, for texts shorter
    /// than, at and past the limit, with runs of white space at the cut.
    #[test]
    fn the_excerpt_is_the_collapsed_text_cut_at_a_word_boundary() {
        let whole = |text: &str| {
            let text = squeeze(text);
            if text.chars().count() <= EXCERPT_SOURCE_CHARS {
                return text;
            }
            let cut: String = text.chars().take(EXCERPT_SOURCE_CHARS).collect();
            cut.rfind(' ').map_or(cut.clone(), |i| cut[..i].to_string())
        };
        let mut texts = vec![String::new(), "  yksi \n kaksi  ".to_string(), "ä".repeat(2000)];
        for n in [695, 698, 699, 700, 701, 702, 705] {
            texts.push(format!("{} sana\t\n  jälkeen", "ö".repeat(n)));
            texts.push(format!("{} {}", "x".repeat(n - 100), "ääkköset ".repeat(30)));
        }
        for step in 1..12 {
            texts.push((0..400).map(|i| "å".repeat(1 + (i * step) % 13)).collect::<Vec<_>>().join(" \n "));
        }
        for text in &texts {
            assert_eq!(excerpt_source(text), whole(text), "{text:?}");
        }
        assert_eq!(excerpt_source(&format!("{} loppu", "a ".repeat(400))).chars().count(), 699);
    }

    #[test]
    fn markdown_loses_markup_headings_and_component_blocks() {
        let md = "## Lataus\n\nLataa **kortti** [täällä](@/services/x).\n\n```story\ntitle: T\nsituation: S\n```\n\n- yksi\n- kaksi\n";
        let text = markdown_text(md);
        assert_eq!(text, "Lataa kortti täällä.\nyksi\nkaksi\n");
    }
}
