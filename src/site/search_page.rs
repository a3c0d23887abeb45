//! The search page of each locale, and the links every page's search box needs.
//!
//! The search itself happens in the browser (see [`crate::search`]); the page is
//! the place a query can be refined with more room: all results, filtered by kind.

use std::path::Path;

use crate::config::Locale;
use crate::content::Kind;
use crate::error::Diagnostic;
use crate::search;

use super::pages::Rendered;
use super::views::{SearchHelpView, SearchView};
use super::Site;

impl Site {
    /// The search box's links in `locale`, relative to the site root.
    pub(super) fn search_view(&self, locale: &Locale) -> SearchView {
        let urls = self.urls();
        let index = if self.library.of_kind(Kind::Service).next().is_some() {
            urls.section(Kind::Service, locale)
        } else {
            urls.locale_home(locale)
        };
        SearchView {
            entry: search::entry_path(locale),
            page: urls.href("", &search::page_path(locale)),
            index: urls.href("", &index),
            stemmer: search::stemmer_asset(locale).and_then(|name| self.asset_path(&name)).map(str::to_string),
            help: self.search_help(locale),
        }
    }

    /// The service centre: the first service card (in key order) with a service
    /// point, a phone line and a chat.
    fn search_help(&self, locale: &Locale) -> Option<SearchHelpView> {
        use crate::content::{service::Channel, Meta};
        let text = |t: &crate::content::LocalizedText| t.resolve(&self.config, &locale.code).to_string();
        self.library.of_kind(Kind::Service).find_map(|item| {
            let Meta::Service(meta) = &item.meta else { return None };
            let has_point = meta.channels.iter().any(|c| matches!(c, Channel::ServicePoint(_)));
            let phone = meta.channels.iter().find_map(|c| match c {
                Channel::Phone(p) => Some(p),
                _ => None,
            })?;
            let chat = meta.channels.iter().find_map(|c| match c {
                Channel::Chat(o) => Some(o),
                _ => None,
            })?;
            let tr = item.translations.get(&locale.code).or_else(|| item.translations.values().next())?;
            let tel: String = phone.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
            has_point.then(|| SearchHelpView {
                title: tr.common.title.clone(),
                page: self.urls().href("", &self.urls().item(item, locale)),
                phone: (phone.name.as_ref().map(text).unwrap_or_default(), phone.number.clone(), format!("tel:{tel}")),
                chat: (chat.name.as_ref().map(text).unwrap_or_default(), chat.url.clone()),
            })
        })
    }

    /// A locale's search page, rendered with `search.html`.
    pub(crate) fn search_page(&self, locale: &Locale) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let path = search::page_path(locale);
        let clashes: Vec<Diagnostic> = self
            .library
            .items
            .values()
            .filter(|item| urls.item(item, locale) == path)
            .filter_map(|item| item.translations.get(&locale.code).or_else(|| item.translations.values().next()))
            .map(|tr| {
                Diagnostic::file(
                    &tr.path,
                    format!("the page's address `{path}` is the search page's; expected another slug"),
                )
            })
            .collect();
        if !clashes.is_empty() {
            return Err(clashes);
        }
        let title = self.catalog.format(&locale.code, "search-title", None).unwrap_or_default();
        let mut view = self.base_view(locale, &path, "search", title, String::new());
        view.languages = self.languages(&path, locale, |l| (search::page_path(l), true));
        view.alternates = self.alternates(self.config.locales.iter().map(|l| (l.lang.clone(), search::page_path(l))));
        view.noindex = true;
        let html = self.templates.render(&locale.code, "search.html", &view).map_err(|m| {
            vec![Diagnostic::file(
                Path::new("search.html"),
                format!("rendering with template `search.html` failed: {m}"),
            )]
        })?;
        Ok((path, html))
    }
}
