//! Checks of a Markdown body made when it loads, each located at its line:
//! every link and image by the URL policy, raw HTML's URLs and ids, and nesting
//! depth (Markdown containers and raw HTML elements), so that a hostile or broken
//! body is a located error rather than a published link or minutes of work.
//!
//! Raw HTML is read with html5ever's tokenizer, the one browsers' rules are
//! written for, so entities (`jav&#x61;script:`) and odd quoting are seen as a
//! browser would see them. The sanitizer ([`super::render`]) enforces the same
//! schemes again, so what a check cannot see is still never published.

use std::cell::RefCell;
use std::path::Path;

use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts};
use pulldown_cmark::{Event, Parser, Tag as MdTag};

use super::options;
use crate::config::url_policy;
use crate::error::{line_col, Diagnostic};

/// The deepest nesting of Markdown containers or of raw HTML elements accepted.
pub const MAX_DEPTH: usize = 64;

/// Attributes whose value is a URL (`srcset` is a list of them).
const URL_ATTRIBUTES: &[&str] =
    &["href", "src", "action", "formaction", "poster", "cite", "background", "data", "xlink:href", "longdesc"];

/// Elements that never have an end tag, so they do not nest.
const VOID: &[&str] =
    &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];

/// Checks a body that starts on file line `body_line`. `reserved_ids` are the
/// page templates' own ids, which raw HTML may not take.
pub fn check_body(body: &str, path: &Path, body_line: usize, reserved_ids: &[&str]) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let at = |offset: usize, message: String| {
        let (line, column) = line_col(body, offset);
        Diagnostic::new(path, body_line + line - 1, column, message)
    };
    let mut depth = 0usize;
    let mut html = HtmlState::default();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match &event {
            Event::Start(tag) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    diags.push(at(
                        range.start,
                        format!(
                            "lists, quotes or other blocks nested more than {MAX_DEPTH} deep; expected flatter text"
                        ),
                    ));
                    break;
                }
                if let MdTag::Link { dest_url, .. } | MdTag::Image { dest_url, .. } = tag {
                    if !dest_url.starts_with("@/") {
                        if let Err(why) = url_policy::check(dest_url) {
                            diags.push(at(range.start, why));
                        }
                    }
                }
            }
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(text) | Event::InlineHtml(text) => {
                for (line_in_chunk, message) in html.feed(text, reserved_ids) {
                    let (line, column) = line_col(body, range.start);
                    let column = if line_in_chunk > 1 { 1 } else { column };
                    diags.push(Diagnostic::new(path, body_line + line - 1 + line_in_chunk - 1, column, message));
                }
                if html.too_deep {
                    break;
                }
            }
            _ => {}
        }
    }
    diags
}

/// The `@/` destinations in a fragment of raw HTML (`<a href="@/services/x">`).
pub fn raw_item_links(fragment: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (_, tag) in tags(fragment) {
        for attr in &tag.attrs {
            if URL_ATTRIBUTES.contains(&&*attr.name.local) && attr.value.starts_with("@/") {
                out.push(attr.value.to_string());
            }
        }
    }
    out
}

/// Raw HTML nesting, carried across the fragments of one body.
#[derive(Default)]
struct HtmlState {
    depth: usize,
    too_deep: bool,
}

impl HtmlState {
    /// Checks one fragment; returns (line within the fragment, message) pairs.
    fn feed(&mut self, fragment: &str, reserved_ids: &[&str]) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (line, tag) in tags(fragment) {
            let name = &*tag.name;
            match tag.kind {
                TagKind::EndTag => self.depth = self.depth.saturating_sub(1),
                TagKind::StartTag if !tag.self_closing && !VOID.contains(&name) => {
                    self.depth += 1;
                    if self.depth > MAX_DEPTH && !self.too_deep {
                        self.too_deep = true;
                        out.push((
                            line,
                            format!("raw HTML elements nested more than {MAX_DEPTH} deep; expected flatter markup"),
                        ));
                        return out;
                    }
                }
                TagKind::StartTag => {}
            }
            for attr in &tag.attrs {
                let attr_name = &*attr.name.local;
                let value = &*attr.value;
                if URL_ATTRIBUTES.contains(&attr_name) && !value.starts_with("@/") {
                    if let Err(why) = url_policy::check(value) {
                        out.push((line, format!("in raw HTML `<{name} {attr_name}>`: {why}")));
                    }
                } else if attr_name == "srcset" {
                    for candidate in value.split(',').filter_map(|c| c.split_whitespace().next()) {
                        if let Err(why) = url_policy::check(candidate) {
                            out.push((line, format!("in raw HTML `<{name} srcset>`: {why}")));
                        }
                    }
                } else if attr_name == "id" && reserved_ids.contains(&value) {
                    out.push((
                        line,
                        format!("raw HTML sets id `{value}`, which the page template uses itself; expected another id"),
                    ));
                }
            }
        }
        out
    }
}

/// The tags of a fragment with the (1-based) line each starts on.
fn tags(fragment: &str) -> Vec<(usize, Tag)> {
    struct Sink(RefCell<Vec<(usize, Tag)>>);
    impl TokenSink for Sink {
        type Handle = ();
        fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
            if let Token::TagToken(tag) = token {
                self.0.borrow_mut().push((usize::try_from(line_number).unwrap_or(1), tag));
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Sink(RefCell::new(Vec::new())), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(fragment));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    tokenizer.sink.0.take()
}

/// Every `@/` destination of a body — Markdown links and images and raw HTML
/// `href`/`src` — with its byte offset in the body.
pub fn item_links(body: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (event, range) in Parser::new_ext(body, options()).into_offset_iter() {
        match &event {
            Event::Start(MdTag::Link { dest_url, .. } | MdTag::Image { dest_url, .. })
                if dest_url.starts_with("@/") =>
            {
                out.push((range.start, dest_url.to_string()));
            }
            Event::Html(text) | Event::InlineHtml(text) if text.contains("@/") => {
                out.extend(raw_item_links(text).into_iter().map(|d| (range.start, d)));
            }
            _ => {}
        }
    }
    out
}
