//! File-system calls that say which path failed, and the one rule for reading a site.
//!
//! Nothing else in the crate calls `std::fs` directly, so every I/O error the user
//! sees names the file it concerns, and every file of a site (content, themes,
//! templates, static files, locales, `book.toml`) is read through [`read_in_site`]:
//! a regular file inside the site root, no larger than a limit. A symbolic link
//! leading outside the root, a FIFO, a socket or a device is refused with a
//! message that names the file and never shows what lies behind it. Text is
//! normalized to NFC as it is read, so one word compares, sorts and folds alike
//! however the editor stored it.

use std::io::Read;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use crate::error::{Diagnostic, Error, Result};

/// The largest text file (Markdown, YAML, Fluent, template, book.toml) read: 2 MiB.
pub const TEXT_LIMIT: u64 = 2 * 1024 * 1024;

/// The largest static file (image, font, script) copied: 32 MiB.
pub const STATIC_LIMIT: u64 = 32 * 1024 * 1024;

/// The private-use character the Markdown renderer marks component slots with;
/// no file may contain it, so no content can forge a slot.
pub const RESERVED_CHAR: char = '\u{E000}';

/// A site file as shown in messages: relative to the root where it lies inside.
pub fn shown(root: &Path, path: &Path) -> PathBuf {
    path.strip_prefix(root).unwrap_or(path).to_path_buf()
}

/// What kind of thing a path under the site is, judged without following it out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A regular file, or a link to one inside the root.
    File,
    /// A real folder (links to folders are never followed).
    Dir,
    /// Something luukku refuses to read; the message says why.
    Refused(String),
}

/// Classifies `path` under the site `root` by the reading rule.
pub fn classify(root: &Path, path: &Path) -> Entry {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(m) => m,
        Err(e) => return Entry::Refused(format!("cannot be read: {e}")),
    };
    let ty = meta.file_type();
    if ty.is_dir() {
        return Entry::Dir;
    }
    if ty.is_symlink() {
        let inside = match (std::fs::canonicalize(root), std::fs::canonicalize(path)) {
            (Ok(r), Ok(t)) => t.starts_with(&r),
            _ => false,
        };
        if !inside {
            return Entry::Refused(
                "is a symbolic link that leads outside the site root (or nowhere); luukku reads only files inside the site, so copy the file in instead".into(),
            );
        }
        return match std::fs::metadata(path) {
            Ok(m) if m.is_file() => Entry::File,
            Ok(m) if m.is_dir() => Entry::Refused(
                "is a symbolic link to a folder; luukku does not follow linked folders, so move or copy the folder here instead".into(),
            ),
            _ => Entry::Refused(not_regular()),
        };
    }
    if ty.is_file() {
        Entry::File
    } else {
        Entry::Refused(not_regular())
    }
}

fn not_regular() -> String {
    "is not a regular file (a FIFO, socket or device); expected an ordinary file".into()
}

/// Reads a file of the site at `root` as bytes, by the reading rule, up to `limit` bytes.
pub fn read_in_site(root: &Path, path: &Path, limit: u64) -> Result<Vec<u8>> {
    let shown = shown(root, path);
    if let Entry::Refused(why) = classify(root, path) {
        return Err(Diagnostic::file(shown, why).into());
    }
    let file = std::fs::File::open(path).map_err(|e| Error::io("failed to read", &shown, e))?;
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| Error::io("failed to read", &shown, e))?;
    if bytes.len() as u64 > limit {
        return Err(Diagnostic::file(
            shown,
            format!("is larger than {} MiB, the limit for such a file; expected a smaller file", limit / (1024 * 1024)),
        )
        .into());
    }
    Ok(bytes)
}

/// Reads a UTF-8 text file of the site at `root`, normalized to NFC. Invalid
/// UTF-8 and the reserved character U+E000 are located diagnostics.
pub fn read_text(root: &Path, path: &Path) -> Result<String> {
    let bytes = read_in_site(root, path, TEXT_LIMIT)?;
    text_from_bytes(bytes, &shown(root, path))
}

/// Whether `text` is in Unicode Normalization Form C.
///
/// Every character below U+0300 (ASCII, Latin-1, Latin Extended: Finnish and
/// Swedish letters) is composed, never combines with what precedes it, and has
/// UTF-8 bytes all below 0xCC. So such a character splits the text into parts
/// that are normalized apart, and only the short stretches around the other
/// characters (a dash, a quotation mark, a combining accent), each from the
/// character before it, go through the Unicode tables: the per-character
/// check of the whole text was 3 % of a 10,000-page build.
pub fn is_nfc(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(other) = first_at_or_above(bytes, from, 0xCC) {
        // The stretch starts at the character before (which a mark may combine
        // with) and ends at the next character below U+0300.
        let start = text[..other].char_indices().next_back().map_or(0, |(i, _)| i);
        let end = bytes[other + 1..]
            .iter()
            .position(|&b| b < 0x80 || (0xC2..0xCC).contains(&b))
            .map_or(bytes.len(), |n| other + 1 + n);
        if !unicode_normalization::is_nfc(&text[start..end]) {
            return false;
        }
        from = end;
    }
    true
}

/// The first index from `from` of a byte at or above `limit`. The largest byte
/// of each 64 is taken without an early exit, so that it compiles to vector
/// instructions.
fn first_at_or_above(bytes: &[u8], from: usize, limit: u8) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let mut offset = from;
    for chunk in rest.chunks(64) {
        if chunk.iter().fold(0u8, |m, &b| m.max(b)) >= limit {
            return chunk.iter().position(|&b| b >= limit).map(|i| offset + i);
        }
        offset += chunk.len();
    }
    None
}

/// Checks and normalizes the bytes of a text file shown as `shown`.
pub fn text_from_bytes(bytes: Vec<u8>, shown: &Path) -> Result<String> {
    let text = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        let (line, column) = crate::error::line_col(&prefix, prefix.len());
        Error::from(Diagnostic::new(
            shown,
            line,
            column,
            format!("invalid UTF-8 (byte 0x{:02x}); expected the file to be saved as UTF-8 text", bytes[valid]),
        ))
    })?;
    let text = if is_nfc(&text) { text } else { text.nfc().collect() };
    if let Some(at) = text.find(RESERVED_CHAR) {
        let (line, column) = crate::error::line_col(&text, at);
        return Err(Diagnostic::new(
            shown,
            line,
            column,
            "contains U+E000, a private-use character luukku reserves for its own use; expected ordinary text",
        )
        .into());
    }
    Ok(text)
}

/// The files under `dir` (inside the site at `root`) by the reading rule, sorted,
/// as paths; hidden files (`.name`) are skipped. Anything refused is a diagnostic.
pub fn site_files(root: &Path, dir: &Path) -> (Vec<PathBuf>, Vec<Diagnostic>) {
    let mut files = Vec::new();
    let mut diags = Vec::new();
    if !dir.is_dir() {
        return (files, diags);
    }
    for entry in walkdir::WalkDir::new(dir).min_depth(1).sort_by_file_name() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map_or_else(|| shown(root, dir), |p| shown(root, p));
                diags.push(Diagnostic::file(path, format!("cannot be read: {e}")));
                continue;
            }
        };
        if entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        match classify(root, entry.path()) {
            Entry::File => files.push(entry.path().to_path_buf()),
            Entry::Dir => {}
            Entry::Refused(why) => diags.push(Diagnostic::file(shown(root, entry.path()), why)),
        }
    }
    (files, diags)
}

/// Whether `path` is an existing folder (not following a final link).
pub fn is_real_dir(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir())
}

/// Whether anything (file, folder, link) exists at `path`.
pub fn exists(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok()
}

/// The absolute form of `path`: `.` and `..` resolved, then links followed as
/// far as the path exists (a not-yet-existing tail is appended as written).
pub fn resolve(path: &Path) -> Result<PathBuf> {
    use std::path::Component;
    let cwd = std::env::current_dir().map_err(|e| Error::io("failed to read the working folder", Path::new("."), e))?;
    let mut lexical = PathBuf::new();
    for part in cwd.join(path).components() {
        match part {
            Component::ParentDir => {
                lexical.pop();
            }
            Component::CurDir => {}
            other => lexical.push(other),
        }
    }
    let mut existing = lexical.as_path();
    let mut tail = Vec::new();
    loop {
        if let Ok(real) = std::fs::canonicalize(existing) {
            return Ok(tail.iter().rev().fold(real, |acc: PathBuf, part| acc.join(part)));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                tail.push(name.to_os_string());
                existing = parent;
            }
            _ => return Ok(lexical),
        }
    }
}

/// Writes a file whose folder exists.
pub fn write_file(path: &Path, contents: &[u8]) -> Result<()> {
    std::fs::write(path, contents).map_err(|e| Error::io("failed to write", path, e))
}

/// Creates a folder and its parents.
pub fn create_dir_all(path: &Path) -> Result<()> {
    std::fs::create_dir_all(path).map_err(|e| Error::io("failed to create folder", path, e))
}

/// Removes a folder and everything in it, if it exists.
pub fn remove_dir_all(path: &Path) -> Result<()> {
    match std::fs::remove_dir_all(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("failed to remove", path, e)),
    }
}

/// Renames a file or folder.
pub fn rename(from: &Path, to: &Path) -> Result<()> {
    std::fs::rename(from, to).map_err(|e| Error::io("failed to move into place", to, e))
}

/// The entries of one folder of the site at `root`, sorted by name, hidden ones
/// (`.name`) skipped, each classified by the reading rule.
pub fn list_dir(root: &Path, dir: &Path) -> Result<Vec<(String, PathBuf, Entry)>, Diagnostic> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| Diagnostic::file(shown(root, dir), format!("cannot be read: {e}")))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| Diagnostic::file(shown(root, dir), format!("cannot be read: {e}")))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let class = classify(root, &path);
        out.push((name, path, class));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(out)
}

/// Removes a file, if it exists.
pub fn remove_file(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io("failed to remove", path, e)),
    }
}

/// Whether `path` is a regular file (not a link) holding exactly `bytes`.
pub fn same_file_contents(path: &Path, bytes: &[u8]) -> bool {
    match std::fs::symlink_metadata(path) {
        Ok(meta) if meta.is_file() && meta.len() == bytes.len() as u64 => std::fs::read(path).is_ok_and(|b| b == bytes),
        _ => false,
    }
}

/// Makes `link` a second name of the file `original`; false where that fails
/// (another file system, one without hard links, a name already taken).
pub fn hard_link(original: &Path, link: &Path) -> bool {
    std::fs::hard_link(original, link).is_ok()
}

#[cfg(test)]
mod tests {
    use unicode_normalization::UnicodeNormalization;

    /// The byte test agrees with the Unicode tables on text at and around its
    /// boundary (U+02FF is the last character it answers alone; U+0300 is the
    /// first combining mark), composed and decomposed.
    #[test]
    fn is_nfc_agrees_with_the_unicode_tables() {
        let samples = [
            "",
            "plain",
            "Hämeenlinnan kaupunki",
            "Åbo stad – öppettider",
            "\u{2ff}",
            "a\u{300}",
            "\u{300}",
            "e\u{301}",
            "é",
            "Ω",
            "\u{2126}",
            "한국어",
            "\u{1100}\u{1161}",
            "\u{0344}",
            "x\u{e000}",
            "ǅ",
        ];
        for sample in samples {
            for text in [sample.to_string(), sample.nfd().collect(), sample.nfc().collect()] {
                assert_eq!(super::is_nfc(&text), unicode_normalization::is_nfc(&text), "{text:?}");
            }
        }
        // Pseudo-random mixtures of letters, marks, punctuation and jamo.
        let palette: Vec<char> = "aAeoöäÅ -.\u{300}\u{301}\u{308}\u{30a}\u{327}\u{344}\u{2013}\u{2019}\u{2126}\u{212b}\u{1100}\u{1161}\u{11a8}\u{ac00}\u{e9}\u{f6}\u{1e9b}\u{323}\u{2ff}\u{340}".chars().collect();
        let mut seed = 0x2545_f491_4f6c_dd1d_u64;
        for _ in 0..20_000 {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            let len = 1 + (seed >> 60) as usize;
            let text: String = (0..len)
                .map(|k| palette[((seed >> (4 * k % 56)) as usize + k * 7) % palette.len()])
                .collect::<String>()
                .repeat(1 + (seed as usize & 3) * 30);
            assert_eq!(super::is_nfc(&text), unicode_normalization::is_nfc(&text), "{text:?}");
        }
        for c in (0..0x400u32).filter_map(char::from_u32) {
            // Alone, and at every place in and after a 64-byte run.
            for before in [0, 1, 62, 63, 64, 100, 127, 128] {
                let text = format!("{}{c}", "a".repeat(before));
                assert_eq!(super::is_nfc(&text), unicode_normalization::is_nfc(&text), "U+{:04X}", c as u32);
            }
        }
    }
}
