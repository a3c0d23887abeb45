//! Heading ids, computed once per page at load time.
//!
//! Links with an anchor (`@/services/bus-card#fees`) are checked against these
//! ids, and the renderer and the table of contents use the same list, so an id
//! that a link was checked against is the id that is written.

use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use serde::Serialize;

use super::{options, slugify};

/// Ids the page templates use themselves; headings and raw HTML never get them.
/// Collected from the built-in templates at build time (build.rs).
pub const RESERVED_IDS: &[&str] = crate::builtin::TEMPLATE_IDS;

/// A heading of a page body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Heading {
    /// 1–6.
    pub level: u8,
    /// The anchor id, unique on the page.
    pub id: String,
    /// The heading's plain text.
    pub text: String,
}

/// The headings of a Markdown text with stable, unique, ASCII ids.
///
/// `reserved` ids (used by the page template itself) are never handed out.
pub fn headings(markdown: &str, reserved: &[&str]) -> Vec<Heading> {
    let mut out: Vec<Heading> = Vec::new();
    let mut used: std::collections::HashSet<String> = reserved.iter().map(ToString::to_string).collect();
    let mut next: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut current: Option<(u8, Option<String>, String)> = None;
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Start(Tag::Heading { level, id, .. }) => {
                current = Some((level_number(level), id.map(|s| s.to_string()), String::new()));
            }
            Event::Text(t) | Event::Code(t) => {
                if let Some((_, _, text)) = current.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::Heading(_)) => {
                if let Some((level, explicit, text)) = current.take() {
                    let base = explicit.unwrap_or_else(|| {
                        let s = slugify(&text);
                        if s.is_empty() {
                            "section".to_string()
                        } else {
                            s
                        }
                    });
                    let mut id = base.clone();
                    if used.contains(&id) {
                        // Each base remembers its next number, so n equal headings take linear time.
                        let n = next.entry(base.clone()).or_insert(1);
                        loop {
                            id = format!("{base}-{n}");
                            *n += 1;
                            if !used.contains(&id) {
                                break;
                            }
                        }
                    }
                    used.insert(id.clone());
                    out.push(Heading { level, id, text: text.trim().to_string() });
                }
            }
            _ => {}
        }
    }
    out
}

fn level_number(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn duplicate_and_reserved_headings_get_distinct_ids() {
        let h = headings("## Maksut\n\n## Maksut\n\n## Sisältö {#oma}\n\n## Main\n", &["main"]);
        let ids: Vec<_> = h.iter().map(|h| h.id.as_str()).collect();
        assert_eq!(ids, ["maksut", "maksut-1", "oma", "main-1"]);
    }
}
