//! From a typed query to the index terms each of its words matches.
//!
//! These rules are the search's notion of a match, and `client/engine.js` repeats
//! them word for word, so `luukku search` and the browser ask the index the same
//! question. For each word of the query (at most [`MAX_WORDS`], duplicates by stem
//! dropped), with `s` its stem and `n` the length of `s` in characters:
//!
//! - **exact**: the term `s` itself, boost 1;
//! - **longer forms** (`n ≥ 4`): terms that start with `s` — compounds that begin
//!   with the word (`kirjasto` → `kirjastokort`), stems the stemmer left longer
//!   (`asiak` from `asiakkaalle` → `asiakas`);
//! - **siblings** (`n ≥ 5`): terms of `n` or `n + 1` characters that share all
//!   but the last character of `s` — consonant gradation and stem alternation at
//!   the end of the word (`paivakot`/`paivakod`, `hakemus`/`hakemuks`);
//! - **typed prefix**: when the query ends inside its last word, terms that start
//!   with that word as typed or with its stem, if at least [`MIN_PREFIX_CHARS`]
//!   long — search as you type;
//! - **shorter forms**: `s` cut to `n − 1` or `n − 2` characters (never below
//!   5), if that is a term (`asiakas` → `asiak`).
//!
//! Longer forms, siblings and typed prefixes together are capped at
//! [`MAX_EXPANSIONS`] terms, shortest first, then in code-point order. All but
//! the exact term have boost [`VARIANT_BOOST`]. A word scores a document with its
//! best-scoring term (a dis-max), and a document's score is the sum over words:
//! matching more words ranks higher.
//!
//! The variant boost is a power of two on purpose: tantivy folds a query's boost
//! into each term's BM25 weight, and only a power of two scales every rounding
//! step exactly, so the browser's `boost × score(term)` is bit-for-bit tantivy's.

use std::collections::BTreeMap;

use super::analyzer::{Analyzer, Word};

/// At most this many words of a query count.
pub const MAX_WORDS: usize = 10;
/// At most this many longer forms, siblings and prefix matches per word.
pub const MAX_EXPANSIONS: usize = 16;
/// The shortest typed prefix that is expanded.
pub const MIN_PREFIX_CHARS: usize = 3;
/// The boost of every term but a word's own stem.
pub const VARIANT_BOOST: f32 = 0.5;

/// The terms of an index, as the planner needs them.
pub trait Vocabulary {
    /// Whether `term` is in the index.
    fn contains(&self, term: &str) -> bool;
    /// The terms starting with `prefix`, in code-point order.
    fn with_prefix(&self, prefix: &str) -> Vec<&str>;
}

/// A word of a query and the terms it matches.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PlannedWord {
    /// The word, folded.
    pub word: String,
    /// Its stem.
    pub stem: String,
    /// Whether it is the last word, still being typed.
    pub prefix: bool,
    /// The terms it matches with their boosts, in code-point order.
    pub terms: Vec<(String, f32)>,
}

/// Whether the query ends inside a word (the reader is still typing it).
pub fn ends_in_word(query: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    query.nfc().last().is_some_and(char::is_alphanumeric)
}

fn chars(s: &str) -> usize {
    s.chars().count()
}

fn cut(s: &str, n: usize) -> &str {
    s.char_indices().nth(n).map_or(s, |(i, _)| &s[..i])
}

/// The words of `query` and the terms of `vocabulary` each one matches.
pub fn plan(analyzer: &Analyzer, query: &str, vocabulary: &dyn Vocabulary) -> Vec<PlannedWord> {
    let analyzed = analyzer.analyze(query);
    let open = ends_in_word(query);
    let last = analyzed.len().saturating_sub(1);
    let mut words: Vec<(Word, bool)> = Vec::new();
    for (i, word) in analyzed.into_iter().enumerate() {
        let prefix = open && i == last;
        if let Some(seen) = words.iter_mut().find(|(w, _)| w.stem == word.stem) {
            seen.1 |= prefix;
        } else {
            words.push((word, prefix));
        }
    }
    words.truncate(MAX_WORDS);
    words.into_iter().map(|(word, prefix)| plan_word(word, prefix, vocabulary)).collect()
}

fn plan_word(word: Word, prefix: bool, vocabulary: &dyn Vocabulary) -> PlannedWord {
    let s = word.stem.as_str();
    let n = chars(s);
    let mut expansions: Vec<&str> = Vec::new();
    if n >= 4 {
        expansions.extend(vocabulary.with_prefix(s));
    }
    if n >= 5 {
        expansions
            .extend(vocabulary.with_prefix(cut(s, n - 1)).into_iter().filter(|t| (n..=n + 1).contains(&chars(t))));
    }
    if prefix {
        for p in [word.folded.as_str(), s] {
            if chars(p) >= MIN_PREFIX_CHARS {
                expansions.extend(vocabulary.with_prefix(p));
            }
        }
    }
    expansions.retain(|t| *t != s);
    expansions.sort_by(|a, b| chars(a).cmp(&chars(b)).then(a.cmp(b)));
    expansions.dedup();
    expansions.truncate(MAX_EXPANSIONS);
    let mut terms: BTreeMap<String, f32> = BTreeMap::new();
    for t in expansions {
        terms.insert(t.to_string(), VARIANT_BOOST);
    }
    for k in n.saturating_sub(2).max(5)..n {
        let shorter = cut(s, k);
        if vocabulary.contains(shorter) {
            terms.insert(shorter.to_string(), VARIANT_BOOST);
        }
    }
    if vocabulary.contains(s) {
        terms.insert(s.to_string(), 1.0);
    }
    PlannedWord { terms: terms.into_iter().collect(), word: word.folded, stem: word.stem, prefix }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Language;

    struct Terms(Vec<&'static str>);

    impl Vocabulary for Terms {
        fn contains(&self, term: &str) -> bool {
            self.0.contains(&term)
        }
        fn with_prefix(&self, prefix: &str) -> Vec<&str> {
            let mut v: Vec<&str> = self.0.iter().copied().filter(|t| t.starts_with(prefix)).collect();
            v.sort();
            v
        }
    }

    fn terms_of(query: &str, vocabulary: &[&'static str]) -> Vec<Vec<(String, f32)>> {
        let analyzer = Analyzer::new(Language::Finnish, []);
        plan(&analyzer, query, &Terms(vocabulary.to_vec())).into_iter().map(|w| w.terms).collect()
    }

    #[test]
    fn an_inflected_word_matches_its_stem_exactly_and_its_variants_at_half_weight() {
        let plan = terms_of("asiakkaalle", &["asiak", "asiakas", "asia", "asiakirj"]);
        assert_eq!(
            plan,
            [vec![("asiak".to_string(), 1.0), ("asiakas".to_string(), 0.5), ("asiakirj".to_string(), 0.5)]]
        );
    }

    #[test]
    fn the_last_word_matches_as_a_prefix_only_while_it_is_typed() {
        let vocabulary = ["bussikort", "bus"];
        assert_eq!(terms_of("bus", &vocabulary), [vec![("bus".to_string(), 1.0), ("bussikort".to_string(), 0.5)]]);
        assert_eq!(terms_of("bus ", &vocabulary), [vec![("bus".to_string(), 1.0)]]);
        // Words of four letters or more also match their longer forms, typed or not.
        assert_eq!(terms_of("bussik ", &vocabulary), [vec![("bussikort".to_string(), 0.5)]]);
    }

    #[test]
    fn duplicate_words_count_once() {
        let plan = terms_of("kortti korttia kortin", &["kort"]);
        assert_eq!(plan.len(), 1);
    }
}
