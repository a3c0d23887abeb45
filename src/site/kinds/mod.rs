//! The one table of page kinds.
//!
//! Every kind of page the site has — item pages, not-translated pages, section
//! indexes, front pages, search, 404, the accessibility statement, the root, the
//! sitemap — is declared once in [`TABLE`]: which pages of it exist and where
//! each is written, whether it is listed in the sitemap, and the function that
//! renders it. Rendering, the path-collision check, the sitemap and the live
//! preview all derive from this table; a new kind of page adds a row here, its
//! view and its template, and nothing else. Which pages of the site's fixed
//! kinds exist is in [`fixed`]; a feature's own kinds (onboarding, print)
//! enumerate theirs in their modules.

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::config::LocaleCode;
use crate::content::Kind;
use crate::error::Diagnostic;

mod fixed;

use fixed::{
    accessibility, default_home, items, not_found, not_translated, robots, root, root_not_found, search, sections,
    sitemap_file,
};

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
