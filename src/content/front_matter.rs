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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::split;

    #[test]
    fn splits_yaml_from_the_body_keeping_their_lines() {
        let s = split("---\ntitle: A\nsummary: B\n---\n\nBody.\n", Path::new("a.md")).expect("front matter");
        assert_eq!((s.yaml, s.yaml_line), ("title: A\nsummary: B\n", 2));
        assert_eq!((s.body, s.body_line), ("\nBody.\n", 5));
    }

    #[test]
    fn a_byte_order_mark_and_windows_line_ends_are_accepted() {
        let s = split("\u{feff}---\r\ntitle: A\r\n---\r\nBody.\r\n", Path::new("a.md")).expect("front matter");
        assert_eq!((s.yaml, s.yaml_line), ("title: A\r\n", 2));
        assert_eq!((s.body, s.body_line), ("Body.\r\n", 4));
        let s = split("---  \n---\n", Path::new("a.md")).expect("trailing spaces on a fence");
        assert_eq!((s.yaml, s.body, s.body_line), ("", "", 3));
    }

    #[test]
    fn missing_or_unclosed_front_matter_is_located_at_the_start() {
        let none = split("# Title\n---\n", Path::new("a.md")).expect_err("no opening fence");
        assert!(none.to_string().starts_with("a.md:1:1: expected front matter"), "{none}");
        let open = split("---\ntitle: A\n--\n", Path::new("a.md")).expect_err("never closed");
        assert!(open.to_string().starts_with("a.md:1:1: the front matter opened here is never closed"), "{open}");
        assert!(split("", Path::new("a.md")).is_err());
        assert!(split("\u{feff}", Path::new("a.md")).is_err());
    }
}
