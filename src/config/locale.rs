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
