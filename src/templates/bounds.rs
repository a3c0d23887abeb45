//! Templates that cannot run forever.
//!
//! Tera follows `{% include %}` and macro calls at render time with no depth
//! limit, so a template that includes itself, or a macro that calls itself
//! (directly or through others), overflows the stack and kills the process with
//! no word of where. Before the templates are compiled, this module builds the
//! include graph and the macro call graph from their text and refuses every
//! cycle as an error at the line that closes it. Recursive macros are therefore
//! not supported: a theme writes a loop (or nested loops) instead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::error::{line_col, Diagnostic};

/// Template name → (path as shown, text).
pub type Sources = BTreeMap<String, (PathBuf, String)>;

/// Every include cycle and recursive macro among `sources`.
pub fn check(sources: &Sources) -> Vec<Diagnostic> {
    let mut diags = Vec::new();
    let tags: BTreeMap<&str, Vec<Tag<'_>>> = sources.iter().map(|(n, (_, t))| (n.as_str(), tags(t))).collect();
    // Includes.
    let includes: BTreeMap<&str, Vec<(&str, usize)>> = tags
        .iter()
        .map(|(name, tags)| {
            let edges = tags
                .iter()
                .filter(|t| t.words.first() == Some(&"include"))
                .flat_map(|t| quoted(t.body).into_iter().map(move |target| (target, t.offset)))
                .collect();
            (*name, edges)
        })
        .collect();
    for (name, edges) in &includes {
        for (target, offset) in edges {
            if reaches(&includes, target, name) {
                let (path, text) = &sources[*name];
                let (line, column) = line_col(text, *offset);
                diags.push(Diagnostic::new(
                    path,
                    line,
                    column,
                    format!("`{name}` includes `{target}`, which leads back to `{name}`; an include cycle would never end, so expected no template to include itself"),
                ));
            }
        }
    }
    // Macros: node = (template, macro), edges = calls in its body.
    let mut calls: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    let mut defined_at: BTreeMap<(String, String), usize> = BTreeMap::new();
    for (name, tags) in &tags {
        let imports: BTreeMap<&str, &str> = tags
            .iter()
            .filter(|t| t.words.first() == Some(&"import"))
            .filter_map(|t| Some((*t.words.get(3)?, *quoted(t.body).first()?)))
            .collect();
        let text = &sources[*name].1;
        let mut open: Option<(String, usize)> = None;
        for tag in tags {
            match tag.words.first().copied() {
                Some("macro") => {
                    let macro_name = tag.words.get(1).map_or("", |w| w.split('(').next().unwrap_or(""));
                    open = Some((macro_name.to_string(), tag.offset));
                }
                Some("endmacro") => {
                    if let Some((macro_name, start)) = open.take() {
                        let node = (name.to_string(), macro_name);
                        let body = &text[start..tag.offset];
                        let targets = macro_calls(body)
                            .into_iter()
                            .filter_map(|(ns, m)| {
                                let file = if ns == "self" { Some(*name) } else { imports.get(ns).copied() }?;
                                Some((file.to_string(), m.to_string()))
                            })
                            .collect();
                        defined_at.insert(node.clone(), start);
                        calls.insert(node, targets);
                    }
                }
                _ => {}
            }
        }
    }
    for (node, targets) in &calls {
        if targets.iter().any(|t| reaches_macro(&calls, t, node)) {
            let (path, text) = &sources[&node.0];
            let (line, column) = line_col(text, defined_at[node]);
            diags.push(Diagnostic::new(
                path,
                line,
                column,
                format!("macro `{}` calls itself (directly or through other macros); recursion could run without end, so expected a loop instead", node.1),
            ));
        }
    }
    diags
}

fn reaches(graph: &BTreeMap<&str, Vec<(&str, usize)>>, from: &str, goal: &str) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(n) = stack.pop() {
        if n == goal {
            return true;
        }
        if seen.insert(n) {
            stack.extend(graph.get(n).into_iter().flatten().map(|(t, _)| *t));
        }
    }
    false
}

fn reaches_macro(
    graph: &BTreeMap<(String, String), Vec<(String, String)>>,
    from: &(String, String),
    goal: &(String, String),
) -> bool {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from];
    while let Some(n) = stack.pop() {
        if n == goal {
            return true;
        }
        if seen.insert(n) {
            stack.extend(graph.get(n).into_iter().flatten());
        }
    }
    false
}

/// A `{% … %}` tag: its byte offset, its inside, and the inside's words.
struct Tag<'a> {
    offset: usize,
    body: &'a str,
    words: Vec<&'a str>,
}

fn tags(text: &str) -> Vec<Tag<'_>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(start) = text[from..].find("{%").map(|i| i + from) {
        let Some(end) = text[start + 2..].find("%}").map(|i| i + start + 2) else { break };
        let body = text[start + 2..end].trim_matches('-').trim();
        out.push(Tag { offset: start, body, words: body.split_whitespace().collect() });
        from = end + 2;
    }
    out
}

/// The double- or single-quoted strings of a tag.
fn quoted(body: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(i) = rest.find(['"', '\'']) {
        let quote = &rest[i..=i];
        let after = &rest[i + 1..];
        let Some(j) = after.find(quote) else { break };
        out.push(&after[..j]);
        rest = &after[j + 1..];
    }
    out
}

/// `namespace::name(` calls in a text.
fn macro_calls(text: &str) -> Vec<(&str, &str)> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_';
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = text[from..].find("::").map(|i| i + from) {
        let ns_start = text[..at].rfind(|c: char| !ident(c)).map_or(0, |i| i + 1);
        let after = &text[at + 2..];
        let name_len = after.find(|c: char| !ident(c)).unwrap_or(after.len());
        if ns_start < at && name_len > 0 && after[name_len..].trim_start().starts_with('(') {
            out.push((&text[ns_start..at], &after[..name_len]));
        }
        from = at + 2;
    }
    out
}
