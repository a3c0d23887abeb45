//! Unit tests of `book.toml` as a whole: where its diagnostics point, and how
//! far their underline reaches, in characters rather than bytes.

use std::path::Path;

use super::Config;

/// (line, column, length, message) of each diagnostic of a bad `book.toml`.
fn diagnostics(toml: &str) -> Vec<(usize, usize, usize, String)> {
    Config::parse(toml, Path::new("/nonexistent-site"))
        .expect_err("a bad book.toml")
        .diagnostics()
        .iter()
        .map(|d| (d.line, d.column, d.len, d.message.clone()))
        .collect()
}

const LOCALE: &str = "default-locale = \"fi\"\n\n[[locale]]\ncode = \"fi\"\nname = \"Suomi\"\n";

#[test]
fn a_refused_value_is_underlined_for_as_many_characters_as_it_has() {
    let toml = format!("title = \"T\"\nbase-url = \"ftp://kävijä.example.fi\"\n{LOCALE}");
    let found = diagnostics(&toml);
    assert_eq!(found.len(), 1, "{found:?}");
    // `"ftp://kävijä.example.fi"` with its quotes: 25 characters, 27 bytes.
    assert_eq!((found[0].0, found[0].1, found[0].2), (2, 12, 25), "{found:?}");
    assert!(found[0].3.starts_with("base-url: "), "{found:?}");
}

#[test]
fn a_syntax_error_is_located_where_the_toml_parser_points() {
    let toml = format!("title = \"Pääkaupunki\"\nbase-url = \"https://x.example.fi\" tail\n{LOCALE}");
    let found = diagnostics(&toml);
    // The parser points at the place after the value, with an empty span.
    assert_eq!(found, [(2, 35, 0, "unexpected key or value, expected newline, `#`".to_string())]);
}

#[test]
fn an_unknown_key_is_underlined_whole() {
    let toml = format!("title = \"T\"\nbase-url = \"https://x.example.fi\"\n\"sivuston-väri\" = \"sininen\"\n{LOCALE}");
    let found = diagnostics(&toml);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!((found[0].0, found[0].1), (3, 1), "{found:?}");
    // `"sivuston-väri"` with its quotes: 15 characters, 16 bytes.
    assert_eq!(found[0].2, 15, "{found:?}");
}
