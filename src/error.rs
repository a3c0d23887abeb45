//! Errors that reach the user.
//!
//! Every problem in a user's files is a [`Diagnostic`]: the file, the line and
//! column (1-based) where it was found, and a sentence that says what was expected.
//! Stages collect diagnostics rather than stopping at the first, so one build run
//! reports every broken file; [`Error::Content`] carries them, sorted, to the one
//! place that prints them (`cli`).

use std::fmt;
use std::path::{Path, PathBuf};

/// How bad a [`Diagnostic`] is: an error fails a build; a warning is reported by
/// `luukku check` (and fails it under `--deny-warnings`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Severity {
    /// The site cannot be built as it is.
    #[default]
    Error,
    /// The site builds, but something a reader would notice is wrong or stale.
    Warning,
}

impl Severity {
    /// `error` or `warning`, as printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// A problem located in a user's file.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Diagnostic {
    /// The file, as given to the tool (usually relative to the site root).
    pub path: PathBuf,
    /// 1-based line; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based column; 0 when unknown.
    pub column: usize,
    /// What is wrong and what was expected.
    pub message: String,
    /// Error or warning.
    pub severity: Severity,
    /// A stable code for the kind of problem (for CI filters and docs), if it has one.
    pub code: Option<&'static str>,
    /// A suggestion that may fix it (`did you mean `summary`?`).
    pub hint: Option<String>,
    /// How many characters from the column the bad text spans (0: unknown), for
    /// the underline of the rendered report ([`crate::report`]).
    pub len: usize,
}

/// Where a piece of text is in a file: 1-based line and column (in characters)
/// and its length in characters (0 when unknown).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    /// 1-based line; 0 when unknown.
    pub line: usize,
    /// 1-based column in characters; 0 when unknown.
    pub column: usize,
    /// Length in characters; 0 when unknown.
    pub len: usize,
}

impl Diagnostic {
    /// A diagnostic at a line and column of `path`.
    pub fn new(path: impl Into<PathBuf>, line: usize, column: usize, message: impl Into<String>) -> Self {
        Diagnostic {
            path: path.into(),
            line,
            column,
            message: message.into(),
            severity: Severity::Error,
            code: None,
            hint: None,
            len: 0,
        }
    }

    /// A diagnostic at a located piece of text of `path`.
    pub fn at(path: impl Into<PathBuf>, location: Location, message: impl Into<String>) -> Self {
        Diagnostic::new(path, location.line, location.column, message).with_len(location.len)
    }

    /// The same problem, spanning `len` characters from its column.
    #[must_use]
    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len;
        self
    }

    /// The same problem reported as a warning.
    #[must_use]
    pub fn warning(mut self) -> Self {
        self.severity = Severity::Warning;
        self
    }

    /// The same problem with a stable code.
    #[must_use]
    pub fn with_code(mut self, code: &'static str) -> Self {
        self.code = Some(code);
        self
    }

    /// The same problem with a hint.
    #[must_use]
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// A diagnostic about a whole file.
    pub fn file(path: impl Into<PathBuf>, message: impl Into<String>) -> Self {
        Diagnostic::new(path, 0, 0, message)
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        write!(f, ": {}", self.message)
    }
}

/// The library's error type.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Reading or writing a file failed.
    #[error("{action} `{}`: {source}", path.display())]
    Io {
        /// What the tool was doing ("failed to read").
        action: &'static str,
        /// The file or folder.
        path: PathBuf,
        /// The operating system's error.
        #[source]
        source: std::io::Error,
    },
    /// One or more problems in the site's own files.
    #[error("{}", render_diagnostics(.0))]
    Content(Vec<Diagnostic>),
    /// A problem that has no location in a file.
    #[error("{0}")]
    Message(String),
}

fn render_diagnostics(diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for (i, d) in diags.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str("error: ");
        out.push_str(&d.to_string());
    }
    if diags.len() > 1 {
        out.push_str(&format!("\n{} errors", diags.len()));
    }
    out
}

impl Error {
    /// Wraps an I/O error with what was being done and to which path.
    pub fn io(action: &'static str, path: &Path, source: std::io::Error) -> Self {
        Error::Io { action, path: path.to_path_buf(), source }
    }

    /// Turns a non-empty list of diagnostics into an error, sorted for stable output.
    pub fn from_diagnostics(mut diags: Vec<Diagnostic>) -> Result<(), Error> {
        if diags.is_empty() {
            return Ok(());
        }
        diags.sort();
        diags.dedup();
        Err(Error::Content(diags))
    }

    /// The located problems carried by this error (empty for I/O and plain messages).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        match self {
            Error::Content(d) => d,
            _ => &[],
        }
    }
}

impl From<Diagnostic> for Error {
    fn from(d: Diagnostic) -> Self {
        Error::Content(vec![d])
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Converts a byte offset in `text` to a 1-based (line, column), counting columns in characters.
pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::{line_col, Diagnostic};

    #[test]
    fn line_and_column_count_characters_not_bytes() {
        let text = "äö\nåx€y\n\nz";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, "ä".len()), (1, 2));
        assert_eq!(line_col(text, "äö".len()), (1, 3), "the newline itself");
        assert_eq!(line_col(text, "äö\n".len()), (2, 1));
        assert_eq!(line_col(text, "äö\nåx".len()), (2, 3));
        assert_eq!(line_col(text, "äö\nåx€".len()), (2, 4));
        assert_eq!(line_col(text, "äö\nåx€y\n\n".len()), (4, 1));
    }

    #[test]
    fn an_offset_inside_a_character_or_past_the_end_is_clamped() {
        let text = "a€b";
        assert_eq!(line_col(text, 2), (1, 2), "inside `€` counts from its start");
        assert_eq!(line_col(text, 99), (1, 4));
        assert_eq!(line_col("", 5), (1, 1));
    }

    #[test]
    fn a_diagnostic_is_one_line_with_what_is_known_of_its_place() {
        assert_eq!(Diagnostic::new("a.md", 3, 7, "bad").to_string(), "a.md:3:7: bad");
        assert_eq!(Diagnostic::new("a.md", 3, 0, "bad").to_string(), "a.md:3: bad");
        assert_eq!(Diagnostic::file("a.md", "bad").to_string(), "a.md: bad");
        assert_eq!(Diagnostic::file("a.md", "bad").warning().with_hint("h").with_code("c").to_string(), "a.md: bad");
    }
}
