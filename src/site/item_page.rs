//! The page of an item in a locale — a service card, a training module, a
//! glossary term, a persona, a plain page — or, where the item is not written in
//! that locale, the page that says so and links to the versions that exist.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::Locale;
use crate::content::fields::ModuleFields;
use crate::content::{Fields, Item, Kind, Meta, Translation, HOME_KEY};
use crate::error::Diagnostic;
use crate::markdown::{components::PersonaGrid, render_body, render_inline, LinkResolver};

use super::channels::{json_ld, service_view};
use super::chrome::{alternates, base_view, breadcrumbs, entry, languages, render, template_error};
use super::context::{Dep, PageCx};
use super::kinds::Subject;
use super::lists::home_view;
use super::views::*;

/// An item's page in a locale it is written in.
pub(crate) fn item(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let item = cx.subject()?;
    let locale = cx.locale();
    let Some(tr) = item.translations.get(&locale.code) else { return not_translated(cx) };
    let urls = cx.urls();
    let path = cx.spec.path.as_str();
    let links = cx.links(path, locale);
    let mut view = base_view(cx, locale, path, item.kind.code(), tr.common.title.clone(), tr.common.summary.clone());
    view.languages = languages(cx, path, locale, |l| (urls.item(item, l), item.translations.contains_key(&l.code)));
    view.breadcrumbs = breadcrumbs(cx, item, locale, path);
    view.example_data = item.example_data();
    view.alternates = alternates(
        cx,
        cx.config()
            .locales
            .iter()
            .filter(|l| item.translations.contains_key(&l.code))
            .map(|l| (l.lang.clone(), urls.item(item, l))),
    );
    view.toc = tr.headings.iter().filter(|h| (2..=3).contains(&h.level)).cloned().collect();
    view.related = item
        .related()
        .iter()
        .filter_map(|key| cx.item(key, Dep::Listing))
        .map(|other| entry(cx, other, locale, path))
        .collect();
    let mut diags = Vec::new();
    let body = render_body(&tr.body, tr.body_line, &tr.path, &tr.headings, &tr.components, &links, &mut |block| {
        component(cx, block, tr, locale, &links)
    });
    match body {
        Ok(b) => view.body_html = b.html,
        Err(mut d) => diags.append(&mut d),
    }
    let inline = |field: &str, text: &str, diags: &mut Vec<Diagnostic>| -> String {
        render_inline(text, &links).unwrap_or_else(|m| {
            diags.push(Diagnostic::at(&tr.path, tr.text_location(field, text), m));
            String::new()
        })
    };
    let mut template = format!("{}.html", item.kind.code());
    match (&tr.fields, &item.meta) {
        (Fields::Service(f), Meta::Service(m)) => {
            let config = cx.config();
            let mut service = service_view(cx, f, m, locale, &mut |field, text| inline(field, text, &mut diags));
            service.json_ld = json_ld(config, item, tr, m, locale, &urls.absolute(path));
            service.title = crate::i18n::hyphenate::soft_hyphens(&tr.common.title, &locale.lang);
            view.service = Some(service);
        }
        (Fields::Module(f), _) => {
            view.module =
                Some(module_view(cx, item, f, locale, path, &mut |field, text| inline(field, text, &mut diags)));
            view.onboarding = Some(super::onboarding::context(cx, locale, path));
        }
        (Fields::Page(p), _) => {
            template = format!("{}.html", p.layout.as_deref().unwrap_or("page"));
            if item.key == HOME_KEY {
                view.kind = "home".to_string();
                view.breadcrumbs.clear();
                view.home = Some(home_view(cx, locale, path, item.featured()));
                if p.layout.is_none() {
                    template = "home.html".to_string();
                }
            }
        }
        _ => {}
    }
    if item.kind == Kind::Persona {
        view.persona = Some(persona_view(cx, item, locale, path, &mut diags));
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    render(cx, locale, &template, &view, &tr.path)
}

/// The page of an item in a locale it is not written in.
pub(crate) fn not_translated(cx: &PageCx<'_>) -> Result<String, Vec<Diagnostic>> {
    let key = match &cx.spec.key.subject {
        Subject::Item(key) => key.as_str(),
        _ => "",
    };
    let item = cx.item(key, Dep::Listing).ok_or_else(|| vec![Diagnostic::file(key, "the page's item is gone")])?;
    let locale = cx.locale();
    let urls = cx.urls();
    let path = cx.spec.path.as_str();
    let best = urls.best_locale(item, locale);
    let title = item
        .translations
        .get(&best.code)
        .or_else(|| item.translations.values().next())
        .map_or_else(|| item.name.clone(), |t| t.common.title.clone());
    let mut view = base_view(cx, locale, path, "not-translated", title, String::new());
    view.noindex = true;
    view.canonical = None;
    view.breadcrumbs = breadcrumbs(cx, item, locale, path);
    let switcher = languages(cx, path, locale, |l| (urls.item(item, l), item.translations.contains_key(&l.code)));
    let available: Vec<LanguageLink> = switcher.iter().filter(|l| l.available).cloned().collect();
    let titles = available
        .iter()
        .map(|l| {
            let code = cx.config().locale_by_str(&l.code).map(|l| l.code.clone());
            code.and_then(|c| item.translations.get(&c)).map_or_else(|| item.name.clone(), |t| t.common.title.clone())
        })
        .collect();
    view.title_lang = (best.lang != locale.lang).then(|| best.lang.clone());
    view.missing = Some(MissingView { available, titles });
    view.languages = switcher;
    render(cx, locale, "not-translated.html", &view, Path::new(&item.key))
}

/// A component block of the body, rendered with its template.
fn component(
    cx: &PageCx<'_>,
    block: &crate::markdown::ComponentBlock,
    tr: &Translation,
    locale: &Locale,
    links: &dyn LinkResolver,
) -> Result<String, Diagnostic> {
    let mut data = block.data.clone();
    crate::markdown::render_component_text(&mut data, links)
        .map_err(|m| Diagnostic::new(&tr.path, block.line, 1, format!("in the `{}` block: {m}", block.name)))?;
    let mut items = BTreeMap::new();
    collect_codes(&block.data, &mut |key, value| {
        let full = match key {
            "persona" => format!("personas/{value}"),
            "see" => value.to_string(),
            _ => return,
        };
        if let Ok(href) = links.resolve(&format!("@/{full}")) {
            let title = cx.item(&full, Dep::Listing).map(|i| entry(cx, i, locale, "").title).unwrap_or_default();
            items.insert(value.to_string(), Link { title, href });
        }
    });
    let view = ComponentView { data: &data, items, locale: locale.code.as_str() };
    let template = format!("components/{}.html", block.name);
    cx.render(&locale.code, &template, &view).map_err(|m| {
        let mut d = template_error(&tr.path, &template, &m);
        d.line = block.line;
        d
    })
}

fn module_view(
    cx: &PageCx<'_>,
    item: &Item,
    f: &ModuleFields,
    locale: &Locale,
    path: &str,
    inline: &mut dyn FnMut(&str, &str) -> String,
) -> ModuleView {
    let modules = cx.modules();
    let pos = modules.iter().position(|m| m.key == item.key);
    let neighbour = |i: Option<usize>| {
        i.and_then(|i| modules.get(i)).map(|m| {
            let e = entry(cx, m, locale, path);
            Link { title: e.title, href: e.href }
        })
    };
    let facilitation = f.facilitation.as_ref().map(|plan| {
        let steps: Vec<StepView> = plan
            .steps
            .iter()
            .map(|s| StepView {
                title: s.title.clone(),
                minutes: s.minutes,
                grouping: s.grouping.clone(),
                materials: s.materials.clone(),
                instructions_html: inline("facilitation", &s.instructions),
            })
            .collect();
        let total_minutes = steps.iter().map(|s| s.minutes).sum::<Option<u32>>();
        FacilitationView { intro_html: plan.intro.as_ref().map(|t| inline("facilitation", t)), steps, total_minutes }
    });
    ModuleView {
        number: item.order,
        goals_html: f.goals.iter().map(|g| inline("goals", g)).collect(),
        facilitation,
        reflection_html: f.reflection.iter().map(|q| inline("reflection", q)).collect(),
        prev: neighbour(pos.and_then(|p| p.checked_sub(1))),
        next: neighbour(pos.map(|p| p + 1)),
        key: item.key.clone(),
        estimate: super::onboarding::estimate(f),
    }
}

/// A persona's expectations per channel, gathered from every module's persona grids.
fn persona_view(cx: &PageCx<'_>, item: &Item, locale: &Locale, path: &str, diags: &mut Vec<Diagnostic>) -> PersonaView {
    let urls = cx.urls();
    let links = cx.links(path, locale);
    let mut channels = Vec::new();
    for module in cx.modules() {
        cx.read(Dep::Grids(module.key.clone()));
        let best = urls.best_locale(module, locale);
        let Some(tr) = module.translations.get(&best.code) else {
            continue;
        };
        for block in tr.components.iter().filter(|b| b.name == "persona-grid") {
            let Ok(grid) = serde_json::from_value::<PersonaGrid>(block.data.clone()) else {
                continue;
            };
            for row in grid.rows.iter().filter(|r| r.persona == item.name) {
                let mut render = |items: &[String]| -> Vec<String> {
                    items
                        .iter()
                        .filter_map(|t| {
                            render_inline(t, &links)
                                .map_err(|m| diags.push(Diagnostic::new(&tr.path, block.line, 1, m)))
                                .ok()
                        })
                        .collect()
                };
                let channel = serde_json::to_value(grid.channel)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                channels.push(PersonaChannel {
                    channel,
                    expectations_html: render(&row.expectations),
                    ideal_html: render(&row.ideal),
                    source: Link { title: tr.common.title.clone(), href: urls.href(path, &urls.item(module, best)) },
                });
            }
        }
    }
    PersonaView { channels }
}

fn collect_codes(value: &serde_json::Value, f: &mut dyn FnMut(&str, &str)) {
    match value {
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_codes(v, f)),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match v {
                    serde_json::Value::String(s) => f(k, s),
                    other => collect_codes(other, f),
                }
            }
        }
        _ => {}
    }
}
