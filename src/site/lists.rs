//! Pages that list items: section indexes (A–Ö, or in order for training) and
//! the front page's lists.

use std::path::Path;

use crate::config::Locale;
use crate::content::{Kind, Meta};
use crate::error::Diagnostic;

use super::chrome::{base_view, entry, every_locale, render, section_title, NAV};
use super::collate;
use super::context::PageCx;
use super::kinds::Subject;
use super::views::*;

/// The front page's lists, for the page at `path`; `featured` are item keys.
pub(crate) fn home_view(cx: &PageCx<'_>, locale: &Locale, path: &str, featured: &[String]) -> HomeView {
    let urls = cx.urls();
    let mut services: Vec<Entry> = cx.members(Kind::Service).into_iter().map(|i| entry(cx, i, locale, path)).collect();
    services.sort_by_cached_key(|e| collate::sort_key(&locale.lang, &e.title));
    let service_items = cx.members(Kind::Service);
    let mut groups: Vec<CodedEntries> = Vec::new();
    for code in crate::content::service::TargetGroup::LIFE_SITUATIONS {
        let mut entries: Vec<Entry> = service_items
            .iter()
            .filter(|i| matches!(&i.meta, Meta::Service(m) if m.target_groups.contains(&code)))
            .map(|i| entry(cx, i, locale, path))
            .collect();
        entries.sort_by_cached_key(|e| collate::sort_key(&locale.lang, &e.title));
        if !entries.is_empty() {
            groups.push(CodedEntries { code: code.code().to_string(), entries });
        }
    }
    HomeView {
        featured: featured
            .iter()
            .filter_map(|k| cx.item(k, super::context::Dep::Listing))
            .map(|i| entry(cx, i, locale, path))
            .collect(),
        groups,
        services,
        modules: cx.modules().into_iter().map(|m| entry(cx, m, locale, path)).collect(),
        sections: NAV
            .iter()
            .filter(|k| cx.exists(**k))
            .map(|k| NavLink {
                code: k.dir_name().to_string(),
                href: urls.href(path, &urls.section(*k, locale)),
                current: false,
            })
            .collect(),
    }
}

/// A locale's front page when the content has no `pages/home`.
pub(crate) fn default_home(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let locale = cx.locale();
    let urls = cx.urls();
    let path = cx.spec.path.as_str();
    let title = cx.config().title_in(&locale.code).to_string();
    let mut view = base_view(cx, locale, path, "home", title, String::new());
    every_locale(cx, &mut view, path, locale, |l| urls.locale_home(l));
    view.home = Some(home_view(cx, locale, path, &[]));
    render(cx, locale, "home.html", &view, Path::new("home.html"))
}

/// A section's index in a locale.
pub(crate) fn section(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let Subject::Section(kind) = cx.spec.key.subject else {
        return Err(vec![Diagnostic::file("book.toml", "a section page without a section")]);
    };
    let locale = cx.locale();
    let urls = cx.urls();
    let path = cx.spec.path.as_str();
    let mut view = base_view(cx, locale, path, "section", section_title(cx, kind, locale), String::new());
    every_locale(cx, &mut view, path, locale, |l| urls.section(kind, l));
    let groups = if kind == Kind::Training {
        let entries = cx.modules().into_iter().map(|m| entry(cx, m, locale, path)).collect();
        vec![EntryGroup { letter: None, id: None, entries }]
    } else {
        let mut entries: Vec<Entry> = cx.members(kind).into_iter().map(|i| entry(cx, i, locale, path)).collect();
        entries.sort_by_cached_key(|e| collate::sort_key(&locale.lang, &e.title));
        let mut groups: Vec<EntryGroup> = Vec::new();
        for e in entries {
            let letter = collate::letter(&locale.lang, &e.title);
            match groups.last_mut() {
                Some(g) if g.letter.as_deref() == Some(letter.as_str()) => g.entries.push(e),
                _ => {
                    let id = collate::letter_id(&letter);
                    groups.push(EntryGroup { letter: Some(letter), id: Some(id), entries: vec![e] });
                }
            }
        }
        groups
    };
    if kind == Kind::Training {
        view.onboarding = Some(super::onboarding::index(cx, locale, path)?);
    }
    view.section = Some(SectionView { code: kind.dir_name().to_string(), groups });
    render(cx, locale, "section.html", &view, Path::new("section.html"))
}
