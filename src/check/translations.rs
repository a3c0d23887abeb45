//! The translation matrix: for every item and configured locale, whether the
//! locale's file is present, missing, or stale.
//!
//! A translation is stale when its front matter's `translated-from: { locale, hash }`
//! no longer matches [`crate::content::source_hash`] of the source locale's file as
//! it is now: the source changed after the translation was made. A translation
//! without `translated-from` is present (nothing says what it was made from).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::config::LocaleCode;
use crate::content::{source_hash, Item, Translation};
use crate::error::Diagnostic;
use crate::Site;

use super::Check;

/// The state of one item in one locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Cell {
    /// The locale's file exists and is not known to be out of date.
    Present,
    /// The item has no file in the locale.
    Missing,
    /// The file was translated from a source that has changed since.
    Stale,
}

/// Item × locale.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Matrix {
    /// The configured locales, in `book.toml` order.
    pub locales: Vec<String>,
    /// One row per item, in key order.
    pub items: Vec<Row>,
    /// Per locale: how many items are present, missing and stale.
    pub totals: BTreeMap<String, Totals>,
}

/// One item's row.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    /// The item's key (`services/bus-card`).
    pub key: String,
    /// Locale code → state.
    pub cells: BTreeMap<String, Cell>,
}

/// One locale's column, counted.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Totals {
    /// Files present and not stale.
    pub present: usize,
    /// Items without a file in the locale.
    pub missing: usize,
    /// Files whose source has changed.
    pub stale: usize,
}

/// The matrix of `site`, with a finding for every missing or stale cell added to `findings`.
pub fn matrix(site: &Site, findings: &mut Vec<Diagnostic>) -> Matrix {
    let locales: Vec<String> = site.config.locales.iter().map(|l| l.code.to_string()).collect();
    let mut out = Matrix { locales: locales.clone(), ..Matrix::default() };
    for item in site.library.items() {
        let mut cells = BTreeMap::new();
        for locale in &site.config.locales {
            let cell = match item.translations.get(&locale.code) {
                None => {
                    findings.push(missing(site, item, &locale.code));
                    Cell::Missing
                }
                Some(tr) => match staleness(site, item, tr) {
                    Some(finding) => {
                        let stale = finding.code == Some(Check::TranslationStale.info().code);
                        findings.push(finding);
                        if stale {
                            Cell::Stale
                        } else {
                            Cell::Present
                        }
                    }
                    None => Cell::Present,
                },
            };
            let totals = out.totals.entry(locale.code.to_string()).or_default();
            match cell {
                Cell::Present => totals.present += 1,
                Cell::Missing => totals.missing += 1,
                Cell::Stale => totals.stale += 1,
            }
            cells.insert(locale.code.to_string(), cell);
        }
        out.items.push(Row { key: item.key.clone(), cells });
    }
    out
}

fn missing(site: &Site, item: &Item, code: &LocaleCode) -> Diagnostic {
    let path = std::path::Path::new("content").join(&item.key).join(format!("{code}.md"));
    let shown = site
        .config
        .fallback_chain(code)
        .iter()
        .skip(1)
        .find(|l| item.translations.contains_key(&l.code))
        .map_or_else(|| "no page".to_string(), |l| format!("the `{}` text", l.code));
    Check::TranslationMissing
        .at(&path, 0, 0, format!("`{}` has no `{code}` translation; readers of `{code}` get {shown}", item.key))
        .with_hint(format!("write {}", path.display()))
}

/// A finding when `tr` records a source that is missing or has changed.
fn staleness(site: &Site, item: &Item, tr: &Translation) -> Option<Diagnostic> {
    let from = tr.common.translated_from.as_ref()?;
    let line = tr.field_location("translated-from").line;
    let source = item.translations.iter().find(|(code, _)| code.as_str() == from.locale);
    let Some((_, source)) = source.filter(|(_, s)| s.path != tr.path) else {
        return Some(Check::TranslationSource.at(
            &tr.path,
            line,
            1,
            format!(
                "translated-from names locale `{}`, but `{}` has no other file in that locale; expected the locale this text was translated from",
                from.locale, item.key
            ),
        ));
    };
    let text = match crate::fs::read_text(&site.config.root, &site.config.root.join(&source.path)) {
        Ok(text) => text,
        Err(e) => return Some(Check::TranslationSource.at(&tr.path, line, 1, format!("cannot read the source: {e}"))),
    };
    let now = source_hash(&text);
    (now != from.hash).then(|| {
        Check::TranslationStale
            .at(
                &tr.path,
                line,
                1,
                format!(
                    "stale translation: {} has changed since this text was translated from it (hash then `{}`, now `{now}`)",
                    source.path.display(),
                    from.hash
                ),
            )
            .with_hint(format!("bring the text up to date with {}, then set `hash: {now}`", source.path.display()))
    })
}
