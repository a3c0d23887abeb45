//! Alphabetical order and A–Ö letter groups for indexes.
//!
//! Finnish and Swedish put `å`, `ä` and `ö` after `z` as letters of their own;
//! other accented letters sort as their base letter. English folds all accents.

use unicode_normalization::UnicodeNormalization;

fn nordic(lang: &str) -> bool {
    matches!(lang.split('-').next(), Some("fi" | "sv" | "se" | "no" | "nb" | "nn" | "da"))
}

/// A sort key for `title` in a locale of HTML `lang`.
pub fn sort_key(lang: &str, title: &str) -> Vec<u32> {
    let nordic = nordic(lang);
    let mut key = Vec::with_capacity(title.len());
    for c in title.chars().flat_map(char::to_lowercase) {
        match c {
            'å' if nordic => key.push('z' as u32 + 1),
            'ä' | 'æ' if nordic => key.push('z' as u32 + 2),
            'ö' | 'ø' if nordic => key.push('z' as u32 + 3),
            'ü' if nordic => key.push('y' as u32),
            c => {
                for d in c.to_string().nfkd() {
                    if !unicode_normalization::char::is_combining_mark(d) {
                        key.push(d as u32);
                    }
                }
            }
        }
    }
    key.extend(title.chars().map(|c| c as u32));
    key
}

/// The letter a title is listed under.
pub fn letter(lang: &str, title: &str) -> String {
    let Some(first) = title.chars().find(|c| c.is_alphanumeric()) else {
        return "#".to_string();
    };
    let lower = first.to_lowercase().next().unwrap_or(first);
    if nordic(lang) && matches!(lower, 'å' | 'ä' | 'ö') {
        return lower.to_uppercase().collect();
    }
    if first.is_ascii_digit() {
        return "0–9".to_string();
    }
    lower
        .to_string()
        .nfkd()
        .find(|d| !unicode_normalization::char::is_combining_mark(*d))
        .map_or_else(|| first.to_uppercase().collect(), |d| d.to_uppercase().collect())
}

/// The anchor id of a letter group. `A` and `Ä` are different letters in
/// Finnish and Swedish, so letters are not folded: ASCII stays (`letter-a`),
/// others are written by code point (`letter-c4` for `Ä`).
pub fn letter_id(letter: &str) -> String {
    let mut id = String::from("letter-");
    for c in letter.chars() {
        if c.is_ascii_alphanumeric() {
            id.push(c.to_ascii_lowercase());
        } else {
            id.push_str(&format!("{:x}", c as u32));
        }
    }
    id
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finnish_order_puts_a_umlaut_after_z() {
        let mut words = vec!["Äänestys", "Ahvenanmaa", "Zeta", "Öljy", "Åbo", "Émile"];
        words.sort_by_key(|w| sort_key("fi", w));
        assert_eq!(words, ["Ahvenanmaa", "Émile", "Zeta", "Åbo", "Äänestys", "Öljy"]);
        assert_eq!(letter("fi", "Äänestys"), "Ä");
        assert_eq!(letter("en", "Émile"), "E");
        assert_ne!(letter_id("A"), letter_id("Ä"), "A and Ä groups need distinct anchors");
        assert_eq!(letter_id("Ä"), "letter-c4");
    }
}

#[cfg(test)]
mod per_language_tests {
    use super::{letter, sort_key};

    fn sorted(lang: &str, words: &[&str]) -> Vec<String> {
        let mut words: Vec<String> = words.iter().map(ToString::to_string).collect();
        words.sort_by_key(|w| sort_key(lang, w));
        words
    }

    const WORDS: [&str; 8] = ["Öre", "Zon", "Åbo", "Ängel", "Arvo", "Über", "Yrke", "Émile"];

    #[test]
    fn swedish_puts_a_ring_a_umlaut_o_umlaut_after_z_and_u_umlaut_with_y() {
        assert_eq!(sorted("sv", &WORDS), ["Arvo", "Émile", "Über", "Yrke", "Zon", "Åbo", "Ängel", "Öre"]);
        for (word, group) in
            [("Åbo", "Å"), ("ängel", "Ä"), ("Öre", "Ö"), ("Émile", "E"), ("7-Eleven", "0–9"), ("–", "#")]
        {
            assert_eq!(letter("sv", word), group, "{word}");
        }
    }

    #[test]
    fn finnish_orders_like_swedish_and_plain_finnish_is_finnish() {
        assert_eq!(sorted("fi", &WORDS), sorted("sv", &WORDS));
        assert_eq!(sorted("fi-selko", &WORDS), sorted("fi", &WORDS));
    }

    #[test]
    fn english_folds_every_accent_into_its_base_letter() {
        assert_eq!(sorted("en", &WORDS), ["Åbo", "Ängel", "Arvo", "Émile", "Öre", "Über", "Yrke", "Zon"]);
        for (word, group) in [("Åbo", "A"), ("Ängel", "A"), ("Öre", "O"), ("über", "U")] {
            assert_eq!(letter("en", word), group, "{word}");
        }
    }

    #[test]
    fn case_does_not_change_the_order_but_breaks_ties_stably() {
        assert_eq!(sorted("fi", &["b", "A", "a", "B"]), ["A", "a", "B", "b"]);
    }
}
