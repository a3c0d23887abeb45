//! Renders diagnostics for people, as rustc does: `error[CODE]: message`, the
//! file, line and column, the source line with the bad text underlined and what
//! was expected under it, then `= help: …`.
//!
//! Built on codespan-reporting (small, maintained, rustc's layout with ASCII
//! borders). Every command prints through here, so `build`, `check` and
//! `serve` look alike. Colour only when asked (stderr is a terminal and
//! `NO_COLOR` is unset); plain text otherwise, for logs and CI. The source is
//! read by the diagnostic's path relative to the site root, never outside it; a
//! diagnostic whose source cannot be shown is rendered without the snippet.

pub mod codes;

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Component, Path, PathBuf};

use codespan_reporting::diagnostic::{Diagnostic as Report, Label, Severity as ReportSeverity};
use codespan_reporting::files::SimpleFile;
use codespan_reporting::term::termcolor::{Buffer, WriteColor};
use codespan_reporting::term::{self, Chars, Config, Styles};

use crate::error::{Diagnostic, Severity};

/// Whether reports on stderr should be coloured: never when `NO_COLOR`
/// (<https://no-color.org>) is set and not empty; always when `CLICOLOR_FORCE` is
/// set and not `0`; otherwise when stderr is a terminal.
pub fn stderr_wants_color() -> bool {
    let set = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if set("NO_COLOR").is_some() {
        return false;
    }
    if set("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
        return true;
    }
    std::io::stderr().is_terminal()
}

/// Prints `diags` to stderr, then how many errors and warnings there were.
pub fn eprint(diags: &[Diagnostic], root: &Path) {
    let mut text = render(diags, root, stderr_wants_color());
    if let Some(count) = count(diags) {
        text.push_str(&count);
        text.push('\n');
    }
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

/// Renders `diags` (paths relative to the site `root`), with ANSI colour when `color`.
pub fn render(diags: &[Diagnostic], root: &Path, color: bool) -> String {
    let mut sources = Sources { root, read: HashMap::new() };
    diags.iter().map(|d| render_one(d, &mut sources, color)).collect()
}

/// "3 errors, 1 warning" when there is more than one diagnostic.
pub fn count(diags: &[Diagnostic]) -> Option<String> {
    let errors = diags.iter().filter(|d| d.severity == Severity::Error).count();
    let warnings = diags.len() - errors;
    let count = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    match (errors, warnings) {
        (0, 0) | (1, 0) | (0, 1) => None,
        (e, 0) => Some(count(e, "error")),
        (0, w) => Some(count(w, "warning")),
        (e, w) => Some(format!("{}, {}", count(e, "error"), count(w, "warning"))),
    }
}

/// The site's files, read once each.
struct Sources<'a> {
    root: &'a Path,
    read: HashMap<PathBuf, Option<String>>,
}

impl Sources<'_> {
    fn get(&mut self, path: &Path) -> Option<&str> {
        let root = self.root;
        self.read.entry(path.to_path_buf()).or_insert_with(|| read_source(root, path)).as_deref()
    }
}

/// The text of a site file as the tool read it (NFC), or nothing for a path
/// that leaves the site root or a file that cannot be read.
fn read_source(root: &Path, path: &Path) -> Option<String> {
    if !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    let bytes = crate::fs::read_in_site(root, &root.join(path), crate::fs::TEXT_LIMIT).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(unicode_normalization::UnicodeNormalization::nfc(text.as_ref()).collect())
}

/// The byte range of `len` characters from `column` on `line` (all 1-based),
/// kept within the line; the whole line when the column is unknown.
fn byte_range(text: &str, line: usize, column: usize, len: usize) -> Option<std::ops::Range<usize>> {
    let mut start = 0;
    let content = text.split_inclusive('\n').nth(line.checked_sub(1)?).map(|l| {
        start = l.as_ptr() as usize - text.as_ptr() as usize;
        l.trim_end_matches(['\n', '\r'])
    })?;
    if column == 0 {
        let lead = content.len() - content.trim_start().len();
        return Some(start + lead..start + content.len());
    }
    let offset = |chars: usize| content.char_indices().nth(chars).map_or(content.len(), |(i, _)| i);
    let from = offset(column - 1);
    let to = offset(column - 1 + len.max(1)).max(from);
    Some(start + from..start + to)
}

/// "expected …" at the end of a message: what the underline says, when short
/// enough to read under a line (a long list stays in the header only).
fn expectation(message: &str) -> Option<&str> {
    let at = message
        .match_indices("expected ")
        .map(|(i, _)| i)
        .filter(|&i| message[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric()))
        .last()?;
    Some(message[at..].trim_end_matches('.')).filter(|e| e.chars().count() <= 60)
}

fn render_one(d: &Diagnostic, sources: &mut Sources<'_>, color: bool) -> String {
    let mut buffer = if color { Buffer::ansi() } else { Buffer::no_color() };
    let shown = d.path.display().to_string();
    let snippet = match (d.line, sources.get(&d.path)) {
        (0, _) | (_, None) => None,
        (line, Some(text)) => byte_range(text, line, d.column, d.len).map(|range| (text, range)),
    };
    match snippet {
        Some((text, range)) => {
            let file = SimpleFile::new(shown, text);
            let mut label = Label::primary((), range);
            if let Some(expected) = expectation(&d.message) {
                label = label.with_message(expected);
            }
            let mut report = Report::new(severity(d.severity)).with_message(&d.message).with_labels(vec![label]);
            if let Some(code) = d.code {
                report = report.with_code(code);
            }
            if let Some(hint) = &d.hint {
                report = report.with_notes(vec![format!("help: {hint}")]);
            }
            let config = Config { chars: Chars::ascii(), ..Config::default() };
            if term::emit_to_write_style(&mut buffer, &config, &file, &report).is_err() {
                return plain(d, color);
            }
        }
        None => return plain(d, color),
    }
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}

/// A diagnostic without a snippet: its header, where it is, and its hint.
fn plain(d: &Diagnostic, color: bool) -> String {
    let mut buffer = if color { Buffer::ansi() } else { Buffer::no_color() };
    let styles = Styles::default();
    let mut location = d.path.display().to_string();
    if d.line > 0 {
        location.push_str(&format!(":{}", d.line));
        if d.column > 0 {
            location.push_str(&format!(":{}", d.column));
        }
    }
    let _ = (|| -> std::io::Result<()> {
        buffer.set_color(styles.header(severity(d.severity)))?;
        write!(buffer, "{}", d.severity.as_str())?;
        if let Some(code) = d.code {
            write!(buffer, "[{code}]")?;
        }
        buffer.set_color(&styles.header_message)?;
        write!(buffer, ": {}", d.message)?;
        buffer.reset()?;
        writeln!(buffer)?;
        buffer.set_color(&styles.source_border)?;
        write!(buffer, "  -->")?;
        buffer.reset()?;
        writeln!(buffer, " {location}")?;
        if let Some(hint) = &d.hint {
            buffer.set_color(&styles.source_border)?;
            write!(buffer, "   =")?;
            buffer.reset()?;
            writeln!(buffer, " help: {hint}")?;
        }
        writeln!(buffer)
    })();
    String::from_utf8_lossy(buffer.as_slice()).into_owned()
}

fn severity(s: Severity) -> ReportSeverity {
    match s {
        Severity::Error => ReportSeverity::Error,
        Severity::Warning => ReportSeverity::Warning,
    }
}
