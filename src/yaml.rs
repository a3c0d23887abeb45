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
    let mut message = e.to_string();
    // serde_yaml appends " at line L column C"; we report the location ourselves.
    if let Some(i) = message.find(" at line ") {
        message.truncate(i);
    }
    let message = humanize(&message);
    match e.location() {
        Some(loc) => Diagnostic::new(path, first_line + loc.line() - 1, loc.column(), message),
        None => Diagnostic::new(path, first_line, 0, message),
    }
}

/// Makes serde's wording read as "what was wrong, what was expected".
fn humanize(message: &str) -> String {
    let m = message.trim_start_matches(": ");
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("missing required field {rest}");
    }
    m.to_string()
}
