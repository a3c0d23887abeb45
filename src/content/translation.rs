//! Which text a translation was made from.
//!
//! A translation records `translated-from: { locale, hash }` in its front matter
//! (see [`crate::content::fields::TranslatedFrom`]); the hash is [`source_hash`] of
//! the source locale's file as it was then. One definition, shared by the importer
//! (which writes it), `luukku new` and `luukku check` (which compares it), so that
//! a translation is stale exactly when its source file's text has changed.

use sha2::{Digest, Sha256};

/// The first 16 hex digits of the SHA-256 of a content file's text, after the
/// differences an editor may introduce without changing the text are removed: a
/// leading byte-order mark, CRLF line ends, and trailing blank lines.
pub fn source_hash(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text = text.replace("\r\n", "\n");
    let text = text.trim_end_matches('\n');
    Sha256::digest(text.as_bytes()).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::source_hash;

    #[test]
    fn hash_ignores_bom_line_ends_and_trailing_newlines() {
        let plain = source_hash("---\ntitle: Kirjasto\n---\nTeksti.\n");
        assert_eq!(plain.len(), 16);
        assert_eq!(plain, source_hash("\u{feff}---\r\ntitle: Kirjasto\r\n---\r\nTeksti.\r\n\r\n"));
        assert_ne!(plain, source_hash("---\ntitle: Kirjasto\n---\nTeksti!\n"));
    }
}
