//! The error of a typed YAML read: serde's standard errors keep serde's own
//! wording (tests and users know it) and gain a stable code and, for an unknown
//! field or choice, the nearest known name as a hint (`did you mean `summary`?`).

use std::fmt;

use serde::de::{self, Unexpected};

use super::tree::NodeId;
use crate::report::codes;

/// What kind of error, for deciding which errors follow from an earlier one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A required field is missing.
    Missing(String),
    /// Any other error.
    Other,
}

/// A deserialization error at a node.
#[derive(Debug)]
pub struct Error {
    /// What is wrong and what was expected.
    pub message: String,
    /// The node it concerns, once known.
    pub node: Option<NodeId>,
    /// Its code in [`codes`].
    pub code: &'static str,
    /// A suggestion, if one helps.
    pub hint: Option<String>,
    /// Its kind.
    pub kind: Kind,
}

impl Error {
    fn new(message: String, code: &'static str) -> Self {
        Error { message, node: None, code, hint: None, kind: Kind::Other }
    }

    pub(super) fn at(mut self, node: NodeId) -> Self {
        self.node.get_or_insert(node);
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

/// serde's own wording of a standard error.
fn serde_words(e: serde::de::value::Error) -> String {
    e.to_string()
}

/// The known name nearest to a misspelt one, if it is near enough to be meant.
pub fn nearest<'a>(given: &str, known: &[&'a str]) -> Option<&'a str> {
    known
        .iter()
        .map(|k| (strsim::levenshtein(given, k), *k))
        .filter(|(d, k)| *d <= (k.chars().count().max(given.chars().count()) / 3).max(1))
        .min_by_key(|(d, _)| *d)
        .map(|(_, k)| k)
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::new(msg.to_string(), codes::BAD_VALUE)
    }

    fn invalid_type(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error::new(serde_words(de::Error::invalid_type(unexp, exp)), codes::WRONG_TYPE)
    }

    fn invalid_value(unexp: Unexpected<'_>, exp: &dyn de::Expected) -> Self {
        Error::new(serde_words(de::Error::invalid_value(unexp, exp)), codes::BAD_VALUE)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        let mut e = Error::new(serde_words(de::Error::unknown_variant(variant, expected)), codes::BAD_VALUE);
        e.hint = nearest(variant, expected).map(|n| format!("did you mean `{n}`?"));
        e
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        let mut e = Error::new(serde_words(de::Error::unknown_field(field, expected)), codes::UNKNOWN_FIELD);
        e.hint = nearest(field, expected).map(|n| format!("did you mean `{n}`?"));
        e
    }

    fn missing_field(field: &'static str) -> Self {
        let mut e = Error::new(format!("missing required field `{field}`"), codes::MISSING_FIELD);
        e.kind = Kind::Missing(field.to_string());
        e
    }
}
