//! Markdown: one parser configuration, heading ids, component blocks and the
//! renderer that turns a body into sanitized HTML with resolved links.

mod check;
pub mod components;
mod headings;
mod render;

pub use check::{check_body, item_links, MAX_DEPTH};
pub use components::ComponentBlock;
pub use headings::{headings, Heading, RESERVED_IDS};
pub use render::{render_body, render_component_text, render_inline, LinkResolver, RenderedBody};

use pulldown_cmark::Options;

/// The one set of parser options used for every Markdown text.
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Folds text to an ASCII identifier: `Ääni ja ele` → `aani-ja-ele`.
///
/// Letters lose their diacritics (NFKD, then combining marks dropped), a few
/// letters without a decomposition are spelt out (`ß` → `ss`, `æ` → `ae`,
/// `ø` → `o`), everything else that is not a letter or digit becomes one `-`.
pub fn slugify(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::with_capacity(text.len());
    let mut dash = false;
    for c in text.nfkd() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        let piece: &str = match lower {
            'a'..='z' | '0'..='9' => &text_of(lower),
            'ß' => "ss",
            'æ' => "ae",
            'œ' => "oe",
            'ø' => "o",
            'đ' | 'ð' => "d",
            'þ' => "th",
            'ł' => "l",
            c if unicode_normalization::char::is_combining_mark(c) => continue,
            _ => {
                dash = true;
                continue;
            }
        };
        if dash && !out.is_empty() {
            out.push('-');
        }
        dash = false;
        out.push_str(piece);
    }
    out
}

fn text_of(c: char) -> String {
    c.to_string()
}

#[cfg(test)]
mod tests {
    use super::slugify;

    #[test]
    fn slugify_folds_finnish_and_swedish_letters() {
        assert_eq!(slugify("Ääni ja ele"), "aani-ja-ele");
        assert_eq!(slugify("Så här gör du"), "sa-har-gor-du");
        assert_eq!(slugify("  Mitä -- tehdä?  "), "mita-tehda");
        assert_eq!(slugify("Straße & Øre"), "strasse-ore");
        assert_eq!(slugify("6Aika"), "6aika");
    }
}
