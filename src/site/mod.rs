//! The pipeline: load → validate → render → write.
//!
//! [`Site::load`] reads the configuration, interface strings, content, assets and
//! templates into memory and validates them together; [`Site::render`] is a pure
//! function of that `Site` that renders every page in parallel into an
//! [`Output`], and beside the pages the static search index ([`crate::search`]);
//! [`writer::write`] is the only stage that touches the output folder.
//! `build` runs all three, `check` stops before writing.

mod channels;
mod chrome;
mod collate;
pub mod context;
mod item_page;
pub mod kinds;
mod lists;
pub mod live;
mod onboarding;
pub mod print;
mod sitemap;
mod special;
mod urls;
mod validate;
mod views;
pub mod writer;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;

use crate::config::{Config, LocaleCode};
use crate::content::Library;
use crate::error::{Diagnostic, Error, Result};
use crate::i18n::Catalog;
use crate::templates::{Assets, Templates};
use context::{Dep, PageCx};
use kinds::PageSpec;
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

/// A stage's result: its value, or its located problems added to `diags` (any
/// other error ends loading at once).
fn located<T>(result: Result<T>, diags: &mut Vec<Diagnostic>) -> Result<Option<T>> {
    match result {
        Ok(value) => Ok(Some(value)),
        Err(Error::Content(mut d)) => {
            diags.append(&mut d);
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

/// Diagnostics in the order they are reported.
fn sorted(mut diags: Vec<Diagnostic>) -> Vec<Diagnostic> {
    diags.sort();
    diags.dedup();
    diags
}

/// A rendered site in memory: output paths and their bytes.
#[derive(Debug, Default)]
pub struct Output {
    /// Relative path → contents, in path order.
    pub files: BTreeMap<PathBuf, Vec<u8>>,
    /// HTML pages written per locale (translated, fallback and index pages).
    pub pages_per_locale: BTreeMap<LocaleCode, usize>,
}

/// A page rendered (or its problems), and what it read when recorded.
pub(crate) type RenderedPage = (Result<String, Vec<Diagnostic>>, BTreeSet<Dep>);

impl Site {
    /// Loads and validates the site whose `book.toml` is in `root`.
    pub fn load(root: &Path) -> Result<Site> {
        let config = Config::load(root)?;
        Site::load_with(config)
    }

    /// Loads and validates a site from an already-parsed configuration.
    pub fn load_with(config: Config) -> Result<Site> {
        // Strings, content, assets and templates are independent, and the checks
        // across items need only content and templates: one run reports every
        // problem it can find, whichever stage it is in.
        let mut diags = Vec::new();
        let catalog = located(Catalog::load(&config).map(Arc::new), &mut diags)?;
        let library = located(crate::content::load(&config), &mut diags)?;
        let Some(assets) = located(Assets::load(&config), &mut diags)? else {
            Error::from_diagnostics(diags)?;
            return Err(Error::Message("the theme's assets did not load".into()));
        };
        // Template syntax and include cycles do not need the strings.
        let strings = catalog.unwrap_or_else(|| Arc::new(Catalog::empty()));
        let templates = located(Templates::load(&config, &strings, &assets), &mut diags)?;
        // Which pages exist, shared paths and references need only the content.
        let Some(library) = library else { return Err(Error::Content(sorted(diags))) };
        let shape = kinds::Shape { config: &config, library: &library };
        diags.append(&mut validate::validate(&shape, templates.as_ref(), &kinds::pages(&shape)));
        if let (true, Some(templates)) = (diags.is_empty(), templates) {
            return Ok(Site { config, library, catalog: strings, templates, assets });
        }
        Error::from_diagnostics(diags)?;
        Err(Error::Message("the site did not load".into()))
    }

    /// What decides which pages the site has: its configuration and content.
    pub fn shape(&self) -> kinds::Shape<'_> {
        kinds::Shape { config: &self.config, library: &self.library }
    }

    /// URL arithmetic for this site.
    pub fn urls(&self) -> Urls<'_> {
        Urls::new(&self.config, &self.library)
    }

    /// The output path of a theme asset (`assets/search.1a2b3c4d.js`).
    pub(crate) fn asset_path(&self, name: &str) -> Option<&str> {
        self.assets.path(name)
    }

    /// The theme's templates with the site's overrides (their sources are what
    /// `luukku check` reads for the interface strings they use).
    pub fn templates(&self) -> &Templates {
        &self.templates
    }

    /// Interface strings a locale cannot supply even through its fallbacks.
    pub fn missing_strings(&self) -> Vec<(LocaleCode, String)> {
        self.catalog.missing()
    }

    /// What the search index is built from: the configuration and the library
    /// (search reads no page and no `Site`).
    pub(crate) fn search_corpus<'a>(
        &'a self,
        asset_path: &'a (dyn Fn(&str) -> Option<String> + Sync),
    ) -> crate::search::Corpus<'a> {
        crate::search::Corpus { config: &self.config, library: &self.library, asset_path }
    }

    /// The number of pages [`Site::render`] will render.
    pub fn page_count(&self) -> usize {
        kinds::pages(&self.shape()).len()
    }

    /// Renders one page; `record` keeps the list of what it read.
    pub(crate) fn render_page(&self, spec: &PageSpec, record: bool) -> RenderedPage {
        let cx = PageCx::new(self, spec, record);
        let html = (kinds::def(spec.key.kind).render)(&cx);
        (html, cx.into_reads())
    }

    /// Renders every page in parallel, with the search index and the theme's
    /// assets beside them, into memory (what `serve` and `check` use). `tick` is
    /// called once per page rendered.
    pub fn render(&self, tick: &(dyn Fn() + Sync)) -> Result<Output> {
        let files = std::sync::Mutex::new(BTreeMap::new());
        let put = |path: &Path, bytes: &[u8]| {
            if let Ok(mut files) = files.lock() {
                files.insert(path.to_path_buf(), bytes.to_vec());
            }
            Ok(())
        };
        let pages_per_locale = self.render_into(&put, tick)?;
        let files = files.into_inner().map_err(|_| Error::Message("rendering stopped: a thread panicked".into()))?;
        Ok(Output { files, pages_per_locale })
    }

    /// Renders the site and writes it to `out_dir`, each file as soon as it is
    /// made, so the whole site is never held in memory; the previous output is
    /// replaced only when everything is written (see [`writer`]). Returns the
    /// HTML pages written per locale.
    pub fn build(&self, out_dir: &Path, tick: &(dyn Fn() + Sync)) -> Result<BTreeMap<LocaleCode, usize>> {
        self.build_into(writer::Staging::begin(&self.config.root, out_dir)?, tick)
    }

    /// [`Site::build`] into a staging folder begun earlier (`luukku build` begins
    /// it before loading the site, so that the previous build's tree is surveyed
    /// while the content loads).
    pub fn build_into(
        &self,
        staging: writer::Staging,
        tick: &(dyn Fn() + Sync),
    ) -> Result<BTreeMap<LocaleCode, usize>> {
        let pages_per_locale = self.render_into(&|path: &Path, bytes: &[u8]| staging.put(path, bytes), tick)?;
        staging.commit()?;
        Ok(pages_per_locale)
    }

    /// Renders the pages and, beside them, the search index, then the theme's
    /// assets, handing every file to `put` (from any thread) as soon as it is
    /// made. Pages that fail are reported together.
    fn render_into(
        &self,
        put: &(dyn Fn(&Path, &[u8]) -> Result<()> + Sync),
        tick: &(dyn Fn() + Sync),
    ) -> Result<BTreeMap<LocaleCode, usize>> {
        let pages = kinds::pages(&self.shape());
        let assets = |name: &str| self.asset_path(name).map(str::to_string);
        let corpus = self.search_corpus(&assets);
        // The search indexes are built beside the pages, so that the stretches
        // where one of them leaves a core idle (a locale's index has one writer
        // thread) are filled by the other; one locale's index at a time per
        // thread, written out and dropped.
        let (rendered, searched) = rayon::join(
            || -> Vec<Result<std::result::Result<(), Vec<Diagnostic>>>> {
                pages
                    .par_iter()
                    .map(|spec| {
                        let (html, _) = self.render_page(spec, false);
                        tick();
                        match html {
                            Ok(html) => put(&spec.file(), html.as_bytes()).map(Ok),
                            Err(d) => Ok(Err(d)),
                        }
                    })
                    .collect()
            },
            || {
                self.config.locales.par_iter().try_for_each(|locale| {
                    crate::search::export_locale(&corpus, locale)?.iter().try_for_each(|(path, bytes)| put(path, bytes))
                })
            },
        );
        let mut pages_per_locale = BTreeMap::new();
        let mut diags = Vec::new();
        for (spec, result) in pages.iter().zip(rendered) {
            match result? {
                Ok(()) => {
                    if let Some(code) = spec.key.locale.as_ref().filter(|_| kinds::def(spec.key.kind).counted) {
                        *pages_per_locale.entry(code.clone()).or_default() += 1;
                    }
                }
                Err(mut d) => diags.append(&mut d),
            }
        }
        // Pages that fail are reported together, before any problem of the index.
        Error::from_diagnostics(diags)?;
        searched?;
        for (path, bytes) in self.assets.outputs() {
            put(&path, bytes)?;
        }
        Ok(pages_per_locale)
    }
}
