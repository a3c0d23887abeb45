//! Pages every locale has whatever the content: the search page, the 404 page,
//! the accessibility statement, and the site root's language choice.

use std::path::Path;

use crate::content::Kind;
use crate::error::Diagnostic;

use super::channels::Code;
use super::chrome::{base_view, every_locale, render, text};
use super::context::{Dep, PageCx};
use super::views::*;

/// A locale's search page: the search itself happens in the browser (see
/// [`crate::search`]); the page gives a query more room and filters by kind.
pub(crate) fn search(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let locale = cx.locale();
    let path = cx.spec.path.as_str();
    let title = cx.string(&locale.code, "search-title").unwrap_or_default();
    let mut view = base_view(cx, locale, path, "search", title, String::new());
    every_locale(cx, &mut view, path, locale, crate::search::page_path);
    view.noindex = true;
    render(cx, locale, "search.html", &view, Path::new("search.html"))
}

/// A locale's "page not found" page. It is served at any depth, so its links are
/// absolute paths from the base path.
pub(crate) fn not_found(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let locale = cx.locale();
    let urls = cx.urls();
    let title = cx.string(&locale.code, "not-found-title").unwrap_or_default();
    let mut view = base_view(cx, locale, &urls.locale_home(locale), "not-found", title, String::new());
    let base = urls.base_path();
    view.root = base.clone();
    view.home_href = format!("{base}{}", urls.locale_home(locale));
    for n in &mut view.nav {
        n.href = format!("{base}{}", urls.section(Kind::from_dir_name(&n.code).unwrap_or(Kind::Service), locale));
    }
    let item_href =
        |key: &str| cx.item(key, Dep::Listing).map(|i| format!("{base}{}", urls.item(i, urls.best_locale(i, locale))));
    view.feedback_href = item_href(super::chrome::FEEDBACK_KEY);
    view.about_href = item_href(super::chrome::ABOUT_KEY);
    view.accessibility_href =
        cx.config().accessibility.as_ref().map(|_| format!("{base}{}", urls.accessibility(locale)));
    view.languages = super::chrome::languages(cx, "", locale, |l| (format!("{}404.html", urls.locale_home(l)), true));
    for l in &mut view.languages {
        l.href = format!("{base}{}", l.href);
    }
    view.noindex = true;
    view.canonical = None;
    render(cx, locale, "404.html", &view, Path::new("404.html"))
}

/// The accessibility statement of a locale, from `[accessibility]` in book.toml.
pub(crate) fn accessibility(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let locale = cx.locale();
    let urls = cx.urls();
    let path = cx.spec.path.as_str();
    let Some(a) = &cx.config().accessibility else { return Ok(String::new()) };
    let title = cx.string(&locale.code, "a11y-title").unwrap_or_default();
    let mut view = base_view(cx, locale, path, "accessibility", title, String::new());
    every_locale(cx, &mut view, path, locale, |l| urls.accessibility(l));
    let code = |v: &dyn Code| v.code();
    let formats = crate::i18n::datetime::DateTimeFormat::new(&locale.lang).ok();
    let written = |iso: &str| {
        crate::content::service::Date::parse(iso)
            .and_then(|d| formats.as_ref()?.date(i32::from(d.year), d.month, d.day))
            .unwrap_or_else(|| iso.to_string())
    };
    view.accessibility = Some(AccessibilityView {
        prepared_text: written(&a.prepared),
        reviewed_text: a.reviewed.as_deref().map(written),
        status: code(&a.status),
        method: code(&a.method),
        prepared: a.prepared.clone(),
        reviewed: a.reviewed.clone(),
        feedback_email: a.feedback_email.clone(),
        feedback_url: a.feedback_url.clone(),
        authority_name: text(cx, &a.authority_name, locale),
        authority_url: a.authority_url.clone(),
        authority_email: a.authority_email.clone(),
        authority_phone: a.authority_phone.clone(),
        shortcomings: a.shortcomings.iter().map(|s| text(cx, s, locale)).collect(),
    });
    render(cx, locale, "accessibility.html", &view, Path::new("book.toml"))
}

/// The site root: the choice of language, every locale in its own words (no
/// redirect, so the choice is always seen; a small script puts the language the
/// reader chose last time first).
pub(crate) fn root(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let urls = cx.urls();
    let config = cx.config();
    let default = cx.locale();
    let view = RootView {
        site_title: config.title_in(&default.code).to_string(),
        lang: default.lang.clone(),
        default_href: urls.href("", &urls.locale_home(default)),
        languages: config
            .locales
            .iter()
            .map(|l| RootLanguage {
                lang: l.lang.clone(),
                name: l.name.clone(),
                href: urls.href("", &urls.locale_home(l)),
                prompt: cx.string(&l.code, "root-choose").unwrap_or_else(|| l.name.clone()),
                code: l.code.to_string(),
                title: config.title_in(&l.code).to_string(),
            })
            .collect(),
    };
    render(cx, default, "root.html", &view, Path::new("root.html"))
}
