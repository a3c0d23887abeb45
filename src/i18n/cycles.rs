//! Fluent messages that refer to themselves.
//!
//! `a = { a }`, or `a = { b }` with `b = { a }`, cannot be formatted: Fluent
//! notices the loop at run time and prints the message id instead of words. Such
//! a cycle is found when the strings load and reported at the message's line.
//! Terms (`-brand`) take part like messages.

use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};

/// The messages and terms each entry of a resource refers to (`-name` for terms).
pub fn references<'a>(entries: impl Iterator<Item = &'a Entry<&'a str>>) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for entry in entries {
        let (id, patterns): (String, Vec<&Pattern<&str>>) = match entry {
            Entry::Message(m) => {
                (m.id.name.to_string(), m.value.iter().chain(m.attributes.iter().map(|a| &a.value)).collect())
            }
            Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value).chain(t.attributes.iter().map(|a| &a.value)).collect(),
            ),
            _ => continue,
        };
        let mut refs = BTreeSet::new();
        for pattern in patterns {
            pattern_refs(pattern, &mut refs);
        }
        out.insert(id, refs);
    }
    out
}

/// The ids in `graph` that reach themselves.
pub fn cyclic(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<&str> {
    graph
        .keys()
        .filter(|id| {
            let mut seen = BTreeSet::new();
            let mut stack: Vec<&String> = graph[*id].iter().collect();
            while let Some(n) = stack.pop() {
                if n == *id {
                    return true;
                }
                if seen.insert(n) {
                    stack.extend(graph.get(n).into_iter().flatten());
                }
            }
            false
        })
        .map(String::as_str)
        .collect()
}

fn pattern_refs(pattern: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            expression_refs(expression, out);
        }
    }
}

fn expression_refs(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            inline_refs(selector, out);
            for v in variants {
                pattern_refs(&v.value, out);
            }
        }
        Expression::Inline(inline) => inline_refs(inline, out),
    }
}

fn inline_refs(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::MessageReference { id, .. } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::TermReference { id, arguments, .. } => {
            out.insert(format!("-{}", id.name));
            for a in arguments.iter().flat_map(|a| a.positional.iter().chain(a.named.iter().map(|n| &n.value))) {
                inline_refs(a, out);
            }
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in arguments.positional.iter().chain(arguments.named.iter().map(|n| &n.value)) {
                inline_refs(a, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_refs(expression, out),
        _ => {}
    }
}
