//! The one table of page kinds.
//!
//! Every kind of page the site has — item pages, not-translated pages, section
//! indexes, front pages, search, 404, the accessibility statement, the root, the
//! sitemap — is declared once in [`TABLE`]: which pages of it exist and where
//! each is written, whether it is listed in the sitemap, and the function that
//! renders it. Rendering, the path-collision check, the sitemap and the live
//! preview all derive from this table; a new kind of page adds a row here, its
//! view and its template, and nothing else.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::LocaleCode;
use crate::content::{Item, Kind, HOME_KEY};
use crate::error::Diagnostic;

use super::context::PageCx;
use super::{item_page, lists, onboarding, print, sitemap, special, Urls};
use crate::config::Config;
use crate::content::Library;

/// What decides which pages exist and where they are written: the configuration
/// and the content, nothing rendered (so paths are known, and checked, even when
/// the templates do not load).
#[derive(Debug, Clone, Copy)]
pub struct Shape<'a> {
    /// `book.toml`, resolved.
    pub config: &'a Config,
    /// The content.
    pub library: &'a Library,
}

impl<'a> Shape<'a> {
    /// URL arithmetic over it.
    pub fn urls(&self) -> Urls<'a> {
        Urls::new(self.config, self.library)
    }
}

/// What kind of page a page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageKind {
    /// The site root: the language choice.
    Root,
    /// A locale's front page when the content has no `pages/home`.
    DefaultHome,
    /// A section's index (`fi/palvelut/`).
    Section,
    /// A locale's search page.
    Search,
    /// A locale's "page not found" page.
    NotFound,
    /// The default locale's 404 page at the root, for hosts that look for `/404.html`.
    RootNotFound,
    /// The accessibility statement of a locale.
    Accessibility,
    /// An item written in the page's locale.
    Item,
    /// An item not written in the page's locale: says so and links to its versions.
    NotTranslated,
    /// `sitemap.xml`.
    Sitemap,
    /// `robots.txt`.
    Robots,
    /// A locale's onboarding progress page: every module's state and time.
    Progress,
    /// A locale's reflection journal: every module's questions with the reader's answers.
    Journal,
    /// A locale's onboarding plan (perehdytyssuunnitelma).
    OnboardingPlan,
    /// A training module's facilitator handout (print view).
    Handout,
    /// A training module's participant worksheets (print view).
    Worksheets,
    /// The whole training package of a locale as one printable document.
    PrintBook,
}

/// What a page is about, beside its kind and locale.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Subject {
    /// Nothing more: one page of the kind per locale (or per site).
    None,
    /// An item, by key.
    Item(String),
    /// A section.
    Section(Kind),
}

/// A page's identity: it stays the same when the page's path changes.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PageKey {
    /// The kind.
    pub kind: PageKind,
    /// The locale, for pages that have one.
    pub locale: Option<LocaleCode>,
    /// What it is about.
    pub subject: Subject,
}

/// Where a page claims its path from, named when two pages claim one path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file (relative to the site root).
    pub path: PathBuf,
    /// Its line, 0 for the whole file.
    pub line: usize,
    /// The page, in words.
    pub what: String,
}

/// One page of the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageSpec {
    /// Its identity.
    pub key: PageKey,
    /// Its path: a folder (`fi/palvelut/bussikortti/`, written as `index.html` in
    /// it) or a file (`fi/404.html`, `sitemap.xml`).
    pub path: String,
    /// Who claims the path.
    pub source: Source,
}

impl PageSpec {
    /// The output file.
    pub fn file(&self) -> PathBuf {
        if self.path.is_empty() || self.path.ends_with('/') {
            PathBuf::from(format!("{}index.html", self.path))
        } else {
            PathBuf::from(&self.path)
        }
    }
}

/// A rendering function: the page's bytes, or its problems.
pub(crate) type RenderFn = fn(&PageCx<'_>) -> Result<String, Vec<Diagnostic>>;

/// One row of the table.
pub(crate) struct PageKindDef {
    /// The kind.
    pub kind: PageKind,
    /// Whether its pages are listed in the sitemap, their translations as alternates.
    pub in_sitemap: bool,
    /// Whether its pages count in the per-locale page totals that `build` reports.
    pub counted: bool,
    /// Adds the pages of this kind that the site has.
    pub enumerate: fn(&Shape<'_>, &mut Vec<PageSpec>),
    /// Renders one of its pages.
    pub render: RenderFn,
}

/// Every kind of page. Fixed pages come before item pages, so that an item whose
/// slug takes a fixed page's path is the one reported.
pub(crate) static TABLE: &[PageKindDef] = &[
    PageKindDef { kind: PageKind::Root, in_sitemap: false, counted: false, enumerate: root, render: special::root },
    PageKindDef {
        kind: PageKind::DefaultHome,
        in_sitemap: true,
        counted: true,
        enumerate: default_home,
        render: lists::default_home,
    },
    PageKindDef {
        kind: PageKind::Section,
        in_sitemap: true,
        counted: true,
        enumerate: sections,
        render: lists::section,
    },
    PageKindDef {
        kind: PageKind::Search,
        in_sitemap: false,
        counted: true,
        enumerate: search,
        render: special::search,
    },
    PageKindDef {
        kind: PageKind::NotFound,
        in_sitemap: false,
        counted: true,
        enumerate: not_found,
        render: special::not_found,
    },
    PageKindDef {
        kind: PageKind::RootNotFound,
        in_sitemap: false,
        counted: false,
        enumerate: root_not_found,
        render: special::not_found,
    },
    PageKindDef {
        kind: PageKind::Accessibility,
        in_sitemap: false,
        counted: true,
        enumerate: accessibility,
        render: special::accessibility,
    },
    PageKindDef {
        kind: PageKind::Progress,
        in_sitemap: false,
        counted: true,
        enumerate: onboarding::progress_pages,
        render: onboarding::page,
    },
    PageKindDef {
        kind: PageKind::Journal,
        in_sitemap: false,
        counted: true,
        enumerate: onboarding::journal_pages,
        render: onboarding::page,
    },
    PageKindDef {
        kind: PageKind::OnboardingPlan,
        in_sitemap: true,
        counted: true,
        enumerate: onboarding::plan_pages,
        render: onboarding::page,
    },
    PageKindDef { kind: PageKind::Item, in_sitemap: true, counted: true, enumerate: items, render: item_page::item },
    PageKindDef {
        kind: PageKind::NotTranslated,
        in_sitemap: false,
        counted: true,
        enumerate: not_translated,
        render: item_page::not_translated,
    },
    PageKindDef {
        kind: PageKind::Sitemap,
        in_sitemap: false,
        counted: false,
        enumerate: sitemap_file,
        render: sitemap::sitemap,
    },
    PageKindDef {
        kind: PageKind::Robots,
        in_sitemap: false,
        counted: false,
        enumerate: robots,
        render: sitemap::robots,
    },
    PageKindDef {
        kind: PageKind::Handout,
        in_sitemap: false,
        counted: false,
        enumerate: print::handouts,
        render: print::handout,
    },
    PageKindDef {
        kind: PageKind::Worksheets,
        in_sitemap: false,
        counted: false,
        enumerate: print::worksheet_pages,
        render: print::worksheets,
    },
    PageKindDef {
        kind: PageKind::PrintBook,
        in_sitemap: false,
        counted: false,
        enumerate: print::books,
        render: print::book,
    },
];

/// The row of a kind.
pub(crate) fn def(kind: PageKind) -> &'static PageKindDef {
    TABLE.iter().find(|d| d.kind == kind).unwrap_or(&TABLE[0])
}

/// Every page of the site, in table order.
pub(crate) fn pages(site: &Shape<'_>) -> Vec<PageSpec> {
    let mut out = Vec::new();
    for def in TABLE {
        (def.enumerate)(site, &mut out);
    }
    out
}

/// Two pages that would be written to one file: an error at the later one, naming both.
pub(crate) fn collisions(pages: &[PageSpec]) -> Vec<Diagnostic> {
    let mut taken: BTreeMap<PathBuf, &PageSpec> = BTreeMap::new();
    let mut diags = Vec::new();
    for page in pages {
        let file = page.file();
        match taken.get(&file) {
            Some(first) => {
                let other = if first.source.path == page.source.path {
                    first.source.what.clone()
                } else {
                    format!("{} ({})", first.source.what, first.source.path.display())
                };
                diags.push(Diagnostic::new(
                    &page.source.path,
                    page.source.line,
                    usize::from(page.source.line > 0),
                    format!(
                        "{} would be written to `{}`, which {other} already uses; expected a slug of its own",
                        page.source.what, page.path
                    ),
                ));
            }
            None => {
                taken.insert(file, page);
            }
        }
    }
    diags
}

fn spec(kind: PageKind, locale: Option<&LocaleCode>, subject: Subject, path: String, source: Source) -> PageSpec {
    PageSpec { key: PageKey { kind, locale: locale.cloned(), subject }, path, source }
}

fn config_source(what: String) -> Source {
    Source { path: PathBuf::from("book.toml"), line: 0, what }
}

fn root(_: &Shape<'_>, out: &mut Vec<PageSpec>) {
    out.push(spec(PageKind::Root, None, Subject::None, String::new(), config_source("the root page".into())));
}

fn default_home(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    if site.library.items.contains_key(HOME_KEY) {
        return;
    }
    let urls = site.urls();
    for l in &site.config.locales {
        let what = format!("the front page of `{}`", l.code);
        out.push(spec(PageKind::DefaultHome, Some(&l.code), Subject::None, urls.locale_home(l), config_source(what)));
    }
}

fn sections(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    let urls = site.urls();
    for l in &site.config.locales {
        for kind in Kind::ALL.into_iter().filter(|k| k.has_section() && site.library.of_kind(*k).next().is_some()) {
            let what = format!("the `{}` section index of `{}`", kind.dir_name(), l.code);
            out.push(spec(
                PageKind::Section,
                Some(&l.code),
                Subject::Section(kind),
                urls.section(kind, l),
                config_source(what),
            ));
        }
    }
}

fn search(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        let what = format!("the search page of `{}`", l.code);
        let path = crate::search::page_path(l);
        out.push(spec(PageKind::Search, Some(&l.code), Subject::None, path, config_source(what)));
    }
}

fn not_found(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        let what = format!("the 404 page of `{}`", l.code);
        let path = format!("{}/404.html", l.prefix);
        out.push(spec(PageKind::NotFound, Some(&l.code), Subject::None, path, config_source(what)));
    }
}

fn root_not_found(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    let code = &site.config.default_locale;
    let what = "the site's 404 page".to_string();
    out.push(spec(PageKind::RootNotFound, Some(code), Subject::None, "404.html".into(), config_source(what)));
}

fn accessibility(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    if site.config.accessibility.is_none() {
        return;
    }
    let urls = site.urls();
    for l in &site.config.locales {
        let what = format!("the accessibility statement of `{}`", l.code);
        out.push(spec(
            PageKind::Accessibility,
            Some(&l.code),
            Subject::None,
            urls.accessibility(l),
            config_source(what),
        ));
    }
}

fn items(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        for item in site.library.items.values().filter(|i| i.translations.contains_key(&l.code)) {
            out.push(item_spec(site, item, l));
        }
    }
}

fn not_translated(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        for item in site.library.items.values().filter(|i| !i.translations.contains_key(&l.code)) {
            out.push(item_spec(site, item, l));
        }
    }
}

/// An item's page in a locale: its own, or the not-translated page.
fn item_spec(site: &Shape<'_>, item: &Item, locale: &crate::config::Locale) -> PageSpec {
    let path = site.urls().item(item, locale);
    let subject = Subject::Item(item.key.clone());
    match item.translations.get(&locale.code) {
        Some(tr) => {
            let line = tr.field_location("slug").line;
            let source = Source { path: tr.path.clone(), line, what: "the page".into() };
            spec(PageKind::Item, Some(&locale.code), subject, path, source)
        }
        None => {
            // The page takes its slug from the nearest fallback that is written.
            let from = site
                .config
                .fallback_chain(&locale.code)
                .iter()
                .find_map(|l| item.translations.get(&l.code))
                .or_else(|| item.translations.values().next());
            let (path_of, line) =
                from.map_or_else(|| (PathBuf::from(&item.key), 0), |t| (t.path.clone(), t.field_location("slug").line));
            let what = format!("the not-translated `{}` page of `{}`", locale.code, item.key);
            let source = Source { path: path_of, line, what };
            spec(PageKind::NotTranslated, Some(&locale.code), subject, path, source)
        }
    }
}

fn sitemap_file(_: &Shape<'_>, out: &mut Vec<PageSpec>) {
    out.push(spec(PageKind::Sitemap, None, Subject::None, "sitemap.xml".into(), config_source("the sitemap".into())));
}

fn robots(_: &Shape<'_>, out: &mut Vec<PageSpec>) {
    out.push(spec(PageKind::Robots, None, Subject::None, "robots.txt".into(), config_source("robots.txt".into())));
}
