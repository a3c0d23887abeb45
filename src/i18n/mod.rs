//! Interface strings: Fluent files per locale, reached from templates by `t()`.
//!
//! `locales/<locale>/*.ftl` hold the strings of one locale. A lookup walks the
//! locale's fallback chain from `book.toml` (`fi-selko` → `fi`), so a plain-language
//! locale only needs the strings it words differently. Templates call
//! `t(key="…", name=value…)`; each locale gets its own copy of the function.

pub mod datetime;
pub mod hyphenate;

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub(crate) mod cycles;

use crate::config::{Config, LocaleCode};
use crate::error::{line_col, Diagnostic, Error, Result};

/// The interface strings of every locale.
pub struct Catalog {
    bundles: BTreeMap<LocaleCode, FluentBundle<FluentResource>>,
    chains: BTreeMap<LocaleCode, Vec<LocaleCode>>,
    ids: BTreeMap<LocaleCode, Vec<String>>,
}

impl std::fmt::Debug for Catalog {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Catalog").field("locales", &self.bundles.keys().collect::<Vec<_>>()).finish()
    }
}

impl Catalog {
    /// Reads `locales/<code>/*.ftl` for every configured locale.
    pub fn load(config: &Config) -> Result<Catalog> {
        let mut diags = Vec::new();
        let mut bundles = BTreeMap::new();
        let mut chains = BTreeMap::new();
        let mut all_ids = BTreeMap::new();
        for locale in &config.locales {
            let langid = locale
                .lang
                .parse::<unic_langid::LanguageIdentifier>()
                .map_err(|e| Error::Message(format!("locale `{}`: lang `{}`: {e}", locale.code, locale.lang)))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut locale_ids = Vec::new();
            let mut graph = BTreeMap::new();
            let mut defined_at = BTreeMap::new();
            // Built-in strings of the default theme first; the site's files may redefine them.
            for (name, text) in crate::builtin::locale_files(locale.code.as_str()) {
                if let Ok(resource) = FluentResource::try_new(text.to_string()) {
                    locale_ids.extend(message_ids(&resource, text).into_iter().map(|(id, _)| id));
                    graph.extend(cycles::references(resource.entries()));
                    bundle.add_resource_overriding(resource);
                } else {
                    diags.push(Diagnostic::file(format!("<built-in>/locales/{name}"), "built-in strings do not parse"));
                }
            }
            let mut site_ids: Vec<String> = Vec::new();
            let dir = config.root.join("locales").join(locale.code.as_str());
            let (files, mut refused) = crate::fs::site_files(&config.root, &dir);
            diags.append(&mut refused);
            for file in files.into_iter().filter(|f| f.extension().is_some_and(|x| x == "ftl")) {
                let shown = crate::fs::shown(&config.root, &file);
                let text = match crate::fs::read_text(&config.root, &file) {
                    Ok(t) => t,
                    Err(Error::Content(mut d)) => {
                        diags.append(&mut d);
                        continue;
                    }
                    Err(e) => return Err(e),
                };
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((_, errors)) => {
                        for e in errors {
                            let (line, column) = line_col(&text, e.pos.start);
                            diags.push(Diagnostic::new(
                                &shown,
                                line,
                                column,
                                format!("Fluent syntax error: {}", e.kind),
                            ));
                        }
                        continue;
                    }
                };
                for (id, line) in message_ids(&resource, &text) {
                    if site_ids.contains(&id) {
                        diags.push(Diagnostic::new(
                            &shown,
                            line,
                            1,
                            format!("message `{id}` is defined twice in locale `{}`", locale.code),
                        ));
                    }
                    site_ids.push(id.clone());
                    defined_at.insert(id.clone(), (shown.clone(), line));
                    locale_ids.push(id);
                }
                graph.extend(cycles::references(resource.entries()));
                bundle.add_resource_overriding(resource);
            }
            for id in cycles::cyclic(&graph) {
                if let Some((shown, line)) = defined_at.get(id) {
                    diags.push(Diagnostic::new(
                        shown,
                        *line,
                        1,
                        format!("message `{id}` refers to itself (directly or through other messages), so it can never be shown; expected words or other messages"),
                    ));
                }
            }
            locale_ids.sort();
            locale_ids.dedup();
            chains.insert(
                locale.code.clone(),
                config.fallback_chain(&locale.code).iter().map(|l| l.code.clone()).collect(),
            );
            bundles.insert(locale.code.clone(), bundle);
            all_ids.insert(locale.code.clone(), locale_ids);
        }
        Error::from_diagnostics(diags)?;
        Ok(Catalog { bundles, chains, ids: all_ids })
    }

    /// No strings at all: lets the templates be checked when the strings do not load.
    pub fn empty() -> Catalog {
        Catalog { bundles: BTreeMap::new(), chains: BTreeMap::new(), ids: BTreeMap::new() }
    }

    /// Formats message `key` for `locale`, walking its fallback chain.
    pub fn format(&self, locale: &LocaleCode, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let chain = self.chains.get(locale)?;
        for code in chain {
            let Some(bundle) = self.bundles.get(code) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            return Some(text.into_owned());
        }
        None
    }

    /// Messages some locale defines that `locale` cannot supply even through
    /// its fallback chain, as (locale, message id), sorted.
    pub fn missing(&self) -> Vec<(LocaleCode, String)> {
        let mut all: Vec<&String> = self.ids.values().flatten().collect();
        all.sort();
        all.dedup();
        let mut out = Vec::new();
        for code in self.bundles.keys() {
            for id in &all {
                if self.format(code, id, None).is_none() {
                    out.push((code.clone(), (*id).clone()));
                }
            }
        }
        out
    }

    /// The Tera function `t` for one locale.
    pub fn tera_function(self: &Arc<Self>, locale: &LocaleCode) -> impl tera::Function {
        let catalog = Arc::clone(self);
        let locale = locale.clone();
        move |args: &HashMap<String, tera::Value>| -> tera::Result<tera::Value> {
            let key = args
                .get("key")
                .and_then(tera::Value::as_str)
                .ok_or_else(|| tera::Error::msg("t() needs key=\"message-id\""))?;
            let mut fargs = FluentArgs::new();
            let mut names: Vec<&String> = args.keys().filter(|k| k.as_str() != "key").collect();
            names.sort();
            for name in names {
                let value = match &args[name] {
                    tera::Value::Number(n) => FluentValue::from(n.as_f64().unwrap_or(0.0)),
                    tera::Value::String(s) => FluentValue::from(s.clone()),
                    other => FluentValue::from(other.to_string()),
                };
                fargs.set(name.clone(), value);
            }
            catalog.format(&locale, key, Some(&fargs)).map(tera::Value::String).ok_or_else(|| {
                tera::Error::msg(format!(
                    "no interface string `{key}` in locales/{locale}/*.ftl or its fallback locales"
                ))
            })
        }
    }
}

/// The message ids of a resource in order, each with the line it is defined on
/// (the n-th definition of an id is found on the n-th line that starts it).
fn message_ids(resource: &FluentResource, text: &str) -> Vec<(String, usize)> {
    let mut seen: Vec<String> = Vec::new();
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => {
                let id = m.id.name.to_string();
                let nth = seen.iter().filter(|s| **s == id).count();
                seen.push(id.clone());
                let starts = |l: &str| l.strip_prefix(id.as_str()).is_some_and(|r| r.trim_start().starts_with('='));
                let line = text.lines().enumerate().filter(|(_, l)| starts(l)).nth(nth).map_or(0, |(i, _)| i + 1);
                Some((id, line))
            }
            _ => None,
        })
        .collect()
}
