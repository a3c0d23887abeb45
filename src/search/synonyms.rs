//! Everyday words the site never writes: a locale's synonyms file.
//!
//! `locales/<code>/synonyms.txt` in the site holds one rule a line (blank lines
//! and lines starting with `#` are skipped):
//!
//! - `dagis, daghem, förskola`: words (or phrases) that mean the same; a query
//!   with any of them also searches for the others;
//! - `bus pass, travel card => bus card`: the phrases left of `=>` also search
//!   for those on the right, not the other way round.
//!
//! Phrases are compared by the stems of their words, so `dagiset` matches
//! `dagis`. The words a rule adds count at half the weight of typed words (see
//! [`super::query`]). The rules travel to the browser in the locale's entry file.

use std::path::Path;

use super::analyzer::Analyzer;
use crate::error::{Diagnostic, Error, Result};

/// One rule: a query containing any phrase of `from` also searches for `to`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Rule {
    /// Phrases, each as the stems of its words (not exported: the browser stems
    /// `written` itself, exactly as here).
    #[serde(skip)]
    pub from: Vec<Vec<String>>,
    /// The same phrases as written in the file.
    pub written: Vec<String>,
    /// The phrases added, as written (analyzed when a query uses them).
    pub to: Vec<String>,
}

/// The synonyms of one locale.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    rules: Vec<Rule>,
}

impl Synonyms {
    /// Reads `locales/<code>/synonyms.txt` under `root`, if there is one.
    pub fn load(root: &Path, code: &str, analyzer: &Analyzer) -> Result<Synonyms> {
        let shown = Path::new("locales").join(code).join("synonyms.txt");
        let file = root.join(&shown);
        if !file.exists() {
            return Ok(Synonyms::default());
        }
        let text = crate::fs::read_text(root, &file)?;
        Synonyms::parse(&text, analyzer).map_err(|(line, column, message)| {
            Error::from_diagnostics(vec![Diagnostic::new(&shown, line, column, message.clone())])
                .err()
                .unwrap_or(Error::Message(message))
        })
    }

    /// Parses the rules of a synonyms file; an error is (line, column, message).
    pub fn parse(text: &str, analyzer: &Analyzer) -> std::result::Result<Synonyms, (usize, usize, String)> {
        let mut rules = Vec::new();
        for (n, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let column = |at: &str| line.len() - line.trim_start().len() + trimmed.find(at).unwrap_or(0) + 1;
            let sides: Vec<&str> = trimmed.split("=>").collect();
            if sides.len() > 2 {
                let second = trimmed.match_indices("=>").nth(1).map_or(0, |(i, _)| i);
                return Err((
                    n + 1,
                    line.len() - line.trim_start().len() + second + 1,
                    "expected one `=>` at most".into(),
                ));
            }
            let mut phrases = Vec::new();
            for side in &sides {
                let mut list = Vec::new();
                for phrase in side.split(',') {
                    if analyzer.analyze(phrase).is_empty() {
                        let at = if phrase.trim().is_empty() { side.trim() } else { phrase.trim() };
                        return Err((
                            n + 1,
                            column(if at.is_empty() { trimmed } else { at }),
                            "expected a word or phrase between the commas (`dagis, daghem` or `dagis => daghem`)"
                                .into(),
                        ));
                    }
                    list.push(phrase.trim().to_string());
                }
                phrases.push(list);
            }
            let stems = |list: &[String]| -> Vec<Vec<String>> {
                list.iter().map(|p| analyzer.analyze(p).into_iter().map(|w| w.stem).collect()).collect()
            };
            match phrases.as_slice() {
                [one] if one.len() < 2 => {
                    return Err((n + 1, column(trimmed), "expected two or more phrases, or `=>`".into()));
                }
                [one] => {
                    for (i, phrase) in one.iter().enumerate() {
                        let others = one.iter().enumerate().filter(|(j, _)| *j != i).map(|(_, p)| p.clone());
                        rules.push(Rule {
                            from: stems(std::slice::from_ref(phrase)),
                            written: vec![phrase.clone()],
                            to: others.collect(),
                        });
                    }
                }
                [from, to] => rules.push(Rule { from: stems(from), written: from.clone(), to: to.clone() }),
                _ => {}
            }
        }
        Ok(Synonyms { rules })
    }

    /// Whether a query whose words have the stems `stems` matches a rule with a
    /// phrase that contains the word stemmed `stem`.
    pub fn matched(&self, stems: &[String], stem: &str) -> bool {
        self.rules.iter().any(|r| r.from.iter().any(|p| contains(stems, p) && p.iter().any(|s| s == stem)))
    }

    /// Every rule, in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// The phrases a query adds, each with the rule's phrase (as written) that
    /// the query matched, for a query whose words have the stems `stems`, in rule
    /// order.
    pub fn expand(&self, stems: &[String]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for rule in &self.rules {
            let Some(found) = rule.from.iter().position(|p| contains(stems, p)) else { continue };
            for to in &rule.to {
                out.push((to.clone(), rule.written[found].clone()));
            }
        }
        out
    }
}

/// Whether `phrase` occurs in `stems` as consecutive words.
fn contains(stems: &[String], phrase: &[String]) -> bool {
    !phrase.is_empty() && stems.windows(phrase.len()).any(|w| w == phrase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::analyzer::Language;

    fn swedish() -> Analyzer {
        Analyzer::new(Language::Swedish, [])
    }

    #[test]
    fn a_group_finds_each_other_and_an_arrow_one_way() {
        let s = Synonyms::parse("# comment\n\ndagis, daghem\nbus pass => bus card, travel card\n", &swedish())
            .expect("parses");
        let stems = |q: &str| swedish().analyze(q).into_iter().map(|w| w.stem).collect::<Vec<_>>();
        assert_eq!(s.expand(&stems("dagiset")), [("daghem".to_string(), "dagis".to_string())]);
        assert_eq!(s.expand(&stems("daghem")), [("dagis".to_string(), "daghem".to_string())]);
        let added: Vec<String> = s.expand(&stems("my bus pass")).into_iter().map(|(to, _)| to).collect();
        assert_eq!(added, ["bus card", "travel card"]);
        assert!(s.expand(&stems("bus card")).is_empty());
    }

    #[test]
    fn a_bad_line_is_reported_with_its_line_and_column() {
        assert_eq!(Synonyms::parse("a, b\n  c, , d\n", &swedish()).err().map(|e| (e.0, e.1)), Some((2, 3)));
        assert_eq!(Synonyms::parse("a => b => c\n", &swedish()).err().map(|e| (e.0, e.1)), Some((1, 8)));
        assert_eq!(Synonyms::parse("lonely\n", &swedish()).err().map(|e| e.0), Some(1));
    }
}
