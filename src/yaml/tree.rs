//! A YAML document as a tree of located nodes, built from saphyr-parser's events.
//!
//! Every node keeps its line, column and length, so any error found later points
//! at the value itself. The tree is built without recursion and without expanding
//! aliases (an alias is a node that refers to its anchor), so a small text that
//! stands for billions of values costs no more than its size: each node's
//! expanded size is computed once and checked against a budget, and so is its
//! nesting depth. Duplicate keys and the reserved U+E000 are found here too.

use std::collections::{HashMap, HashSet};

use saphyr_parser::{Event, Parser, ScalarStyle, Span as ParserSpan};

use crate::report::codes;

/// Where a node is in the YAML text: 1-based line and column, length in characters.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    /// 1-based line in the YAML text.
    pub line: usize,
    /// 1-based column in characters.
    pub col: usize,
    /// Length in characters.
    pub len: usize,
}

impl Span {
    fn of(span: &ParserSpan) -> Span {
        Span::between(span, span)
    }

    fn between(start: &ParserSpan, end: &ParserSpan) -> Span {
        let len = end.end.index().saturating_sub(start.start.index());
        Span { line: start.start.line(), col: start.start.col() + 1, len }
    }
}

/// An index into [`Tree::nodes`].
pub type NodeId = usize;

/// What a node holds.
#[derive(Debug)]
pub enum Body {
    /// A scalar; `plain` when unquoted (so `5` may be a number and `~` null).
    Scalar { text: String, plain: bool },
    /// A sequence of nodes.
    Seq(Vec<NodeId>),
    /// A mapping's entries, keys and values, in order (a duplicate key is left out).
    Map(Vec<(NodeId, NodeId)>),
    /// `*name`: the anchored node it repeats.
    Alias(NodeId),
}

/// One node of the document.
#[derive(Debug)]
pub struct Node {
    /// Its content.
    pub body: Body,
    /// Where it is.
    pub span: Span,
    /// The collection it is in (`None` for the root).
    pub parent: Option<NodeId>,
    /// How many nodes it stands for, aliases expanded (saturating).
    size: usize,
    /// How deep it nests, aliases expanded.
    depth: usize,
}

/// A problem found in a YAML text, located in it.
#[derive(Debug, Clone)]
pub struct Problem {
    /// Where.
    pub span: Span,
    /// What is wrong and what was expected.
    pub message: String,
    /// Its code in [`codes`].
    pub code: &'static str,
    /// A suggestion, if one helps.
    pub hint: Option<String>,
}

/// A parsed document.
#[derive(Debug)]
pub struct Tree {
    /// Every node; the root is [`Tree::root`].
    pub nodes: Vec<Node>,
    /// The document's top node.
    pub root: NodeId,
    /// Nodes found bad while building (their entries are left out when read).
    pub bad: HashSet<NodeId>,
}

/// How deep a document may nest, aliases expanded: far more than any content
/// needs, and shallow enough that reading it never exhausts the stack.
pub const MAX_DEPTH: usize = 64;

/// What a text that decodes to the reserved mark is told (an escape such as `"\ue000"`).
pub const RESERVED_MESSAGE: &str =
    "the text decodes to U+E000, a private-use character luukku reserves for its own use; expected ordinary text";

struct Open {
    id: NodeId,
    start: ParserSpan,
    /// A mapping's key waiting for its value.
    key: Option<NodeId>,
    /// A mapping's keys so far, by text, with their line.
    seen: HashMap<String, usize>,
}

/// Builds the tree of `text`, whose first line is line `first_line` of its file
/// (spans count file lines). `budget` bounds the expanded size. A syntax error, a
/// document too large or too deep is fatal (`Err`); duplicate keys and reserved
/// characters are returned as problems beside the tree.
pub fn build(text: &str, first_line: usize, budget: usize) -> Result<(Tree, Vec<Problem>), Problem> {
    let offset = first_line.saturating_sub(1);
    let mut b = Builder {
        nodes: Vec::new(),
        stack: Vec::new(),
        anchors: HashMap::new(),
        root: None,
        problems: Vec::new(),
        bad: HashSet::new(),
        budget,
        offset,
    };
    let shift = |mut p: Problem| {
        p.span.line += offset;
        p
    };
    for event in Parser::new_from_str(text) {
        let event = event.map_err(|e| {
            unclosed(text, &b, &e).unwrap_or_else(|| Problem {
                span: Span { line: e.marker().line(), col: e.marker().col() + 1, len: 0 },
                message: syntax_message(e.info()),
                code: if e.info() == "recursion limit exceeded" { codes::TOO_LARGE } else { codes::YAML_SYNTAX },
                hint: e.info().contains("quoted scalar, found unexpected end of stream").then(|| {
                    "the quote that starts here is never closed; end the text with the same quote".to_string()
                }),
            })
        });
        let (event, span) = event.map_err(shift)?;
        b.event(event, span).map_err(shift)?;
    }
    for node in &mut b.nodes {
        node.span.line += offset;
    }
    let problems = b.problems.drain(..).map(shift).collect();
    let root = match b.root {
        Some(root) => root,
        // An empty document is an empty mapping, so that a missing required field
        // is reported as such.
        None => b.push(Body::Map(Vec::new()), Span { line: first_line, col: 1, len: 0 }, 1, 1),
    };
    Ok((Tree { nodes: b.nodes, root, bad: b.bad }, problems))
}

/// A syntax error at the end of the text inside an open `[` or `{`: the
/// collection was never closed, so the error points where it opens.
fn unclosed(text: &str, b: &Builder, e: &saphyr_parser::ScanError) -> Option<Problem> {
    let open = b.stack.last()?;
    let at_end = text.chars().skip(e.marker().index()).all(char::is_whitespace);
    let flow = e.info().contains("flow sequence") || e.info().contains("flow mapping");
    if !(at_end && flow) {
        return None;
    }
    Some(Problem {
        span: Span { len: 1, ..Span::of(&open.start) },
        message: syntax_message(e.info()),
        code: codes::YAML_SYNTAX,
        hint: Some(if e.info().contains("flow sequence") {
            "the `[` here is never closed; add a `]` after the last item".to_string()
        } else {
            "the `{` here is never closed; add a `}` after the last entry".to_string()
        }),
    })
}

/// saphyr words its errors "while scanning X, found Y"; the message leads with
/// what was found, then where the parser was.
fn syntax_message(info: &str) -> String {
    if info == "recursion limit exceeded" {
        return format!("the YAML is nested more than the parser allows; expected at most {MAX_DEPTH} levels");
    }
    match info.strip_prefix("while ").and_then(|rest| rest.split_once(", ")) {
        Some((context, found)) => format!("invalid YAML: {found}, while {context}"),
        None => format!("invalid YAML: {info}"),
    }
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<Open>,
    anchors: HashMap<usize, NodeId>,
    root: Option<NodeId>,
    problems: Vec<Problem>,
    bad: HashSet<NodeId>,
    budget: usize,
    offset: usize,
}

impl Builder {
    fn push(&mut self, body: Body, span: Span, size: usize, depth: usize) -> NodeId {
        let parent = self.stack.last().map(|o| o.id);
        self.nodes.push(Node { body, span, parent, size, depth });
        self.nodes.len() - 1
    }

    fn event(&mut self, event: Event<'_>, span: ParserSpan) -> Result<(), Problem> {
        match event {
            Event::Scalar(text, style, anchor, tag) => {
                // `!!str 5` is the text "5", as a quoted scalar would be.
                let plain = style == ScalarStyle::Plain && tag.is_none_or(|t| t.suffix != "str");
                let reserved = text.contains(crate::fs::RESERVED_CHAR);
                let id = self.push(Body::Scalar { text: text.into_owned(), plain }, Span::of(&span), 1, 1);
                if reserved {
                    self.problems.push(Problem {
                        span: Span::of(&span),
                        message: RESERVED_MESSAGE.to_string(),
                        code: codes::RESERVED_CHAR,
                        hint: None,
                    });
                    self.bad.insert(id);
                }
                self.anchor(anchor, id);
                self.attach(id)
            }
            Event::Alias(anchor) => {
                let Some(&target) = self.anchors.get(&anchor) else {
                    return Err(
                        self.problem(Span::of(&span), "an alias to an unknown anchor; expected `*name` after `&name`")
                    );
                };
                if self.stack.iter().any(|o| o.id == target) {
                    return Err(self.problem(
                        Span::of(&span),
                        "an alias inside the value it names; expected an alias to a finished value",
                    ));
                }
                let (size, depth) = (self.nodes[target].size, self.nodes[target].depth);
                let id = self.push(Body::Alias(target), Span::of(&span), size, depth);
                self.check_bounds(id)?;
                self.attach(id)
            }
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                let body = if matches!(event, Event::SequenceStart(..)) {
                    Body::Seq(Vec::new())
                } else {
                    Body::Map(Vec::new())
                };
                if self.stack.len() >= MAX_DEPTH {
                    return Err(self.too_deep(Span::of(&span)));
                }
                let id = self.push(body, Span::of(&span), 1, 1);
                self.anchor(anchor, id);
                self.stack.push(Open { id, start: span, key: None, seen: HashMap::new() });
                Ok(())
            }
            Event::SequenceEnd | Event::MappingEnd => {
                let Some(open) = self.stack.pop() else { return Ok(()) };
                let children: Vec<NodeId> = match &self.nodes[open.id].body {
                    Body::Seq(items) => items.clone(),
                    Body::Map(entries) => entries.iter().flat_map(|&(k, v)| [k, v]).collect(),
                    _ => Vec::new(),
                };
                let size = children.iter().fold(1usize, |acc, &c| acc.saturating_add(self.nodes[c].size));
                let depth = 1 + children.iter().map(|&c| self.nodes[c].depth).max().unwrap_or(0);
                let node = &mut self.nodes[open.id];
                node.size = size;
                node.depth = depth;
                node.span = Span::between(&open.start, &span);
                self.check_bounds(open.id)?;
                self.attach(open.id)
            }
            Event::DocumentStart(_) if self.root.is_some() => {
                Err(self.problem(Span::of(&span), "a second YAML document; expected one document (no `---` inside)"))
            }
            _ => Ok(()),
        }
    }

    fn anchor(&mut self, anchor: usize, id: NodeId) {
        if anchor > 0 {
            self.anchors.insert(anchor, id);
        }
    }

    fn problem(&self, span: Span, message: &str) -> Problem {
        Problem { span, message: message.to_string(), code: codes::YAML_SYNTAX, hint: None }
    }

    fn too_deep(&self, span: Span) -> Problem {
        Problem {
            span,
            message: format!("the YAML is nested more than {MAX_DEPTH} deep; expected flatter data"),
            code: codes::TOO_LARGE,
            hint: None,
        }
    }

    /// Refuses a node that expands beyond the budget or nests too deep (aliases expanded).
    fn check_bounds(&self, id: NodeId) -> Result<(), Problem> {
        let node = &self.nodes[id];
        if node.size > self.budget {
            return Err(Problem {
                span: node.span,
                message: "the YAML expands to too many values (anchors and aliases repeat their contents); expected plain YAML without nested aliases".to_string(),
                code: codes::TOO_LARGE,
                hint: Some("write the values out instead of repeating them with `*alias`".to_string()),
            });
        }
        if node.depth + self.stack.len() > MAX_DEPTH {
            return Err(self.too_deep(node.span));
        }
        Ok(())
    }

    /// Puts a finished node into the collection it belongs to (or makes it the root).
    fn attach(&mut self, id: NodeId) -> Result<(), Problem> {
        let Some(open) = self.stack.last_mut() else {
            self.root = Some(id);
            return Ok(());
        };
        if let Body::Seq(items) = &mut self.nodes[open.id].body {
            items.push(id);
            return Ok(());
        }
        let Some(key) = open.key.take() else {
            open.key = Some(id);
            return Ok(());
        };
        let key_node = &self.nodes[key];
        if let Body::Scalar { text, .. } = &key_node.body {
            if let Some(&first) = open.seen.get(text) {
                self.problems.push(Problem {
                    span: key_node.span,
                    message: format!("duplicate key `{text}` in this mapping; expected each key once"),
                    code: codes::DUPLICATE_KEY,
                    hint: Some(format!("the first `{text}` is on line {}; keep one of the two", first + self.offset)),
                });
                return Ok(());
            }
            open.seen.insert(text.clone(), key_node.span.line);
        }
        if let Body::Map(entries) = &mut self.nodes[open.id].body {
            entries.push((key, id));
        }
        Ok(())
    }
}

impl Tree {
    /// The node an alias stands for (the node itself otherwise).
    pub fn resolve(&self, mut id: NodeId) -> NodeId {
        while let Body::Alias(target) = self.nodes[id].body {
            id = target;
        }
        id
    }

    /// Whether `ancestor` holds `id` (directly or deeper).
    pub fn is_inside(&self, mut id: NodeId, ancestor: NodeId) -> bool {
        while let Some(parent) = self.nodes[id].parent {
            if parent == ancestor {
                return true;
            }
            id = parent;
        }
        false
    }

    /// The text of a scalar node.
    pub fn text(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[self.resolve(id)].body {
            Body::Scalar { text, .. } => Some(text),
            _ => None,
        }
    }
}
