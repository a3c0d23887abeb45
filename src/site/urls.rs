//! Where every page lives and how one page links to another.
//!
//! Paths are relative to the output root and end in `/` for a page
//! (`fi/palvelut/bussikortti/`), written as `…/index.html`. Links between pages
//! are relative, so the site works under any base path and, with `local-links`,
//! straight from disk. Absolute URLs (canonical, hreflang, sitemap) use `base-url`.

use crate::config::{Config, Locale, LocaleCode};
use crate::content::{Item, Kind, Library, HOME_KEY};
use crate::markdown::LinkResolver;

/// URL arithmetic over a site's configuration and content.
#[derive(Debug, Clone, Copy)]
pub struct Urls<'a> {
    config: &'a Config,
    library: &'a Library,
}

impl<'a> Urls<'a> {
    /// URLs of `library` under `config`.
    pub fn new(config: &'a Config, library: &'a Library) -> Self {
        Urls { config, library }
    }

    /// A locale's front page: `fi/`.
    pub fn locale_home(&self, locale: &Locale) -> String {
        format!("{}/", locale.prefix)
    }

    /// A section's index: `fi/palvelut/`.
    pub fn section(&self, kind: Kind, locale: &Locale) -> String {
        format!("{}/{}/", locale.prefix, self.config.section_slug(kind.dir_name(), &locale.code))
    }

    /// The accessibility statement of a locale: `fi/saavutettavuusseloste/`.
    pub fn accessibility(&self, locale: &Locale) -> String {
        format!("{}/{}/", locale.prefix, self.config.accessibility_slug(&locale.code))
    }

    /// The slug an item has in `locale`: the nearest slug set in the front matter
    /// of the locale or its fallbacks (plain Finnish shares the Finnish slug), else
    /// the folder name.
    pub fn slug<'i>(&self, item: &'i Item, locale: &LocaleCode) -> &'i str {
        self.config
            .fallback_chain(locale)
            .iter()
            .find_map(|l| item.translations.get(&l.code).and_then(|t| t.common.slug.as_deref()))
            .unwrap_or(item.name.as_str())
    }

    /// The path of an item's page in `locale` (translated or not: every locale has one).
    pub fn item(&self, item: &Item, locale: &Locale) -> String {
        if item.key == HOME_KEY {
            return self.locale_home(locale);
        }
        let slug = self.slug(item, &locale.code);
        if item.kind.has_section() {
            format!("{}{}/", self.section(item.kind, locale), slug)
        } else {
            format!("{}/{}/", locale.prefix, slug)
        }
    }

    /// The locale whose version a link from a `locale` page should reach: the
    /// locale itself if the item is written in it, else the nearest fallback that is.
    pub fn best_locale(&self, item: &Item, locale: &Locale) -> &'a Locale {
        let chain = self.config.fallback_chain(&locale.code);
        chain
            .iter()
            .find(|l| item.translations.contains_key(&l.code))
            .or_else(|| chain.first())
            .copied()
            .unwrap_or_else(|| self.config.locale(&locale.code).unwrap_or(&self.config.locales[0]))
    }

    /// A relative href from the page at `from` (a page path) to `to`.
    pub fn href(&self, from: &str, to: &str) -> String {
        let depth = from.matches('/').count();
        let mut out = "../".repeat(depth);
        out.push_str(to);
        if self.config.local_links && (to.is_empty() || to.ends_with('/')) {
            out.push_str("index.html");
        }
        if out.is_empty() {
            out.push_str("./");
        }
        out
    }

    /// The relative prefix from the page at `from` to the site root (`../../`, or empty).
    pub fn root(&self, from: &str) -> String {
        "../".repeat(from.matches('/').count())
    }

    /// The absolute URL of a path.
    pub fn absolute(&self, to: &str) -> String {
        format!("{}/{}", self.config.base_url, to)
    }

    /// The path part of `base-url`, for pages served at unknown depths (404).
    pub fn base_path(&self) -> String {
        let after_scheme = self.config.base_url.split_once("://").map_or("", |(_, r)| r);
        match after_scheme.find('/') {
            Some(i) => format!("{}/", &after_scheme[i..]),
            None => "/".to_string(),
        }
    }

    /// Resolves `@/key#anchor` links for a page at `from` in `locale`.
    pub fn resolver(&self, from: &'a str, locale: &'a Locale) -> PageLinks<'a> {
        PageLinks { urls: *self, from, locale }
    }
}

/// Link resolution for one page.
#[derive(Debug, Clone, Copy)]
pub struct PageLinks<'a> {
    urls: Urls<'a>,
    from: &'a str,
    locale: &'a Locale,
}

impl LinkResolver for PageLinks<'_> {
    fn resolve(&self, dest: &str) -> Result<String, String> {
        let target = dest.trim_start_matches("@/");
        let (key, anchor) = match target.split_once('#') {
            Some((k, a)) => (k.trim_end_matches('/'), Some(a)),
            None => (target.trim_end_matches('/'), None),
        };
        let item = self.urls.library.items.get(key).ok_or_else(|| {
            format!("link to `{dest}`: there is no item `{key}`; expected the path of an item folder under content/, such as `@/services/bus-card`")
        })?;
        let locale = self.urls.best_locale(item, self.locale);
        let mut href = self.urls.href(self.from, &self.urls.item(item, locale));
        if let Some(anchor) = anchor {
            let known = item.translations.get(&locale.code).is_some_and(|t| t.headings.iter().any(|h| h.id == anchor));
            if !known {
                return Err(format!(
                    "link to `{dest}`: `{key}` ({}) has no heading with the id `{anchor}`",
                    locale.code
                ));
            }
            href.push('#');
            href.push_str(anchor);
        }
        Ok(href)
    }
}
