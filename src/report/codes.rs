//! The stable codes of the build's diagnostics, in one table.
//!
//! A code names a kind of problem, not one message: CI filters and the docs use
//! it, so a code is never reused for another kind. Build errors are `E0xx`;
//! `luukku check`'s own findings have their own table (prefix `L`).

/// YAML that does not parse (a quote never closed, a key where none fits).
pub const YAML_SYNTAX: &str = "E001";
/// A key written twice in one mapping.
pub const DUPLICATE_KEY: &str = "E002";
/// A field the schema does not have (often a misspelling).
pub const UNKNOWN_FIELD: &str = "E003";
/// A value of the wrong type (a number where a list is expected).
pub const WRONG_TYPE: &str = "E004";
/// A value of the right type that is not allowed (a time `25:00`, an unknown choice).
pub const BAD_VALUE: &str = "E005";
/// A required field that is not there.
pub const MISSING_FIELD: &str = "E006";
/// YAML that expands to too many values or nests too deep.
pub const TOO_LARGE: &str = "E007";
/// Text that contains, or decodes to, the reserved character U+E000.
pub const RESERVED_CHAR: &str = "E008";
/// Front matter that is not opened or not closed by a `---` line.
pub const FRONT_MATTER: &str = "E009";
/// A per-locale text naming a locale the site does not have.
pub const UNKNOWN_LOCALE: &str = "E010";
/// `book.toml` that is not valid TOML or not of the expected shape.
pub const CONFIG: &str = "E011";
/// A field whose value parses but breaks a content rule (a slug that is not a URL segment).
pub const CONTENT_FIELD: &str = "E012";

/// Every code with a one-line description, for documentation and tests.
pub const TABLE: &[(&str, &str)] = &[
    (YAML_SYNTAX, "YAML syntax error"),
    (DUPLICATE_KEY, "duplicate key in a mapping"),
    (UNKNOWN_FIELD, "unknown field"),
    (WRONG_TYPE, "value of the wrong type"),
    (BAD_VALUE, "value not allowed"),
    (MISSING_FIELD, "missing required field"),
    (TOO_LARGE, "YAML too large or too deeply nested"),
    (RESERVED_CHAR, "reserved character U+E000"),
    (FRONT_MATTER, "front matter delimiters"),
    (UNKNOWN_LOCALE, "unknown locale in a per-locale text"),
    (CONFIG, "book.toml syntax or shape"),
    (CONTENT_FIELD, "field value breaks a content rule"),
];
