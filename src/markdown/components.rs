//! Component blocks: fenced code blocks named after a component, with YAML inside.
//!
//! ````markdown
//! ```story
//! title: …
//! situation: …
//! ```
//! ````
//!
//! [`REGISTRY`] is the one list of components: each entry names the component and
//! the typed schema its YAML must fit. A block is parsed and checked when the
//! content loads (errors point at the file line inside the block); the theme renders
//! it with `components/<name>.html`.

use std::path::Path;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::error::{line_col, Diagnostic};

/// A parsed, schema-checked component block of a page body.
#[derive(Debug, Clone)]
pub struct ComponentBlock {
    /// The component's name (`story`).
    pub name: &'static str,
    /// The block's data, checked against the component's schema.
    pub data: serde_json::Value,
    /// Byte offset of the fence in the body: the renderer finds the block by it.
    pub offset: usize,
    /// The file line of the fence.
    pub line: usize,
}

type ParseFn = fn(&str, &Path, usize) -> Result<serde_json::Value, Diagnostic>;

/// Every component: its name and its schema.
pub const REGISTRY: &[(&str, ParseFn)] = &[
    ("story", parse_as::<Story>),
    ("compare", parse_as::<Compare>),
    ("persona-grid", parse_as::<PersonaGrid>),
    ("competences", parse_as::<Competences>),
    ("channel-traits", parse_as::<ChannelTraits>),
    ("values", parse_as::<Values>),
    ("sectors", parse_as::<Sectors>),
    ("definition", parse_as::<Definition>),
    ("callout", parse_as::<Callout>),
];

/// Keys whose values are codes (rendered as they are), not inline Markdown text.
pub const CODE_KEYS: &[&str] = &["channel", "persona", "kind", "see"];

/// Finds the component named by a fence's info string (`story`, `story title="x"`).
pub fn lookup(info: &str) -> Option<(&'static str, ParseFn)> {
    let name = info.split_whitespace().next()?;
    REGISTRY.iter().find(|(n, _)| *n == name).copied()
}

/// Extracts and checks the component blocks of `body` (which starts on `body_line`).
pub fn extract(body: &str, path: &Path, body_line: usize) -> (Vec<ComponentBlock>, Vec<Diagnostic>) {
    let mut blocks = Vec::new();
    let mut diags = Vec::new();
    let mut open: Option<(&'static str, ParseFn, usize, String)> = None;
    for (event, range) in Parser::new_ext(body, super::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                if let Some((name, parse)) = lookup(&info) {
                    open = Some((name, parse, range.start, String::new()));
                }
            }
            Event::Text(t) => {
                if let Some((_, _, _, text)) = open.as_mut() {
                    text.push_str(&t);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((name, parse, offset, text)) = open.take() {
                    let fence_line = body_line + line_col(body, offset).0 - 1;
                    match parse(&text, path, fence_line + 1) {
                        Ok(data) => blocks.push(ComponentBlock { name, data, offset, line: fence_line }),
                        Err(mut d) => {
                            d.message = format!("in the `{name}` block: {}", d.message);
                            diags.push(d);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    (blocks, diags)
}

/// Extra checks a schema makes beyond its types.
trait Check {
    fn check(&self) -> Result<(), String> {
        Ok(())
    }
}

fn parse_as<T: DeserializeOwned + Serialize + Check>(
    yaml: &str,
    path: &Path,
    first_line: usize,
) -> Result<serde_json::Value, Diagnostic> {
    let value: T = crate::yaml::parse(yaml, path, first_line)?;
    value.check().map_err(|m| Diagnostic::new(path, first_line, 1, m))?;
    serde_json::to_value(&value).map_err(|e| Diagnostic::new(path, first_line, 1, e.to_string()))
}

/// The channels a component may name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
#[allow(missing_docs)]
pub enum ChannelCode {
    ServicePoint,
    Phone,
    Email,
    Chat,
    EService,
}

/// An example story of a customer situation.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Story {
    title: String,
    channel: Option<ChannelCode>,
    #[serde(default)]
    kind: StoryKind,
    situation: String,
    #[serde(default)]
    actions: Vec<String>,
    outcome: Option<String>,
}
impl Check for Story {}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
enum StoryKind {
    #[default]
    Ordinary,
    Turned,
}

/// Two or more independent lists side by side.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Compare {
    title: Option<String>,
    columns: Vec<LabelledList>,
}
impl Check for Compare {
    fn check(&self) -> Result<(), String> {
        if self.columns.len() < 2 {
            return Err(format!("a comparison needs at least two columns; found {}", self.columns.len()));
        }
        Ok(())
    }
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct LabelledList {
    label: String,
    items: Vec<String>,
}

/// What each persona expects of one channel, and the channel at its best.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct PersonaGrid {
    pub channel: ChannelCode,
    pub rows: Vec<PersonaRow>,
}
impl Check for PersonaGrid {}

/// One persona's row of a [`PersonaGrid`].
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct PersonaRow {
    pub persona: String,
    #[serde(default)]
    pub expectations: Vec<String>,
    #[serde(default)]
    pub ideal: Vec<String>,
}

/// Mindset, skillset and toolset per channel.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Competences {
    rows: Vec<CompetenceRow>,
    shared: Option<CompetenceSet>,
}
impl Check for Competences {}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct CompetenceRow {
    channel: ChannelCode,
    #[serde(default)]
    mindset: Vec<String>,
    #[serde(default)]
    skillset: Vec<String>,
    #[serde(default)]
    toolset: Vec<String>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct CompetenceSet {
    #[serde(default)]
    mindset: Vec<String>,
    #[serde(default)]
    skillset: Vec<String>,
    #[serde(default)]
    toolset: Vec<String>,
}

/// What is particular to each channel.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ChannelTraits {
    channels: Vec<ChannelTraitList>,
}
impl Check for ChannelTraits {}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ChannelTraitList {
    channel: ChannelCode,
    traits: Vec<String>,
}

/// Values grouped by theme, with examples.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Values {
    themes: Vec<ValueTheme>,
}
impl Check for Values {}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct ValueTheme {
    theme: String,
    values: Vec<String>,
    #[serde(default)]
    examples: Vec<String>,
}

/// The sectors of the multi-producer model.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Sectors {
    sectors: Vec<SectorEntry>,
}
impl Check for Sectors {}

#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct SectorEntry {
    name: String,
    description: Option<String>,
    #[serde(default)]
    examples: Vec<String>,
}

/// A term and its definition.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Definition {
    term: String,
    text: String,
    see: Option<String>,
}
impl Check for Definition {}

/// A highlighted note.
#[derive(Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct Callout {
    #[serde(default)]
    kind: CalloutKind,
    title: Option<String>,
    text: String,
}
impl Check for Callout {}

#[derive(Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
enum CalloutKind {
    #[default]
    Note,
    Tip,
    Important,
}
