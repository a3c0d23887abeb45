//! Fluent coverage: every message of the default locale has a text in each other
//! locale, and every message is used.
//!
//! A locale covers a message when it defines it, or when a fallback locale *in the
//! same language* does (`fi-selko` may leave a message to `fi`; `sv` may not, or a
//! Swedish page would show Finnish). A message is used when a template names it
//! (any quoted message id in a template, or `key="prefix-" ~ …` for every message
//! with that prefix), another message refers to it, or the Rust code asks for it —
//! the code's keys cannot be read at run time, so they are listed in
//! [`CODE_REFERENCES`] with where they are used (a unit test keeps the list complete).

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::Entry;

use crate::config::{Config, Locale};
use crate::error::Diagnostic;
use crate::Site;

use super::Check;

/// Message ids the Rust code asks for (`*` stands for any text), and where.
pub const CODE_REFERENCES: &[(&str, &str)] = &[
    ("search-title", "site/special.rs: the search page's title"),
    ("not-found-title", "site/special.rs: the 404 page's title"),
    ("a11y-title", "site/special.rs: the accessibility statement's title"),
    ("root-choose", "site/special.rs: the language choice at /"),
    ("section-*", "site/chrome.rs: section names, `section-{folder}`"),
    ("onboarding-*-title", "site/onboarding.rs: `onboarding-{page}-title` of the three onboarding pages"),
    ("onboarding-*-summary", "site/onboarding.rs: `onboarding-{page}-summary` of the three onboarding pages"),
    ("onboarding-js-*", "site/onboarding.rs: SCRIPT_STRINGS handed to onboarding.js as `onboarding-js-{name}`"),
    ("channel-*", "site/print/sheets.rs: channel names on worksheets, `channel-{code}`"),
    ("days-range", "site/channels/hours.rs: a range of weekdays"),
    ("hours-*", "site/channels/hours.rs: opening hours in words"),
    ("open-*", "site/channels/hours.rs: the open-now texts handed to hours.js"),
    ("print-link-*", "site/print/mod.rs: links to a module's print views"),
    ("print-handout-title", "site/print/mod.rs: the handout's title"),
    ("print-worksheets-title", "site/print/mod.rs: the worksheets' title"),
    ("print-book-title", "site/print/mod.rs: the whole package's title"),
];

/// One locale's messages: id → where it is defined (the site's file wins over the built-in one).
type Defined = BTreeMap<String, (PathBuf, usize)>;

/// The coverage and use findings of `site`'s interface strings.
pub fn check(site: &Site) -> Vec<Diagnostic> {
    let config = &site.config;
    let mut defined: BTreeMap<&str, Defined> = BTreeMap::new();
    let mut referenced: BTreeSet<String> = BTreeSet::new();
    let mut site_files: BTreeSet<PathBuf> = BTreeSet::new();
    for locale in &config.locales {
        let messages = defined.entry(locale.code.as_str()).or_default();
        for (path, text, own) in ftl_files(config, locale) {
            // The build has reported syntax errors; what did parse still counts.
            let (Ok(resource) | Err((resource, _))) = fluent_syntax::parser::parse(text.as_str());
            for refs in crate::i18n::cycles::references(resource.body.iter()).into_values() {
                referenced.extend(refs);
            }
            for (id, line) in message_lines(&resource.body, &text) {
                messages.insert(id, (path.clone(), line));
            }
            if own {
                site_files.insert(path);
            }
        }
    }
    let mut findings = coverage(config, &defined);
    let templates: Vec<&str> = site.templates().sources().values().map(String::as_str).collect();
    let (literals, prefixes) = template_references(&templates);
    for messages in defined.values() {
        for (id, (path, line)) in messages {
            let used = referenced.contains(id)
                || literals.contains(id.as_str())
                || prefixes.iter().any(|p| id.starts_with(p))
                || CODE_REFERENCES.iter().any(|(pattern, _)| matches(pattern, id));
            if !used && site_files.contains(path) {
                findings.push(
                    Check::StringUnused
                        .at(
                            path,
                            *line,
                            1,
                            format!("message `{id}` is not used by any template, message or the program"),
                        )
                        .with_hint("remove it from every locale, or use it in a template"),
                );
            }
        }
    }
    findings
}

/// Messages of the default locale that a locale cannot show in its own language.
fn coverage(config: &Config, defined: &BTreeMap<&str, Defined>) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    let Some(source) = defined.get(config.default_locale.as_str()) else {
        return findings;
    };
    for locale in config.locales.iter().filter(|l| l.code != config.default_locale) {
        let language = primary(&locale.lang);
        let chain: Vec<&Locale> =
            config.fallback_chain(&locale.code).into_iter().filter(|l| primary(&l.lang) == language).collect();
        for (id, (path, line)) in source {
            if !chain.iter().any(|l| defined.get(l.code.as_str()).is_some_and(|m| m.contains_key(id))) {
                findings.push(
                    Check::StringMissing
                        .at(
                            path,
                            *line,
                            1,
                            format!(
                                "message `{id}` has no text in `{}` (nor in a fallback locale in the same language)",
                                locale.code
                            ),
                        )
                        .with_hint(format!("add `{id} = …` to a file in locales/{}/", locale.code)),
                );
            }
        }
    }
    findings
}

fn primary(lang: &str) -> &str {
    lang.split('-').next().unwrap_or(lang)
}

/// The Fluent files of a locale, built-in first: (path as shown, text, whether the site's own).
fn ftl_files(config: &Config, locale: &Locale) -> Vec<(PathBuf, String, bool)> {
    let mut files: Vec<(PathBuf, String, bool)> = crate::builtin::locale_files(locale.code.as_str())
        .map(|(name, text)| (PathBuf::from(format!("<built-in>/locales/{name}")), text.to_string(), false))
        .collect();
    let dir = config.root.join("locales").join(locale.code.as_str());
    let (paths, _) = crate::fs::site_files(&config.root, &dir);
    for path in paths.into_iter().filter(|p| p.extension().is_some_and(|x| x == "ftl")) {
        if let Ok(text) = crate::fs::read_text(&config.root, &path) {
            files.push((crate::fs::shown(&config.root, &path), text, true));
        }
    }
    files
}

/// The messages of a resource with the line each is defined on.
fn message_lines(entries: &[Entry<&str>], text: &str) -> Vec<(String, usize)> {
    entries
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .map(|id| {
            let starts = |l: &str| l.strip_prefix(id.as_str()).is_some_and(|r| r.trim_start().starts_with('='));
            let line = text.lines().position(starts).map_or(0, |i| i + 1);
            (id, line)
        })
        .collect()
}

/// What templates name: every quoted string that could be a message id, and the
/// prefixes of keys built at render time (`t(key="channel-" ~ c.kind)`).
pub fn template_references<'a>(sources: &[&'a str]) -> (BTreeSet<&'a str>, Vec<&'a str>) {
    let mut literals = BTreeSet::new();
    let mut prefixes = Vec::new();
    let is_quote = |b: u8| b == b'"' || b == b'\'';
    for source in sources {
        // Every run of id characters between two quotes, whatever the quotes
        // around it pair with (`href="#{{ t(key="x") }}"` nests them).
        let bytes = source.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if !is_quote(bytes[i]) {
                i += 1;
                continue;
            }
            let start = i + 1;
            let len =
                source[start..].bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'-' || *b == b'_').count();
            let end = start + len;
            if len > 0 && bytes.get(end).is_some_and(|b| is_quote(*b)) {
                let inside = &source[start..end];
                if is_message_id(inside) {
                    literals.insert(inside);
                }
                if inside.ends_with('-') && source[end + 1..].trim_start().starts_with('~') {
                    prefixes.push(inside);
                }
            }
            i = end.max(start);
        }
    }
    (literals, prefixes)
}

fn is_message_id(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic())
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Whether `id` matches `pattern`, in which one `*` stands for any text.
pub fn matches(pattern: &str, id: &str) -> bool {
    match pattern.split_once('*') {
        Some((head, tail)) => id.len() >= head.len() + tail.len() && id.starts_with(head) && id.ends_with(tail),
        None => pattern == id,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_prefix_infix_and_exact() {
        assert!(matches("channel-*", "channel-phone"));
        assert!(matches("onboarding-*-title", "onboarding-plan-title"));
        assert!(!matches("onboarding-*-title", "onboarding-plan-summary"));
        assert!(matches("a11y-title", "a11y-title") && !matches("a11y-title", "a11y-titles"));
    }

    #[test]
    fn templates_name_literals_and_prefixes() {
        let (lits, prefixes) =
            template_references(&[r#"{{ t(key="nav-home") }} {{ t(key="channel-" ~ c.kind) }} {{ t(key='a b') }}"#]);
        assert!(lits.contains("nav-home") && !lits.contains("a b"));
        assert_eq!(prefixes, vec!["channel-"]);
    }

    /// Every message id of the bundled strings that the Rust code names as a
    /// string literal is in [`CODE_REFERENCES`], so the list cannot fall behind the code.
    #[test]
    fn code_references_cover_the_keys_the_code_names() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut ids = BTreeSet::new();
        for entry in walkdir::WalkDir::new(root.join("locales/fi")).into_iter().filter_map(Result::ok) {
            if let Ok(text) = std::fs::read_to_string(entry.path()) {
                if let Ok(resource) = fluent_syntax::parser::parse(text.as_str()) {
                    ids.extend(message_lines(&resource.body, &text).into_iter().map(|(id, _)| id));
                }
            }
        }
        assert!(ids.len() > 100, "the bundled strings were not found");
        // Ids the templates name are used whatever the code does with the same word.
        let templates: Vec<String> = walkdir::WalkDir::new(root.join("themes/default/templates"))
            .into_iter()
            .filter_map(Result::ok)
            .filter_map(|e| std::fs::read_to_string(e.path()).ok())
            .collect();
        let sources: Vec<&str> = templates.iter().map(String::as_str).collect();
        let (in_templates, _) = template_references(&sources);
        let mut uncovered = Vec::new();
        for entry in walkdir::WalkDir::new(root.join("src")).into_iter().filter_map(Result::ok) {
            let path = entry.path();
            if path.extension().is_none_or(|x| x != "rs") || path.starts_with(root.join("src/check")) {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap_or_default();
            for literal in text.split('"').skip(1).step_by(2) {
                if ids.contains(literal)
                    && !in_templates.contains(literal)
                    && !CODE_REFERENCES.iter().any(|(p, _)| matches(p, literal))
                {
                    uncovered.push(format!("{}: {literal}", path.display()));
                }
            }
        }
        assert!(uncovered.is_empty(), "message ids in the code missing from CODE_REFERENCES: {uncovered:?}");
    }
}
