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

    /// The service centre: the service card that describes a service point of
    /// its own (its title in the default locale is the point's name) and has a
    /// phone line and a chat; failing that, the first card with all three.
    fn search_help(&self, locale: &Locale) -> Option<SearchHelpView> {
        use crate::content::{service::Channel, Meta};
        let text = |t: &crate::content::LocalizedText| t.resolve(&self.config, &locale.code).to_string();
        let default = &self.config.default_locale;
        let cards = self.library.of_kind(Kind::Service).filter_map(|item| {
            let Meta::Service(meta) = &item.meta else { return None };
            let (mut point, mut phone, mut chat) = (None, None, None);
            for c in &meta.channels {
                match c {
                    Channel::ServicePoint(p) => point = point.or(Some(p)),
                    Channel::Phone(p) => phone = phone.or(Some(p)),
                    Channel::Chat(o) => chat = chat.or(Some(o)),
                    _ => {}
                }
            }
            let name = point?.name.get(&self.config, default);
            let own = item.translations.get(default).is_some_and(|tr| Some(tr.common.title.as_str()) == name);
            Some((own, item, phone?, chat?))
        });
        let cards: Vec<_> = cards.collect();
        let (_, item, phone, chat) = cards.iter().find(|c| c.0).or_else(|| cards.first())?;
        let tr = item.translations.get(&locale.code).or_else(|| item.translations.values().next())?;
        let tel: String = phone.number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
        Some(SearchHelpView {
            title: tr.common.title.clone(),
            page: self.urls().href("", &self.urls().item(item, locale)),
            phone: (phone.name.as_ref().map(text).unwrap_or_default(), phone.number.clone(), format!("tel:{tel}")),
            chat: (chat.name.as_ref().map(text).unwrap_or_default(), chat.url.clone()),
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
