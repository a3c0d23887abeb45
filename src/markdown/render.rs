//! Markdown to HTML: heading ids, `@/` links, component blocks, sanitizing.
//!
//! Raw HTML in content is allowed but cleaned with ammonia. A body that is plain
//! Markdown (no raw HTML, nothing that gives an element an attribute the author
//! chose beyond an id and classes, every URL within the URL policy) is written by
//! pulldown-cmark alone, which escapes all text and attribute values: parsing
//! and serializing it again with ammonia changed nothing that matters and was a
//! tenth of a 10,000-page build. Components come from
//! the theme's templates, which escape their data themselves, so they are spliced
//! in after sanitizing, at placeholders no content can forge: the mark U+E000 is
//! refused when any file is read ([`crate::fs::text_from_bytes`]), so the only
//! marks in the sanitized HTML are the renderer's own.

use std::path::Path;
use std::sync::OnceLock;

use pulldown_cmark::{CowStr, Event, Parser, Tag};

use super::components::{ComponentBlock, CODE_KEYS};
use super::{options, Heading};
use crate::error::{line_col, Diagnostic};

const MARK: char = crate::fs::RESERVED_CHAR;

/// Turns `@/key#anchor` link destinations into hrefs.
pub trait LinkResolver {
    /// The href for `dest` (which starts with `@/`), or what is wrong with it.
    fn resolve(&self, dest: &str) -> Result<String, String>;
}

/// A rendered page body.
#[derive(Debug, Clone)]
pub struct RenderedBody {
    /// Sanitized HTML with components spliced in.
    pub html: String,
}

/// Renders a page body. `components` are the blocks found at load time;
/// `render_component` turns one into HTML (through the theme).
pub fn render_body(
    body: &str,
    body_line: usize,
    path: &Path,
    headings: &[Heading],
    components: &[ComponentBlock],
    links: &dyn LinkResolver,
    render_component: &mut dyn FnMut(&ComponentBlock) -> Result<String, Diagnostic>,
) -> Result<RenderedBody, Vec<Diagnostic>> {
    let mut diags = Vec::new();
    let mut events: Vec<Event<'_>> = Vec::new();
    let mut heading_index = 0;
    let mut skipping_component = false;
    let mut spliced: Vec<String> = Vec::new();
    // Whether every event so far is one the sanitizer would keep as written.
    let mut plain = true;
    let nonce = slot_nonce(body);
    let locate = |offset: usize| {
        let (line, column) = line_col(body, offset);
        (body_line + line - 1, column)
    };
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        if skipping_component {
            if matches!(event, Event::End(pulldown_cmark::TagEnd::CodeBlock)) {
                skipping_component = false;
            }
            continue;
        }
        plain &= is_plain(&event);
        match event {
            Event::Start(Tag::Heading { level, classes, attrs, .. }) => {
                let id = headings.get(heading_index).map(|h| CowStr::from(h.id.clone()));
                heading_index += 1;
                events.push(Event::Start(Tag::Heading { level, id, classes, attrs }));
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id }) if dest_url.starts_with("@/") => {
                let href = links.resolve(&dest_url).unwrap_or_else(|message| {
                    let (line, column) = locate(range.start);
                    diags.push(Diagnostic::new(path, line, column, message));
                    String::new()
                });
                events.push(Event::Start(Tag::Link { link_type, dest_url: href.into(), title, id }));
            }
            Event::Start(Tag::Image { link_type, dest_url, title, id }) if dest_url.starts_with("@/") => {
                let src = links.resolve(&dest_url).unwrap_or_else(|message| {
                    let (line, column) = locate(range.start);
                    diags.push(Diagnostic::new(path, line, column, message));
                    String::new()
                });
                events.push(Event::Start(Tag::Image { link_type, dest_url: src.into(), title, id }));
            }
            Event::Html(t) if t.contains("@/") => match resolve_raw(&t, links) {
                Ok(html) => events.push(Event::Html(html.into())),
                Err(message) => {
                    let (line, column) = locate(range.start);
                    diags.push(Diagnostic::new(path, line, column, message));
                }
            },
            Event::InlineHtml(t) if t.contains("@/") => match resolve_raw(&t, links) {
                Ok(html) => events.push(Event::InlineHtml(html.into())),
                Err(message) => {
                    let (line, column) = locate(range.start);
                    diags.push(Diagnostic::new(path, line, column, message));
                }
            },
            Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(ref info)))
                if super::components::lookup(info).is_some() =>
            {
                skipping_component = true;
                if let Some(block) = components.iter().find(|c| c.offset == range.start) {
                    match render_component(block) {
                        Ok(html) => {
                            events.push(Event::Html(format!("{MARK}{nonce}:{}{MARK}\n", spliced.len()).into()));
                            spliced.push(html);
                        }
                        Err(d) => diags.push(d),
                    }
                }
            }
            Event::TaskListMarker(done) => events.push(task_box(done)),
            // Column alignment would be a `style` attribute, which the sanitizer
            // removes: the columns are written without it either way.
            Event::Start(Tag::Table(alignments)) => {
                events.push(Event::Start(Tag::Table(vec![pulldown_cmark::Alignment::None; alignments.len()])))
            }
            Event::Text(t) if t.contains(MARK) => events.push(Event::Text(t.replace(MARK, "").into())),
            Event::Html(t) if t.contains(MARK) => events.push(Event::Html(t.replace(MARK, "").into())),
            Event::InlineHtml(t) if t.contains(MARK) => events.push(Event::InlineHtml(t.replace(MARK, "").into())),
            other => events.push(other),
        }
    }
    if !diags.is_empty() {
        return Err(diags);
    }
    let mut raw = String::with_capacity(body.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut raw, events.into_iter());
    let clean = if plain { raw } else { sanitizer().clean(&raw).to_string() };
    Ok(RenderedBody { html: splice(&clean, &nonce, &spliced) })
}

/// Whether pulldown-cmark writes `event` as the sanitizer would keep it: not
/// raw HTML, not a heading with attributes other than its id and classes (its
/// id is the one [`super::headings`] chose, never a template's), not a
/// footnote (its id is the author's label), and a link or image whose URL is an `@/` link (resolved
/// by the site) or within the URL policy. A body with any other event is
/// sanitized whole.
fn is_plain(event: &Event<'_>) -> bool {
    match event {
        Event::Html(_)
        | Event::InlineHtml(_)
        | Event::FootnoteReference(_)
        | Event::InlineMath(_)
        | Event::DisplayMath(_)
        | Event::Start(Tag::HtmlBlock | Tag::FootnoteDefinition(_) | Tag::MetadataBlock(_)) => false,
        Event::Start(Tag::Heading { attrs, .. }) => attrs.is_empty(),
        Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
            dest_url.starts_with("@/") || crate::config::url_policy::check(dest_url).is_ok()
        }
        _ => true,
    }
}

/// Renders a short text (a list item, a component field) as inline HTML: a
/// single paragraph loses its `<p>`.
pub fn render_inline(text: &str, links: &dyn LinkResolver) -> Result<String, String> {
    let mut error = None;
    let events = Parser::new_ext(text, options()).map(|event| match event {
        Event::Start(Tag::Link { link_type, dest_url, title, id }) if dest_url.starts_with("@/") => {
            let href = links.resolve(&dest_url).unwrap_or_else(|m| {
                error.get_or_insert(m);
                String::new()
            });
            Event::Start(Tag::Link { link_type, dest_url: href.into(), title, id })
        }
        Event::Start(Tag::Link { link_type, dest_url, title, id }) => {
            if let Err(m) = crate::config::url_policy::check(&dest_url) {
                error.get_or_insert(m);
            }
            Event::Start(Tag::Link { link_type, dest_url, title, id })
        }
        Event::Start(Tag::Image { link_type, dest_url, title, id }) => {
            let checked = if dest_url.starts_with("@/") {
                links.resolve(&dest_url).map(CowStr::from)
            } else {
                crate::config::url_policy::check(&dest_url).map(|()| dest_url)
            };
            let src = checked.unwrap_or_else(|m| {
                error.get_or_insert(m);
                CowStr::from("")
            });
            Event::Start(Tag::Image { link_type, dest_url: src, title, id })
        }
        Event::Text(t) if t.contains(MARK) => Event::Text(t.replace(MARK, "").into()),
        Event::TaskListMarker(done) => task_box(done),
        other => other,
    });
    let mut raw = String::new();
    pulldown_cmark::html::push_html(&mut raw, events);
    if let Some(m) = error {
        return Err(m);
    }
    // A mark decoded from an entity (`&#xE000;`) means nothing outside a body's slots.
    let clean = sanitizer().clean(&raw).to_string().replace(MARK, "");
    let trimmed = clean.trim_end();
    match trimmed.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
        Some(inner) if !inner.contains("<p>") => Ok(inner.to_string()),
        _ => Ok(trimmed.to_string()),
    }
}

/// Renders every text leaf of component data as inline Markdown, in place.
/// Values under [`CODE_KEYS`] are codes and are left as they are.
pub fn render_component_text(value: &mut serde_json::Value, links: &dyn LinkResolver) -> Result<(), String> {
    match value {
        serde_json::Value::String(s) => {
            *s = render_inline(s, links)?;
        }
        serde_json::Value::Array(items) => {
            for item in items {
                render_component_text(item, links)?;
            }
        }
        serde_json::Value::Object(map) => {
            for (key, v) in map.iter_mut() {
                if !CODE_KEYS.contains(&key.as_str()) {
                    render_component_text(v, links)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

/// A task-list box as text (☐ / ☑) rather than a disabled form control: a screen
/// reader reads it without a label, and a printed checklist keeps its boxes.
fn task_box(done: bool) -> Event<'static> {
    Event::InlineHtml(
        if done { "<span class=\"task-box\">☑</span>" } else { "<span class=\"task-box\">☐</span>" }.into(),
    )
}

/// The nonce of a body's component slots: a digest of the body itself. A file
/// cannot contain U+E000, but a Markdown entity (`&#xE000;`) decodes to it in a
/// title or an attribute; to forge a slot, a body would have to contain its own
/// digest, which it cannot. So the output is deterministic and no slot is forgeable.
fn slot_nonce(body: &str) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(body.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// Puts each component's HTML in place of its slot `MARK nonce:n MARK`. Any
/// other U+E000 (decoded from an entity in content) is dropped.
fn splice(html: &str, nonce: &str, spliced: &[String]) -> String {
    let mut out = String::with_capacity(html.len() + spliced.iter().map(String::len).sum::<usize>());
    let mut rest = html;
    while let Some(start) = rest.find(MARK) {
        out.push_str(&rest[..start]);
        let after = &rest[start + MARK.len_utf8()..];
        let slot = after
            .strip_prefix(nonce)
            .and_then(|a| a.strip_prefix(':'))
            .and_then(|a| a.split_once(MARK))
            .and_then(|(n, tail)| Some((spliced.get(n.parse::<usize>().ok()?)?, tail)));
        match slot {
            Some((component, tail)) => {
                out.push_str(component);
                rest = tail;
            }
            None => rest = after,
        }
    }
    out.push_str(rest);
    out
}

/// Replaces the `@/` destinations of a raw HTML fragment by their hrefs.
fn resolve_raw(fragment: &str, links: &dyn LinkResolver) -> Result<String, String> {
    let mut out = fragment.to_string();
    for dest in super::check::raw_item_links(fragment) {
        let href = links.resolve(&dest)?;
        for quote in ['"', '\'', '='] {
            let close = if quote == '=' { String::new() } else { quote.to_string() };
            out = out.replace(&format!("{quote}{dest}{close}"), &format!("{quote}{href}{close}"));
        }
    }
    Ok(out)
}

/// The sanitizer: ammonia's safe defaults, plus ids and classes, with URLs
/// limited to the URL policy's schemes and the page templates' own ids refused.
/// Forms and inputs are not allowed (task lists render as text boxes).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static SANITIZER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    SANITIZER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_generic_attributes(["id", "class"])
            .add_tag_attributes("td", ["align"])
            .add_tag_attributes("th", ["align"])
            .url_schemes(crate::config::url_policy::ALLOWED_SCHEMES.into_iter().collect())
            .attribute_filter(|_, attribute, value| {
                if attribute == "id" && super::RESERVED_IDS.contains(&value) {
                    None
                } else {
                    Some(value.into())
                }
            })
            .link_rel(None);
        b
    })
}

#[cfg(test)]
#[path = "render_tests.rs"]
mod tests;
