//! What an edit changed, in the terms pages record their reads in ([`Dep`]).
//!
//! An edited item is compared with its previous version part by part (what lists
//! show, heading ids, persona grids, each locale's file, meta.yaml), so a body edit
//! reaches only the item's page in that locale and a title edit also the lists and links
//! that show it. Templates are compared by text and followed through
//! `extends`/`include`/`import`, so a change to `base.html` reaches every page
//! whose template builds on it.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, BTreeSet};
use std::hash::{Hash, Hasher};

use crate::config::LocaleCode;
use crate::content::{Item, Meta};

use super::super::context::Dep;

/// A digest of one part of an item.
type Digest = fn(&Item) -> u64;
/// The input that names that part of an item.
type PartDep = fn(String) -> Dep;

/// The parts of an item that changed between `old` and `new` (either may be absent).
pub(crate) fn item_changes(old: Option<&Item>, new: Option<&Item>) -> Vec<Dep> {
    let Some(key) = new.or(old).map(|i| i.key.clone()) else { return Vec::new() };
    let parts: [(Digest, PartDep); 4] =
        [(listing, Dep::Listing), (headings, Dep::Headings), (grids, Dep::Grids), (meta, Dep::Meta)];
    let mut out = Vec::new();
    for (digest, dep) in parts {
        if old.map(digest) != new.map(digest) {
            out.push(dep(key.clone()));
        }
    }
    let text = |item: Option<&Item>, code: &LocaleCode| {
        item.and_then(|i| i.translations.get(code)).map(|t| (t.front_matter.clone(), t.body.clone()))
    };
    let codes: BTreeSet<&LocaleCode> = [old, new].into_iter().flatten().flat_map(|i| i.translations.keys()).collect();
    for code in codes {
        if text(old, code) != text(new, code) {
            out.push(Dep::Translation(key.clone(), code.clone()));
        }
    }
    if old.is_some() != new.is_some() {
        if let Some(item) = new.or(old) {
            out.push(Dep::Members(item.kind));
        }
    }
    out
}

/// Whether the item's pages may have moved, appeared or gone: it appeared or
/// went, a translation appeared or went, or a slug changed. Only then are the
/// pages listed again and checked for shared paths.
pub(crate) fn reshapes(old: Option<&Item>, new: Option<&Item>) -> bool {
    let shape = |item: Option<&Item>| {
        item.map(|i| i.translations.iter().map(|(code, t)| (code.clone(), t.common.slug.clone())).collect::<Vec<_>>())
    };
    shape(old) != shape(new)
}

/// The locales whose search index an item edit touches: those whose translation
/// changed, and every locale the item is written in when its meta changed.
pub(crate) fn search_locales(old: Option<&Item>, new: Option<&Item>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let meta_changed = old.map(|i| &i.meta_text) != new.map(|i| &i.meta_text);
    for item in [old, new].into_iter().flatten() {
        for (code, tr) in &item.translations {
            let other = [old, new].into_iter().flatten().find(|i| !std::ptr::eq(*i, item));
            let same = other
                .and_then(|o| o.translations.get(code))
                .is_some_and(|t| t.front_matter == tr.front_matter && t.body == tr.body);
            if meta_changed || !same || other.is_none() {
                out.insert(code.to_string());
            }
        }
    }
    out
}

fn digest(f: impl FnOnce(&mut DefaultHasher)) -> u64 {
    let mut h = DefaultHasher::new();
    f(&mut h);
    h.finish()
}

/// What lists and links show: titles, summaries, slugs, the locales written,
/// the order, the target groups.
fn listing(item: &Item) -> u64 {
    digest(|h| {
        item.order.hash(h);
        for (code, tr) in &item.translations {
            (code.as_str(), &tr.common.title, &tr.common.summary, &tr.common.slug).hash(h);
        }
        if let Meta::Service(m) = &item.meta {
            format!("{:?}", m.target_groups).hash(h);
        }
    })
}

fn headings(item: &Item) -> u64 {
    digest(|h| {
        for (code, tr) in &item.translations {
            code.as_str().hash(h);
            for heading in &tr.headings {
                heading.id.hash(h);
            }
        }
    })
}

fn grids(item: &Item) -> u64 {
    digest(|h| {
        for (code, tr) in &item.translations {
            code.as_str().hash(h);
            for block in tr.components.iter().filter(|b| b.name == "persona-grid") {
                block.data.to_string().hash(h);
            }
        }
    })
}

fn meta(item: &Item) -> u64 {
    digest(|h| item.meta_text.hash(h))
}

/// The templates whose text differs between two sets (added and removed included).
pub(crate) fn changed_templates(old: &BTreeMap<String, String>, new: &BTreeMap<String, String>) -> BTreeSet<String> {
    let names: BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    names.into_iter().filter(|n| old.get(*n) != new.get(*n)).cloned().collect()
}

/// `changed` and every template that extends, includes or imports one of them,
/// directly or through others.
pub(crate) fn with_dependents(sources: &BTreeMap<String, String>, changed: BTreeSet<String>) -> BTreeSet<String> {
    let uses: BTreeMap<&str, Vec<String>> = sources.iter().map(|(n, text)| (n.as_str(), referenced(text))).collect();
    let mut out = changed;
    loop {
        let more: Vec<String> = uses
            .iter()
            .filter(|(name, refs)| !out.contains(**name) && refs.iter().any(|r| out.contains(r)))
            .map(|(name, _)| name.to_string())
            .collect();
        if more.is_empty() {
            return out;
        }
        out.extend(more);
    }
}

/// The templates a template names in `{% extends %}`, `{% include %}` and `{% import %}` tags.
fn referenced(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for tag in text.split("{%").skip(1) {
        let tag = tag.split("%}").next().unwrap_or("").trim_start_matches('-').trim_start();
        let Some(rest) = ["extends", "include", "import"].iter().find_map(|k| tag.strip_prefix(k)) else { continue };
        for (i, part) in rest.split(['"', '\'']).enumerate() {
            if i % 2 == 1 {
                out.push(part.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn includes_are_followed_through_every_level() {
        let sources: BTreeMap<String, String> = [
            ("base.html", r#"{% include "search-box.html" %}{% import "macros.html" as m %}"#),
            ("service.html", r#"{%- extends "base.html" -%}"#),
            ("glossary.html", r#"{% extends 'base.html' %}"#),
            ("search-box.html", "<form></form>"),
            ("macros.html", "{% macro x() %}{% endmacro %}"),
            ("root.html", "<p>root</p>"),
        ]
        .into_iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
        let got = with_dependents(&sources, BTreeSet::from(["search-box.html".to_string()]));
        let want: BTreeSet<String> =
            ["base.html", "glossary.html", "search-box.html", "service.html"].into_iter().map(String::from).collect();
        assert_eq!(got, want);
        let got = with_dependents(&sources, BTreeSet::from(["root.html".to_string()]));
        assert_eq!(got, BTreeSet::from(["root.html".to_string()]));
    }

    #[test]
    fn a_changed_text_an_added_and_a_removed_template_are_all_changes() {
        let old: BTreeMap<String, String> =
            [("a", "1"), ("b", "2"), ("c", "3")].into_iter().map(|(a, b)| (a.into(), b.into())).collect();
        let new: BTreeMap<String, String> =
            [("a", "1"), ("b", "two"), ("d", "4")].into_iter().map(|(a, b)| (a.into(), b.into())).collect();
        let got: Vec<String> = changed_templates(&old, &new).into_iter().collect();
        assert_eq!(got, ["b", "c", "d"]);
    }
}
