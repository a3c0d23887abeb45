//! The one place that parses YAML.
//!
//! `serde_yaml` is deprecated upstream; keeping every call behind this module lets
//! it be swapped for a maintained fork without touching the rest of the crate.
//! Errors come back as [`Diagnostic`]s with the line in the *file*, not in the
//! fragment: front matter and component blocks pass the line their YAML starts on.
//! Work is bounded: a first pass counts the nodes a text expands to (aliases
//! repeat their anchors) and stops at a budget linear in the text's size; the
//! same pass refuses a string that an escape turns into the reserved U+E000.

use std::path::Path;

use serde::de::DeserializeOwned;

use crate::error::Diagnostic;

/// Parses `text` as `T`. `first_line` is the file line the text starts on (1-based).
pub fn parse<T: DeserializeOwned>(text: &str, path: &Path, first_line: usize) -> Result<T, Diagnostic> {
    // An empty document is an empty mapping, so that a missing required field is
    // reported as such rather than as "invalid type: unit".
    let text_for_parse = if text.trim().is_empty() { "{}" } else { text };
    let budget = std::cell::Cell::new(node_budget(text));
    let de = serde_yaml::Deserializer::from_str(text_for_parse);
    let walked = serde::de::DeserializeSeed::deserialize(Budget(&budget), de);
    match walked {
        // The budget is spent: the typed parse is never run.
        Err(e) if budget.get() == 0 || e.to_string().contains(RESERVED_MESSAGE) => {
            Err(to_diagnostic(&e, path, first_line))
        }
        // Any other error lies within the budget, so the typed parse stops at it
        // or earlier; its error is the one that speaks of the expected types.
        Err(e) => match serde_yaml::from_str::<T>(text_for_parse) {
            Ok(_) => Err(to_diagnostic(&e, path, first_line)),
            Err(typed) => Err(to_diagnostic(&typed, path, first_line)),
        },
        Ok(()) => serde_yaml::from_str(text_for_parse).map_err(|e| to_diagnostic(&e, path, first_line)),
    }
}

/// How many nodes a text may expand to: aliases (`*name`) repeat their anchor's
/// nodes, so a small text can stand for billions of them. A plain text has
/// fewer nodes than half its bytes; the budget allows that and a margin.
fn node_budget(text: &str) -> usize {
    10_000 + text.len() / 2
}

/// What a text that decodes to the reserved mark is told (an escape such as `"\ue000"`).
const RESERVED_MESSAGE: &str =
    "the text decodes to U+E000, a private-use character luukku reserves for its own use; expected ordinary text";

/// A first pass that walks the document as the typed parse will, counting
/// nodes, and stops with an error when the budget is spent, so the typed parse
/// that follows does bounded work.
struct Budget<'a>(&'a std::cell::Cell<usize>);

impl Budget<'_> {
    fn spend<E: serde::de::Error>(&self) -> Result<(), E> {
        match self.0.get().checked_sub(1) {
            Some(left) => {
                self.0.set(left);
                Ok(())
            }
            None => Err(E::custom(
                "the YAML expands to too many values (anchors and aliases repeat their contents); expected plain YAML without nested aliases",
            )),
        }
    }
}

impl<'de> serde::de::DeserializeSeed<'de> for Budget<'_> {
    type Value = ();
    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for Budget<'_> {
    type Value = ();
    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<(), E> {
        self.spend()
    }
    fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<(), E> {
        self.spend()
    }
    fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<(), E> {
        self.spend()
    }
    fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<(), E> {
        self.spend()
    }
    fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<(), E> {
        if v.contains(crate::fs::RESERVED_CHAR) {
            return Err(E::custom(RESERVED_MESSAGE));
        }
        self.spend()
    }
    fn visit_unit<E: serde::de::Error>(self) -> Result<(), E> {
        self.spend()
    }
    fn visit_none<E: serde::de::Error>(self) -> Result<(), E> {
        self.spend()
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.spend()?;
        d.deserialize_any(self)
    }
    fn visit_newtype_struct<D: serde::Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.spend()?;
        d.deserialize_any(self)
    }
    fn visit_enum<A: serde::de::EnumAccess<'de>>(self, data: A) -> Result<(), A::Error> {
        use serde::de::VariantAccess;
        self.spend()?;
        let ((), variant) = data.variant_seed(Budget(self.0))?;
        variant.newtype_variant_seed(Budget(self.0))
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        self.spend()?;
        while seq.next_element_seed(Budget(self.0))?.is_some() {}
        Ok(())
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        self.spend()?;
        while map.next_key_seed(Budget(self.0))?.is_some() {
            map.next_value_seed(Budget(self.0))?;
        }
        Ok(())
    }
}

fn to_diagnostic(e: &serde_yaml::Error, path: &Path, first_line: usize) -> Diagnostic {
    let message = humanize(&relocate(&e.to_string(), first_line));
    match e.location() {
        Some(loc) => Diagnostic::new(path, first_line + loc.line() - 1, loc.column(), message),
        None => Diagnostic::new(path, first_line, 0, message),
    }
}

/// serde_yaml writes " at line L column C" after its message (the error's own
/// location, which the diagnostic reports separately: dropped) and sometimes again
/// for a context ("while scanning a quoted scalar at line 2 column 10"): those
/// lines count from the fragment, so they are moved to count from the file.
fn relocate(message: &str, first_line: usize) -> String {
    const AT: &str = " at line ";
    let mut out = String::new();
    let mut rest = message;
    let mut first = true;
    while let Some(i) = rest.find(AT) {
        out.push_str(&rest[..i]);
        let after = &rest[i + AT.len()..];
        let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
        let tail = &after[digits.len()..];
        let column_part: String = tail
            .strip_prefix(" column ")
            .map_or(String::new(), |t| t.chars().take_while(char::is_ascii_digit).collect());
        let consumed = digits.len() + if column_part.is_empty() { 0 } else { " column ".len() + column_part.len() };
        match digits.parse::<usize>() {
            Ok(line) if !first => {
                out.push_str(&format!("{AT}{}", line + first_line - 1));
                if !column_part.is_empty() {
                    out.push_str(&format!(" column {column_part}"));
                }
            }
            Ok(_) => {}
            Err(_) => out.push_str(AT),
        }
        first = false;
        rest = &after[consumed..];
    }
    out.push_str(rest);
    out
}

/// Makes serde's wording read as "what was wrong, what was expected".
fn humanize(message: &str) -> String {
    let m = message.trim_start_matches(": ");
    if let Some(rest) = m.strip_prefix("missing field ") {
        return format!("missing required field {rest}");
    }
    m.to_string()
}
