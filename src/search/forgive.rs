//! Forgiving what readers type: typos against the locale's own terms, and
//! compounds the site never writes as one word, split into terms it has.
//!
//! Both run only for a query word that matches nothing (see [`super::query`]), so
//! a query whose words all match costs not one byte more in the browser.
//!
//! **Typos.** A word of [`TYPO1_CHARS`] letters or more may be one edit away from
//! a term (an insertion, deletion, substitution or swap of two neighbours: the
//! optimal-string-alignment distance), one of [`TYPO2_CHARS`] or more two edits.
//! The browser must not download the vocabulary to find those terms, so the index
//! files every term under a few *keys* such that a term within the distance of a
//! word always shares a key with it (the pigeonhole principle):
//!
//! - one edit leaves either the first or the last `h = ⌊(n−1)/2⌋` characters of
//!   a term of `n` characters untouched (a swap of two neighbours included, since
//!   `2h < n`), so the term is filed under its prefix (`<` + prefix) and its
//!   reversed suffix (`>` + reversed suffix) of that length;
//! - two edits leave one of three parts untouched when a term is cut into its
//!   first `c` characters, one character, a middle of at least `c`, one character
//!   and its last `c` characters (a swap touches at most one part). Any
//!   `c ≤ ⌊(n−2)/3⌋` will do; [`part_chars`] takes `⌊n/4⌋`, the same for four
//!   lengths in a row, so that the five lengths a word may be within reach of
//!   need two values of `c`, not three (fewer keys, fewer files). The term is also
//!   filed under that prefix and reversed suffix, and under the `c` characters
//!   that start its middle (`=` + them). If the middle is the untouched part, one
//!   edit at most precedes it, so the word holds those characters one place
//!   earlier, at the same place or one later. Rather than the word asking for all
//!   three places at every length it may have (many keys, many files), the term
//!   is filed under the `c` characters at each place and the word asks for its
//!   own. The one exception: when the middle is exactly `c` characters long
//!   (`n = 3c + 2`, here 5 and 8), the characters one place later take in the
//!   separator after the middle, which a swap with the suffix may move; such a
//!   term is filed at its own place and one earlier only, and a word asks for
//!   those two. Terms of under 5 characters are never more than one edit away
//!   ([`reach`]).
//!
//! A word asks for the keys of every term length it could be within reach of;
//! the candidates under those keys are then measured exactly. Keys are spread
//! over [`typo_shard`]s by a hash, so the browser loads one small file per key.
//!
//! **Compounds.** A word that is no term is split, longest first part first,
//! into parts whose stems are terms ([`split`]); Swedish first parts may end in a
//! linking `s`.

use super::analyzer::Language;
use super::compound::MIN_PART_CHARS;

/// The shortest word, in characters, that typos are corrected in (one edit).
pub const TYPO1_CHARS: usize = 5;
/// The shortest word, in characters, that may have two typos.
pub const TYPO2_CHARS: usize = 9;
/// At most this many corrections of one word (the nearest, in code-point order).
pub const MAX_CORRECTIONS: usize = 3;
/// At most this many parts of a split word.
pub const MAX_PARTS: usize = 4;
/// The shortest term filed in the typo index.
pub const MIN_TERM_CHARS: usize = 3;

/// How many edits a word of `chars` characters may have.
pub fn max_edits(chars: usize) -> usize {
    if chars >= TYPO2_CHARS {
        2
    } else if chars >= TYPO1_CHARS {
        1
    } else {
        0
    }
}

/// How many edits may separate a word that may have `edits` from `term`: terms
/// of under 5 characters are at most one edit away from anything, and those of
/// under [`MIN_TERM_CHARS`] are never corrections.
pub fn reach(edits: usize, term: &str) -> Option<usize> {
    match term.chars().count() {
        n if n < MIN_TERM_CHARS => None,
        n if n < 5 => Some(edits.min(1)),
        _ => Some(edits),
    }
}

fn substring(chars: &[char], from: usize, to: usize) -> String {
    chars[from..to].iter().collect()
}

fn reversed(chars: &[char], len: usize) -> String {
    chars.iter().rev().take(len).collect()
}

/// The length of the prefix, suffix and middle keys of a term of `n ≥ 5`
/// characters, for two edits: at most `⌊(n−2)/3⌋`, so that the parts fit.
pub fn part_chars(n: usize) -> usize {
    n / 4
}

/// The keys a term is filed under.
pub fn term_keys(term: &str) -> Vec<String> {
    let t: Vec<char> = term.chars().collect();
    let n = t.len();
    let mut keys = Vec::new();
    if n < MIN_TERM_CHARS {
        return keys;
    }
    let h = (n - 1) / 2;
    keys.push(format!("<{}", substring(&t, 0, h)));
    keys.push(format!(">{}", reversed(&t, h)));
    if n >= 5 {
        let c = part_chars(n);
        keys.push(format!("<{}", substring(&t, 0, c)));
        keys.push(format!(">{}", reversed(&t, c)));
        // One place later only if those characters stop short of the last
        // separator (`n ≥ 3c + 3`): a swap of it with the suffix's first
        // character would touch them. For `n = 3c + 2` the word asks for the
        // place one earlier instead (see `query_keys`).
        let starts: &[usize] = if n >= 3 * c + 3 { &[c, c + 1, c + 2] } else { &[c, c + 1] };
        for &start in starts {
            keys.push(format!("={}", substring(&t, start, start + c)));
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The keys under which every term within `edits` of `stem` is filed.
pub fn query_keys(stem: &str, edits: usize) -> Vec<String> {
    let q: Vec<char> = stem.chars().collect();
    let m = q.len();
    let mut keys = Vec::new();
    if edits == 0 {
        return keys;
    }
    for n in m.saturating_sub(edits).max(MIN_TERM_CHARS)..=m + edits {
        if edits == 1 {
            let h = (n - 1) / 2;
            if h <= m {
                keys.push(format!("<{}", substring(&q, 0, h)));
                keys.push(format!(">{}", reversed(&q, h)));
            }
        } else if n >= 5 {
            let c = part_chars(n);
            if c <= m {
                keys.push(format!("<{}", substring(&q, 0, c)));
                keys.push(format!(">{}", reversed(&q, c)));
            }
            let starts: &[usize] = if n >= 3 * c + 3 { &[c + 1] } else { &[c, c + 1] };
            for &start in starts {
                if start + c <= m {
                    keys.push(format!("={}", substring(&q, start, start + c)));
                }
            }
        } else {
            // Terms of 3 or 4 characters are within one edit at most (see `reach`).
            let h = (n - 1) / 2;
            if h <= m {
                keys.push(format!("<{}", substring(&q, 0, h)));
                keys.push(format!(">{}", reversed(&q, h)));
            }
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// The optimal-string-alignment distance of `a` and `b` (Levenshtein with swaps
/// of neighbours), or `limit + 1` if it is more than `limit`.
pub fn distance(a: &str, b: &str, limit: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > limit {
        return limit + 1;
    }
    let w = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * w];
    for (j, cell) in d.iter_mut().enumerate().take(w) {
        *cell = j;
    }
    for i in 1..=a.len() {
        d[i * w] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut v = (d[(i - 1) * w + j] + 1).min(d[i * w + j - 1] + 1).min(d[(i - 1) * w + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                v = v.min(d[(i - 2) * w + j - 2] + 1);
            }
            d[i * w + j] = v;
        }
    }
    d[a.len() * w + b.len()].min(limit + 1)
}

/// The typo shard a key is in, of `shards`: FNV-1a over its code points.
pub fn typo_shard(key: &str, shards: u32) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for c in key.chars() {
        h ^= c as u32;
        h = h.wrapping_mul(0x0100_0193);
    }
    h % shards.max(1)
}

/// The term list a term is in, of `lists`: by its first [`MIN_PART_CHARS`]
/// characters, so that the first parts a split tries, all prefixes of one word,
/// are looked up in one file rather than one file each.
pub fn term_list(term: &str, lists: u32) -> u32 {
    let end = term.char_indices().nth(MIN_PART_CHARS).map_or(term.len(), |(at, _)| at);
    typo_shard(&term[..end], lists)
}

/// The nearest of `candidates` to `stem`, within the edits its word of
/// `word_chars` characters may have: `(term, distance)`, at most
/// [`MAX_CORRECTIONS`], in code-point order.
pub fn nearest<'a>(stem: &str, word_chars: usize, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let limit = max_edits(word_chars);
    if limit == 0 {
        return Vec::new();
    }
    let mut found: Vec<(usize, &str)> = candidates
        .into_iter()
        .filter(|t| *t != stem)
        .map(|t| (distance(stem, t, limit), t))
        .filter(|(d, t)| reach(limit, t).is_some_and(|r| *d <= r))
        .collect();
    let best = found.iter().map(|(d, _)| *d).min().unwrap_or(0);
    found.retain(|(d, _)| *d == best);
    found.sort_by(|a, b| a.1.cmp(b.1));
    found.dedup();
    found.into_iter().take(MAX_CORRECTIONS).map(|(_, t)| t).collect()
}

/// The parts of a folded word whose stems are all terms (`is_term`), longest
/// first part first; none if it does not split.
pub fn split(
    word: &str,
    language: Language,
    stem: &dyn Fn(&str) -> String,
    is_term: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let mut parts = Vec::new();
    if split_into(word, language, stem, is_term, &mut parts) {
        parts
    } else {
        Vec::new()
    }
}

fn split_into(
    word: &str,
    language: Language,
    stem: &dyn Fn(&str) -> String,
    is_term: &dyn Fn(&str) -> bool,
    parts: &mut Vec<String>,
) -> bool {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() < 2 * MIN_PART_CHARS || parts.len() + 2 > MAX_PARTS || !chars.iter().all(|c| c.is_alphabetic()) {
        return false;
    }
    for k in (MIN_PART_CHARS..=chars.len() - MIN_PART_CHARS).rev() {
        let head = substring(&chars, 0, k);
        let tail = substring(&chars, k, chars.len());
        let head = if is_term(&stem(&head)) {
            head
        } else if language == Language::Swedish && k > MIN_PART_CHARS && head.ends_with('s') {
            let bare = substring(&chars, 0, k - 1);
            if !is_term(&stem(&bare)) {
                continue;
            }
            bare
        } else {
            continue;
        };
        let before = parts.len();
        parts.push(head);
        if is_term(&stem(&tail)) {
            parts.push(tail);
            return true;
        }
        if split_into(&tail, language, stem, is_term, parts) {
            return true;
        }
        parts.truncate(before);
    }
    false
}

#[cfg(test)]
#[path = "forgive_tests.rs"]
mod tests;
