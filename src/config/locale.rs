//! Locales: a language form the site is written in.
//!
//! A locale is more than a language: `fi-selko` (plain Finnish) is Finnish for the
//! HTML `lang` attribute but has its own URL prefix, its own interface strings and
//! falls back to `fi` where it has none.

use std::fmt;

use serde::Serialize;

/// A configured locale code such as `fi`, `sv`, `en` or `fi-selko`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct LocaleCode(String);

impl LocaleCode {
    /// Whether `s` has the shape of a locale code: a 2–3 letter language and
    /// optional lower-case alphanumeric subtags.
    pub fn is_valid(s: &str) -> bool {
        let mut parts = s.split('-');
        let lang_ok =
            parts.next().is_some_and(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()));
        lang_ok
            && parts
                .all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
    }

    pub(crate) fn new_unchecked(s: &str) -> Self {
        LocaleCode(s.to_string())
    }

    /// The code as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for LocaleCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One configured locale.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Locale {
    /// The code, also the content file name (`fi-selko.md`).
    pub code: LocaleCode,
    /// The URL prefix (`selko`).
    pub prefix: String,
    /// The HTML `lang` value (`fi`).
    pub lang: String,
    /// The locale's name in its own language ("Selkosuomi").
    pub name: String,
    /// The site title in this locale, if it differs.
    pub title: Option<String>,
    /// Where missing content and interface strings come from.
    pub fallback: Option<LocaleCode>,
    /// The locale this is a plain-language form of.
    pub plain_language_of: Option<LocaleCode>,
}

#[cfg(test)]
pub(crate) mod tests {
    use std::path::Path;

    use super::LocaleCode;
    use crate::config::Config;

    #[test]
    fn locale_codes_are_language_tags_in_lower_case() {
        for good in ["fi", "sv", "en", "fi-selko", "sme", "en-gb", "zh-hans", "fi-x1"] {
            assert!(LocaleCode::is_valid(good), "{good}");
        }
        for bad in
            ["", "f", "fin-", "finn", "FI", "en-GB", "fi_selko", "fi--selko", "fi-selkokieli", "-fi", "fi ", "2f"]
        {
            assert!(!LocaleCode::is_valid(bad), "{bad:?}");
        }
    }

    /// `book.toml` with these `[[locale]]` tables (code, fallback).
    pub(crate) fn config(locales: &[(&str, Option<&str>)]) -> Result<Config, Vec<String>> {
        let mut toml =
            String::from("title = \"T\"\nbase-url = \"https://t.example.fi/opas\"\ndefault-locale = \"fi\"\n");
        for (code, fallback) in locales {
            toml.push_str(&format!("\n[[locale]]\ncode = \"{code}\"\nname = \"{code}\"\n"));
            if let Some(f) = fallback {
                toml.push_str(&format!("fallback = \"{f}\"\n"));
            }
        }
        Config::parse(&toml, Path::new("/nonexistent-site"))
            .map_err(|e| e.diagnostics().iter().map(ToString::to_string).collect())
    }

    fn chain(config: &Config, code: &str) -> Vec<String> {
        config.fallback_chain(&LocaleCode::new_unchecked(code)).iter().map(|l| l.code.to_string()).collect()
    }

    #[test]
    fn a_fallback_chain_follows_every_hop_nearest_first() {
        let config =
            config(&[("fi", None), ("sv", Some("en")), ("en", Some("fi")), ("fi-selko", Some("fi"))]).expect("valid");
        assert_eq!(chain(&config, "sv"), ["sv", "en", "fi"]);
        assert_eq!(chain(&config, "en"), ["en", "fi"]);
        assert_eq!(chain(&config, "fi"), ["fi"]);
        assert_eq!(chain(&config, "fi-selko"), ["fi-selko", "fi"]);
        assert!(chain(&config, "de").is_empty(), "an unknown locale has no chain");
    }

    #[test]
    fn a_fallback_cycle_is_refused_at_each_locale_in_or_leading_into_it() {
        let errors = config(&[("fi", None), ("sv", Some("en")), ("en", Some("sv"))]).expect_err("a cycle");
        assert_eq!(
            errors,
            [
                "book.toml:12:12: the fallbacks of `sv` form a cycle",
                "book.toml:17:12: the fallbacks of `en` form a cycle"
            ]
        );
        let errors = config(&[("fi", Some("fi"))]).expect_err("its own fallback");
        assert_eq!(
            errors,
            [
                "book.toml:8:12: fallback of `fi` is the locale itself",
                "book.toml:8:12: the fallbacks of `fi` form a cycle"
            ]
        );
    }

    #[test]
    fn locale_configuration_errors() {
        assert_eq!(
            config(&[("fi", None), ("fi", None)]).expect_err("twice"),
            ["book.toml:10:8: locale `fi` is configured twice"]
        );
        assert_eq!(
            config(&[("fi", None), ("sv", Some("de"))]).expect_err("unknown fallback"),
            ["book.toml:12:12: fallback `de` is not one of the configured locales (fi, sv)"]
        );
        assert_eq!(config(&[]).expect_err("no locales"), ["book.toml:1:1: missing field `locale`"]);
    }
}
