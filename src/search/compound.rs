//! Compound words split into their parts, over the site's own vocabulary.
//!
//! Finnish and Swedish write most service names as one word (`bussikortti`,
//! `asiakaspalvelu`, `bibliotekskort`), and a reader may type only a part
//! (`kortti`) or the parts apart (`bussi kortti`). Stemmers do not split compounds,
//! so the index does: a word is split when it starts with a word that the locale's
//! own text uses on its own (`bussi`), and what follows is again such a word, an
//! inflected form of one (its stem is the stem of a known word: `kortilla`), or
//! another compound. Swedish first parts may end in a linking `s`
//! (`biblioteks|kort`). Every part has at least [`MIN_PART_CHARS`] letters, and the
//! longest first part wins. Parts are indexed beside the whole word, at its
//! position; queries are not split, so the browser needs no dictionary.

use std::collections::{HashMap, HashSet};

use super::analyzer::Language;

/// The shortest part of a compound, in characters.
pub const MIN_PART_CHARS: usize = 3;

/// The vocabulary of a locale and the compounds found in it.
#[derive(Debug, Default)]
pub struct Compounds {
    /// Words the text uses on their own.
    words: HashSet<String>,
    /// The stems of those words.
    stems: HashSet<String>,
    /// Whether a first part may end in a linking `s` (Swedish).
    linking_s: bool,
    /// Every vocabulary word that splits, with its parts.
    splits: HashMap<String, Vec<String>>,
}

impl Compounds {
    /// The compounds of `vocabulary` (folded words), stemmed with `stem`.
    pub fn new<'a>(
        language: Language,
        vocabulary: impl IntoIterator<Item = &'a str>,
        stem: &dyn Fn(&str) -> String,
    ) -> Self {
        let words: HashSet<String> = vocabulary
            .into_iter()
            .filter(|w| w.chars().count() >= MIN_PART_CHARS && w.chars().all(char::is_alphabetic))
            .map(str::to_string)
            .collect();
        let stems = words.iter().map(|w| stem(w)).collect();
        let mut compounds =
            Compounds { words, stems, linking_s: language == Language::Swedish, splits: HashMap::new() };
        let mut splits = HashMap::new();
        for word in &compounds.words {
            let parts = compounds.find_parts(word, stem);
            if !parts.is_empty() {
                splits.insert(word.clone(), parts);
            }
        }
        compounds.splits = splits;
        compounds
    }

    /// The parts of a vocabulary word, or nothing if it is not a compound.
    pub fn split(&self, word: &str) -> &[String] {
        self.splits.get(word).map_or(&[], Vec::as_slice)
    }

    /// Whether `part` may end a compound: a known word, the inflected form of one,
    /// or a compound itself (whose parts are appended to `out`).
    fn tail_parts(&self, tail: &str, stem: &dyn Fn(&str) -> String, out: &mut Vec<String>) -> bool {
        if self.words.contains(tail) || self.stems.contains(&stem(tail)) {
            out.push(tail.to_string());
            return true;
        }
        let parts = self.find_parts(tail, stem);
        if parts.is_empty() {
            return false;
        }
        out.extend(parts);
        true
    }

    fn find_parts(&self, word: &str, stem: &dyn Fn(&str) -> String) -> Vec<String> {
        let bounds: Vec<usize> = word.char_indices().map(|(i, _)| i).skip(1).collect();
        if bounds.len() + 1 < 2 * MIN_PART_CHARS || !word.chars().all(char::is_alphabetic) {
            return Vec::new();
        }
        // `bounds[k]` is where the (k+2)-th character starts: a head of k+1 characters.
        for k in (MIN_PART_CHARS - 1..bounds.len() + 1 - MIN_PART_CHARS).rev() {
            let (head, tail) = word.split_at(bounds[k]);
            let known_head = if self.words.contains(head) {
                Some(head)
            } else if self.linking_s
                && k >= MIN_PART_CHARS
                && head.ends_with('s')
                && self.words.contains(&head[..head.len() - 1])
            {
                Some(&head[..head.len() - 1])
            } else {
                None
            };
            let Some(head) = known_head else { continue };
            let mut parts = vec![head.to_string()];
            if self.tail_parts(tail, stem, &mut parts) {
                return parts;
            }
        }
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(w: &str) -> String {
        w.trim_end_matches('a').to_string()
    }

    #[test]
    fn a_known_word_followed_by_a_known_or_inflected_word_splits() {
        let c = Compounds::new(
            Language::Finnish,
            ["bussi", "kortti", "bussikortti", "asia", "asiakas", "palvelu"],
            &identity,
        );
        assert_eq!(c.split("bussikortti"), ["bussi", "kortti"]);
        // `asia` + `kas` is not a split: `kas` is no word of the site.
        assert!(c.split("asiakas").is_empty());
        assert!(c.split("kortti").is_empty());
    }

    #[test]
    fn swedish_first_parts_may_end_in_a_linking_s() {
        let c = Compounds::new(Language::Swedish, ["bibliotek", "kort", "bibliotekskort"], &identity);
        assert_eq!(c.split("bibliotekskort"), ["bibliotek", "kort"]);
        let fi = Compounds::new(Language::Finnish, ["bibliotek", "kort", "bibliotekskort"], &identity);
        assert!(fi.split("bibliotekskort").is_empty());
    }

    #[test]
    fn compounds_of_three_parts_split_into_three() {
        let c = Compounds::new(Language::Finnish, ["paiva", "koti", "hakemus", "paivakotihakemus"], &identity);
        assert_eq!(c.split("paivakotihakemus"), ["paiva", "koti", "hakemus"]);
    }
}
