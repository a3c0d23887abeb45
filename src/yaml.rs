//! The one place that parses YAML.
//!
//! `serde_yaml` is deprecated upstream; keeping every call behind this module lets
//! it be swapped for a maintained fork without touching the rest of the crate.
//! Errors come back as [`Diagnostic`]s with the line in the *file*, not in the
//! fragment: front matter and component blocks pass the line their YAML starts on.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::Diagnostic;

/// Parses `text` as `T`. `first_line` is the file line the text starts on (1-based).
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, first_line: usize) -> Result<T, Diagnostic> {
    // An empty document is an empty mapping, so that a missing required field is
    // reported as such rather than as "invalid type: unit".
    let text_for_parse = if text.trim().is_empty() { "{}" } else { text };
    serde_yaml::from_str(text_for_parse).map_err(|e| to_diagnostic(&e, path, first_line))
}

fn to_diagnostic(e: &serde_yaml::Error, path: &Path, first_line: usize) -> Diagnostic {
    let message = humanize(&relocate(&e.to_string(), first_line));
    match e.location() {
        Some(loc) => Diagnostic::new(path, first_line + loc.line() - 1, loc.column(), message),
        None => Diagnostic::new(path, first_line, 0, message),
    }
}

/// serde_yaml writes " at line L column C" after its message (the error's own
/// location, which the diagnostic reports separately: dropped) and sometimes again
/// for a context ("while scanning a quoted scalar at line 2 column 10"): those
/// lines count from the fragment, so they are moved to count from the file.
fn relocate(message: &str, first_line: usize) -> String {
    const AT: &str = " at line ";
    let mut out = String::new();
    let mut rest = message;
    let mut first = true;
    while let Some(i) = rest.find(AT) {
        out.push_str(&rest[..i]);
        let after = &rest[i + AT.len()..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let tail = &after[digits.len()..];
        let column_part: String = tail
            .strip_prefix(" column ")
            .map_or(String::new(), |t| t.chars().take_while(char::is_ascii_digit).collect());
        let consumed = digits.len() + if column_part.is_empty() { 0 } else { " column ".len() + column_part.len() };
        match digits.parse::<usize>() {
            Ok(line) if !first => {
                out.push_str(&format!("{AT}{}", line + first_line - 1));
                if !column_part.is_empty() {
                    out.push_str(&format!(" column {column_part}"));
                }
            }
            Ok(_) => {}
            Err(_) => out.push_str(AT),
        }
        first = false;
        rest = &after[consumed..];
    }
    out.push_str(rest);
    out
}

/// Makes serde's wording read as "what was wrong, what was expected".
fn humanize(message: &str) -> String {
    let m = message.trim_start_matches(": ");
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("missing required field {rest}");
    }
    m.to_string()
}
