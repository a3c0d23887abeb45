//! What every page has around its own content: navigation, footer links, the
//! language switcher, `hreflang` alternates, breadcrumbs, and list entries.
//!
//! Each function reads through the page's [`PageCx`], so what the chrome shows
//! of other items (the feedback card's address, a section's existence) is in the
//! page's record of inputs.

use std::path::Path;

use crate::config::Locale;
use crate::content::{Item, Kind, LocalizedText};
use crate::error::Diagnostic;

use super::context::{Dep, PageCx};
use super::views::{Alternate, Entry, LanguageLink, Link, NavLink, PageView, SearchHelpView, SearchView};

/// Sections listed in the main navigation, in order.
pub(crate) const NAV: [Kind; 4] = [Kind::Service, Kind::Training, Kind::Glossary, Kind::Persona];

/// The item whose page takes feedback, linked from every footer.
pub(crate) const FEEDBACK_KEY: &str = "services/feedback";
/// The about page, linked from every footer.
pub(crate) const ABOUT_KEY: &str = "pages/about";

/// The parts every page view has, for the page at `path` in `locale`.
pub(crate) fn base_view(
    cx: &PageCx<'_>,
    locale: &Locale,
    path: &str,
    kind: &str,
    title: String,
    summary: String,
) -> PageView {
    let urls = cx.urls();
    let nav = NAV
        .iter()
        .filter(|k| cx.exists(**k))
        .map(|k| {
            let section = urls.section(*k, locale);
            NavLink {
                code: k.dir_name().to_string(),
                current: path.starts_with(&section),
                href: urls.href(path, &section),
            }
        })
        .collect();
    let item_href = |key: &str| {
        cx.item(key, Dep::Listing).map(|item| urls.href(path, &urls.item(item, urls.best_locale(item, locale))))
    };
    PageView {
        accessibility_href: cx.config().accessibility.as_ref().map(|_| urls.href(path, &urls.accessibility(locale))),
        about_href: item_href(ABOUT_KEY),
        feedback_href: item_href(FEEDBACK_KEY),
        lang: locale.lang.clone(),
        locale: locale.code.to_string(),
        site_title: cx.config().title_in(&locale.code).to_string(),
        root: urls.root(path),
        canonical: Some(urls.absolute(path)),
        kind: kind.to_string(),
        title,
        summary,
        nav,
        home_href: urls.href(path, &urls.locale_home(locale)),
        search: Some(search_view(cx, locale)),
        build_date: super::print::build_date(cx.config(), &locale.lang),
        print_links: super::print::links(cx, locale, path, kind),
        ..PageView::default()
    }
}

/// The search box's links in `locale`, relative to the site root.
pub(crate) fn search_view(cx: &PageCx<'_>, locale: &Locale) -> SearchView {
    let urls = cx.urls();
    let index = if cx.exists(Kind::Service) { urls.section(Kind::Service, locale) } else { urls.locale_home(locale) };
    SearchView {
        entry: crate::search::entry_path(locale),
        page: urls.href("", &crate::search::page_path(locale)),
        index: urls.href("", &index),
        stemmer: crate::search::stemmer_asset(locale).and_then(|name| cx.asset_path(&name)).map(str::to_string),
        help: search_help(cx, locale),
    }
}

/// The service centre's phone and chat, from the service card that book.toml
/// names as `service-centre`, offered when a search finds nothing.
fn search_help(cx: &PageCx<'_>, locale: &Locale) -> Option<SearchHelpView> {
    use crate::content::service::Channel;
    let key = &cx.config().service_centre.as_ref()?.key;
    let item = cx.item(key, Dep::Meta)?;
    cx.read(Dep::Listing(key.clone()));
    let crate::content::Meta::Service(meta) = &item.meta else { return None };
    let phone = meta.channels.iter().find_map(|c| if let Channel::Phone(p) = c { Some(p) } else { None })?;
    let chat = meta.channels.iter().find_map(|c| if let Channel::Chat(o) = c { Some(o) } else { None })?;
    let urls = cx.urls();
    let best = urls.best_locale(item, locale);
    let tr = item.translations.get(&best.code).or_else(|| item.translations.values().next())?;
    let name = |t: &Option<LocalizedText>| t.as_ref().map(|t| text(cx, t, locale)).unwrap_or_default();
    let tel: String = phone.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    Some(SearchHelpView {
        title: tr.common.title.clone(),
        page: urls.href("", &urls.item(item, best)),
        phone: (name(&phone.name), phone.number.clone(), format!("tel:{tel}")),
        chat: (name(&chat.name), text(cx, &chat.url, locale)),
    })
}

/// The language switcher of the page at `path`: `target` gives the page's path in a
/// locale and whether the page is really written in it.
pub(crate) fn languages(
    cx: &PageCx<'_>,
    path: &str,
    current: &Locale,
    target: impl Fn(&Locale) -> (String, bool),
) -> Vec<LanguageLink> {
    let urls = cx.urls();
    cx.config()
        .locales
        .iter()
        .map(|l| {
            let (to, available) = target(l);
            LanguageLink {
                code: l.code.to_string(),
                lang: l.lang.clone(),
                name: l.name.clone(),
                href: urls.href(path, &to),
                current: l.code == current.code,
                available,
            }
        })
        .collect()
}

/// `hreflang` alternates from (lang, path) pairs. Plain-language forms share their
/// language's tag; only the first locale of each language is announced, so no two
/// alternates claim one hreflang.
pub(crate) fn alternates(cx: &PageCx<'_>, paths: impl Iterator<Item = (String, String)>) -> Vec<Alternate> {
    let urls = cx.urls();
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for (lang, path) in paths {
        if seen.contains(&lang) {
            continue;
        }
        seen.push(lang.clone());
        out.push(Alternate { hreflang: lang, href: urls.absolute(&path) });
    }
    out
}

/// The same page in every locale, for pages every locale has (indexes, search …).
pub(crate) fn every_locale(
    cx: &PageCx<'_>,
    view: &mut PageView,
    path: &str,
    locale: &Locale,
    at: impl Fn(&Locale) -> String,
) {
    view.languages = languages(cx, path, locale, |l| (at(l), true));
    view.alternates = alternates(cx, cx.config().locales.iter().map(|l| (l.lang.clone(), at(l))));
}

/// An item in a list on the page at `from`.
pub(crate) fn entry(cx: &PageCx<'_>, item: &Item, locale: &Locale, from: &str) -> Entry {
    cx.read(Dep::Listing(item.key.clone()));
    let urls = cx.urls();
    let best = urls.best_locale(item, locale);
    let t = item.translations.get(&best.code).or_else(|| item.translations.values().next());
    Entry {
        title: t.map_or_else(|| item.name.clone(), |t| t.common.title.clone()),
        summary: t.map_or_else(String::new, |t| t.common.summary.clone()),
        href: urls.href(from, &urls.item(item, best)),
        kind: item.kind.code().to_string(),
        lang: (best.lang != locale.lang).then(|| best.lang.clone()),
        number: item.order.filter(|_| item.kind == Kind::Training),
    }
}

/// A section's name in `locale`.
pub(crate) fn section_title(cx: &PageCx<'_>, kind: Kind, locale: &Locale) -> String {
    cx.string(&locale.code, &format!("section-{}", kind.dir_name())).unwrap_or_else(|| kind.dir_name().to_string())
}

/// Home › section for an item's page.
pub(crate) fn breadcrumbs(cx: &PageCx<'_>, item: &Item, locale: &Locale, path: &str) -> Vec<Link> {
    let urls = cx.urls();
    if !item.kind.has_section() {
        return Vec::new();
    }
    let section = urls.section(item.kind, locale);
    vec![Link { title: section_title(cx, item.kind, locale), href: urls.href(path, &section) }]
}

/// Renders `template` in `locale`; a failure is a diagnostic on `source`.
pub(crate) fn render(
    cx: &PageCx<'_>,
    locale: &Locale,
    template: &str,
    view: &impl serde::Serialize,
    source: &Path,
) -> Result<String, Vec<Diagnostic>> {
    cx.render(&locale.code, template, view).map_err(|m| vec![template_error(source, template, &m)])
}

/// A template that failed to render, as a diagnostic on the file that asked for it.
pub(crate) fn template_error(path: &Path, template: &str, message: &str) -> Diagnostic {
    Diagnostic::file(path, format!("rendering with template `{template}` failed: {message}"))
}

/// A localized text of `meta.yaml` or `book.toml` in the page's locale.
pub(crate) fn text(cx: &PageCx<'_>, t: &LocalizedText, locale: &Locale) -> String {
    t.resolve(cx.config(), &locale.code).to_string()
}
