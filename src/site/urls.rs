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
        let item = self.urls.library.get(key).ok_or_else(|| {
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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::Urls;
    use crate::config::{Config, LocaleCode};
    use crate::content::{Kind, Library};

    fn config(extra: &str, base_url: &str) -> Config {
        let toml = format!(
            "title = \"T\"\nbase-url = \"{base_url}\"\ndefault-locale = \"fi\"\n{extra}\n\
             [[locale]]\ncode = \"fi\"\nname = \"Suomi\"\n\n\
             [[locale]]\ncode = \"sv\"\nname = \"Svenska\"\nfallback = \"fi\"\n\n\
             [[locale]]\ncode = \"fi-selko\"\nprefix = \"selko\"\nlang = \"fi\"\nname = \"Selko\"\nfallback = \"fi\"\n\n\
             [sections.services]\nfi = \"palvelut\"\nsv = \"tjanster\"\n\n\
             [accessibility]\nstatus = \"partial\"\nprepared = \"2026-11-01\"\nfeedback-email = \"a@example.fi\"\n\
             authority-name = \"Valvonta\"\nauthority-url = \"https://valvonta.example.fi\"\n\
             [accessibility.slug]\nfi = \"saavutettavuus\"\n"
        );
        Config::parse(&toml, Path::new("/nonexistent-site")).expect("valid book.toml")
    }

    fn locale<'c>(config: &'c Config, code: &str) -> &'c crate::config::Locale {
        config.locale(&LocaleCode::new_unchecked(code)).expect("configured")
    }

    #[test]
    fn links_climb_one_level_per_folder_of_the_page() {
        let (config, library) = (config("", "https://t.example.fi/opas"), Library::default());
        let urls = Urls::new(&config, &library);
        assert_eq!(urls.href("index.html", "fi/"), "fi/", "the root page");
        assert_eq!(urls.href("index.html", ""), "./", "a link to the root from the root");
        assert_eq!(urls.href("fi/", "sv/"), "../sv/");
        assert_eq!(urls.href("fi/palvelut/", "fi/"), "../../fi/");
        assert_eq!(urls.href("fi/palvelut/bussikortti/", "sv/tjanster/busskort/"), "../../../sv/tjanster/busskort/");
        assert_eq!(urls.href("fi/palvelut/bussikortti/", "assets/style.css"), "../../../assets/style.css");
        assert_eq!(urls.href("fi/palvelut/bussikortti/", ""), "../../../");
        assert_eq!(urls.root("index.html"), "");
        assert_eq!(urls.root("fi/"), "../");
        assert_eq!(urls.root("fi/palvelut/bussikortti/"), "../../../");
    }

    #[test]
    fn local_links_name_the_index_file_of_folders_only() {
        let (config, library) = (config("local-links = true", "https://t.example.fi"), Library::default());
        let urls = Urls::new(&config, &library);
        assert_eq!(urls.href("fi/palvelut/", "sv/"), "../../sv/index.html");
        assert_eq!(urls.href("index.html", ""), "index.html");
        assert_eq!(urls.href("fi/", ""), "../index.html");
        assert_eq!(urls.href("fi/", "assets/site.js"), "../assets/site.js", "a file keeps its name");
    }

    #[test]
    fn absolute_urls_and_the_base_path() {
        let (config, library) = (config("", "https://t.example.fi/opas/"), Library::default());
        let urls = Urls::new(&config, &library);
        assert_eq!(urls.absolute("fi/palvelut/"), "https://t.example.fi/opas/fi/palvelut/");
        assert_eq!(urls.base_path(), "/opas/");
        let at_root = self::config("", "https://t.example.fi");
        assert_eq!(Urls::new(&at_root, &library).base_path(), "/");
        assert_eq!(Urls::new(&at_root, &library).absolute(""), "https://t.example.fi/");
        let deep = self::config("", "https://t.example.fi/a/b");
        assert_eq!(Urls::new(&deep, &library).base_path(), "/a/b/");
    }

    #[test]
    fn locale_section_and_statement_paths_follow_the_fallback_chain() {
        let (config, library) = (config("", "https://t.example.fi"), Library::default());
        let urls = Urls::new(&config, &library);
        assert_eq!(urls.locale_home(locale(&config, "fi-selko")), "selko/");
        assert_eq!(urls.section(Kind::Service, locale(&config, "sv")), "sv/tjanster/");
        assert_eq!(urls.section(Kind::Service, locale(&config, "fi-selko")), "selko/palvelut/", "slug of fi");
        assert_eq!(urls.accessibility(locale(&config, "sv")), "sv/saavutettavuus/");
    }

    /// The small four-locale site of the feature tests whose bus card has no slug.
    fn fixture() -> (Config, Library) {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/features/local-links");
        let config = Config::load(&root).expect("the fixture's book.toml");
        let library = crate::content::load(&config).expect("the fixture's content");
        (config, library)
    }

    #[test]
    fn item_paths_take_the_slug_along_the_fallback_chain_or_the_folder_name() {
        let (config, library) = fixture();
        let urls = Urls::new(&config, &library);
        let item = |key: &str| library.get(key).expect("item").clone();
        let card = item("services/library-card");
        assert_eq!(urls.slug(&card, &LocaleCode::new_unchecked("sv")), "kirjastokortti", "sv falls back to fi");
        assert_eq!(urls.item(&card, locale(&config, "fi")), "fi/palvelut/kirjastokortti/");
        assert_eq!(urls.item(&card, locale(&config, "en")), "en/services/kirjastokortti/");
        assert_eq!(urls.item(&item("services/bus-card"), locale(&config, "sv")), "sv/tjanster/bus-card/", "no slug");
        assert_eq!(
            urls.item(&item("pages/about"), locale(&config, "fi-selko")),
            "selko/tietoa/",
            "pages have no section"
        );
        assert_eq!(urls.item(&item("glossary/customer"), locale(&config, "fi")), "fi/glossary/asiakas/");
    }

    #[test]
    fn links_resolve_to_the_best_locale_with_their_anchor_or_say_what_is_missing() {
        use crate::markdown::LinkResolver;
        let (config, library) = fixture();
        let urls = Urls::new(&config, &library);
        let sv = locale(&config, "sv");
        let links = urls.resolver("sv/tjanster/bus-card/", sv);
        assert_eq!(
            links.resolve("@/services/library-card"),
            Ok("../../../fi/palvelut/kirjastokortti/index.html".into())
        );
        assert_eq!(
            links.resolve("@/training/01-intro/#tarinat"),
            Ok("../../../fi/training/johdanto/index.html#tarinat".into())
        );
        assert_eq!(
            links.resolve("@/services/nope"),
            Err("link to `@/services/nope`: there is no item `services/nope`; expected the path of an item folder under content/, such as `@/services/bus-card`".into())
        );
        assert_eq!(
            links.resolve("@/training/01-intro#nothing"),
            Err("link to `@/training/01-intro#nothing`: `training/01-intro` (fi) has no heading with the id `nothing`"
                .into())
        );
    }
}
