//! The static search index: what the browser loads instead of asking a server.
//!
//! Per locale, under `search/<prefix>/`:
//!
//! - `index.js`, the entry: the stemmer to load, the number of documents, the kind
//!   of each (run-length coded: documents are in key order, so kinds come in runs),
//!   the number of term shards, and where every `group`-th shard starts;
//! - `<hash>/g<j>.js`, where each shard of group `j` (shards `j·group` up to the
//!   next group) starts: the shortest prefix of its first term that sorts after the
//!   previous shard's last term (the first shard's is empty), so shard `i` holds the
//!   terms from its separator up to the next one. The separators are split in
//!   groups of about the square root of their number because at 10,000 pages the
//!   whole list was most of what every query loaded first; now a query word loads
//!   the entry's few group starts and one group file;
//! - `<hash>/t<i>.js`, the term shards: consecutive terms in code-point order, each
//!   with the score tantivy gives it in every document it occurs in (the sum of
//!   its boosted per-field BM25 scores, as an `f32`), a few kilobytes each, as one
//!   flat array `[term, scores, postings, term, …]`;
//! - `<hash>/d<n>.js`, one small fragment per document: key, URL, title, kind,
//!   summary and the start of its text, for showing a result;
//! - `<hash>/k<i>.js`, the typo index ([`super::forgive`]): each key with the
//!   terms filed under it, as `[key, "term term=shown …", …]` (`=shown` where a
//!   term is shown as another word), a key in shard `fnv1a(key) % typo`, so a
//!   word that matches nothing loads one small file per key it needs;
//! - `<hash>/m<i>.js`, the terms alone, space-separated, a term in list
//!   `fnv1a(its first three characters) % terms`: what splitting a compound asks
//!   ("is this a term?") costs one small file for all the first parts of a word
//!   (they share their first three characters), not a term shard with postings
//!   each.
//!
//! The entry also carries the locale's synonym rules ([`super::synonyms`]) and
//! names the client's forgiving rules (`search-forgive.js`), which the client
//! loads only for a word that matches nothing.
//!
//! Every file is a script that hands its data to `luukkuSearch` (`entry`, `shard`,
//! `doc`), so the client loads it with a `<script>` element: that works from
//! `file://`, where `fetch` does not. The hashed folder changes whenever the data
//! does, so a host may cache everything but the entry forever.
//!
//! A term's postings are one string: for each document, the gap to the previous
//! document id minus one, then (when the term has more than one distinct score)
//! the index of its score in the term's score table, most frequent score first.
//! Numbers are written in a base-64 alphabet five bits per character, low bits
//! first, characters from the upper half of the alphabet meaning "more follows".
//! Score tables hold the `f32` bit patterns, so the browser adds up exactly the
//! numbers tantivy adds up.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use sha2::{Digest, Sha256};
use tantivy::{DocId, Score};

use super::forgive::{term_list, typo_shard};
use super::index::LocaleIndex;

/// The size a term shard is filled up to, in bytes (a single term may exceed it).
pub const SHARD_BYTES: usize = 4 * 1024;
/// The size a typo shard is filled up to on average, in bytes.
pub const TYPO_SHARD_BYTES: usize = 256;
/// The size a term-list shard is filled up to on average, in bytes.
pub const TERM_LIST_BYTES: usize = 256;

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Appends `value` in the base-64 variable-length code.
fn push_number(out: &mut String, mut value: u64) {
    while value >= 32 {
        out.push(DIGITS[32 + (value & 31) as usize] as char);
        value >>= 5;
    }
    out.push(DIGITS[value as usize] as char);
}

/// A term's scores and postings, coded.
fn encode_postings(postings: &[(DocId, Score)]) -> (String, String) {
    let mut bits: Vec<u32> = postings.iter().map(|(_, score)| score.to_bits()).collect();
    bits.sort_unstable();
    let mut table: Vec<(u32, usize)> = Vec::new();
    for b in bits {
        match table.last_mut() {
            Some((last, count)) if *last == b => *count += 1,
            _ => table.push((b, 1)),
        }
    }
    table.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let index: HashMap<u32, usize> = table.iter().enumerate().map(|(i, (bits, _))| (*bits, i)).collect();
    let mut scores = String::new();
    for (bits, _) in &table {
        push_number(&mut scores, u64::from(*bits));
    }
    let mut coded = String::with_capacity(postings.len() * 2);
    let mut previous: i64 = -1;
    for (doc, score) in postings {
        push_number(&mut coded, (i64::from(*doc) - previous - 1) as u64);
        previous = i64::from(*doc);
        if table.len() > 1 {
            push_number(&mut coded, index[&score.to_bits()] as u64);
        }
    }
    (scores, coded)
}

fn json(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| "\"\"".to_string())
}

/// The files of one locale's static index, as (path, contents).
pub fn locale_files(
    index: &LocaleIndex,
    stemmer_path: Option<&str>,
    forgive_path: Option<&str>,
) -> crate::Result<super::Files> {
    let locale = index.locale();
    let base = format!("search/{}/", locale.prefix);

    // Term shards, then document fragments, named by position; the folder by content.
    let mut shards: Vec<(String, String, String)> = Vec::new(); // (first term, last term, body)
    for (term, postings) in index.term_scores()? {
        let (scores, coded) = encode_postings(&postings);
        let record = format!("{},\"{scores}\",\"{coded}\"", json(term));
        match shards.last_mut() {
            Some((_, last, body)) if body.len() + record.len() < SHARD_BYTES => {
                body.push(',');
                body.push_str(&record);
                *last = term.to_string();
            }
            _ => shards.push((term.to_string(), term.to_string(), record)),
        }
    }
    let fragments: Vec<String> = index
        .docs()
        .iter()
        .map(|d| {
            format!(
                "{{\"k\":{},\"u\":{},\"t\":{},\"y\":{},\"s\":{},\"x\":{}}}",
                json(&d.key),
                json(&d.url),
                json(&d.title),
                json(d.kind.code()),
                json(&d.summary),
                json(&d.excerpt),
            )
        })
        .collect();
    let typo = typo_shards(index);
    let members = term_lists(index);
    let mut hasher = Sha256::new();
    for (_, _, body) in &shards {
        hasher.update(body.as_bytes());
    }
    for body in typo.iter().chain(&members) {
        hasher.update(body.as_bytes());
    }
    for f in &fragments {
        hasher.update(f.as_bytes());
    }
    let hash: String = hasher.finalize().iter().take(4).map(|b| format!("{b:02x}")).collect();
    let dir = format!("{base}{hash}/");

    let mut files = Vec::new();
    for (i, (_, _, body)) in shards.iter().enumerate() {
        let path = format!("{dir}t{i}.js");
        let text = format!("luukkuSearch.shard({},[{body}]);\n", json(&path));
        files.push((PathBuf::from(path), text.into_bytes()));
    }
    for (i, body) in typo.iter().enumerate() {
        let path = format!("{dir}k{i}.js");
        let text = format!("luukkuSearch.shard({},[{body}]);\n", json(&path));
        files.push((PathBuf::from(path), text.into_bytes()));
    }
    for (i, body) in members.iter().enumerate() {
        let path = format!("{dir}m{i}.js");
        let text = format!("luukkuSearch.shard({},{});\n", json(&path), json(body));
        files.push((PathBuf::from(path), text.into_bytes()));
    }
    let separators = separators(&shards);
    let group = group_size(separators.len());
    for (j, seps) in separators.chunks(group).enumerate() {
        let path = format!("{dir}g{j}.js");
        let list = seps.iter().map(|s| json(s)).collect::<Vec<_>>().join(",");
        let text = format!("luukkuSearch.shard({},[{list}]);\n", json(&path));
        files.push((PathBuf::from(path), text.into_bytes()));
    }
    for (n, fragment) in fragments.iter().enumerate() {
        let path = format!("{dir}d{n}.js");
        let text = format!("luukkuSearch.doc({},{fragment});\n", json(&path));
        files.push((PathBuf::from(path), text.into_bytes()));
    }

    let mut kinds: Vec<(&str, usize)> = Vec::new();
    for d in index.docs() {
        match kinds.last_mut() {
            Some((kind, count)) if *kind == d.kind.code() => *count += 1,
            _ => kinds.push((d.kind.code(), 1)),
        }
    }
    let entry_path = super::entry_path(locale);
    let mut entry = String::new();
    let _ = writeln!(
        entry,
        "luukkuSearch.entry({},{{\"v\":1,\"locale\":{},\"language\":{},\"stemmer\":{},\"dir\":{},\"docs\":{},\"kinds\":[{}],\"shards\":{},\"group\":{},\"groups\":[{}],\"typo\":{},\"terms\":{},\"forgive\":{},\"synonyms\":{}}});",
        json(&entry_path),
        json(locale.code.as_str()),
        json(index.analyzer().language().code()),
        stemmer_path.map_or_else(|| "null".to_string(), json),
        json(&dir),
        index.docs().len(),
        kinds
            .iter()
            .map(|(k, n)| format!("[{},{n}]", json(k)))
            .collect::<Vec<_>>()
            .join(","),
        shards.len(),
        group,
        separators.iter().step_by(group).map(|s| json(s)).collect::<Vec<_>>().join(","),
        typo.len(),
        members.len(),
        forgive_path.map_or_else(|| "null".to_string(), json),
        serde_json::to_string(index.synonyms().rules()).unwrap_or_else(|_| "[]".to_string()),
    );
    files.push((PathBuf::from(entry_path), entry.into_bytes()));
    Ok(files)
}

/// How many consecutive shards' separators share a group file: about the square
/// root of the number of shards, so that the entry (one separator per group) and
/// the group file a query word loads stay about the same small size.
fn group_size(shards: usize) -> usize {
    let mut g = 1;
    while g * g < shards {
        g += 1;
    }
    g
}

/// Where each shard starts: `""` for the first, then for each next shard the
/// shortest prefix of its first term that sorts after the previous shard's last
/// term (code-point order, as the client compares).
fn separators(shards: &[(String, String, String)]) -> Vec<String> {
    let mut out = Vec::with_capacity(shards.len());
    for (i, (first, _, _)) in shards.iter().enumerate() {
        let Some(i) = i.checked_sub(1) else {
            out.push(String::new());
            continue;
        };
        let previous_last = shards[i].1.as_str();
        let cut = first
            .char_indices()
            .map(|(at, c)| at + c.len_utf8())
            .find(|&end| &first[..end] > previous_last)
            .unwrap_or(first.len());
        out.push(first[..cut].to_string());
    }
    out
}

/// The bodies of the typo shards: `"key","term term=shown"` records, keys in
/// code-point order within a shard.
fn typo_shards(index: &LocaleIndex) -> Vec<String> {
    let records: Vec<(&str, String)> = index
        .typo_keys()
        .map(|(key, terms)| {
            let listed: Vec<String> = terms
                .iter()
                .map(|t| {
                    let shown = index.display(t);
                    if shown == *t {
                        t.to_string()
                    } else {
                        format!("{t}={shown}")
                    }
                })
                .collect();
            (key, format!("{},{}", json(key), json(&listed.join(" "))))
        })
        .collect();
    let total: usize = records.iter().map(|(_, r)| r.len() + 1).sum();
    let count = total.div_ceil(TYPO_SHARD_BYTES).max(1);
    let mut bodies = vec![String::new(); count];
    for (key, record) in records {
        let body = &mut bodies[typo_shard(key, count as u32) as usize];
        if !body.is_empty() {
            body.push(',');
        }
        body.push_str(&record);
    }
    bodies
}

/// The term lists: every term, space-separated, in list [`term_list`].
fn term_lists(index: &LocaleIndex) -> Vec<String> {
    let total: usize = index.terms().iter().map(|t| t.len() + 1).sum();
    let count = total.div_ceil(TERM_LIST_BYTES).max(1);
    let mut bodies = vec![String::new(); count];
    for term in index.terms() {
        let body = &mut bodies[term_list(term, count as u32) as usize];
        if !body.is_empty() {
            body.push(' ');
        }
        body.push_str(term);
    }
    bodies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_separator_is_the_shortest_prefix_after_the_previous_shard() {
        let shard = |first: &str, last: &str| (first.to_string(), last.to_string(), String::new());
        let shards = [
            shard("aamu", "kirjasto"),
            shard("kirjastokortti", "kort"),
            shard("korttia", "pankki"),
            shard("päivä", "ööö"),
        ];
        assert_eq!(separators(&shards), ["", "kirjastok", "kortt", "pä"]);
        for (i, sep) in separators(&shards).iter().enumerate().skip(1) {
            assert!(sep.as_str() > shards[i - 1].1.as_str() && sep.as_str() <= shards[i].0.as_str());
        }
    }

    #[test]
    fn numbers_are_coded_five_bits_per_character_low_bits_first() {
        let mut s = String::new();
        for n in [0, 31, 32, 1025] {
            push_number(&mut s, n);
        }
        // 0 → A; 31 → f; 32 → g(0+32) B(1); 1025 → h(1+32) g(0+32) B(1).
        assert_eq!(s, "AfgBhgB");
    }

    #[test]
    fn postings_are_gaps_with_indexes_into_a_table_of_the_most_frequent_scores_first() {
        let (scores, coded) = encode_postings(&[(0, 1.5), (1, 2.0), (5, 2.0)]);
        let mut expected = String::new();
        push_number(&mut expected, u64::from(2.0f32.to_bits()));
        push_number(&mut expected, u64::from(1.5f32.to_bits()));
        assert_eq!(scores, expected);
        // Gaps 0, 0, 3; score indexes 1, 0, 0.
        assert_eq!(coded, "ABAADA");
    }
}
