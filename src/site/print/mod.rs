//! Print views for facilitators: a module's handout (timed agenda, groupings,
//! materials, reflection questions with room to write), its participant
//! worksheets, and the whole training package as one document.
//!
//! Each is a page kind of its own in [`super::kinds::TABLE`]; the enumerate
//! functions here say which pages exist, the render functions build a
//! [`PrintView`] through the page's [`PageCx`] (so the live preview knows what
//! each read) and render it with a template under `print/`. How the pages fit
//! on A4 is the business of the theme's `print.css`; `luukku pdf` prints them.

mod agenda;
mod sheets;

use std::path::PathBuf;

use crate::config::{Config, Locale};
use crate::content::{Item, Kind};
use crate::error::Diagnostic;

use super::chrome::{base_view, breadcrumbs, entry, every_locale, languages, render, section_title};
use super::context::{Dep, PageCx};
use super::kinds::Shape;
use super::kinds::{PageKey, PageKind, PageSpec, Source, Subject};
use super::views::{Link, PrintPage, PrintView};
use super::Site;

/// The last path segment of a module's handout, below the module's page.
pub const HANDOUT_SEGMENT: &str = "print";
/// The last path segment of a module's worksheets, below the module's page.
pub const WORKSHEETS_SEGMENT: &str = "worksheets";

/// The date printed in every page's running footer: the newest date in book.toml's
/// accessibility statement (`reviewed`, else `prepared`). It comes from the site's
/// own files, never the clock, so two builds of one site are byte for byte equal.
/// Written as the page's language writes dates (`24.11.2026`).
pub(crate) fn build_date(config: &Config, lang: &str) -> Option<String> {
    let a = config.accessibility.as_ref()?;
    let iso = a.reviewed.iter().chain([&a.prepared]).max().cloned().unwrap_or_default();
    let formats = crate::i18n::datetime::DateTimeFormat::new(lang).ok();
    let written = crate::content::service::Date::parse(&iso)
        .and_then(|d| formats.as_ref()?.date(i32::from(d.year), d.month, d.day));
    Some(written.unwrap_or(iso))
}

/// Links from the page at `path` to its print views: a module's handout and
/// worksheets, and from the training index the whole package.
pub(crate) fn links(cx: &PageCx<'_>, locale: &Locale, path: &str, kind: &str) -> Vec<Link> {
    let urls = cx.urls();
    let label = |key: &str| cx.string(&locale.code, key).unwrap_or_default();
    if kind == Kind::Training.code() {
        return vec![
            link_to(cx, path, &format!("{path}{HANDOUT_SEGMENT}/"), label("print-link-handout")),
            link_to(cx, path, &format!("{path}{WORKSHEETS_SEGMENT}/"), label("print-link-worksheets")),
        ];
    }
    if kind == "section" && path == urls.section(Kind::Training, locale) {
        return vec![link_to(cx, path, &format!("{path}{HANDOUT_SEGMENT}/"), label("print-link-book"))];
    }
    Vec::new()
}

/// The path of a module's handout in `locale`.
pub fn handout_path(site: &Shape<'_>, item: &Item, locale: &Locale) -> String {
    format!("{}{HANDOUT_SEGMENT}/", site.urls().item(item, locale))
}

/// The path of a module's worksheets in `locale`.
pub fn worksheets_path(site: &Shape<'_>, item: &Item, locale: &Locale) -> String {
    format!("{}{WORKSHEETS_SEGMENT}/", site.urls().item(item, locale))
}

/// The path of the whole package in `locale`.
pub fn book_path(site: &Shape<'_>, locale: &Locale) -> String {
    format!("{}{HANDOUT_SEGMENT}/", site.urls().section(Kind::Training, locale))
}

fn spec(kind: PageKind, locale: &Locale, subject: Subject, path: String, source: Source) -> PageSpec {
    PageSpec { key: PageKey { kind, locale: Some(locale.code.clone()), subject }, path, source }
}

/// Every module written in a locale, with the file that claims its print pages.
fn written_modules<'a>(site: &'a Shape<'a>, locale: &'a Locale) -> impl Iterator<Item = (&'a Item, PathBuf)> + 'a {
    site.library
        .of_kind(Kind::Training)
        .filter_map(move |item| item.translations.get(&locale.code).map(|tr| (item, tr.path.clone())))
}

/// A handout for each module in each locale it is written in.
pub(crate) fn handouts(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        for (item, path) in written_modules(site, l) {
            let source = Source { path, line: 0, what: format!("the `{}` handout of `{}`", l.code, item.key) };
            out.push(spec(PageKind::Handout, l, Subject::Item(item.key.clone()), handout_path(site, item, l), source));
        }
    }
}

/// Worksheets for each module in each locale it is written in.
pub(crate) fn worksheet_pages(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    for l in &site.config.locales {
        for (item, path) in written_modules(site, l) {
            let source = Source { path, line: 0, what: format!("the `{}` worksheets of `{}`", l.code, item.key) };
            let path = worksheets_path(site, item, l);
            out.push(spec(PageKind::Worksheets, l, Subject::Item(item.key.clone()), path, source));
        }
    }
}

/// The whole package in each locale, when the site has training modules.
pub(crate) fn books(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    if site.library.of_kind(Kind::Training).next().is_none() {
        return;
    }
    for l in &site.config.locales {
        let source = Source {
            path: PathBuf::from("book.toml"),
            line: 0,
            what: format!("the printable training package of `{}`", l.code),
        };
        out.push(spec(PageKind::PrintBook, l, Subject::None, book_path(site, l), source));
    }
}

fn link_to(cx: &PageCx<'_>, from: &str, to: &str, title: String) -> Link {
    Link { title, href: cx.urls().href(from, to) }
}

/// One of a module's two print views, as the other one links to it.
struct ModuleView {
    /// The page kind's code (`handout`, `worksheets`).
    kind: &'static str,
    /// The interface string of its title.
    title_key: &'static str,
    /// Its path segment below the module's page.
    segment: &'static str,
    /// Its template.
    template: &'static str,
    /// Whether it prints the module's summary and its worksheets.
    summary: bool,
    sheets: bool,
}

const HANDOUT: ModuleView = ModuleView {
    kind: "handout",
    title_key: "print-handout-title",
    segment: HANDOUT_SEGMENT,
    template: "print/handout.html",
    summary: true,
    sheets: false,
};

const WORKSHEETS: ModuleView = ModuleView {
    kind: "worksheets",
    title_key: "print-worksheets-title",
    segment: WORKSHEETS_SEGMENT,
    template: "print/worksheets.html",
    summary: false,
    sheets: true,
};

/// A module's facilitator handout.
pub(crate) fn handout(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    module_view(cx, &HANDOUT, &WORKSHEETS)
}

/// A module's participant worksheets.
pub(crate) fn worksheets(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    module_view(cx, &WORKSHEETS, &HANDOUT)
}

/// The print view `own` of the page's module, linking back to the module and to `other`.
fn module_view(cx: &PageCx<'_>, own: &ModuleView, other: &ModuleView) -> Result<String, Vec<Diagnostic>> {
    let item = cx.subject()?;
    let locale = cx.locale();
    let path = cx.spec.path.as_str();
    let urls = cx.urls();
    let mut diags = Vec::new();
    let printed = agenda::module(cx, item, locale, path, &mut diags);
    let title = cx.string(&locale.code, own.title_key).unwrap_or_default();
    let summary = if own.summary { printed.summary.clone() } else { String::new() };
    let mut view = base_view(cx, locale, path, own.kind, format!("{title}: {}", printed.title), summary);
    view.noindex = true;
    // Print views exist only where the module is written; elsewhere the switcher
    // leads to the module's page in that locale (its not-translated page).
    view.languages = languages(cx, path, locale, |l| {
        if item.translations.contains_key(&l.code) {
            (format!("{}{}/", urls.item(item, l), own.segment), true)
        } else {
            (urls.item(item, l), false)
        }
    });
    view.breadcrumbs = breadcrumbs(cx, item, locale, path);
    let module_page = urls.item(item, locale);
    view.breadcrumbs.push(link_to(cx, path, &module_page, printed.title.clone()));
    let other_title = cx.string(&locale.code, other.title_key).unwrap_or_default();
    let worksheets = if own.sheets { sheets::worksheets(cx, item, locale, &printed, &mut diags) } else { Vec::new() };
    let print = PrintView {
        worksheets,
        back: Some(link_to(cx, path, &module_page, printed.title.clone())),
        sibling: Some(link_to(cx, path, &format!("{module_page}{}/", other.segment), other_title)),
        modules: vec![printed],
        ..PrintView::default()
    };
    if !diags.is_empty() {
        return Err(diags);
    }
    render(cx, locale, own.template, &PrintPage { page: view, print }, &source(item, locale))
}

/// The whole training package of a locale as one document.
pub(crate) fn book(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let locale = cx.locale();
    let path = cx.spec.path.as_str();
    let urls = cx.urls();
    let title = cx.string(&locale.code, "print-book-title").unwrap_or_default();
    let mut view = base_view(cx, locale, path, "print-book", title, String::new());
    view.noindex = true;
    every_locale(cx, &mut view, path, locale, |l| format!("{}{HANDOUT_SEGMENT}/", urls.section(Kind::Training, l)));
    let section = urls.section(Kind::Training, locale);
    view.breadcrumbs = vec![link_to(cx, path, &section, section_title(cx, Kind::Training, locale))];
    let mut diags = Vec::new();
    let modules = cx
        .modules()
        .into_iter()
        .map(|item| {
            let best = urls.best_locale(item, locale);
            cx.read(Dep::Translation(item.key.clone(), best.code.clone()));
            agenda::module(cx, item, best, path, &mut diags)
        })
        .collect();
    let listed = |kind: Kind| cx.members(kind).into_iter().map(|i| entry(cx, i, locale, path)).collect();
    let print = PrintView {
        modules,
        personas: listed(Kind::Persona),
        glossary: listed(Kind::Glossary),
        back: Some(link_to(cx, path, &section, section_title(cx, Kind::Training, locale))),
        ..PrintView::default()
    };
    if !diags.is_empty() {
        return Err(diags);
    }
    render(cx, locale, "print/book.html", &PrintPage { page: view, print }, &PathBuf::from("book.toml"))
}

fn source(item: &Item, locale: &Locale) -> PathBuf {
    item.translations.get(&locale.code).map_or_else(|| PathBuf::from(&item.key), |t| t.path.clone())
}

/// The item of the facilitator's guide.
pub const GUIDE_KEY: &str = "pages/facilitators-guide";
/// The item of the pocket guide.
pub const POCKET_GUIDE_KEY: &str = "pages/pocket-guide";
/// The item of the values poster.
pub const POSTER_KEY: &str = "pages/values-poster";

/// A print view `luukku pdf` can print.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A module's handout, by folder name (`04-solution-focus`).
    Handout(String),
    /// A module's worksheets, by folder name.
    Worksheets(String),
    /// The whole package.
    Book,
    /// An item's own page (the guide, the pocket guide, the poster), by key.
    Page(String),
}

/// Renders only the page of `target` in the locale `code`, with the theme's assets
/// beside it (all a printed page needs): its file in the output and the output.
pub fn render_target(site: &Site, code: &str, target: &Target) -> crate::Result<(PathBuf, super::Output)> {
    let spec = target_spec(site, code, target)?;
    let (html, _) = site.render_page(&spec, false);
    let html = html.map_err(crate::Error::Content)?;
    let mut output = super::Output::default();
    output.files.insert(spec.file(), html.into_bytes());
    for (path, bytes) in site.assets.outputs() {
        output.files.insert(path, bytes.to_vec());
    }
    Ok((spec.file(), output))
}

/// The page of `target` in the locale `code`.
fn target_spec(site: &Site, code: &str, target: &Target) -> crate::Result<PageSpec> {
    let locale = site.config.locales.iter().find(|l| l.code.as_str() == code).ok_or_else(|| {
        let known: Vec<&str> = site.config.locales.iter().map(|l| l.code.as_str()).collect();
        crate::Error::Message(format!("no locale `{code}` in book.toml; expected one of: {}", known.join(", ")))
    })?;
    let module_key = |id: &str| -> crate::Result<String> {
        let key = format!("{}/{id}", Kind::Training.dir_name());
        if site.library.contains(&key) {
            return Ok(key);
        }
        let known: Vec<&str> = site.library.of_kind(Kind::Training).map(|i| i.name.as_str()).collect();
        Err(crate::Error::Message(format!("no training module `{id}`; expected one of: {}", known.join(", "))))
    };
    let (kinds, subject): (&[PageKind], Subject) = match target {
        Target::Handout(id) => (&[PageKind::Handout], Subject::Item(module_key(id)?)),
        Target::Worksheets(id) => (&[PageKind::Worksheets], Subject::Item(module_key(id)?)),
        Target::Book => (&[PageKind::PrintBook], Subject::None),
        Target::Page(key) => (&[PageKind::Item, PageKind::NotTranslated], Subject::Item(key.clone())),
    };
    super::kinds::pages(&site.shape())
        .into_iter()
        .find(|p| {
            kinds.contains(&p.key.kind) && p.key.locale.as_ref() == Some(&locale.code) && p.key.subject == subject
        })
        .ok_or_else(|| {
            let what = match target {
                Target::Page(key) => format!("no page `{key}` in content/"),
                _ => format!("the site has no such print view in `{code}` (is the module written in it?)"),
            };
            crate::Error::Message(what)
        })
}
