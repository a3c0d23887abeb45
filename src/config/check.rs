//! `[check]` in `book.toml`: the limits `luukku check` holds the content to.
//!
//! Every key is optional; the defaults suit the bundled site and plain Finnish
//! (selkosuomi). The limits are read here, with the rest of the configuration, so
//! a misspelt key or a share outside 0…1 is an error at its line like any other.

use serde::Deserialize;
use toml::Spanned;

/// `[check]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub(crate) struct RawCheck {
    review_max_age_days: Option<u32>,
    #[serde(default)]
    plain_language: RawPlainLanguage,
}

/// `[check.plain-language]` as written.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
struct RawPlainLanguage {
    max_average_sentence_words: Option<Spanned<f64>>,
    long_sentence_words: Option<usize>,
    max_long_sentence_share: Option<Spanned<f64>>,
    long_word_letters: Option<usize>,
    max_long_word_share: Option<Spanned<f64>>,
}

/// What `luukku check` allows.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckSettings {
    /// A service card reviewed longer ago than this many days is stale
    /// (`review-max-age-days`, default 365).
    pub review_max_age_days: u32,
    /// Limits for the text of plain-language locales.
    pub plain_language: PlainLanguageLimits,
}

/// `[check.plain-language]`: limits for each file of a plain-language locale.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct PlainLanguageLimits {
    /// The largest average sentence length in words (default 9).
    pub max_average_sentence_words: f64,
    /// A sentence of more words than this is long (default 12).
    pub long_sentence_words: usize,
    /// The largest share of long sentences, 0…1 (default 0.15).
    pub max_long_sentence_share: f64,
    /// A word of more letters than this is long (default 16).
    pub long_word_letters: usize,
    /// The largest share of long words, 0…1 (default 0.05).
    pub max_long_word_share: f64,
}

impl Default for CheckSettings {
    fn default() -> Self {
        CheckSettings { review_max_age_days: 365, plain_language: PlainLanguageLimits::default() }
    }
}

impl Default for PlainLanguageLimits {
    fn default() -> Self {
        PlainLanguageLimits {
            max_average_sentence_words: 9.0,
            long_sentence_words: 12,
            max_long_sentence_share: 0.15,
            long_word_letters: 16,
            max_long_word_share: 0.05,
        }
    }
}

impl RawCheck {
    /// The settings, or the values out of range with what was expected.
    pub(crate) fn resolve(self, mut bad: impl FnMut(&Spanned<f64>, String)) -> CheckSettings {
        let defaults = CheckSettings::default();
        let p = self.plain_language;
        let d = defaults.plain_language;
        let mut share = |value: Option<Spanned<f64>>, key: &str, default: f64| match value {
            Some(v) if !(0.0..=1.0).contains(v.get_ref()) => {
                bad(
                    &v,
                    format!(
                        "check.plain-language.{key} is {}; expected a share from 0 to 1, such as 0.15",
                        v.get_ref()
                    ),
                );
                default
            }
            Some(v) => *v.get_ref(),
            None => default,
        };
        let max_long_sentence_share =
            share(p.max_long_sentence_share, "max-long-sentence-share", d.max_long_sentence_share);
        let max_long_word_share = share(p.max_long_word_share, "max-long-word-share", d.max_long_word_share);
        let max_average_sentence_words = match p.max_average_sentence_words {
            Some(v) if *v.get_ref() <= 0.0 => {
                bad(&v, format!("check.plain-language.max-average-sentence-words is {}; expected a positive number of words, such as 9", v.get_ref()));
                d.max_average_sentence_words
            }
            Some(v) => *v.get_ref(),
            None => d.max_average_sentence_words,
        };
        CheckSettings {
            review_max_age_days: self.review_max_age_days.unwrap_or(defaults.review_max_age_days),
            plain_language: PlainLanguageLimits {
                max_average_sentence_words,
                long_sentence_words: p.long_sentence_words.unwrap_or(d.long_sentence_words),
                max_long_sentence_share,
                long_word_letters: p.long_word_letters.unwrap_or(d.long_word_letters),
                max_long_word_share,
            },
        }
    }
}
