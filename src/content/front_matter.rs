//! Splits a Markdown file into its YAML front matter and its body.
//!
//! Both parts keep the line they start on, so that errors in either point at the
//! right line of the file.

use std::path::Path;

use crate::error::Diagnostic;
use crate::report::codes;

/// A file split into front matter and body.
#[derive(Debug)]
pub struct Split<'a> {
    /// The YAML between the `---` lines.
    pub yaml: &'a str,
    /// The file line the YAML starts on.
    pub yaml_line: usize,
    /// The Markdown after the closing `---`.
    pub body: &'a str,
    /// The file line the body starts on.
    pub body_line: usize,
}

/// Splits `text` (the whole file) into front matter and body.
pub fn split<'a>(text: &'a str, path: &Path) -> Result<Split<'a>, Diagnostic> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "---" {
        return Err(Diagnostic::new(
            path,
            1,
            1,
            "expected front matter: the file must start with a line `---`, then YAML fields (title, summary, …), then a line `---`",
        )
        .with_len(first.trim_end().chars().count())
        .with_code(codes::FRONT_MATTER)
        .with_hint("put a line `---` before the fields and another after them"));
    }
    let yaml_start = first.len();
    let mut offset = yaml_start;
    for (line, l) in (2..).zip(lines) {
        if l.trim_end() == "---" {
            let yaml = &text[yaml_start..offset];
            let body = &text[offset + l.len()..];
            return Ok(Split { yaml, yaml_line: 2, body, body_line: line + 1 });
        }
        offset += l.len();
    }
    Err(Diagnostic::new(
        path,
        1,
        1,
        "the front matter opened here is never closed; expected a line `---` after the YAML fields",
    )
    .with_len(3)
    .with_code(codes::FRONT_MATTER)
    .with_hint("add a line `---` after the last field, before the text"))
}
