//! Which pages of the kinds that are not a feature's own exist, and where each
//! is written: the root, front pages, section indexes, search, 404s, the
//! accessibility statement, item and not-translated pages, the sitemap and
//! robots.txt. The rows of [`super::TABLE`] name these; onboarding and print
//! pages are enumerated in their own modules.

use std::path::PathBuf;

use crate::config::LocaleCode;
use crate::content::{Item, Kind, HOME_KEY};

use super::{PageKey, PageKind, PageSpec, Shape, Source, Subject};

pub(super) fn spec(
    kind: PageKind,
    locale: Option<&LocaleCode>,
    subject: Subject,
    path: String,
    source: Source,
) -> PageSpec {
    PageSpec { key: PageKey { kind, locale: locale.cloned(), subject }, path, source }
}

fn config_source(what: String) -> Source {
    Source { path: PathBuf::from("book.toml"), line: 0, what }
}

pub(super) fn root(_: &Shape<'_>, out: &mut Vec<PageSpec>) {
    out.push(spec(PageKind::Root, None, Subject::None, String::new(), config_source("the root page".into())));
}

pub(super) fn default_home(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    if site.library.contains(HOME_KEY) {
        return;
    }
    let urls = site.urls();
    for l in &site.config.locales {
        let what = format!("the front page of `{}`", l.code);
        out.push(spec(PageKind::DefaultHome, Some(&l.code), Subject::None, urls.locale_home(l), config_source(what)));
    }
}

pub(super) fn sections(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
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

pub(super) fn search(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        let what = format!("the search page of `{}`", l.code);
        let path = crate::search::page_path(l);
        out.push(spec(PageKind::Search, Some(&l.code), Subject::None, path, config_source(what)));
    }
}

pub(super) fn not_found(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        let what = format!("the 404 page of `{}`", l.code);
        let path = format!("{}/404.html", l.prefix);
        out.push(spec(PageKind::NotFound, Some(&l.code), Subject::None, path, config_source(what)));
    }
}

pub(super) fn root_not_found(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    let code = &site.config.default_locale;
    let what = "the site's 404 page".to_string();
    out.push(spec(PageKind::RootNotFound, Some(code), Subject::None, "404.html".into(), config_source(what)));
}

pub(super) fn accessibility(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
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

pub(super) fn items(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        for item in site.library.items().filter(|i| i.translations.contains_key(&l.code)) {
            out.push(item_spec(site, item, l));
        }
    }
}

pub(super) fn not_translated(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        for item in site.library.items().filter(|i| !i.translations.contains_key(&l.code)) {
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

pub(super) fn sitemap_file(_: &Shape<'_>, out: &mut Vec<PageSpec>) {
    out.push(spec(PageKind::Sitemap, None, Subject::None, "sitemap.xml".into(), config_source("the sitemap".into())));
}

pub(super) fn robots(_: &Shape<'_>, out: &mut Vec<PageSpec>) {
    out.push(spec(PageKind::Robots, None, Subject::None, "robots.txt".into(), config_source("robots.txt".into())));
}
