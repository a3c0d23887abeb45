//! Unit tests of `forgive.rs`: the typo keys against every word within reach,
//! distances, and compound splitting.

use super::*;
use std::collections::{BTreeMap, BTreeSet};

#[test]
fn distance_counts_a_swap_of_neighbours_as_one_edit() {
    assert_eq!(distance("kirjsto", "kirjasto", 2), 1);
    assert_eq!(distance("bussikotr", "bussikort", 2), 1);
    assert_eq!(distance("abcd", "abcd", 2), 0);
    assert_eq!(distance("kissa", "koira", 1), 2);
    assert_eq!(distance("a", "abcdef", 2), 3);
}

/// Every term within reach of a word shares a key with it: the keyed lookup
/// finds exactly what comparing the word with every term finds.
#[test]
fn the_keys_find_every_term_within_reach() {
    let mut vocabulary: BTreeSet<String> = BTreeSet::new();
    let base = ["kirjasto", "bussikort", "paivakod", "asiakaspalvelu", "tulk", "hakemus", "library", "abc"];
    for w in base {
        vocabulary.insert(w.to_string());
        let c: Vec<char> = w.chars().collect();
        for i in 0..c.len() {
            let mut d = c.clone();
            d.remove(i);
            vocabulary.insert(d.iter().collect());
            let mut s = c.clone();
            s[i] = 'x';
            vocabulary.insert(s.iter().collect());
            if i + 1 < c.len() {
                let mut t = c.clone();
                t.swap(i, i + 1);
                vocabulary.insert(t.iter().collect());
            }
        }
    }
    let mut filed: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for t in &vocabulary {
        for k in term_keys(t) {
            filed.entry(k).or_default().push(t);
        }
    }
    let mut queries: Vec<String> = vocabulary.iter().cloned().collect();
    queries.extend(["kirjatso", "bsusikrot", "paivakodx", "asikaspalvleu", "librray", "bussikortti"].map(String::from));
    for q in &queries {
        for chars in [5, 9] {
            let keyed: BTreeSet<&str> = query_keys(q, max_edits(chars))
                .iter()
                .filter_map(|k| filed.get(k))
                .flatten()
                .copied()
                .filter(|t| reach(max_edits(chars), t).is_some_and(|r| distance(q, t, 2) <= r))
                .collect();
            let all: BTreeSet<&str> = vocabulary
                .iter()
                .map(String::as_str)
                .filter(|t| reach(max_edits(chars), t).is_some_and(|r| distance(q, t, 2) <= r))
                .collect();
            assert_eq!(keyed, all, "{q} with {} edits", max_edits(chars));
        }
    }
}

/// Every word one or two edits (as its length allows) from a term shares a
/// key with it: all such words of pseudo-random terms of 3 to 21 letters,
/// edits drawing on letters the terms do not use.
#[test]
fn every_word_within_reach_of_a_term_shares_a_key_with_it() {
    fn edits(w: &[char]) -> BTreeSet<Vec<char>> {
        let mut out = BTreeSet::new();
        for i in 0..=w.len() {
            for a in ['a', 'b'] {
                let mut v = w.to_vec();
                v.insert(i, a);
                out.insert(v);
            }
        }
        for i in 0..w.len() {
            let mut v = w.to_vec();
            v.remove(i);
            out.insert(v);
            let mut v = w.to_vec();
            v[i] = 'a';
            out.insert(v);
            if i + 1 < w.len() {
                let mut v = w.to_vec();
                v.swap(i, i + 1);
                out.insert(v);
            }
        }
        out
    }
    let mut seed: u32 = 7;
    let mut checked = 0;
    for n in 3..=21 {
        for _ in 0..3 {
            let term: Vec<char> = (0..n)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    char::from(b'c' + ((seed >> 16) % 24) as u8)
                })
                .collect();
            let term: String = term.iter().collect();
            let filed: BTreeSet<String> = term_keys(&term).into_iter().collect();
            let once = edits(&term.chars().collect::<Vec<_>>());
            let mut words = once.clone();
            for w in &once {
                words.extend(edits(w));
            }
            for word in words.iter().map(|w| w.iter().collect::<String>()) {
                for typed in [TYPO1_CHARS, TYPO2_CHARS] {
                    let edits = max_edits(typed);
                    let Some(r) = reach(edits, &term) else { continue };
                    let d = distance(&word, &term, 2);
                    if d == 0 || d > r || word.chars().count() < MIN_TERM_CHARS {
                        continue;
                    }
                    checked += 1;
                    assert!(
                        query_keys(&word, edits).iter().any(|k| filed.contains(k)),
                        "{word} is {d} from {term} but shares no key with it"
                    );
                }
            }
        }
    }
    assert!(checked > 100_000, "{checked}");
}

#[test]
fn words_split_into_terms_longest_first_part_first() {
    let terms = ["paivakot", "paiv", "kot", "hakemus", "bibliotek", "kort"];
    let is_term = |t: &str| terms.contains(&t);
    let stem = |w: &str| w.trim_end_matches('i').trim_end_matches('a').to_string();
    assert_eq!(split("paivakotihakemus", Language::Finnish, &stem, &is_term), ["paivakoti", "hakemus"]);
    assert_eq!(split("bibliotekskort", Language::Swedish, &stem, &is_term), ["bibliotek", "kort"]);
    assert!(split("bibliotekskort", Language::Finnish, &stem, &is_term).is_empty());
    assert!(split("xyzzyxyzzy", Language::Finnish, &stem, &is_term).is_empty());
}
