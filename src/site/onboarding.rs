//! Onboarding for new employees: each locale's progress page, reflection journal
//! and onboarding plan (*perehdytyssuunnitelma*), and the onboarding parts of
//! module pages and the training index.
//!
//! What a reader does with these stays in their browser: the theme's
//! `onboarding.js` keeps progress, answers and plan check marks in local storage
//! under a key of the site and locale ([`store_key`]) and makes no network
//! request. The pages are rendered here, in full, so that without JavaScript they
//! still show the modules, the questions and the plan, and say that saving is
//! unavailable. A module's estimated time is the `onboarding.minutes` of its
//! front matter, else the minutes its facilitation plan gives — never a guess.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::config::{Config, Locale};
use crate::content::fields::ModuleFields;
use crate::content::{Fields, Item, Kind};
use crate::error::Diagnostic;
use crate::markdown::render_inline;

use super::chrome::{base_view, entry, every_locale, render, section_title};
use super::context::{Dep, PageCx, RecordingLinks};
use super::kinds::Shape;
use super::kinds::{PageKey, PageKind, PageSpec, Source, Subject};
use super::urls::Urls;
use super::views::*;

/// The three onboarding pages of a locale.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Page {
    Progress,
    Journal,
    Plan,
}

impl Page {
    fn kind(self) -> PageKind {
        match self {
            Page::Progress => PageKind::Progress,
            Page::Journal => PageKind::Journal,
            Page::Plan => PageKind::OnboardingPlan,
        }
    }

    /// The page's name in messages, its view kind and template stem.
    fn code(self) -> &'static str {
        match self {
            Page::Progress => "progress",
            Page::Journal => "journal",
            Page::Plan => "plan",
        }
    }

    /// The URL segment under the training section, by the locale's language.
    fn slug(self, lang: &str) -> &'static str {
        let language = lang.split('-').next().unwrap_or(lang);
        match (self, language) {
            (Page::Progress, "fi") => "edistyminen",
            (Page::Progress, "sv") => "framsteg",
            (Page::Progress, _) => "progress",
            (Page::Journal, "fi") => "oppimispaivakirja",
            (Page::Journal, "sv") => "reflektionsdagbok",
            (Page::Journal, _) => "journal",
            (Page::Plan, "fi") => "perehdytyssuunnitelma",
            (Page::Plan, "sv") => "introduktionsplan",
            (Page::Plan, _) => "onboarding-plan",
        }
    }

    /// Its path in `locale`: `fi/koulutus/edistyminen/`.
    fn path(self, urls: &Urls<'_>, locale: &Locale) -> String {
        format!("{}{}/", urls.section(Kind::Training, locale), self.slug(&locale.lang))
    }

    fn of(cx: &PageCx<'_>) -> Page {
        match cx.spec.key.kind {
            PageKind::Journal => Page::Journal,
            PageKind::OnboardingPlan => Page::Plan,
            _ => Page::Progress,
        }
    }
}

/// The local-storage key of a site's locale: two sites, or two locales of one
/// site, on one origin keep apart.
pub(crate) fn store_key(config: &Config, locale: &Locale) -> String {
    format!("luukku-onboarding:{}:{}", config.base_url, locale.code)
}

fn enumerate(site: &Shape<'_>, out: &mut Vec<PageSpec>, page: Page) {
    if site.library.of_kind(Kind::Training).next().is_none() {
        return;
    }
    let urls = site.urls();
    for l in &site.config.locales {
        out.push(PageSpec {
            key: PageKey { kind: page.kind(), locale: Some(l.code.clone()), subject: Subject::None },
            path: page.path(&urls, l),
            source: Source {
                path: PathBuf::from("book.toml"),
                line: 0,
                what: format!("the onboarding {} page of `{}`", page.code(), l.code),
            },
        });
    }
}

/// The progress pages: one per locale when the site has training modules.
pub(crate) fn progress_pages(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    enumerate(site, out, Page::Progress);
}

/// The reflection journals.
pub(crate) fn journal_pages(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    enumerate(site, out, Page::Journal);
}

/// The onboarding plans.
pub(crate) fn plan_pages(site: &Shape<'_>, out: &mut Vec<PageSpec>) {
    enumerate(site, out, Page::Plan);
}

/// Renders any of the three pages.
pub(crate) fn page(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let which = Page::of(cx);
    let locale = cx.locale();
    let urls = cx.urls();
    let path = cx.spec.path.as_str();
    let code = which.code();
    let title = cx.string(&locale.code, &format!("onboarding-{code}-title")).unwrap_or_default();
    let summary = cx.string(&locale.code, &format!("onboarding-{code}-summary")).unwrap_or_default();
    let mut view = base_view(cx, locale, path, &format!("onboarding-{code}"), title, summary);
    every_locale(cx, &mut view, path, locale, |l| which.path(&urls, l));
    view.breadcrumbs = vec![Link {
        title: section_title(cx, Kind::Training, locale),
        href: urls.href(path, &urls.section(Kind::Training, locale)),
    }];
    // A page of one reader's own progress has nothing for search engines.
    view.noindex = which != Page::Plan;
    let mut diags = Vec::new();
    view.onboarding = Some(listing(cx, locale, path, which, &mut diags));
    if !diags.is_empty() {
        return Err(diags);
    }
    let template = format!("onboarding-{code}.html");
    render(cx, locale, &template, &view, Path::new(&template))
}

/// The onboarding parts of a module page: storage, strings and the three pages' links.
pub(crate) fn context(cx: &PageCx<'_>, locale: &Locale, path: &str) -> OnboardingView {
    with_modules(cx, locale, path, Vec::new())
}

fn with_modules(cx: &PageCx<'_>, locale: &Locale, path: &str, modules: Vec<OnboardingModule>) -> OnboardingView {
    let urls = cx.urls();
    let known: Vec<EstimateView> = modules.iter().filter_map(|m| m.estimate).collect();
    let unknown = modules.len() - known.len();
    let partial = known.iter().any(|e| e.partial) || unknown > 0;
    OnboardingView {
        store: store_key(cx.config(), locale),
        data_json: script_data(cx, locale, &modules),
        progress_href: urls.href(path, &Page::Progress.path(&urls, locale)),
        journal_href: urls.href(path, &Page::Journal.path(&urls, locale)),
        plan_href: urls.href(path, &Page::Plan.path(&urls, locale)),
        total: (!known.is_empty()).then(|| estimate_of(known.iter().map(|e| e.minutes).sum(), partial)),
        unknown,
        modules,
    }
}

/// The training index's onboarding parts: every module with its time and state.
pub(crate) fn index(cx: &PageCx<'_>, locale: &Locale, path: &str) -> Result<OnboardingView, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let view = listing(cx, locale, path, Page::Progress, &mut diags);
    if diags.is_empty() {
        Ok(view)
    } else {
        Err(diags)
    }
}

/// The context with every module, in the detail `which` page shows.
fn listing(cx: &PageCx<'_>, locale: &Locale, path: &str, which: Page, diags: &mut Vec<Diagnostic>) -> OnboardingView {
    let links = cx.links(path, locale);
    let modules = cx.modules().into_iter().map(|m| module(cx, m, locale, path, which, &links, diags)).collect();
    with_modules(cx, locale, path, modules)
}

/// A module as `which` page shows it; the plan and the journal render its texts.
fn module(
    cx: &PageCx<'_>,
    item: &Item,
    locale: &Locale,
    path: &str,
    which: Page,
    links: &RecordingLinks<'_>,
    diags: &mut Vec<Diagnostic>,
) -> OnboardingModule {
    let e = entry(cx, item, locale, path);
    let best = cx.urls().best_locale(item, locale);
    cx.read(Dep::Translation(item.key.clone(), best.code.clone()));
    let tr = item.translations.get(&best.code);
    let fields = tr.and_then(|t| match &t.fields {
        Fields::Module(f) => Some(f.as_ref()),
        _ => None,
    });
    let mut out = OnboardingModule {
        key: item.key.clone(),
        number: item.order,
        title: e.title,
        summary: e.summary,
        href: e.href,
        lang: e.lang,
        estimate: fields.and_then(estimate),
        questions_html: Vec::new(),
        before: Vec::new(),
        after: Vec::new(),
    };
    let (Some(tr), Some(f)) = (tr, fields) else { return out };
    let mut inline = |field: &str, text: &str| {
        render_inline(text, links).unwrap_or_else(|m| {
            diags.push(Diagnostic::at(&tr.path, tr.text_location(field, text), m));
            String::new()
        })
    };
    if which != Page::Progress {
        out.questions_html = f.reflection.iter().map(|q| inline("reflection", q)).collect();
    }
    if which == Page::Plan {
        if let Some(o) = &f.onboarding {
            let mut items = |side: &str, texts: &[String]| -> Vec<PlanItemView> {
                texts
                    .iter()
                    .map(|t| PlanItemView { id: plan_item_id(&item.key, side, t), html: inline("onboarding", t) })
                    .collect()
            };
            out.before = items("before", &o.before);
            out.after = items("after", &o.after);
        }
    }
    out
}

/// A plan item's id: the same while its module, side and text stay the same, so
/// its check mark survives reordering and rebuilding.
fn plan_item_id(key: &str, side: &str, text: &str) -> String {
    let hash = Sha256::digest(format!("{key}\n{side}\n{}", text.trim()).as_bytes());
    let short: String = hash.iter().take(6).map(|b| format!("{b:02x}")).collect();
    format!("plan-{short}")
}

/// A module's estimated time: its own `onboarding.minutes`, else the sum of the
/// minutes its facilitation steps give (partial when a step gives none); none when
/// neither says anything.
pub(crate) fn estimate(f: &ModuleFields) -> Option<EstimateView> {
    if let Some(minutes) = f.onboarding.as_ref().and_then(|o| o.minutes) {
        return Some(estimate_of(minutes, false));
    }
    let steps = &f.facilitation.as_ref()?.steps;
    let known: Vec<u32> = steps.iter().filter_map(|s| s.minutes).collect();
    (!known.is_empty()).then(|| estimate_of(known.iter().sum(), known.len() < steps.len()))
}

fn estimate_of(minutes: u32, partial: bool) -> EstimateView {
    EstimateView { minutes, hours: minutes / 60, rest: minutes % 60, partial }
}

/// The strings `onboarding.js` shows, by the name it asks for; each is the
/// interface string `onboarding-js-<name>`.
const SCRIPT_STRINGS: &[&str] = &[
    "state-not-started",
    "state-opened",
    "state-reflection",
    "state-done",
    "summary-left",
    "summary-left-partial",
    "summary-unknown",
    "summary-finished",
    "time-hours-minutes",
    "time-hours",
    "time-minutes",
    "announce-done",
    "announce-undone",
    "announce-plan-done",
    "announce-plan-undone",
    "clear-confirm",
    "announce-cleared",
    "announce-exported",
    "export-title",
    "export-no-answer",
    "export-file",
];

/// The script's data as JSON, for the `data-luukku-onboarding` attribute of the
/// script's element.
fn script_data(cx: &PageCx<'_>, locale: &Locale, modules: &[OnboardingModule]) -> String {
    let strings: serde_json::Map<String, serde_json::Value> = SCRIPT_STRINGS
        .iter()
        .map(|name| {
            let text = cx.string(&locale.code, &format!("onboarding-js-{name}")).unwrap_or_default();
            ((*name).to_string(), serde_json::Value::String(text))
        })
        .collect();
    let modules: Vec<serde_json::Value> = modules
        .iter()
        .map(|m| {
            serde_json::json!({
                "key": m.key,
                "minutes": m.estimate.map(|e| e.minutes),
                "partial": m.estimate.is_none_or(|e| e.partial),
            })
        })
        .collect();
    let data = serde_json::json!({
        "store": store_key(cx.config(), locale),
        "site": cx.config().title_in(&locale.code),
        "strings": strings,
        "modules": modules,
    });
    data.to_string()
}
