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

/// What a body that decodes to the component slot mark is told.
const RESERVED: &str = "this decodes to U+E000 (an entity such as `&#xE000;`), a private-use character luukku reserves for its own use; expected ordinary text";

/// Whether an event carries U+E000 after entities are decoded: in text, code,
/// a link's title or destination, a heading's id or classes, a fence's info string.
fn decodes_to_mark(event: &Event<'_>) -> bool {
    let mark = |s: &str| s.contains(crate::fs::RESERVED_CHAR);
    match event {
        Event::Text(t)
        | Event::Code(t)
        | Event::InlineMath(t)
        | Event::DisplayMath(t)
        | Event::FootnoteReference(t) => mark(t),
        Event::Start(MdTag::Link { dest_url, title, id, .. } | MdTag::Image { dest_url, title, id, .. }) => {
            mark(dest_url) || mark(title) || mark(id)
        }
        Event::Start(MdTag::Heading { id, classes, attrs, .. }) => {
            id.as_deref().is_some_and(mark)
                || classes.iter().any(|c| mark(c))
                || attrs.iter().any(|(k, v)| mark(k) || v.as_deref().is_some_and(mark))
        }
        Event::Start(MdTag::CodeBlock(pulldown_cmark::CodeBlockKind::Fenced(info))) => mark(info),
        _ => false,
    }
}

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
            _ => {}
        }
        if decodes_to_mark(&event) {
            diags.push(at(range.start, RESERVED.to_string()));
        }
        match &event {
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
        let (tags, mark) = tokens(fragment);
        if let Some(line) = mark {
            out.push((line, RESERVED.to_string()));
        }
        for (line, tag) in tags {
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
                if value.contains(crate::fs::RESERVED_CHAR) {
                    out.push((line, RESERVED.to_string()));
                }
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

/// The tags of a fragment with the (1-based) line each starts on, and the line
/// of the first text in it that decodes to U+E000, if any.
fn tokens(fragment: &str) -> (Vec<(usize, Tag)>, Option<usize>) {
    #[derive(Default)]
    struct Sink {
        tags: RefCell<Vec<(usize, Tag)>>,
        mark: RefCell<Option<usize>>,
    }
    impl TokenSink for Sink {
        type Handle = ();
        fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<()> {
            let line = usize::try_from(line_number).unwrap_or(1);
            match token {
                Token::TagToken(tag) => self.tags.borrow_mut().push((line, tag)),
                Token::CharacterTokens(text) if text.contains(crate::fs::RESERVED_CHAR) => {
                    self.mark.borrow_mut().get_or_insert(line);
                }
                _ => {}
            }
            TokenSinkResult::Continue
        }
    }
    let tokenizer = Tokenizer::new(Sink::default(), TokenizerOpts::default());
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(fragment));
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    (tokenizer.sink.tags.take(), tokenizer.sink.mark.take())
}

fn tags(fragment: &str) -> Vec<(usize, Tag)> {
    tokens(fragment).0
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
