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

#[test]
fn a_theme_is_a_plain_folder_name_under_themes() {
    for good in ["default", "city-2026", "my_theme", "A1", &"x".repeat(64)] {
        assert!(super::is_folder_name(good), "{good}");
    }
    for bad in ["", "..", "../default", "a/b", "a\\b", ".hidden", "teema-ä", "a b", &"x".repeat(65)] {
        assert!(!super::is_folder_name(bad), "{bad:?}");
    }
}

const SITE: &str = "title = \"T\"\nbase-url = \"https://x.example.fi\"\n";

#[test]
fn plain_language_limits_in_range_are_taken_as_written() {
    let toml = format!(
        "{SITE}{LOCALE}\n[check]\nreview-max-age-days = 180\n\n[check.plain-language]\nmax-long-sentence-share = 0.3\nmax-long-word-share = 0\nmax-average-sentence-words = 11.5\n"
    );
    let config = Config::parse(&toml, Path::new("/nonexistent-site")).expect("valid limits");
    let limits = &config.check.plain_language;
    assert_eq!(config.check.review_max_age_days, 180);
    assert_eq!(
        (limits.max_long_sentence_share, limits.max_long_word_share, limits.max_average_sentence_words),
        (0.3, 0.0, 11.5)
    );
}

#[test]
fn plain_language_limits_out_of_range_are_located_errors() {
    let toml = format!(
        "{SITE}{LOCALE}\n[check.plain-language]\nmax-long-sentence-share = 1.5\nmax-long-word-share = -0.1\nmax-average-sentence-words = 0\n"
    );
    let found: Vec<(usize, usize, String)> = diagnostics(&toml).into_iter().map(|(l, c, _, m)| (l, c, m)).collect();
    assert_eq!(
        found,
        [
            (
                10,
                27,
                "check.plain-language.max-long-sentence-share is 1.5; expected a share from 0 to 1, such as 0.15"
                    .to_string()
            ),
            (
                11,
                23,
                "check.plain-language.max-long-word-share is -0.1; expected a share from 0 to 1, such as 0.15"
                    .to_string()
            ),
            (
                12,
                30,
                "check.plain-language.max-average-sentence-words is 0; expected a positive number of words, such as 9"
                    .to_string()
            ),
        ]
    );
}
