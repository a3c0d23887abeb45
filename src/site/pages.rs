//! Builds each page's view and renders it through the theme.
//!
//! Every function here is pure: it reads the loaded [`Site`] and returns HTML or
//! diagnostics. Nothing touches the disk, so pages render in parallel and the same
//! input always gives the same bytes.

use std::collections::BTreeMap;
use std::path::Path;

use crate::config::Locale;
use crate::content::{field_line, Fields, Item, Kind, LocalizedText, Meta, Translation, HOME_KEY};
use crate::error::Diagnostic;
use crate::markdown::{components::PersonaGrid, render_body, render_inline, LinkResolver};

use super::channels::service_view;
use super::collate;
use super::urls::PageLinks;
use super::views::*;
use super::Site;

/// A rendered page: its output path and HTML.
pub(crate) type Rendered = (String, String);

/// Sections listed in the main navigation, in order.
const NAV: [Kind; 4] = [Kind::Service, Kind::Training, Kind::Glossary, Kind::Persona];

impl Site {
    pub(super) fn base_view(
        &self,
        locale: &Locale,
        path: &str,
        kind: &str,
        title: String,
        summary: String,
    ) -> PageView {
        let urls = self.urls();
        let nav = NAV
            .iter()
            .filter(|k| self.library.of_kind(**k).next().is_some())
            .map(|k| {
                let section = urls.section(*k, locale);
                NavLink {
                    code: k.dir_name().to_string(),
                    current: path.starts_with(&section),
                    href: urls.href(path, &section),
                }
            })
            .collect();
        let feedback_href = self.library.items.get("services/feedback").map(|item| {
            let best = urls.best_locale(item, locale);
            urls.href(path, &urls.item(item, best))
        });
        let accessibility_href =
            self.config.accessibility.as_ref().map(|_| urls.href(path, &urls.accessibility(locale)));
        let about_href = self
            .library
            .items
            .get("pages/about")
            .map(|item| urls.href(path, &urls.item(item, urls.best_locale(item, locale))));
        PageView {
            accessibility_href,
            about_href,
            lang: locale.lang.clone(),
            locale: locale.code.to_string(),
            site_title: self.config.title_in(&locale.code).to_string(),
            root: urls.root(path),
            canonical: Some(urls.absolute(path)),
            kind: kind.to_string(),
            title,
            summary,
            nav,
            home_href: urls.href(path, &urls.locale_home(locale)),
            feedback_href,
            search: Some(self.search_view(locale)),
            ..PageView::default()
        }
    }

    /// The language switcher for an item (or any page given its path per locale).
    pub(super) fn languages(
        &self,
        path: &str,
        current: &Locale,
        target: impl Fn(&Locale) -> (String, bool),
    ) -> Vec<LanguageLink> {
        let urls = self.urls();
        self.config
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

    pub(super) fn alternates(&self, paths: impl Iterator<Item = (String, String)>) -> Vec<Alternate> {
        let urls = self.urls();
        let mut seen: Vec<String> = Vec::new();
        let mut out = Vec::new();
        for (lang, path) in paths {
            // Plain-language forms share their language's tag; only the first locale
            // of each language is announced, so no two alternates claim one hreflang.
            if seen.contains(&lang) {
                continue;
            }
            seen.push(lang.clone());
            out.push(Alternate { hreflang: lang, href: urls.absolute(&path) });
        }
        out
    }

    fn entry(&self, item: &Item, locale: &Locale, from: &str) -> Entry {
        let urls = self.urls();
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

    /// Modules in their order.
    pub(crate) fn modules(&self) -> Vec<&Item> {
        let mut modules: Vec<&Item> = self.library.of_kind(Kind::Training).collect();
        modules.sort_by(|a, b| a.order.cmp(&b.order).then_with(|| a.key.cmp(&b.key)));
        modules
    }

    /// The page of an item in a locale: its own, or the not-translated page.
    pub(crate) fn item_page(&self, item: &Item, locale: &Locale) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let path = urls.item(item, locale);
        let languages =
            self.languages(&path, locale, |l| (urls.item(item, l), item.translations.contains_key(&l.code)));
        let breadcrumbs = self.breadcrumbs(item, locale, &path);
        let Some(tr) = item.translations.get(&locale.code) else {
            return self.missing_page(item, locale, path, languages, breadcrumbs);
        };
        let links = urls.resolver(&path, locale);
        let mut view =
            self.base_view(locale, &path, item.kind.code(), tr.common.title.clone(), tr.common.summary.clone());
        view.languages = languages;
        view.breadcrumbs = breadcrumbs;
        view.example_data = item.example_data();
        view.alternates = self.alternates(
            self.config
                .locales
                .iter()
                .filter(|l| item.translations.contains_key(&l.code))
                .map(|l| (l.lang.clone(), urls.item(item, l))),
        );
        view.toc = tr.headings.iter().filter(|h| (2..=3).contains(&h.level)).cloned().collect();
        let mut diags = Vec::new();
        view.related = self.related(item, locale, &path);
        let body = render_body(&tr.body, tr.body_line, &tr.path, &tr.headings, &tr.components, &links, &mut |block| {
            self.render_component(block, tr, locale, &links)
        });
        match body {
            Ok(b) => view.body_html = b.html,
            Err(mut d) => diags.append(&mut d),
        }
        let inline = |field: &str, text: &str, diags: &mut Vec<Diagnostic>| -> String {
            render_inline(text, &links).unwrap_or_else(|m| {
                diags.push(Diagnostic::new(&tr.path, field_line(&tr.front_matter, field, tr.front_matter_line), 1, m));
                String::new()
            })
        };
        let mut template = format!("{}.html", item.kind.code());
        match (&tr.fields, &item.meta) {
            (Fields::Service(f), Meta::Service(m)) => {
                let mut service = service_view(self, f, m, locale, &mut |field, text| inline(field, text, &mut diags));
                service.json_ld = super::channels::json_ld(self, item, tr, m, locale, &urls.absolute(&path));
                service.title = crate::i18n::hyphenate::soft_hyphens(&tr.common.title, &locale.lang);
                view.service = Some(service);
            }
            (Fields::Module(f), _) => {
                view.module =
                    Some(self.module_view(item, f, locale, &path, &mut |field, text| inline(field, text, &mut diags)));
            }
            (Fields::Page(p), _) => {
                template = format!("{}.html", p.layout.as_deref().unwrap_or("page"));
                if item.key == HOME_KEY {
                    view.kind = "home".to_string();
                    view.breadcrumbs.clear();
                    view.home = Some(self.home_view(locale, &path, item.featured()));
                    if p.layout.is_none() {
                        template = "home.html".to_string();
                    }
                }
            }
            _ => {}
        }
        if item.kind == Kind::Persona {
            view.persona = Some(self.persona_view(item, locale, &path, &mut diags));
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        let html = self
            .templates
            .render(&locale.code, &template, &view)
            .map_err(|m| vec![template_error(&tr.path, &template, &m)])?;
        Ok((path, html))
    }

    fn missing_page(
        &self,
        item: &Item,
        locale: &Locale,
        path: String,
        languages: Vec<LanguageLink>,
        breadcrumbs: Vec<Link>,
    ) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let best = urls.best_locale(item, locale);
        let title = item
            .translations
            .get(&best.code)
            .or_else(|| item.translations.values().next())
            .map_or_else(|| item.name.clone(), |t| t.common.title.clone());
        let mut view = self.base_view(locale, &path, "not-translated", title, String::new());
        view.noindex = true;
        view.canonical = None;
        view.breadcrumbs = breadcrumbs;
        view.missing = Some(MissingView { available: languages.iter().filter(|l| l.available).cloned().collect() });
        view.languages = languages;
        let html = self
            .templates
            .render(&locale.code, "not-translated.html", &view)
            .map_err(|m| vec![template_error(Path::new(&item.key), "not-translated.html", &m)])?;
        Ok((path, html))
    }

    fn breadcrumbs(&self, item: &Item, locale: &Locale, path: &str) -> Vec<Link> {
        let urls = self.urls();
        let mut crumbs = Vec::new();
        if item.kind.has_section() {
            let section = urls.section(item.kind, locale);
            let title = self
                .catalog
                .format(&locale.code, &format!("section-{}", item.kind.dir_name()), None)
                .unwrap_or_else(|| item.kind.dir_name().to_string());
            crumbs.push(Link { title, href: urls.href(path, &section) });
        }
        crumbs
    }

    /// Related items; a missing key was already reported by validation.
    fn related(&self, item: &Item, locale: &Locale, path: &str) -> Vec<Entry> {
        item.related()
            .iter()
            .filter_map(|key| self.library.items.get(key))
            .map(|other| self.entry(other, locale, path))
            .collect()
    }

    fn render_component(
        &self,
        block: &crate::markdown::ComponentBlock,
        tr: &Translation,
        locale: &Locale,
        links: &PageLinks<'_>,
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
                let title = self.library.items.get(&full).map(|i| self.entry(i, locale, "").title).unwrap_or_default();
                items.insert(value.to_string(), Link { title, href });
            }
        });
        let view = ComponentView { data: &data, items, locale: locale.code.as_str() };
        let template = format!("components/{}.html", block.name);
        self.templates.render(&locale.code, &template, &view).map_err(|m| {
            let mut d = template_error(&tr.path, &template, &m);
            d.line = block.line;
            d
        })
    }

    fn module_view(
        &self,
        item: &Item,
        f: &crate::content::fields::ModuleFields,
        locale: &Locale,
        path: &str,
        inline: &mut dyn FnMut(&str, &str) -> String,
    ) -> ModuleView {
        let modules = self.modules();
        let pos = modules.iter().position(|m| m.key == item.key);
        let neighbour = |i: Option<usize>| {
            i.and_then(|i| modules.get(i)).map(|m| {
                let e = self.entry(m, locale, path);
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
            FacilitationView {
                intro_html: plan.intro.as_ref().map(|t| inline("facilitation", t)),
                steps,
                total_minutes,
            }
        });
        ModuleView {
            number: item.order,
            goals_html: f.goals.iter().map(|g| inline("goals", g)).collect(),
            facilitation,
            reflection_html: f.reflection.iter().map(|q| inline("reflection", q)).collect(),
            prev: neighbour(pos.and_then(|p| p.checked_sub(1))),
            next: neighbour(pos.map(|p| p + 1)),
        }
    }

    fn persona_view(&self, item: &Item, locale: &Locale, path: &str, diags: &mut Vec<Diagnostic>) -> PersonaView {
        let urls = self.urls();
        let links = urls.resolver(path, locale);
        let mut channels = Vec::new();
        for module in self.modules() {
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
                        source: Link {
                            title: tr.common.title.clone(),
                            href: urls.href(path, &urls.item(module, best)),
                        },
                    });
                }
            }
        }
        PersonaView { channels }
    }

    fn home_view(&self, locale: &Locale, path: &str, featured: &[String]) -> HomeView {
        let urls = self.urls();
        let mut services: Vec<&Item> = self.library.of_kind(Kind::Service).collect();
        services.sort_by_cached_key(|i| collate::sort_key(&locale.lang, &self.entry(i, locale, path).title));
        let mut groups: Vec<CodedEntries> = Vec::new();
        for code in crate::content::service::TargetGroup::LIFE_SITUATIONS {
            let entries: Vec<Entry> = services
                .iter()
                .filter(|i| matches!(&i.meta, Meta::Service(m) if m.target_groups.contains(&code)))
                .map(|i| self.entry(i, locale, path))
                .collect();
            if !entries.is_empty() {
                groups.push(CodedEntries { code: code.code().to_string(), entries });
            }
        }
        HomeView {
            featured: featured
                .iter()
                .filter_map(|k| self.library.items.get(k))
                .map(|i| self.entry(i, locale, path))
                .collect(),
            groups,
            services: services.iter().map(|i| self.entry(i, locale, path)).collect(),
            modules: self.modules().into_iter().map(|m| self.entry(m, locale, path)).collect(),
            sections: NAV
                .iter()
                .filter(|k| self.library.of_kind(**k).next().is_some())
                .map(|k| NavLink {
                    code: k.dir_name().to_string(),
                    href: urls.href(path, &urls.section(*k, locale)),
                    current: false,
                })
                .collect(),
        }
    }

    /// The accessibility statement of a locale, from `[accessibility]` in book.toml.
    pub(crate) fn accessibility_page(&self, locale: &Locale) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let path = urls.accessibility(locale);
        let Some(a) = &self.config.accessibility else { return Ok((path, String::new())) };
        let title = self.catalog.format(&locale.code, "a11y-title", None).unwrap_or_default();
        let mut view = self.base_view(locale, &path, "accessibility", title, String::new());
        view.languages = self.languages(&path, locale, |l| (urls.accessibility(l), true));
        view.alternates = self.alternates(self.config.locales.iter().map(|l| (l.lang.clone(), urls.accessibility(l))));
        let code = |v: &dyn super::channels::Code| v.code();
        view.accessibility = Some(AccessibilityView {
            status: code(&a.status),
            method: code(&a.method),
            prepared: a.prepared.clone(),
            reviewed: a.reviewed.clone(),
            feedback_email: a.feedback_email.clone(),
            feedback_url: a.feedback_url.clone(),
            authority_name: text(self, &a.authority_name, locale),
            authority_url: a.authority_url.clone(),
            authority_email: a.authority_email.clone(),
            authority_phone: a.authority_phone.clone(),
            shortcomings: a.shortcomings.iter().map(|s| text(self, s, locale)).collect(),
        });
        let html = self
            .templates
            .render(&locale.code, "accessibility.html", &view)
            .map_err(|m| vec![template_error(Path::new("book.toml"), "accessibility.html", &m)])?;
        Ok((path, html))
    }

    /// A locale's front page when the content has no `pages/home`.
    pub(crate) fn default_home(&self, locale: &Locale) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let path = urls.locale_home(locale);
        let mut view =
            self.base_view(locale, &path, "home", self.config.title_in(&locale.code).to_string(), String::new());
        view.languages = self.languages(&path, locale, |l| (urls.locale_home(l), true));
        view.alternates = self.alternates(self.config.locales.iter().map(|l| (l.lang.clone(), urls.locale_home(l))));
        view.home = Some(self.home_view(locale, &path, &[]));
        let html = self
            .templates
            .render(&locale.code, "home.html", &view)
            .map_err(|m| vec![template_error(Path::new("home.html"), "home.html", &m)])?;
        Ok((path, html))
    }

    /// A section's index in a locale.
    pub(crate) fn section_page(&self, kind: Kind, locale: &Locale) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let path = urls.section(kind, locale);
        let title = self
            .catalog
            .format(&locale.code, &format!("section-{}", kind.dir_name()), None)
            .unwrap_or_else(|| kind.dir_name().to_string());
        let mut view = self.base_view(locale, &path, "section", title, String::new());
        view.languages = self.languages(&path, locale, |l| (urls.section(kind, l), true));
        view.alternates = self.alternates(self.config.locales.iter().map(|l| (l.lang.clone(), urls.section(kind, l))));
        let groups = if kind == Kind::Training {
            vec![EntryGroup {
                letter: None,
                id: None,
                entries: self.modules().into_iter().map(|m| self.entry(m, locale, &path)).collect(),
            }]
        } else {
            let mut entries: Vec<Entry> = self.library.of_kind(kind).map(|i| self.entry(i, locale, &path)).collect();
            entries.sort_by_key(|e| collate::sort_key(&locale.lang, &e.title));
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
        view.section = Some(SectionView { code: kind.dir_name().to_string(), groups });
        let html = self
            .templates
            .render(&locale.code, "section.html", &view)
            .map_err(|m| vec![template_error(Path::new("section.html"), "section.html", &m)])?;
        Ok((path, html))
    }

    /// A locale's "page not found" page, written as `<prefix>/404.html`.
    pub(crate) fn not_found_page(&self, locale: &Locale) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let page_path = format!("{}/404.html", locale.prefix);
        let title = self.catalog.format(&locale.code, "not-found-title", None).unwrap_or_default();
        let mut view = self.base_view(locale, &urls.locale_home(locale), "not-found", title, String::new());
        // A 404 page is served at any depth: absolute paths from the base path.
        let base = urls.base_path();
        view.root = base.clone();
        view.home_href = format!("{base}{}", urls.locale_home(locale));
        for n in &mut view.nav {
            n.href = format!("{base}{}", urls.section(Kind::from_dir_name(&n.code).unwrap_or(Kind::Service), locale));
        }
        view.feedback_href = self
            .library
            .items
            .get("services/feedback")
            .map(|i| format!("{base}{}", urls.item(i, urls.best_locale(i, locale))));
        view.languages = self.languages("", locale, |l| (format!("{}404.html", urls.locale_home(l)), true));
        for l in &mut view.languages {
            l.href = format!("{base}{}", l.href);
        }
        view.noindex = true;
        view.canonical = None;
        let html = self
            .templates
            .render(&locale.code, "404.html", &view)
            .map_err(|m| vec![template_error(Path::new("404.html"), "404.html", &m)])?;
        Ok((page_path, html))
    }

    /// The site root: sends readers to the default locale, and lists every locale.
    pub(crate) fn root_page(&self) -> Result<Rendered, Vec<Diagnostic>> {
        let urls = self.urls();
        let default = self.config.locale(&self.config.default_locale).unwrap_or(&self.config.locales[0]);
        let view = RootView {
            site_title: self.config.title_in(&default.code).to_string(),
            lang: default.lang.clone(),
            default_href: urls.href("", &urls.locale_home(default)),
            languages: self
                .config
                .locales
                .iter()
                .map(|l| RootLanguage {
                    lang: l.lang.clone(),
                    name: l.name.clone(),
                    href: urls.href("", &urls.locale_home(l)),
                    prompt: self.catalog.format(&l.code, "root-choose", None).unwrap_or_else(|| l.name.clone()),
                })
                .collect(),
        };
        let html = self
            .templates
            .render(&default.code, "root.html", &view)
            .map_err(|m| vec![template_error(Path::new("root.html"), "root.html", &m)])?;
        Ok((String::new(), html))
    }
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

fn template_error(path: &Path, template: &str, message: &str) -> Diagnostic {
    Diagnostic::file(path, format!("rendering with template `{template}` failed: {message}"))
}

/// Resolves a localized text for a page, for the channel views.
pub(crate) fn text(site: &Site, t: &LocalizedText, locale: &Locale) -> String {
    t.resolve(&site.config, &locale.code).to_string()
}
