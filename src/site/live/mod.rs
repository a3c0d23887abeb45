//! Incremental rebuilds for the live preview (`luukku serve`).
//!
//! A [`LiveSite`] keeps the loaded site, every page's record of what it read
//! (see [`super::context`]) and the reverse of it: for each input, the pages that
//! read it. An edit becomes a [`Change`]; the live site reloads only what the
//! change names (one item folder, the templates, one locale's strings, or
//! everything for `book.toml` and assets), works out which inputs really changed,
//! and renders exactly the pages that read them. The result is a [`Patch`] of
//! output files, which the server applies to what it serves from memory. After
//! any series of changes the files equal a clean build of the same sources.
//!
//! Problems do not stop it: a file that no longer loads keeps its last good
//! version in the site, a page that fails to render keeps its last good bytes,
//! and [`LiveSite::errors`] lists everything wrong until it is fixed.

mod changes;
mod reload;
mod search_job;

pub use search_job::SearchJob;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::content::Kind;
use crate::error::{Diagnostic, Error, Result};

use super::context::Dep;
use super::kinds::{self, PageKey, PageSpec};
use super::{validate, Site};

/// Something that changed on disk, as the live site reloads it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Change {
    /// An item folder (`<root>/content/<section>/<item>`): a file in it was
    /// written, created or removed, or the folder itself.
    Item(PathBuf),
    /// A template of the theme or the site.
    Templates,
    /// Interface strings: of one locale (its code), or of any.
    Strings(Option<String>),
    /// `book.toml`, assets, or anything else: load everything again.
    Everything,
}

/// Output files to replace and to remove, and how many pages were rendered.
#[derive(Debug, Default)]
pub struct Patch {
    /// Files to write (path relative to the output root, bytes).
    pub put: Vec<(PathBuf, Vec<u8>)>,
    /// Files that no longer exist (applied before `put`).
    pub remove: Vec<PathBuf>,
    /// Pages rendered again.
    pub pages: usize,
}

/// Every problem the live site knows of, by where it came from.
#[derive(Debug, Default)]
struct Errors {
    /// Loading the configuration, strings or templates failed.
    global: Vec<Diagnostic>,
    /// Item folders that do not load, by folder.
    load: BTreeMap<PathBuf, Vec<Diagnostic>>,
    /// Cross-item problems, by item key.
    items: BTreeMap<String, Vec<Diagnostic>>,
    /// Pages that would share a path.
    paths: Vec<Diagnostic>,
    /// Pages that failed to render.
    pages: BTreeMap<PageKey, Vec<Diagnostic>>,
}

/// A site kept in memory and rebuilt page by page as its sources change.
pub struct LiveSite {
    site: Site,
    root: PathBuf,
    pages: BTreeMap<PageKey, PageSpec>,
    reads: HashMap<PageKey, BTreeSet<Dep>>,
    readers: HashMap<Dep, BTreeSet<PageKey>>,
    present: BTreeSet<PathBuf>,
    errors: Errors,
}

impl std::fmt::Debug for LiveSite {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LiveSite").field("root", &self.root).field("pages", &self.pages.len()).finish()
    }
}

impl LiveSite {
    /// Loads and renders the site in `root`, recording what every page reads; the
    /// patch holds every output file.
    pub fn load(root: &Path) -> Result<(LiveSite, Patch)> {
        let site = Site::load(root)?;
        let mut live = LiveSite {
            site,
            root: root.to_path_buf(),
            pages: BTreeMap::new(),
            reads: HashMap::new(),
            readers: HashMap::new(),
            present: BTreeSet::new(),
            errors: Errors::default(),
        };
        let patch = live.render_everything(true)?;
        Ok((live, patch))
    }

    /// The site as loaded now.
    pub fn site(&self) -> &Site {
        &self.site
    }

    /// Everything wrong with the sources now, sorted.
    pub fn errors(&self) -> Vec<Diagnostic> {
        let e = &self.errors;
        let mut all: Vec<Diagnostic> = e.global.clone();
        all.extend(e.load.values().flatten().cloned());
        all.extend(e.items.values().flatten().cloned());
        all.extend(e.paths.iter().cloned());
        all.extend(e.pages.values().flatten().cloned());
        all.sort();
        all.dedup();
        all
    }

    /// Applies changes; returns the patch of pages and the locales whose search
    /// index needs building again (see [`LiveSite::reindex`]).
    pub fn apply(&mut self, changes: &[Change]) -> (Patch, BTreeSet<String>) {
        if changes.contains(&Change::Everything) || !self.errors.global.is_empty() {
            let patch = self.reload_everything();
            let locales = if self.errors.global.is_empty() { self.all_locales() } else { BTreeSet::new() };
            return (patch, locales);
        }
        let mut dirty: BTreeSet<PageKey> = BTreeSet::new();
        let mut search = BTreeSet::new();
        let mut structure = false;
        let mut validate_all = false;
        if changes.iter().any(|c| matches!(c, Change::Strings(_))) {
            let codes: Vec<Option<String>> = changes
                .iter()
                .filter_map(|c| if let Change::Strings(s) = c { Some(s.clone()) } else { None })
                .collect();
            match self.reload_strings() {
                Ok(()) => dirty.extend(self.string_readers(&codes)),
                Err(e) => return (self.fail(e), search),
            }
            // A locale's folder also holds its search synonyms.
            search.extend(
                codes.iter().flat_map(|c| c.clone().map_or_else(|| self.all_locales(), |c| BTreeSet::from([c]))),
            );
        } else if changes.contains(&Change::Templates) {
            match self.reload_templates() {
                Ok(keys) => dirty.extend(keys),
                Err(e) => return (self.fail(e), search),
            }
            validate_all = true;
        }
        for change in changes {
            if let Change::Item(dir) = change {
                let (deps, locales, reshaped) = self.reload_item(dir);
                structure |= reshaped;
                search.extend(locales);
                for dep in &deps {
                    dirty.extend(self.readers_of(dep));
                }
            }
        }
        let mut patch = Patch::default();
        if structure {
            dirty.extend(self.reenumerate(&mut patch));
            validate_all = true;
        }
        if validate_all {
            self.errors.items.clear();
            for item in self.site.library.items() {
                let d = validate::validate_item(&self.site.shape(), Some(&self.site.templates), item);
                if !d.is_empty() {
                    self.errors.items.insert(item.key.clone(), d);
                }
            }
        }
        self.render(&dirty, &mut patch);
        (patch, search)
    }

    /// What building the search index of `locales` again needs, taken now: the
    /// indexer can run it on another thread while this site goes on changing.
    pub fn search_job(&self, locales: &BTreeSet<String>) -> SearchJob {
        let config = self.site.config.clone();
        let assets = self.site.assets.paths().map(|(n, p)| (n.to_string(), p.to_string())).collect();
        SearchJob { library: self.site.library.clone(), assets, locales: locales.clone(), config }
    }

    /// Builds the search index of `locales` again, here and now.
    pub fn reindex(&mut self, locales: &BTreeSet<String>) -> Patch {
        let job = self.search_job(locales);
        let mut patch = Patch::default();
        if locales.is_empty() {
            return patch;
        }
        match job.run() {
            Ok(files) => {
                let under = |p: &Path| job.prefixes().iter().any(|x| p.starts_with(x));
                let kept: BTreeSet<&PathBuf> = files.iter().map(|(p, _)| p).collect();
                patch.remove = self.present.iter().filter(|p| under(p) && !kept.contains(p)).cloned().collect();
                patch.put = files;
                self.errors.global.retain(|d| !d.message.starts_with("search: "));
            }
            Err(e) => self.errors.global.push(Diagnostic::file("content", format!("search: {e}"))),
        }
        self.note(&patch);
        patch
    }

    fn note(&mut self, patch: &Patch) {
        for p in &patch.remove {
            self.present.remove(p);
        }
        self.present.extend(patch.put.iter().map(|(p, _)| p.clone()));
    }

    fn fail(&mut self, e: Error) -> Patch {
        self.errors.global = diagnostics(e);
        Patch::default()
    }

    fn reload_everything(&mut self) -> Patch {
        match Site::load(&self.root) {
            Ok(site) => {
                self.site = site;
                self.errors = Errors::default();
                self.render_everything(false).unwrap_or_else(|e| self.fail(e))
            }
            Err(e) => self.fail(e),
        }
    }

    /// Every locale's code.
    fn all_locales(&self) -> BTreeSet<String> {
        self.site.config.locales.iter().map(|l| l.code.to_string()).collect()
    }

    /// Lists and renders every page; `with_search` builds the search index too
    /// (on the first load; later the search indexer does it).
    fn render_everything(&mut self, with_search: bool) -> Result<Patch> {
        self.pages.clear();
        self.reads.clear();
        self.readers.clear();
        let mut patch = Patch::default();
        let keys = self.reenumerate(&mut patch);
        self.errors.items.clear();
        for item in self.site.library.items() {
            let d = validate::validate_item(&self.site.shape(), Some(&self.site.templates), item);
            if !d.is_empty() {
                self.errors.items.insert(item.key.clone(), d);
            }
        }
        self.render(&keys, &mut patch);
        let mut extra: Vec<(PathBuf, Vec<u8>)> = self.site.assets.outputs().map(|(p, b)| (p, b.to_vec())).collect();
        if with_search {
            let assets = |name: &str| self.site.asset_path(name).map(str::to_string);
            extra.extend(crate::search::export(&self.site.search_corpus(&assets))?);
        }
        // Search files are the indexer's: a reload without search leaves them to it.
        let all: BTreeSet<&PathBuf> = patch.put.iter().map(|(p, _)| p).chain(extra.iter().map(|(p, _)| p)).collect();
        patch.remove = self
            .present
            .iter()
            .filter(|p| !all.contains(p) && (with_search || !p.starts_with("search")))
            .cloned()
            .collect();
        patch.put.extend(extra);
        let search_files: Vec<PathBuf> = self.present.iter().filter(|p| p.starts_with("search")).cloned().collect();
        self.present.clear();
        if !with_search {
            self.present.extend(search_files);
        }
        self.note(&patch);
        Ok(patch)
    }

    /// Lists the pages again; pages that appeared or moved are returned to be
    /// rendered, files of pages that went away or moved are removed.
    fn reenumerate(&mut self, patch: &mut Patch) -> BTreeSet<PageKey> {
        let specs = kinds::pages(&self.site.shape());
        self.errors.paths = kinds::collisions(&specs);
        self.errors.paths.append(&mut validate::config_refs(&self.site.shape()));
        let mut new: BTreeMap<PageKey, PageSpec> = specs.into_iter().map(|s| (s.key.clone(), s)).collect();
        let mut render = BTreeSet::new();
        for (key, old) in std::mem::take(&mut self.pages) {
            match new.get(&key) {
                Some(spec) if spec.path == old.path => {}
                Some(_) => {
                    patch.remove.push(old.file());
                    render.insert(key);
                }
                None => {
                    patch.remove.push(old.file());
                    self.forget(&key);
                    self.errors.pages.remove(&key);
                }
            }
        }
        for key in new.keys() {
            if !self.reads.contains_key(key) {
                render.insert(key.clone());
            }
        }
        // A file still claimed by a page (two items swapping slugs) is not removed.
        let claimed: BTreeSet<PathBuf> = new.values().map(PageSpec::file).collect();
        patch.remove.retain(|p| !claimed.contains(p));
        self.pages = std::mem::take(&mut new);
        render
    }

    /// Renders `keys` (those that still exist) in parallel and records what they read.
    fn render(&mut self, keys: &BTreeSet<PageKey>, patch: &mut Patch) {
        let specs: Vec<&PageSpec> = keys.iter().filter_map(|k| self.pages.get(k)).collect();
        let site = &self.site;
        let rendered: Vec<_> = specs.par_iter().map(|spec| site.render_page(spec, true)).collect();
        let done: Vec<(PageKey, PathBuf)> = specs.iter().map(|spec| (spec.key.clone(), spec.file())).collect();
        patch.pages += done.len();
        for ((key, file), (html, reads)) in done.into_iter().zip(rendered) {
            self.forget(&key);
            for dep in &reads {
                self.readers.entry(dep.clone()).or_default().insert(key.clone());
            }
            self.reads.insert(key.clone(), reads);
            match html {
                Ok(html) => {
                    self.errors.pages.remove(&key);
                    patch.put.push((file, html.into_bytes()));
                }
                Err(d) => {
                    self.errors.pages.insert(key, d);
                }
            }
        }
        self.note(patch);
    }

    fn forget(&mut self, key: &PageKey) {
        if let Some(reads) = self.reads.remove(key) {
            for dep in reads {
                if let Some(pages) = self.readers.get_mut(&dep) {
                    pages.remove(key);
                }
            }
        }
    }

    fn readers_of(&self, dep: &Dep) -> impl Iterator<Item = PageKey> + '_ {
        self.readers.get(dep).into_iter().flatten().cloned()
    }
}

/// The key of the item in folder `dir` (`services/bus-card`).
fn item_key(dir: &Path) -> Option<String> {
    let name = dir.file_name()?.to_str()?;
    let section = dir.parent()?.file_name()?.to_str()?;
    Kind::from_dir_name(section).map(|k| format!("{}/{name}", k.dir_name()))
}

/// An error as the diagnostics to show.
fn diagnostics(e: Error) -> Vec<Diagnostic> {
    match e {
        Error::Content(d) => d,
        other => vec![Diagnostic::file("book.toml", crate::templates::error_chain(&other))],
    }
}
