//! The pipeline: load → validate → render → write.
//!
//! [`Site::load`] reads the configuration, interface strings, content, assets and
//! templates into memory and validates them together; [`Site::render`] is a pure
//! function of that `Site` that renders every page in parallel into an
//! [`Output`], and beside the pages the static search index ([`crate::search`]);
//! [`writer::write`] is the only stage that touches the output folder.
//! `build` runs all three, `check` stops before writing.

mod channels;
mod collate;
mod pages;
mod search_page;
mod sitemap;
mod urls;
mod validate;
mod views;
pub mod writer;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{Config, LocaleCode};
use crate::content::{Item, Kind, Library, HOME_KEY};
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Catalog;
use crate::templates::{Assets, Templates};
pub use urls::Urls;

/// A loaded and validated site.
#[derive(Debug)]
pub struct Site {
    /// `book.toml`, resolved.
    pub config: Config,
    /// Everything under `content/`.
    pub library: Library,
    catalog: Arc<Catalog>,
    templates: Templates,
    assets: Assets,
}

/// A rendered site in memory: output paths and their bytes.
#[derive(Debug, Default)]
pub struct Output {
    /// Relative path → contents, in path order.
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    /// HTML pages written per locale (translated, fallback and index pages).
    pub pages_per_locale: BTreeMap<LocaleCode, usize>,
}

/// A rendered page (or its problems), with the locale it counts towards.
type JobResult<'a> = (Option<&'a LocaleCode>, Result<pages::Rendered, Vec<Diagnostic>>);

/// One page to render.
#[derive(Debug, Clone, Copy)]
enum Job<'a> {
    Item(&'a Item, &'a crate::config::Locale),
    Section(Kind, &'a crate::config::Locale),
    DefaultHome(&'a crate::config::Locale),
    NotFound(&'a crate::config::Locale),
    Accessibility(&'a crate::config::Locale),
    Search(&'a crate::config::Locale),
}

impl Site {
    /// Loads and validates the site whose `book.toml` is in `root`.
    pub fn load(root: &Path) -> Result<Site> {
        let config = Config::load(root)?;
        Site::load_with(config)
    }

    /// Loads and validates a site from an already-parsed configuration.
    pub fn load_with(config: Config) -> Result<Site> {
        // Strings, templates and content are independent: report all their problems at once.
        let catalog = Catalog::load(&config).map(Arc::new);
        let library = crate::content::load(&config);
        let assets = Assets::load(&config)?;
        let (catalog, library) = match (catalog, library) {
            (Ok(c), Ok(l)) => (c, l),
            (c, l) => {
                let mut diags = Vec::new();
                for e in [c.err(), l.err()].into_iter().flatten() {
                    match e {
                        Error::Content(mut d) => diags.append(&mut d),
                        other => return Err(other),
                    }
                }
                return Err(Error::from_diagnostics(diags).err().unwrap_or(Error::Message("load failed".into())));
            }
        };
        let templates = Templates::load(&config, &catalog, &assets)?;
        let site = Site { config, library, catalog, templates, assets };
        Error::from_diagnostics(site.validate())?;
        Ok(site)
    }

    /// URL arithmetic for this site.
    pub fn urls(&self) -> Urls<'_> {
        Urls::new(&self.config, &self.library)
    }

    /// The output path of a theme asset (`assets/search.1a2b3c4d.js`).
    pub(crate) fn asset_path(&self, name: &str) -> Option<&str> {
        self.assets.path(name)
    }

    /// Interface strings a locale cannot supply even through its fallbacks.
    pub fn missing_strings(&self) -> Vec<(LocaleCode, String)> {
        self.catalog.missing()
    }

    fn jobs(&self) -> Vec<Job<'_>> {
        let mut jobs = Vec::new();
        for locale in &self.config.locales {
            if !self.library.items.contains_key(HOME_KEY) {
                jobs.push(Job::DefaultHome(locale));
            }
            for kind in Kind::ALL.into_iter().filter(|k| k.has_section() && self.library.of_kind(*k).next().is_some()) {
                jobs.push(Job::Section(kind, locale));
            }
            for item in self.library.items.values() {
                jobs.push(Job::Item(item, locale));
            }
            jobs.push(Job::NotFound(locale));
            jobs.push(Job::Search(locale));
            if self.config.accessibility.is_some() {
                jobs.push(Job::Accessibility(locale));
            }
        }
        jobs
    }

    /// The number of pages [`Site::render`] will render.
    pub fn page_count(&self) -> usize {
        self.jobs().len() + 1
    }

    /// Renders every page in parallel. `tick` is called once per page rendered.
    pub fn render(&self, tick: &(dyn Fn() + Sync)) -> Result<Output> {
        let jobs = self.jobs();
        let results: Vec<JobResult<'_>> = jobs
            .par_iter()
            .map(|job| {
                let r = match *job {
                    Job::Item(item, locale) => (Some(&locale.code), self.item_page(item, locale)),
                    Job::Section(kind, locale) => (Some(&locale.code), self.section_page(kind, locale)),
                    Job::DefaultHome(locale) => (Some(&locale.code), self.default_home(locale)),
                    Job::NotFound(locale) => (Some(&locale.code), self.not_found_page(locale)),
                    Job::Accessibility(locale) => (Some(&locale.code), self.accessibility_page(locale)),
                    Job::Search(locale) => (Some(&locale.code), self.search_page(locale)),
                };
                tick();
                r
            })
            .collect();
        let mut output = Output::default();
        let mut diags = Vec::new();
        for (locale, result) in results {
            match result {
                Ok((path, html)) => {
                    let file = if path.ends_with(".html") {
                        PathBuf::from(path)
                    } else {
                        PathBuf::from(format!("{path}index.html"))
                    };
                    if let Some(code) = locale {
                        *output.pages_per_locale.entry(code.clone()).or_default() += 1;
                    }
                    output.files.insert(file, html.into_bytes());
                }
                Err(mut d) => diags.append(&mut d),
            }
        }
        let root = self.root_page();
        tick();
        match root {
            Ok((_, html)) => {
                output.files.insert(PathBuf::from("index.html"), html.into_bytes());
            }
            Err(mut d) => diags.append(&mut d),
        }
        Error::from_diagnostics(diags)?;
        let default = self.config.locale(&self.config.default_locale).unwrap_or(&self.config.locales[0]);
        if let Some(page) = output.files.get(&PathBuf::from(format!("{}/404.html", default.prefix))).cloned() {
            output.files.insert(PathBuf::from("404.html"), page);
        }
        output.files.insert(PathBuf::from("sitemap.xml"), self.sitemap().into_bytes());
        output.files.insert(PathBuf::from("robots.txt"), self.robots().into_bytes());
        let assets = |name: &str| self.asset_path(name).map(str::to_string);
        let corpus = crate::search::Corpus { config: &self.config, library: &self.library, asset_path: &assets };
        output.files.extend(crate::search::export(&corpus)?);
        for (path, bytes) in self.assets.outputs() {
            output.files.insert(path, bytes.to_vec());
        }
        Ok(output)
    }
}
