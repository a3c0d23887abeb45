//! Search that needs no server: tantivy at build time, a static index in the site,
//! a small client in the browser.
//!
//! Readers type the way people talk (`bussikortin lataus`, `paivakoti haku`), often
//! on a training-room laptop that opens the site straight from disk. So the build
//! indexes every locale's items in [tantivy](index) with that language's
//! [analyzer] (fold, stem, split compounds), and [exports](export) the index as
//! small script files that the browser loads only as a query needs them. The
//! client (`client/engine.js`, with `forgive.js` for typos and compounds and
//! `synonyms.js`) analyzes and [plans](query) a query exactly as
//! `luukku search` does and adds up the scores tantivy computed, so both rank the
//! same pages in the same order.
//!
//! Search reads the content library and the configuration through a [`Corpus`],
//! not the rendered site, so one locale can be re-indexed on its own
//! ([`export_locale`]) after an edit. [`export`] is the build's entry point;
//! [`LocaleIndex`] serves the CLI.

pub mod analyzer;
pub mod compound;
pub mod export;
pub mod forgive;
pub mod index;
pub mod query;
pub mod synonyms;
pub mod text;

use std::path::PathBuf;

/// A hash map keyed by words. Indexing hashes every word of every page a few
/// times (counting forms, finding each word's terms): foldhash is several times
/// faster than the standard SipHash on short keys, and randomly seeded per
/// process like it, so crafted text cannot make its buckets collide at will.
pub(crate) type WordMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use rayon::prelude::*;

pub use analyzer::Language;
pub use index::{Hit, LocaleIndex};
pub use query::PlannedWord;

use crate::config::{Config, Locale};
use crate::content::Library;
use crate::error::Result;

/// What search reads: the configuration, the content library, and where the
/// theme's assets (the stemmer scripts) are written.
#[derive(Clone, Copy)]
pub struct Corpus<'a> {
    /// `book.toml`, resolved (its root holds `locales/<code>/synonyms.txt`).
    pub config: &'a Config,
    /// Everything under `content/`.
    pub library: &'a Library,
    /// The output path of a theme asset by name (`search-stem-fi.js` →
    /// `assets/search-stem-fi.1a2b3c4d.js`), if the theme has it.
    pub asset_path: &'a (dyn Fn(&str) -> Option<String> + Sync),
}

impl std::fmt::Debug for Corpus<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Corpus").field("root", &self.config.root).field("items", &self.library.len()).finish()
    }
}

impl<'a> Corpus<'a> {
    /// A corpus without theme assets (enough for `luukku search` and tests).
    pub fn new(config: &'a Config, library: &'a Library) -> Self {
        Corpus { config, library, asset_path: &|_| None }
    }

    /// URL arithmetic over the corpus.
    pub fn urls(&self) -> crate::site::Urls<'a> {
        crate::site::Urls::new(self.config, self.library)
    }
}

/// The client's files: the engine (with the Snowball runtime and the synonym
/// rules, in one scope), the forgiving rules it loads only for a word that matches
/// nothing, and one Snowball stemmer per language. They are minified from the
/// readable sources in `client/` into `client/dist/` by terser
/// (`tests/browser/minify-client.mjs`, `npm run minify-client`); a browser test
/// fails while `dist/` is older than the sources.
const CLIENT_FILES: [(&str, &str); 5] = [
    ("search-engine.js", include_str!("client/dist/search-engine.js")),
    ("search-forgive.js", include_str!("client/dist/search-forgive.js")),
    ("search-stem-fi.js", include_str!("client/dist/search-stem-fi.js")),
    ("search-stem-sv.js", include_str!("client/dist/search-stem-sv.js")),
    ("search-stem-en.js", include_str!("client/dist/search-stem-en.js")),
];

/// The client's files as the site serves them (installed as theme assets, hashed
/// like any other).
pub fn client_assets() -> Vec<(&'static str, Vec<u8>)> {
    CLIENT_FILES.iter().map(|(name, text)| (*name, text.as_bytes().to_vec())).collect()
}

/// The entry file of a locale's static index, relative to the site root.
pub fn entry_path(locale: &Locale) -> String {
    format!("search/{}/index.js", locale.prefix)
}

/// The path of a locale's search page (`fi/haku/`), relative to the site root.
pub fn page_path(locale: &Locale) -> String {
    let slug = match Language::of_lang(&locale.lang) {
        Language::Finnish => "haku",
        Language::Swedish => "sok",
        Language::English | Language::Other => "search",
    };
    format!("{}/{slug}/", locale.prefix)
}

/// The name of the theme asset holding the client's forgiving rules.
pub const FORGIVE_ASSET: &str = "search-forgive.js";

/// The name of the theme asset holding the stemmer of a locale's language.
pub fn stemmer_asset(locale: &Locale) -> Option<String> {
    match Language::of_lang(&locale.lang) {
        Language::Other => None,
        language => Some(format!("search-stem-{}.js", language.code())),
    }
}

/// Output files: (path relative to the site root, contents).
pub type Files = Vec<(PathBuf, Vec<u8>)>;

/// Builds every locale's index and returns the files of the static export.
pub fn export(corpus: &Corpus<'_>) -> Result<Files> {
    let per_locale: Vec<Result<Files>> =
        corpus.config.locales.par_iter().map(|locale| export_locale(corpus, locale)).collect();
    let mut files = Vec::new();
    for result in per_locale {
        files.extend(result?);
    }
    Ok(files)
}

/// Builds one locale's index and returns the files of its static export (all
/// under `search/<prefix>/`), e.g. to re-index a locale after an edit.
pub fn export_locale(corpus: &Corpus<'_>, locale: &Locale) -> Result<Files> {
    let index = LocaleIndex::build(corpus, locale)?;
    let stemmer = stemmer_asset(locale).and_then(|name| (corpus.asset_path)(&name));
    let forgive = (corpus.asset_path)(FORGIVE_ASSET);
    export::locale_files(&index, stemmer.as_deref(), forgive.as_deref())
}
