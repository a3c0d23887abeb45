//! The one place that parses YAML.
//!
//! Built on saphyr-parser (maintained, YAML 1.2, every event with its span): the
//! text becomes a tree of located nodes ([`tree`]), which a serde deserializer
//! ([`de`]) reads into the typed structs. So every error points at the value
//! itself, in the *file* (front matter and component blocks pass the line their
//! YAML starts on), with its length for the underline.
//!
//! Every bad field of a text is reported, not only the first: after an error,
//! the node it concerns is left out and the text is read again; an error that
//! only follows from an earlier one (a field missing because it was left out, a
//! check of the collection that held it) is not reported but leaves its
//! collection out in turn.
//!
//! Work is bounded: the tree never expands aliases, each node's expanded size and
//! depth are computed once and refused beyond a budget linear in the text's size
//! (so each read is bounded), the number of reads is bounded, and a string that
//! is or decodes to the reserved U+E000 is refused.

pub mod de;
mod emit;
mod error;
pub mod tree;

pub use emit::to_string;

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::{Diagnostic, Location};
use tree::{Body, NodeId, Problem, Span, Tree};

/// How many errors one text reports at most (and so how many times it is read).
const MAX_ERRORS: usize = 32;

/// A typed value with where its parts were in the file.
#[derive(Debug)]
pub struct Parsed<T> {
    /// The value.
    pub value: T,
    /// Where its fields are.
    pub index: Index,
}

/// Where a text's top-level keys are: the part of its [`Index`] a build asks
/// for on every page (the line a page's source points at), small enough to keep
/// for every file of a large site.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keys(Box<[(Box<str>, Location)]>);

impl Keys {
    /// Where the key of a top-level field is.
    pub fn get(&self, field: &str) -> Option<Location> {
        self.0.iter().find(|(name, _)| &**name == field).map(|(_, at)| *at)
    }
}

/// Where the fields of a parsed text are, for checks made after parsing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Index {
    /// Top-level field → (its key, its value).
    fields: BTreeMap<String, (Location, Location)>,
    /// (top-level field, position) → the list item.
    items: BTreeMap<(String, usize), Location>,
    /// Keys of free-form mappings (per-locale texts), in document order.
    free_keys: Vec<(String, Location)>,
    /// (top-level field, text) → the first scalar under the field with that text.
    texts: BTreeMap<(String, String), Location>,
}

impl Index {
    /// The index of a text that parsed before, read again from the text: its
    /// fields, list items and texts (not the free-form keys, which only a typed
    /// read finds). A loaded item keeps its text and its [`Keys`], not its
    /// index, which is mostly copies of the text; a finding that needs more than
    /// a key's place asks for the index again. Empty if the text is not YAML.
    pub fn of(text: &str, first_line: usize) -> Index {
        match tree::build(text, first_line, node_budget(text)) {
            Ok((tree, _)) => index(&tree, &[]),
            Err(_) => Index::default(),
        }
    }

    /// Where the top-level keys are, kept beside the text.
    pub fn keys(&self) -> Keys {
        Keys(self.fields.iter().map(|(name, (key, _))| (name.as_str().into(), *key)).collect())
    }

    /// Where the key of a top-level field is.
    pub fn key(&self, field: &str) -> Option<Location> {
        self.fields.get(field).map(|(k, _)| *k)
    }

    /// Where the value of a top-level field is.
    pub fn value(&self, field: &str) -> Option<Location> {
        self.fields.get(field).map(|(_, v)| *v)
    }

    /// Where item `i` of a top-level list field is.
    pub fn item(&self, field: &str, i: usize) -> Option<Location> {
        self.items.get(&(field.to_string(), i)).copied()
    }

    /// Where the scalar `text` is within top-level field `field` (a list item,
    /// a step's instructions), for an error about that text.
    pub fn text(&self, field: &str, text: &str) -> Option<Location> {
        self.texts.get(&(field.to_string(), text.to_string())).copied()
    }

    /// Every place a free-form mapping (a per-locale text) uses `key`.
    pub fn free_keys<'a>(&'a self, key: &'a str) -> impl Iterator<Item = Location> + 'a {
        self.free_keys.iter().filter(move |(k, _)| k == key).map(|(_, l)| *l)
    }
}

fn location(span: Span) -> Location {
    Location { line: span.line, column: span.col, len: span.len }
}

fn diagnostic(path: &Path, span: Span, message: String, code: &'static str, hint: Option<String>) -> Diagnostic {
    let d = Diagnostic::at(path, location(span), message).with_code(code);
    match hint {
        Some(h) => d.with_hint(h),
        None => d,
    }
}

fn from_problem(path: &Path, p: Problem) -> Diagnostic {
    diagnostic(path, p.span, p.message, p.code, p.hint)
}

/// Parses `text` as `T`. `first_line` is the file line the text starts on
/// (1-based). Returns the first problem only; see [`parse_all`] for all of them.
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, first_line: usize) -> Result<T, Diagnostic> {
    parse_all(text, path, first_line).map(|p| p.value).map_err(|mut d| d.swap_remove(0))
}

/// Parses `text` as `T`, with the index of where its fields are, or every problem
/// found in it (never an empty list), in document order.
pub fn parse_all<T: DeserializeOwned>(
    text: &str,
    path: &Path,
    first_line: usize,
) -> Result<Parsed<T>, Vec<Diagnostic>> {
    let (tree, problems) = tree::build(text, first_line, node_budget(text)).map_err(|p| vec![from_problem(path, p)])?;
    let mut diags: Vec<Diagnostic> = problems.into_iter().map(|p| from_problem(path, p)).collect();
    let mut removed: HashSet<NodeId> = tree.bad.clone();
    for _ in 0..MAX_ERRORS {
        let cx = de::Cx { tree: &tree, removed: &removed, free_keys: Default::default() };
        let error = match T::deserialize(de::De { cx: &cx, id: tree.root }) {
            Ok(value) if diags.is_empty() => {
                let free = cx.free_keys.take();
                return Ok(Parsed { value, index: index(&tree, &free) });
            }
            Ok(_) => break,
            Err(e) => e,
        };
        let node = error.node.unwrap_or(tree.root);
        if !follows_from_removed(&tree, &removed, &error, node) {
            diags.push(diagnostic(path, tree.nodes[node].span, error.message, error.code, error.hint));
        }
        if node == tree.root || !removed.insert(node) {
            break;
        }
    }
    if diags.is_empty() {
        // Only errors that followed from others: cannot happen, but never pass.
        diags.push(Diagnostic::new(path, first_line, 1, "the YAML could not be read"));
    }
    diags.sort_by_key(|d| (d.line, d.column));
    Err(diags)
}

/// Whether an error only follows from nodes already left out: a required field
/// missing from a mapping whose entry of that name was left out, or a check of a
/// collection (beyond its types) that holds a left-out node.
fn follows_from_removed(tree: &Tree, removed: &HashSet<NodeId>, error: &de::Error, node: NodeId) -> bool {
    match &error.kind {
        de::Kind::Missing(field) => match &tree.nodes[node].body {
            // Left out: the field itself, or a misspelling of it (reported as unknown).
            Body::Map(entries) => entries.iter().any(|&(k, v)| {
                (removed.contains(&k) || removed.contains(&v))
                    && tree.text(k).is_some_and(|key| de::nearest(key, &[field.as_str()]).is_some())
            }),
            _ => false,
        },
        de::Kind::Other => {
            error.code == crate::report::codes::BAD_VALUE && removed.iter().any(|&r| tree.is_inside(r, node))
        }
    }
}

/// The index of a read text: its top-level fields and list items, and the keys
/// of free-form mappings read.
fn index(tree: &Tree, free: &[NodeId]) -> Index {
    let mut index = Index::default();
    if let Body::Map(entries) = &tree.nodes[tree.root].body {
        for &(k, v) in entries {
            let Some(name) = tree.text(k) else { continue };
            index.fields.insert(name.to_string(), (location(tree.nodes[k].span), location(tree.nodes[v].span)));
            if let Body::Seq(items) = &tree.nodes[tree.resolve(v)].body {
                for (i, &item) in items.iter().enumerate() {
                    index.items.insert((name.to_string(), i), location(tree.nodes[item].span));
                }
            }
            // The scalars under the field (aliases not followed), without recursion.
            let mut stack = vec![v];
            while let Some(id) = stack.pop() {
                match &tree.nodes[id].body {
                    Body::Scalar { text, .. } => {
                        let at = location(tree.nodes[id].span);
                        index.texts.entry((name.to_string(), text.clone())).or_insert(at);
                    }
                    Body::Seq(items) => stack.extend(items.iter().rev()),
                    Body::Map(entries) => stack.extend(entries.iter().rev().map(|&(_, v)| v)),
                    Body::Alias(_) => {}
                }
            }
        }
    }
    index.free_keys =
        free.iter().filter_map(|&k| Some((tree.text(k)?.to_string(), location(tree.nodes[k].span)))).collect();
    index
}

/// How many nodes a text may expand to: aliases (`*name`) repeat their anchor's
/// nodes, so a small text can stand for billions of them. A plain text has
/// fewer nodes than half its bytes; the budget allows that and a margin.
fn node_budget(text: &str) -> usize {
    10_000 + text.len() / 2
}
