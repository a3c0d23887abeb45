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
//! A word that matches no term at all is then forgiven ([`super::forgive`]): if it
//! splits into parts whose stems are terms, the parts replace it as words of
//! their own (`paivakotihakemus` → `paivakoti hakemus`); otherwise its nearest
//! terms within the typo distance match it, at boost [`TYPO_BOOST`], below any
//! exact or variant match. Words a synonym rule adds ([`super::synonyms`]) come
//! last, their boosts multiplied by [`SYNONYM_WEIGHT`]; a typed word that a rule
//! matched is not corrected.
//!
//! A query that finds fewer than [`FEW_RESULTS`] documents is widened
//! ([`widen`]): each typed word that matched as typed is also matched with its
//! nearest *other* terms within the typo distance, and the documents only those
//! find are added after every other result (a word the site misspells once, or a
//! rare word a letter away from a common one).
//!
//! The variant boost is a power of two on purpose: tantivy folds a query's boost
//! into each term's BM25 weight, and only a power of two scales every rounding
//! step exactly, so the browser's `boost × score(term)` is bit-for-bit tantivy's.

use std::collections::BTreeMap;

use super::analyzer::{Analyzer, Word};
use super::forgive::{max_edits, nearest, query_keys, split};
use super::synonyms::Synonyms;

/// At most this many words of a query count.
pub const MAX_WORDS: usize = 10;
/// At most this many longer forms, siblings and prefix matches per word.
pub const MAX_EXPANSIONS: usize = 16;
/// The shortest typed prefix that is expanded.
pub const MIN_PREFIX_CHARS: usize = 3;
/// The boost of every term but a word's own stem.
pub const VARIANT_BOOST: f32 = 0.5;
/// The boost of a typo correction.
pub const TYPO_BOOST: f32 = 0.25;
/// What the boosts of a synonym's terms are multiplied by.
pub const SYNONYM_WEIGHT: f32 = 0.5;
/// A query that finds fewer documents than this is widened with typo corrections.
pub const FEW_RESULTS: usize = 3;

/// The terms of an index, as the planner needs them.
pub trait Vocabulary {
    /// Whether `term` is in the index.
    fn contains(&self, term: &str) -> bool;
    /// The terms starting with `prefix`, in code-point order.
    fn with_prefix(&self, prefix: &str) -> Vec<&str>;
    /// The terms filed under a key of the typo index ([`super::forgive`]).
    fn filed_under(&self, key: &str) -> Vec<&str>;
    /// How a term is shown to readers: its most frequent word in the text.
    fn display(&self, term: &str) -> String;
}

/// Where a word of the plan comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Origin {
    /// Typed by the reader.
    Typed,
    /// A part of a typed word that is no term (`of` names the word).
    Part,
    /// Added by a synonym rule (`of` names the typed phrase that matched).
    Synonym,
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
    /// Where it comes from.
    pub origin: Origin,
    /// The typed word it is a part of, or the typed phrase it is a synonym of.
    pub of: Option<String>,
    /// The terms it was corrected to as a typo, each with the word it is shown
    /// as (for "did you mean"); empty for a word that matched as typed.
    pub corrected: Vec<(String, String)>,
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
pub fn plan(analyzer: &Analyzer, query: &str, vocabulary: &dyn Vocabulary, synonyms: &Synonyms) -> Vec<PlannedWord> {
    let analyzed = analyzer.analyze(query);
    let stems: Vec<String> = analyzed.iter().map(|w| w.stem.clone()).collect();
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
    let added = synonyms.expand(&stems);
    let mut out: Vec<PlannedWord> = Vec::new();
    for (word, prefix) in words {
        if out.iter().any(|o| o.stem == word.stem) {
            continue;
        }
        let planned = plan_word(word, prefix, vocabulary, Origin::Typed, None);
        if !planned.terms.is_empty() {
            out.push(planned);
            continue;
        }
        let parts = split(&planned.word, analyzer.language(), &|w| analyzer.stem(w), &|t| vocabulary.contains(t));
        if parts.is_empty() {
            let matched = synonyms.matched(&stems, &planned.stem);
            out.push(if matched { planned } else { correct(planned, vocabulary) });
            continue;
        }
        for part in parts {
            let w = Word { stem: analyzer.stem(&part), folded: part };
            if !out.iter().any(|o| o.stem == w.stem) {
                out.push(plan_word(w, false, vocabulary, Origin::Part, Some(planned.word.clone())));
            }
        }
    }
    for (phrase, of) in added {
        for w in analyzer.analyze(&phrase) {
            if out.iter().any(|o| o.stem == w.stem) {
                continue;
            }
            let mut planned = plan_word(w, false, vocabulary, Origin::Synonym, Some(of.clone()));
            for (_, boost) in &mut planned.terms {
                *boost *= SYNONYM_WEIGHT;
            }
            out.push(planned);
        }
    }
    out
}

/// The query with every corrected word replaced by how its correction is written
/// in the text ("did you mean"), or none if no word was corrected. The search
/// page's script (`search.js`) offers the same.
pub fn did_you_mean(query: &str, planned: &[PlannedWord]) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    let fixes: Vec<(&str, &str)> = planned
        .iter()
        .filter(|w| w.origin == Origin::Typed)
        .filter_map(|w| w.corrected.first().map(|(_, shown)| (w.word.as_str(), shown.as_str())))
        .collect();
    if fixes.is_empty() {
        return None;
    }
    let query: String = query.nfc().collect();
    let mut out = String::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        let folded = super::analyzer::fold(word);
        out.push_str(fixes.iter().find(|(w, _)| *w == folded).map_or(word.as_str(), |(_, shown)| shown));
        word.clear();
    };
    for c in query.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    Some(out.trim().to_string())
}

/// The words that widen a query with few results: each typed word that matched
/// as typed (not corrected, split or added), with its nearest terms other than
/// those it matches, at [`TYPO_BOOST`]. Empty when no word has such terms.
pub fn widen(planned: &[PlannedWord], vocabulary: &dyn Vocabulary) -> Vec<PlannedWord> {
    planned
        .iter()
        .filter(|w| w.origin == Origin::Typed && w.corrected.is_empty() && !w.terms.is_empty())
        .filter_map(|w| {
            let found = correct(w.clone(), vocabulary);
            let other: Vec<(String, String)> =
                found.corrected.into_iter().filter(|(t, _)| !w.terms.iter().any(|(u, _)| u == t)).collect();
            (!other.is_empty()).then(|| PlannedWord {
                terms: other.iter().map(|(t, _)| (t.clone(), TYPO_BOOST)).collect(),
                corrected: other,
                ..w.clone()
            })
        })
        .collect()
}

/// A word that matches nothing, matched instead with its nearest terms.
fn correct(mut word: PlannedWord, vocabulary: &dyn Vocabulary) -> PlannedWord {
    let typed = chars(&word.word);
    let mut candidates: Vec<&str> =
        query_keys(&word.stem, max_edits(typed)).iter().flat_map(|k| vocabulary.filed_under(k)).collect();
    candidates.sort_unstable();
    candidates.dedup();
    let found = nearest(&word.stem, typed, candidates);
    word.terms = found.iter().map(|t| (t.to_string(), TYPO_BOOST)).collect();
    word.corrected = found.iter().map(|t| (t.to_string(), vocabulary.display(t))).collect();
    word
}

fn plan_word(word: Word, prefix: bool, vocabulary: &dyn Vocabulary, origin: Origin, of: Option<String>) -> PlannedWord {
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
    PlannedWord {
        terms: terms.into_iter().collect(),
        word: word.folded,
        stem: word.stem,
        prefix,
        origin,
        of,
        corrected: Vec::new(),
    }
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
        fn filed_under(&self, key: &str) -> Vec<&str> {
            self.0.iter().copied().filter(|t| crate::search::forgive::term_keys(t).iter().any(|k| k == key)).collect()
        }
        fn display(&self, term: &str) -> String {
            term.to_uppercase()
        }
    }

    fn terms_of(query: &str, vocabulary: &[&'static str]) -> Vec<Vec<(String, f32)>> {
        let analyzer = Analyzer::new(Language::Finnish, []);
        plan(&analyzer, query, &Terms(vocabulary.to_vec()), &Synonyms::default()).into_iter().map(|w| w.terms).collect()
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
    fn a_word_that_matches_nothing_is_split_or_corrected() {
        assert_eq!(
            terms_of("paivakotihakemus ", &["paivakod", "paivakot", "hakemus"]),
            [vec![("paivakod".to_string(), 0.5), ("paivakot".to_string(), 1.0)], vec![("hakemus".to_string(), 1.0)]]
        );
        assert_eq!(terms_of("kirjsto ", &["kirjasto", "kirja"]), [vec![("kirjasto".to_string(), 0.25)]]);
        // Four letters are too few to correct.
        assert_eq!(terms_of("kirx ", &["kira"]), [vec![]]);
    }

    #[test]
    fn duplicate_words_count_once() {
        let plan = terms_of("kortti korttia kortin", &["kort"]);
        assert_eq!(plan.len(), 1);
    }
}
