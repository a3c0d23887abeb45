//! `@/` links checked as soon as every item is known.
//!
//! A link to an item that does not exist is found here, while the content loads,
//! so it is reported in the same run as every other problem of the content and
//! the interface strings rather than in a later stage. Whether the anchor of a
//! link exists depends on the locale a page falls back to, so that is checked
//! when the page renders.

use crate::error::{line_col, Diagnostic};

use super::Library;

/// Every `@/` link in a body whose item does not exist.
pub fn check(library: &Library) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    for item in library.items() {
        for tr in item.translations.values() {
            for (offset, dest) in crate::markdown::item_links(&tr.body) {
                let target = dest.trim_start_matches("@/");
                let key = target.split_once('#').map_or(target, |(k, _)| k).trim_end_matches('/');
                if !library.contains(key) {
                    let (line, column) = line_col(&tr.body, offset);
                    diags.push(Diagnostic::new(
                        &tr.path,
                        tr.body_line + line - 1,
                        column,
                        format!("link to `{dest}`: there is no item `{key}`; expected the path of an item folder under content/, such as `@/services/bus-card`"),
                    ));
                }
            }
        }
    }
    diags
}
