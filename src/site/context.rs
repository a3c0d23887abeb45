//! What a page is rendered from, and the record of what it read.
//!
//! A page never sees the whole [`Site`]: it gets a [`PageCx`] that hands out the
//! configuration, URLs, strings and templates, and gives access to content items
//! only through methods that note which item, and which part of it, the page
//! read ([`Dep`]). That record is the dependency graph of the live preview
//! (`luukku serve`): after an edit, exactly the pages whose recorded inputs
//! changed are rendered again. A full build does not record (nothing would read
//! the record), so recording costs it nothing.

use std::cell::RefCell;
use std::collections::BTreeSet;

use serde::Serialize;

use crate::config::{Config, Locale, LocaleCode};
use crate::content::{Item, Kind};
use crate::markdown::LinkResolver;

use super::kinds::PageSpec;
use super::urls::{PageLinks, Urls};
use super::Site;

/// One input a page read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dep {
    /// What lists and links show of an item: its titles, summaries and slugs, the
    /// locales it is written in, its order and its target groups.
    Listing(String),
    /// The heading ids of an item's translations (anchors of `@/key#id` links).
    Headings(String),
    /// The persona grids in an item's body (persona pages gather them).
    Grids(String),
    /// An item's file in one locale (its page in that locale).
    Translation(String, LocaleCode),
    /// An item's `meta.yaml`.
    Meta(String),
    /// Which items a kind has.
    Members(Kind),
    /// Whether a kind has any item at all (the navigation).
    Exists(Kind),
    /// A template, by name (the templates it includes are found from its source).
    Template(String),
    /// The interface strings of a locale.
    Strings(LocaleCode),
}

/// The inputs of one page: what it renders and what it has read so far.
pub(crate) struct PageCx<'a> {
    site: &'a Site,
    /// The page being rendered.
    pub spec: &'a PageSpec,
    reads: Option<RefCell<BTreeSet<Dep>>>,
}

impl<'a> PageCx<'a> {
    /// A context for `spec`; `record` keeps the list of what the page reads.
    pub(crate) fn new(site: &'a Site, spec: &'a PageSpec, record: bool) -> Self {
        PageCx { site, spec, reads: record.then(|| RefCell::new(BTreeSet::new())) }
    }

    /// What the page read (empty when not recording).
    pub(crate) fn into_reads(self) -> BTreeSet<Dep> {
        self.reads.map(RefCell::into_inner).unwrap_or_default()
    }

    /// Notes that the page read `dep`.
    pub(crate) fn read(&self, dep: Dep) {
        if let Some(reads) = &self.reads {
            reads.borrow_mut().insert(dep);
        }
    }

    /// `book.toml`, resolved. Every page reads it; a change to it rebuilds everything.
    pub(crate) fn config(&self) -> &'a Config {
        &self.site.config
    }

    /// URL arithmetic. Reading an item's URL needs the item, which is recorded when fetched.
    pub(crate) fn urls(&self) -> Urls<'a> {
        self.site.urls()
    }

    /// The page's locale (the default locale for pages that have none).
    pub(crate) fn locale(&self) -> &'a Locale {
        let config = &self.site.config;
        self.spec
            .key
            .locale
            .as_ref()
            .and_then(|code| config.locale(code))
            .or_else(|| config.locale(&config.default_locale))
            .unwrap_or(&config.locales[0])
    }

    /// The item `key`, noting that the page reads `part` of it (also when it is missing:
    /// an item created later must reach the pages that looked for it).
    pub(crate) fn item(&self, key: &str, part: fn(String) -> Dep) -> Option<&'a Item> {
        self.read(part(key.to_string()));
        self.site.library.get(key).map(|i| &**i)
    }

    /// The item the page is about, with what its own page reads of it: meta.yaml,
    /// its file in the page's locale, and its listing (the language switcher and
    /// alternates show which locales it is written in).
    pub(crate) fn subject(&self) -> Result<&'a Item, Vec<crate::error::Diagnostic>> {
        let key = match &self.spec.key.subject {
            super::kinds::Subject::Item(key) => key.as_str(),
            _ => "",
        };
        let gone = || vec![crate::error::Diagnostic::file(key, "the page's item is gone")];
        let item = self.item(key, Dep::Meta).ok_or_else(gone)?;
        self.read(Dep::Translation(key.to_string(), self.locale().code.clone()));
        self.read(Dep::Listing(key.to_string()));
        Ok(item)
    }

    /// The items of `kind` in key order, with what lists show of each.
    pub(crate) fn members(&self, kind: Kind) -> Vec<&'a Item> {
        self.read(Dep::Members(kind));
        let items: Vec<&Item> = self.site.library.of_kind(kind).collect();
        for item in &items {
            self.read(Dep::Listing(item.key.clone()));
        }
        items
    }

    /// Whether `kind` has any item.
    pub(crate) fn exists(&self, kind: Kind) -> bool {
        self.read(Dep::Exists(kind));
        self.site.library.has_kind(kind)
    }

    /// Training modules in their order.
    pub(crate) fn modules(&self) -> Vec<&'a Item> {
        let mut modules = self.members(Kind::Training);
        modules.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.key.cmp(&b.key)));
        modules
    }

    /// An interface string of `locale` (following its fallback chain).
    pub(crate) fn string(&self, locale: &LocaleCode, key: &str) -> Option<String> {
        self.read(Dep::Strings(locale.clone()));
        self.site.catalog.format(locale, key, None)
    }

    /// An interface string of `locale` with arguments (`{ $time }`).
    pub(crate) fn string_with(
        &self,
        locale: &LocaleCode,
        key: &str,
        args: &fluent_bundle::FluentArgs<'_>,
    ) -> Option<String> {
        self.read(Dep::Strings(locale.clone()));
        self.site.catalog.format(locale, key, Some(args))
    }

    /// The output path of a theme asset.
    pub(crate) fn asset_path(&self, name: &str) -> Option<&'a str> {
        self.site.asset_path(name)
    }

    /// Renders `template` in `locale` with a typed view.
    pub(crate) fn render<T: Serialize>(&self, locale: &LocaleCode, template: &str, view: &T) -> Result<String, String> {
        self.read(Dep::Template(template.to_string()));
        self.read(Dep::Strings(locale.clone()));
        self.site.templates.render(locale, template, view)
    }

    /// Resolves `@/key#anchor` links for the page at `from` in `locale`, recording
    /// the items they reach.
    pub(crate) fn links<'s>(&'s self, from: &'s str, locale: &'s Locale) -> RecordingLinks<'s> {
        let urls: Urls<'s> = self.site.urls();
        RecordingLinks { cx: self, inner: urls.resolver(from, locale) }
    }
}

/// Link resolution that notes the items a page links to.
pub(crate) struct RecordingLinks<'a> {
    cx: &'a PageCx<'a>,
    inner: PageLinks<'a>,
}

impl LinkResolver for RecordingLinks<'_> {
    fn resolve(&self, dest: &str) -> Result<String, String> {
        let target = dest.trim_start_matches("@/");
        let (key, anchor) = target.split_once('#').map_or((target, None), |(k, a)| (k, Some(a)));
        let key = key.trim_end_matches('/').to_string();
        if anchor.is_some() {
            self.cx.read(Dep::Headings(key.clone()));
        }
        self.cx.read(Dep::Listing(key));
        self.inner.resolve(dest)
    }
}

impl PageCx<'_> {
    /// Every page of the site (for the sitemap), noting that the page depends on
    /// which items exist and on what lists show of each.
    pub(crate) fn all_pages(&self) -> Vec<PageSpec> {
        for kind in Kind::ALL {
            self.members(kind);
        }
        super::kinds::pages(&self.site.shape())
    }
}
