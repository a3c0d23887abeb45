//! Checks that need the whole site: references between items, pages that
//! would share a path (derived from the page table), templates that content asks for.
//!
//! Per-file checks (schema, types, slugs' shape) happen while loading; what is
//! here can only be judged once every item is known.

use crate::content::{Fields, Item};
use crate::error::Diagnostic;

use super::kinds::PageSpec;
use super::kinds::Shape;
use crate::templates::Templates;

/// Every cross-item problem of the site whose pages are `pages`.
/// `templates` is `None` when they did not load (their own errors are reported).
pub(crate) fn validate(site: &Shape<'_>, templates: Option<&Templates>, pages: &[PageSpec]) -> Vec<Diagnostic> {
    let mut diags = super::kinds::collisions(pages);
    diags.append(&mut config_refs(site));
    for item in site.library.items() {
        diags.append(&mut validate_item(site, templates, item));
    }
    diags
}

/// Items that book.toml names and the content lacks.
pub(crate) fn config_refs(site: &Shape<'_>) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    if let Some(centre) = &site.config.service_centre {
        if !site.library.contains(&centre.key) {
            diags.push(Diagnostic::new(
                "book.toml",
                centre.line,
                centre.column,
                format!(
                    "service-centre `{}` names no service card; expected the folder of a card under content/services, such as `services/service-point`",
                    centre.key
                ),
            ));
        }
    }
    diags
}

/// The problems of one item that need the rest of the site: items it names that
/// do not exist, layouts without a template.
pub(crate) fn validate_item(site: &Shape<'_>, templates: Option<&Templates>, item: &Item) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    check_related(site, item, &mut diags);
    for tr in item.translations.values() {
        if let Fields::Page(p) = &tr.fields {
            if let Some(layout) = &p.layout {
                if templates.is_some_and(|t| !t.has(&format!("{layout}.html"))) {
                    let at = tr.front_matter_index().value("layout").unwrap_or_else(|| tr.field_location("layout"));
                    diags.push(Diagnostic::at(
                        &tr.path,
                        at,
                        format!(
                            "layout `{layout}` has no template `{layout}.html` in the theme or the site's templates/"
                        ),
                    ));
                }
            }
        }
        for block in &tr.components {
            let mut refs = Vec::new();
            collect(&block.data, &mut refs);
            for (field, key) in refs {
                if !site.library.contains(&key) {
                    diags.push(Diagnostic::new(
                        &tr.path,
                        block.line,
                        1,
                        format!(
                            "in the `{}` block: {field} `{}` names no item `{key}`",
                            block.name,
                            key.rsplit('/').next().unwrap_or(&key)
                        ),
                    ));
                }
            }
        }
    }
    diags
}

fn check_related(site: &Shape<'_>, item: &Item, diags: &mut Vec<Diagnostic>) {
    let listed = item.related().iter().map(|k| ("related", k)).enumerate();
    let featured = item.featured().iter().map(|k| ("featured", k)).enumerate();
    for (i, (field, key)) in listed.chain(featured) {
        if !site.library.contains(key) {
            let path = item.meta_path.clone().unwrap_or_default();
            let index = item.meta_index();
            let at = index.item(field, i).or_else(|| index.key(field)).unwrap_or_default();
            diags.push(Diagnostic::at(path, at, format!("item `{key}` does not exist; expected the path of an item folder under content/, such as `services/bus-card`")));
        }
    }
}

/// Item references in component data: `persona: x` and `see: key`.
fn collect(value: &serde_json::Value, out: &mut Vec<(&'static str, String)>) {
    match value {
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect(v, out)),
        serde_json::Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("persona", serde_json::Value::String(s)) => out.push(("persona", format!("personas/{s}"))),
                    ("see", serde_json::Value::String(s)) => out.push(("see", s.trim_start_matches("@/").to_string())),
                    _ => collect(v, out),
                }
            }
        }
        _ => {}
    }
}
