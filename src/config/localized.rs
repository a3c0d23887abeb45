//! Text that needs words: one string for every locale, or a map by locale.
//!
//! Used by `book.toml` and `meta.yaml` alike. Parsing accepts any key; whether
//! the keys are configured locales is checked afterwards against the one list of
//! locales ([`LocalizedText::unknown_locales`]), so no hidden state is needed
//! while parsing.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;

use super::{Config, LocaleCode};

/// A text given once for all locales or per locale.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LocalizedText {
    /// The same words in every locale (a name, a number written out).
    All(String),
    /// Words per locale code.
    ByLocale(BTreeMap<String, String>),
}

impl LocalizedText {
    /// The text for `locale`, following its fallback chain; `None` if no locale on
    /// the chain has it.
    pub fn get<'a>(&'a self, config: &Config, locale: &LocaleCode) -> Option<&'a str> {
        match self {
            LocalizedText::All(s) => Some(s),
            LocalizedText::ByLocale(map) => {
                config.fallback_chain(locale).iter().find_map(|l| map.get(l.code.as_str())).map(String::as_str)
            }
        }
    }

    /// The text for `locale`, or failing its chain the default locale's, or any.
    pub fn resolve<'a>(&'a self, config: &Config, locale: &LocaleCode) -> &'a str {
        if let Some(s) = self.get(config, locale) {
            return s;
        }
        match self {
            LocalizedText::All(s) => s,
            LocalizedText::ByLocale(map) => {
                map.get(config.default_locale.as_str()).or_else(|| map.values().next()).map_or("", String::as_str)
            }
        }
    }
}

impl LocalizedText {
    /// The keys of a per-locale text that are not configured locale codes.
    pub fn unknown_locales<'a>(&'a self, config_codes: &[&str]) -> Vec<&'a str> {
        match self {
            LocalizedText::All(_) => Vec::new(),
            LocalizedText::ByLocale(map) => {
                map.keys().map(String::as_str).filter(|k| !config_codes.contains(k)).collect()
            }
        }
    }
}

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LocalizedVisitor)
    }
}

struct LocalizedVisitor;

impl<'de> Visitor<'de> for LocalizedVisitor {
    type Value = LocalizedText;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text, or a map of texts by locale such as {fi: ..., sv: ...}")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(LocalizedText::All(v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(LocalizedText::All(v.to_string()))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(LocalizedText::All(v.to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out = BTreeMap::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: String = map.next_value()?;
            out.insert(key, value);
        }
        Ok(LocalizedText::ByLocale(out))
    }
}

#[cfg(test)]
mod tests {
    use super::LocalizedText;
    use crate::config::locale::tests::config;
    use crate::config::LocaleCode;

    fn by_locale(pairs: &[(&str, &str)]) -> LocalizedText {
        LocalizedText::ByLocale(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect())
    }

    fn code(s: &str) -> LocaleCode {
        LocaleCode::new_unchecked(s)
    }

    #[test]
    fn a_text_for_every_locale_is_the_same_everywhere() {
        let config = config(&[("fi", None), ("sv", Some("fi"))]).expect("valid");
        let all = LocalizedText::All("Turku".into());
        assert_eq!(all.get(&config, &code("sv")), Some("Turku"));
        assert_eq!(all.resolve(&config, &code("de")), "Turku");
        assert!(all.unknown_locales(&["fi"]).is_empty());
    }

    #[test]
    fn a_map_follows_the_fallback_chain_then_the_default_then_any_text() {
        let config = config(&[("fi", None), ("sv", Some("en")), ("en", Some("fi")), ("se", None)]).expect("valid");
        let text = by_locale(&[("fi", "Kaupunki"), ("en", "City")]);
        assert_eq!(text.get(&config, &code("fi")), Some("Kaupunki"));
        assert_eq!(text.get(&config, &code("en")), Some("City"));
        assert_eq!(text.get(&config, &code("sv")), Some("City"), "sv → en, the nearest hop");
        assert_eq!(text.get(&config, &code("se")), None, "no chain reaches a text");
        assert_eq!(text.resolve(&config, &code("se")), "Kaupunki", "resolve falls back to the default locale");
        let only_en = by_locale(&[("en", "City")]);
        assert_eq!(only_en.get(&config, &code("fi")), None);
        assert_eq!(only_en.resolve(&config, &code("fi")), "City", "then to any text at all");
        assert_eq!(by_locale(&[]).resolve(&config, &code("fi")), "");
    }

    #[test]
    fn unknown_locales_are_listed_in_order() {
        let text = by_locale(&[("fi", "a"), ("de", "b"), ("xx", "c")]);
        assert_eq!(text.unknown_locales(&["fi", "sv"]), ["de", "xx"]);
    }

    #[test]
    fn parses_a_text_a_number_or_a_map() {
        assert_eq!(
            crate::yaml::parse::<LocalizedText>("Turku", std::path::Path::new("t.yaml"), 1).expect("text"),
            LocalizedText::All("Turku".into())
        );
        assert_eq!(
            crate::yaml::parse::<LocalizedText>("20100", std::path::Path::new("t.yaml"), 1).expect("number"),
            LocalizedText::All("20100".into())
        );
        assert_eq!(
            crate::yaml::parse::<LocalizedText>("-5", std::path::Path::new("t.yaml"), 1).expect("negative"),
            LocalizedText::All("-5".into())
        );
        assert_eq!(
            crate::yaml::parse::<LocalizedText>("{fi: Turku, sv: Åbo}", std::path::Path::new("t.yaml"), 1)
                .expect("map"),
            by_locale(&[("fi", "Turku"), ("sv", "Åbo")])
        );
        let list =
            crate::yaml::parse::<LocalizedText>("[a, b]", std::path::Path::new("t.yaml"), 1).expect_err("a list");
        assert!(
            list.to_string().contains("expected a text, or a map of texts by locale such as {fi: ..., sv: ...}"),
            "{list}"
        );
        assert!(crate::yaml::parse::<LocalizedText>("{fi: [a]}", std::path::Path::new("t.yaml"), 1).is_err());
    }
}
