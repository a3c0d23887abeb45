//! Stamping translations with the source they were made from.
//!
//! A scaffolded item is written in every configured locale at once, so every
//! translation is current when it is written: each non-default locale file gets
//! `translated-from: { locale, hash }` naming its source locale (its plain-language
//! parent, else its fallback, else the default locale) and that file's
//! [`source_hash`](crate::content::source_hash).

use std::collections::{BTreeMap, BTreeSet};

use crate::config::{Config, LocaleCode};
use crate::content::source_hash;

/// The locale a locale's text is translated from, or `None` for the default locale.
pub(super) fn source_locale(config: &Config, code: &LocaleCode) -> Option<LocaleCode> {
    if *code == config.default_locale {
        return None;
    }
    let locale = config.locales.iter().find(|l| l.code == *code)?;
    Some(
        locale
            .plain_language_of
            .clone()
            .or_else(|| locale.fallback.clone())
            .unwrap_or_else(|| config.default_locale.clone()),
    )
}

/// Adds the `translated-from` line to each translation in `texts` (locale → file
/// text with front matter), sources before the files made from them. A text with
/// no front matter, or whose source is not in `texts`, is left as it is.
pub(super) fn stamp(config: &Config, texts: &mut BTreeMap<LocaleCode, String>) {
    let mut done: BTreeSet<LocaleCode> = texts.keys().filter(|c| source_locale(config, c).is_none()).cloned().collect();
    // Fallback chains are acyclic (the config checks), so every pass finishes at
    // least one file until all are done.
    loop {
        let ready: Vec<(LocaleCode, LocaleCode)> = texts
            .keys()
            .filter(|c| !done.contains(*c))
            .filter_map(|c| {
                let source = source_locale(config, c)?;
                (done.contains(&source) || !texts.contains_key(&source)).then(|| (c.clone(), source))
            })
            .collect();
        if ready.is_empty() {
            break;
        }
        for (code, source) in ready {
            if let Some(hash) = texts.get(&source).map(|t| source_hash(t)) {
                let line = format!("translated-from: {{locale: {source}, hash: {hash}}}\n");
                if let Some(stamped) = texts.get(&code).and_then(|t| insert_front_matter_line(t, &line)) {
                    texts.insert(code.clone(), stamped);
                }
            }
            done.insert(code);
        }
    }
}

/// `text` with `line` added as the last line of its front matter.
fn insert_front_matter_line(text: &str, line: &str) -> Option<String> {
    let rest = text.strip_prefix("---\n")?;
    let end = rest.find("\n---\n").map(|i| i + 1).or_else(|| rest.starts_with("---\n").then_some(0))?;
    Some(format!("---\n{}{line}{}", &rest[..end], &rest[end..]))
}

#[cfg(test)]
mod tests {
    use super::insert_front_matter_line;

    #[test]
    fn the_line_goes_last_in_the_front_matter() {
        let text = "---\ntitle: A\n---\n\nBody\n";
        assert_eq!(insert_front_matter_line(text, "x: 1\n").as_deref(), Some("---\ntitle: A\nx: 1\n---\n\nBody\n"));
        assert_eq!(insert_front_matter_line("no front matter\n", "x: 1\n"), None);
    }
}
