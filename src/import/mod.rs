//! Importing service descriptions from the Suomi.fi service catalogue (PTV).
//!
//! A stage of its own, beside loading and rendering: [`ptv`] reads the
//! catalogue's JSON into typed records, [`convert`] and [`channels`] turn them
//! into luukku's content model ([`model`]: `meta.yaml` facts and per-locale
//! Markdown, with [`text`] making Markdown of the catalogue's plain text and
//! [`coords`] WGS84 of its map grid), and [`writer`] is the one place that
//! writes cards into `content/services/`. Nothing here renders pages; the
//! written cards are checked by the same loader as hand-written ones.
//!
//! Bad input does not stop the import: a file that is not JSON, a record of an
//! unknown type or a link to a channel no file has is reported with its file
//! (and line and column for JSON), and the rest is imported.

mod channels;
mod convert;
mod coords;
pub mod model;
mod ptv;
pub mod text;
pub mod writer;

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::error::{Diagnostic, Error, Result};
use convert::Context;
use ptv::Record;
pub use writer::Outcome;

/// What to import.
#[derive(Debug, Clone)]
pub struct Options {
    /// The folder of catalogue JSON files (searched recursively).
    pub from: PathBuf,
    /// Only the services offered in this municipality (a name in any language,
    /// or its code); nationwide services are offered in every municipality.
    pub municipality: Option<String>,
}

/// What an import did.
#[derive(Debug, Default)]
pub struct Report {
    /// Cards by folder name, with what writing each did.
    pub cards: BTreeMap<String, Outcome>,
    /// Channels written onto the cards.
    pub channels: usize,
    /// Locale files written, by locale code.
    pub locales: BTreeMap<String, usize>,
    /// Records read: services, channels, organisations.
    pub read: (usize, usize, usize),
    /// Services left out by `--municipality`.
    pub other_municipalities: usize,
    /// Hand-written locale files that were left alone.
    pub kept: Vec<PathBuf>,
    /// What the records have that the cards do not, and why.
    pub dropped: Vec<String>,
    /// Problems: the import went on, but these records or links were not imported.
    pub problems: Vec<Diagnostic>,
}

impl Report {
    /// Whether anything failed.
    pub fn failed(&self) -> bool {
        !self.problems.is_empty()
    }
}

/// Imports the catalogue records under `options.from` into the site at `root`.
pub fn import_ptv(root: &Path, options: &Options) -> Result<Report> {
    let config = Config::load(root)?;
    if !options.from.is_dir() {
        return Err(Error::Message(format!(
            "`{}` is not a folder; expected a folder of catalogue JSON files (services/, servicechannels/, organizations/)",
            options.from.display()
        )));
    }
    let mut report = Report::default();
    let mut services = Vec::new();
    let mut channels = HashMap::new();
    let mut organizations = HashMap::new();
    for path in json_files(&options.from) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                report.problems.push(Diagnostic::file(&path, format!("cannot read the file: {e}")));
                continue;
            }
        };
        match ptv::parse(&text, &path) {
            Ok(Record::Service(s)) => services.push((path, *s)),
            Ok(Record::Channel(c)) => {
                channels.insert(c.id.clone(), *c);
            }
            Ok(Record::Organization(o)) => {
                organizations.insert(o.id.clone(), *o);
            }
            Err(d) => report.problems.push(d),
        }
    }
    report.read = (services.len(), channels.len(), organizations.len());
    let cx = Context { config: &config, channels: &channels, organizations: &organizations };
    let mut cards = Vec::new();
    for (path, s) in &services {
        if let Some(m) = &options.municipality {
            if !convert::offered_in(s, m) {
                report.other_municipalities += 1;
                continue;
            }
        }
        if let Some(card) = convert::card(&cx, s, path, &mut report.problems, &mut report.dropped) {
            cards.push(card);
        }
    }
    let existing = writer::existing(root);
    let folders = folders(&cards, &existing, &mut report.problems);
    for card in &cards {
        let Some(folder) = folders.get(&card.id) else { continue };
        match writer::write_card(&config, folder, card, &mut report.kept) {
            Ok(outcome) => {
                report.cards.insert(folder.clone(), outcome);
                report.channels += card.meta.channels.len();
                for locale in card.locales.keys() {
                    *report.locales.entry(locale.clone()).or_default() += 1;
                }
            }
            Err(Error::Content(diags)) => report.problems.extend(diags),
            Err(e) => return Err(e),
        }
    }
    let _ = std::fs::remove_dir_all(root.join(writer::STAGING));
    report.problems.sort();
    report.dropped.sort();
    report.dropped.dedup();
    Ok(report)
}

/// Every `.json` file under `dir`, in path order.
fn json_files(dir: &Path) -> Vec<PathBuf> {
    let mut out: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .follow_links(false)
        .into_iter()
        .filter_map(std::result::Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("json")))
        .collect();
    out.sort();
    out
}

/// The folder of each card: the one it was imported into before, else a slug of
/// its Finnish name, with the municipality when two services share a name
/// (`perusopetus-naantali`), and with the start of its id if that is taken too.
fn folders(
    cards: &[model::Card],
    existing: &BTreeMap<String, Option<String>>,
    problems: &mut Vec<Diagnostic>,
) -> HashMap<String, String> {
    let mut out = HashMap::new();
    let by_mark: HashMap<&str, &str> =
        existing.iter().filter_map(|(folder, mark)| Some((mark.as_deref()?, folder.as_str()))).collect();
    let mut taken: Vec<String> = existing.keys().cloned().collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for card in cards {
        *counts.entry(card.slug.as_str()).or_default() += 1;
    }
    for card in cards {
        if let Some(folder) = by_mark.get(format!("ptv:{}", card.id).as_str()) {
            out.insert(card.id.clone(), (*folder).to_string());
            continue;
        }
        let base = if card.slug.is_empty() { "service".to_string() } else { card.slug.clone() };
        let short: String =
            card.id.chars().filter(char::is_ascii_alphanumeric).take(8).collect::<String>().to_lowercase();
        let mut candidates = Vec::new();
        if counts.get(card.slug.as_str()).copied().unwrap_or(0) <= 1 {
            candidates.push(base.clone());
        }
        if let Some(m) = card.municipality.as_deref().filter(|m| !m.is_empty()) {
            candidates.push(format!("{base}-{m}"));
        }
        candidates.push(format!("{base}-{short}"));
        match candidates.into_iter().find(|c| !taken.contains(c)) {
            Some(folder) => {
                taken.push(folder.clone());
                out.insert(card.id.clone(), folder);
            }
            None => problems.push(
                Diagnostic::file(&card.source, format!("no free folder for the card `{base}` under content/services"))
                    .with_code("import-folder-taken"),
            ),
        }
    }
    out
}
