//! The catalogue's texts turned into luukku's: plain one-line texts for titles,
//! summaries and keywords, and Markdown for descriptions, steps and facts.
//!
//! A catalogue text is plain text with line breaks and bullet characters (`•`,
//! `-`, `–`). A blank line or a line break ends a paragraph, and a line that
//! starts with a bullet is a list item. Everything else is text, never markup:
//! characters Markdown would read as markup (`*`, `_`, `[`, `<`, `&`, a `#` or
//! `1.` starting a line) are escaped, so a record cannot inject links, HTML or
//! headings. Placeholder values the catalogue's fixtures carry (`"value"`) and
//! empty texts count as missing.

/// Values that stand for "nothing here" in catalogue records.
const PLACEHOLDERS: [&str; 9] =
    ["value", "type", "code", "oid", "string", "null", "012 345 6789", "example@example.com", "+358 44 1234 567"];

/// Whether `s` is empty or a placeholder.
pub fn is_placeholder(s: &str) -> bool {
    let t = s.trim();
    t.is_empty() || PLACEHOLDERS.iter().any(|p| t.eq_ignore_ascii_case(p))
}

/// Whether `s` is a placeholder, or the name of the field it stands in
/// (`"additionalInformation": "additionalInformation"`).
pub fn is_placeholder_of(s: &str, field: &str) -> bool {
    is_placeholder(s) || s.trim() == field
}

/// Whether a URL points into the domains reserved for examples (RFC 2606).
pub fn is_example_url(url: &str) -> bool {
    let host = url.split("://").nth(1).unwrap_or("").split(['/', '?', '#', ':']).next().unwrap_or("");
    let host = host.to_ascii_lowercase();
    ["example.com", "example.org", "example.net"].iter().any(|d| host == *d || host.ends_with(&format!(".{d}")))
}

/// The text without placeholders, control characters and the reserved U+E000,
/// with `\r\n` as `\n`; `None` when nothing is left.
pub fn clean(s: Option<&str>) -> Option<String> {
    let s = s?;
    if is_placeholder(s) {
        return None;
    }
    let cleaned: String = s
        .replace("\r\n", "\n")
        .chars()
        .filter(|c| *c == '\n' || *c == '\t' || !c.is_control())
        .filter(|c| *c != '\u{E000}')
        .map(|c| if c == '\t' || c == '\u{a0}' { ' ' } else { c })
        .collect();
    let cleaned = cleaned.trim().to_string();
    (!cleaned.is_empty()).then_some(cleaned)
}

/// One line of plain text: whitespace runs (line breaks too) become one space.
pub fn plain(s: Option<&str>) -> Option<String> {
    let s = clean(s)?;
    Some(s.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// A part of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Block {
    Paragraph(String),
    List(Vec<String>),
}

/// A line's text after its bullet, if it starts with one.
fn bullet(line: &str) -> Option<&str> {
    for b in ['•', '·', '▪', '◦', '‣', '●', '–', '—', '-', '*'] {
        if let Some(rest) = line.strip_prefix(b) {
            // `-` and `*` are bullets only before a space (not `-5 °C`); the
            // typographic bullets are bullets either way.
            if matches!(b, '-' | '*' | '–' | '—') && !rest.starts_with(' ') {
                return None;
            }
            return Some(rest.trim());
        }
    }
    None
}

fn blocks(text: &str) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            continue;
        }
        let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
        match (bullet(line), out.last_mut()) {
            (Some(""), _) => {}
            (Some(item), Some(Block::List(items))) => items.push(words(item)),
            (Some(item), _) => out.push(Block::List(vec![words(item)])),
            (None, _) => out.push(Block::Paragraph(words(line))),
        }
    }
    out
}

/// Escapes what inline Markdown would read as markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '&' | '|' | '~' | '!' | '$') {
            out.push('\\');
        }
        out.push(c);
    }
    // What would start a block at the start of a line: a heading, a list, a
    // quote (escaped above), a thematic break or a setext underline.
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    let after_digits = &out[digits..];
    if digits > 0
        && (after_digits.starts_with(". ")
            || after_digits.starts_with(") ")
            || after_digits == "."
            || after_digits == ")")
    {
        out.insert(digits, '\\');
    } else if out.starts_with(['#', '-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

/// The text as Markdown paragraphs and lists; `None` if it is empty or a placeholder.
pub fn markdown(s: Option<&str>) -> Option<String> {
    let text = clean(s)?;
    let parts: Vec<String> = blocks(&text)
        .into_iter()
        .map(|b| match b {
            Block::Paragraph(p) => escape(&p),
            Block::List(items) => items.iter().map(|i| format!("- {}", escape(i))).collect::<Vec<_>>().join("\n"),
        })
        .collect();
    (!parts.is_empty()).then(|| parts.join("\n\n"))
}

/// The text as one line of inline Markdown (paragraphs and items side by side).
pub fn inline(s: Option<&str>) -> Option<String> {
    let items = steps(s);
    (!items.is_empty()).then(|| items.join(" "))
}

/// Each paragraph and list item of the text as a step of inline Markdown.
pub fn steps(s: Option<&str>) -> Vec<String> {
    let Some(text) = clean(s) else { return Vec::new() };
    blocks(&text)
        .into_iter()
        .flat_map(|b| match b {
            Block::Paragraph(p) => vec![p],
            Block::List(items) => items,
        })
        .map(|p| escape(&p))
        .collect()
}

/// At most `max` characters: cut at a word and ended with `…` when longer.
pub fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split(' ') {
        if out.chars().count() + word.chars().count() + 2 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    if out.is_empty() {
        out = s.chars().take(max - 1).collect();
    }
    out.push('…');
    out
}

/// A readable folder name: the text folded as heading ids are
/// ([`crate::markdown::slugify`]), cut after the last whole word within 60 characters.
pub fn slug(s: &str) -> String {
    let mut out = String::new();
    for w in crate::markdown::slugify(s).split('-') {
        if out.len() + w.len() + 1 > 60 && !out.is_empty() {
            break;
        }
        if !out.is_empty() {
            out.push('-');
        }
        out.push_str(w);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_bullets_become_paragraphs_and_lists() {
        let md = markdown(Some("Ensin tämä.\n\nSitten:\n• yksi\n• kaksi\n- kolme\nLoppu.")).unwrap_or_default();
        assert_eq!(md, "Ensin tämä.\n\nSitten:\n\n- yksi\n- kaksi\n- kolme\n\nLoppu.");
    }

    #[test]
    fn markup_in_the_source_stays_text() {
        assert_eq!(
            escape("<script>x</script> [a](javascript:b) *c*"),
            "\\<script\\>x\\</script\\> \\[a\\](javascript:b) \\*c\\*"
        );
        assert_eq!(escape("# otsikko"), "\\# otsikko");
        assert_eq!(escape("1. kohta"), "1\\. kohta");
        assert_eq!(escape("-5 astetta"), "\\-5 astetta");
    }

    #[test]
    fn placeholders_and_nulls_are_missing() {
        assert_eq!(markdown(Some("value")), None);
        assert_eq!(markdown(None), None);
        assert_eq!(plain(Some("  ")), None);
    }

    #[test]
    fn slugs_are_readable() {
        assert_eq!(
            slug("Työllistymistä edistävä monialainen yhteispalvelu (TYP)"),
            "tyollistymista-edistava-monialainen-yhteispalvelu-typ"
        );
        assert_eq!(slug("Suomi.fi-valtuudet"), "suomi-fi-valtuudet");
    }

    #[test]
    fn long_summaries_are_cut_at_a_word() {
        let s = shorten("aaa bbb ccc ddd", 9);
        assert_eq!(s, "aaa bbb…");
        assert!(s.chars().count() <= 9);
    }
}
