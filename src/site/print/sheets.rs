//! Participant worksheets, each one A4 page, derived from what a module's
//! content already holds: a blank channel × persona grid where the module has
//! persona grids, the questions of a step that lists them (the theme tables of
//! solution focus), a story template where the module tells example stories,
//! and a reflection sheet with the module's questions.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use crate::config::Locale;
use crate::content::{Fields, Item};
use crate::error::Diagnostic;
use crate::markdown::components::PersonaGrid;

use super::super::chrome::entry;
use super::super::context::{Dep, PageCx};
use super::super::views::{PrintModule, Worksheet};

/// The worksheets of `item` in `locale`, in the order a workshop uses them.
pub(crate) fn worksheets(
    cx: &PageCx<'_>,
    item: &Item,
    locale: &Locale,
    printed: &PrintModule,
    diags: &mut Vec<Diagnostic>,
) -> Vec<Worksheet> {
    let mut out = Vec::new();
    let Some(tr) = item.translations.get(&locale.code) else { return out };
    let sheet = |kind: &str, rows: Vec<String>, columns: Vec<String>| Worksheet {
        id: format!("sheet-{kind}"),
        kind: kind.to_string(),
        rows,
        columns,
    };
    if let Fields::Module(f) = &tr.fields {
        let listed = f.facilitation.iter().flat_map(|p| &p.steps).map(|s| numbered_list(&s.instructions));
        if let Some(questions) = listed.into_iter().find(|q| q.len() >= 2) {
            out.push(sheet("questions", questions.iter().map(|q| escape(q)).collect(), Vec::new()));
        }
    }
    let (mut channels, mut personas) = (Vec::new(), Vec::new());
    for block in tr.components.iter().filter(|b| b.name == "persona-grid") {
        match serde_json::from_value::<PersonaGrid>(block.data.clone()) {
            Ok(grid) => {
                let code = serde_json::to_value(grid.channel).ok().and_then(|v| v.as_str().map(str::to_string));
                if let Some(code) = code.filter(|c| !channels.contains(c)) {
                    channels.push(code);
                }
                for row in grid.rows {
                    if !personas.contains(&row.persona) {
                        personas.push(row.persona);
                    }
                }
            }
            Err(e) => diags.push(Diagnostic::new(&tr.path, block.line, 1, e.to_string())),
        }
    }
    if !channels.is_empty() {
        let columns = channels
            .iter()
            .map(|c| cx.string(&locale.code, &format!("channel-{c}")).unwrap_or_else(|| c.clone()))
            .collect();
        let rows = personas
            .iter()
            .map(|p| {
                let key = format!("personas/{p}");
                cx.item(&key, Dep::Listing).map_or_else(|| p.clone(), |i| entry(cx, i, locale, "").title)
            })
            .collect();
        out.push(sheet("grid", rows, columns));
    }
    if tr.components.iter().any(|b| b.name == "story") {
        out.push(sheet("story", Vec::new(), Vec::new()));
    }
    if !printed.reflection_html.is_empty() {
        out.push(sheet("reflection", printed.reflection_html.clone(), Vec::new()));
    }
    out
}

/// The items of the first numbered list in `markdown`, as plain text.
fn numbered_list(markdown: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut depth = 0usize;
    let mut in_ordered = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::List(start)) => {
                depth += 1;
                if depth == 1 {
                    if !items.is_empty() {
                        break;
                    }
                    in_ordered = start.is_some();
                }
            }
            Event::End(TagEnd::List(_)) => depth = depth.saturating_sub(1),
            Event::Start(Tag::Item) if depth == 1 && in_ordered => items.push(String::new()),
            Event::Text(t) | Event::Code(t) if depth >= 1 && in_ordered => {
                if let Some(last) = items.last_mut() {
                    last.push_str(&t);
                }
            }
            Event::SoftBreak if in_ordered => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                }
            }
            _ => {}
        }
    }
    items
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::numbered_list;

    #[test]
    fn takes_the_first_numbered_list_only() {
        let md = "Intro\n\n- a bullet\n\n1. First *one*\n2. Second\n   continued\n\nText between.\n\n1. Later list\n";
        assert_eq!(numbered_list(md), vec!["First one".to_string(), "Second continued".to_string()]);
    }
}
