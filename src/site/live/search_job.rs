//! A search index to build again, taken from the live site at one moment, so
//! that the preview's indexer can build it on another thread.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::config::Config;
use crate::content::Library;
use crate::error::Result;

/// A search index to build again, with the library as it was when asked.
#[derive(Debug)]
pub struct SearchJob {
    pub(super) config: Config,
    pub(super) library: Library,
    pub(super) assets: BTreeMap<String, String>,
    pub(super) locales: BTreeSet<String>,
}

impl SearchJob {
    /// The locales it builds.
    pub fn locales(&self) -> &BTreeSet<String> {
        &self.locales
    }

    /// The same job for these locales too (a later snapshot standing in for an earlier job).
    pub fn widened(mut self, locales: &BTreeSet<String>) -> SearchJob {
        self.locales.extend(locales.iter().cloned());
        self
    }

    /// The output folders it replaces (`search/fi/`), one per locale.
    pub fn prefixes(&self) -> Vec<String> {
        let locales = self.config.locales.iter().filter(|l| self.locales.contains(l.code.as_str()));
        locales.map(|l| format!("search/{}/", l.prefix)).collect()
    }

    /// The files of those locales' static indexes.
    pub fn run(&self) -> Result<Vec<(PathBuf, Vec<u8>)>> {
        let assets = |name: &str| self.assets.get(name).cloned();
        let corpus = crate::search::Corpus { config: &self.config, library: &self.library, asset_path: &assets };
        let mut files = Vec::new();
        for locale in self.config.locales.iter().filter(|l| self.locales.contains(l.code.as_str())) {
            files.extend(crate::search::export_locale(&corpus, locale)?);
        }
        Ok(files)
    }
}
