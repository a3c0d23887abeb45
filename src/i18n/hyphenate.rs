//! Soft hyphens in long words, by language, for browsers that cannot hyphenate.
//!
//! `hyphens: auto` in CSS needs a hyphenation dictionary in the browser, and many
//! browsers have none for Finnish: a long compound such as
//! `Varhaiskasvatushakemus` in a heading on a 320 px phone then breaks without a
//! hyphen, or not at all. Inserting soft hyphens (U+00AD) at the syllable
//! boundaries that the TeX patterns of the text's language allow (through the
//! `hypher` crate) lets every browser break such a word correctly and shows
//! nothing where it does not break. Only long words get them: short ones never
//! need to break, and text stays easy to search and copy.

/// Words at least this many characters long get soft hyphens.
const MIN_WORD: usize = 14;

/// The soft hyphen.
const SHY: char = '\u{ad}';

/// `text` with soft hyphens in its long words, by the patterns of the BCP 47
/// language `lang` (`fi`, `sv-FI`, `en`); unchanged for a language without
/// patterns here.
pub fn soft_hyphens(text: &str, lang: &str) -> String {
    let primary = lang.split(['-', '_']).next().unwrap_or(lang).to_ascii_lowercase();
    let code: [u8; 2] = match primary.as_bytes() {
        [a, b] => [*a, *b],
        _ => return text.to_string(),
    };
    let Some(language) = hypher::Lang::from_iso(code) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len() + 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        if word.chars().count() >= MIN_WORD {
            let syllables: Vec<&str> = hypher::hyphenate_bounded(word, language, 2, 3).collect();
            out.push_str(&syllables.join(&SHY.to_string()));
        } else {
            out.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_finnish_compounds_get_soft_hyphens_at_syllables() {
        let h = soft_hyphens("Varhaiskasvatushakemus", "fi");
        assert_eq!(h.replace(SHY, ""), "Varhaiskasvatushakemus");
        assert!(h.contains("kas\u{ad}va"), "{h:?}");
        assert!(h.split(SHY).all(|part| part.chars().count() >= 2), "{h:?}");
    }

    #[test]
    fn short_words_and_other_characters_stay_as_they_are() {
        assert_eq!(soft_hyphens("Palvelupiste: osta ja lataa.", "fi"), "Palvelupiste: osta ja lataa.");
    }

    #[test]
    fn swedish_and_english_use_their_own_patterns() {
        assert!(soft_hyphens("småbarnspedagogiken", "sv").contains(SHY));
        assert!(soft_hyphens("internationalization", "en").contains(SHY));
    }

    #[test]
    fn a_language_without_patterns_is_left_alone() {
        assert_eq!(soft_hyphens("Varhaiskasvatushakemus", "und"), "Varhaiskasvatushakemus");
        assert_eq!(soft_hyphens("Varhaiskasvatushakemus", "x"), "Varhaiskasvatushakemus");
    }
}
