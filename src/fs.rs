//! File-system calls that say which path failed.
//!
//! Nothing else in the crate calls `std::fs` directly, so every I/O error the user
//! sees names the file it concerns.

use std::path::Path;

use crate::error::{Diagnostic, Error, Result};

/// Reads a file as bytes.
pub fn read(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::io("failed to read", path, e))
}

/// Reads a file that must be UTF-8 text; invalid UTF-8 is a located diagnostic.
pub fn read_text(path: &Path, shown_as: &Path) -> Result<String> {
    let bytes = read(path)?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let bytes = e.as_bytes();
        let prefix = String::from_utf8_lossy(&bytes[..valid]);
        let (line, column) = crate::error::line_col(&prefix, prefix.len());
        Error::from(Diagnostic::new(
            shown_as,
            line,
            column,
            format!("invalid UTF-8 (byte 0x{:02x}); expected the file to be saved as UTF-8 text", bytes[valid]),
        ))
    })
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
