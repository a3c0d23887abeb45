//! Plain-language metrics for plain-language locales (`plain-language-of` in book.toml).
//!
//! Selkokieli asks for short sentences and few long words. For every file of a
//! plain-language locale (its summary and body text, not headings or component
//! blocks) this measures the average sentence length in words, the share of long
//! sentences and the share of long words, compares them with
//! `[check.plain-language]` and names the worst lines. The locale it simplifies
//! is measured too, for comparison, without limits.

use pulldown_cmark::{Event, Parser, Tag, TagEnd};
use serde::Serialize;

use crate::config::PlainLanguageLimits;
use crate::content::Translation;
use crate::error::{line_col, Diagnostic};
use crate::Site;

use super::Check;

/// A sentence: the line it starts on and its words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// The file line the sentence starts on.
    pub line: usize,
    /// Its words (numbers too), without surrounding punctuation.
    pub words: Vec<String>,
}

/// The figures of one file.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct FileFigures {
    /// The file.
    pub file: String,
    /// Its locale.
    pub locale: String,
    /// The measures.
    #[serde(flatten)]
    pub measures: Measures,
}

/// The figures of one locale, over all its files.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct LocaleFigures {
    /// The locale.
    pub locale: String,
    /// Whether it is a plain-language locale (held to the limits) or the locale one simplifies.
    pub plain_language: bool,
    /// Files measured.
    pub files: usize,
    /// The measures.
    #[serde(flatten)]
    pub measures: Measures,
}

/// Sentence and word counts and the shares made of them.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Measures {
    /// Sentences.
    pub sentences: usize,
    /// Words.
    pub words: usize,
    /// Words per sentence.
    pub average_sentence_words: f64,
    /// Sentences longer than the limit.
    pub long_sentences: usize,
    /// `long_sentences / sentences`.
    pub long_sentence_share: f64,
    /// Words longer than the limit.
    pub long_words: usize,
    /// `long_words / words`.
    pub long_word_share: f64,
}

/// Every file of the plain-language locales, and every locale measured.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Figures {
    /// Per locale, plain-language locales and the locales they simplify.
    pub locales: Vec<LocaleFigures>,
    /// Per file of a plain-language locale.
    pub files: Vec<FileFigures>,
}

/// Measures the plain-language locales of `site` (and the locales they simplify),
/// adding a finding for each limit a file exceeds.
pub fn check(site: &Site, findings: &mut Vec<Diagnostic>) -> Figures {
    let limits = &site.config.check.plain_language;
    let mut figures = Figures::default();
    for locale in site.config.locales.iter().filter(|l| l.plain_language_of.is_some()) {
        let base = locale.plain_language_of.as_ref().and_then(|b| site.config.locale(b));
        for (measured, plain) in [(Some(locale), true), (base, false)] {
            let Some(measured) = measured else { continue };
            let mut all = Vec::new();
            let mut files = 0;
            for item in site.library.items() {
                let Some(tr) = item.translations.get(&measured.code) else { continue };
                let sentences = translation_sentences(tr);
                if plain {
                    findings.append(&mut judge(tr, &sentences, limits));
                    figures.files.push(FileFigures {
                        file: tr.path.to_string_lossy().replace('\\', "/"),
                        locale: measured.code.to_string(),
                        measures: measure(&sentences, limits),
                    });
                }
                files += 1;
                all.extend(sentences);
            }
            figures.locales.push(LocaleFigures {
                locale: measured.code.to_string(),
                plain_language: plain,
                files,
                measures: measure(&all, limits),
            });
        }
    }
    figures
}

/// The measures of some sentences under `limits`.
pub fn measure(sentences: &[Sentence], limits: &PlainLanguageLimits) -> Measures {
    let words = word_count(sentences);
    let long_sentences = sentences.iter().filter(|s| s.words.len() > limits.long_sentence_words).count();
    let long_words = long_words(sentences, limits.long_word_letters).len();
    Measures {
        sentences: sentences.len(),
        words,
        average_sentence_words: round3(average_sentence_words(sentences)),
        long_sentences,
        long_sentence_share: round3(long_sentence_share(sentences, limits.long_sentence_words)),
        long_words,
        long_word_share: round3(share(long_words, words)),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// The findings of one file.
fn judge(tr: &Translation, sentences: &[Sentence], limits: &PlainLanguageLimits) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    if sentences.is_empty() {
        return findings;
    }
    let mut longest: Vec<&Sentence> = sentences.iter().collect();
    longest.sort_by(|a, b| b.words.len().cmp(&a.words.len()).then(a.line.cmp(&b.line)));
    let worst: Vec<String> =
        longest.iter().take(3).map(|s| format!("line {} ({} words)", s.line, s.words.len())).collect();
    let worst_line = longest.first().map_or(0, |s| s.line);
    let average = average_sentence_words(sentences);
    if average > limits.max_average_sentence_words {
        findings.push(
            Check::PlainAverage
                .at(&tr.path, worst_line, 1, format!(
                    "the average sentence is {average:.1} words, more than check.plain-language.max-average-sentence-words = {}; the longest: {}",
                    limits.max_average_sentence_words, worst.join(", ")
                ))
                .with_hint("split long sentences in two: one thing in one sentence"),
        );
    }
    let long = sentences.iter().filter(|s| s.words.len() > limits.long_sentence_words).count();
    let long_share = long_sentence_share(sentences, limits.long_sentence_words);
    if long_share > limits.max_long_sentence_share {
        findings.push(Check::PlainLongSentences.at(
            &tr.path,
            worst_line,
            1,
            format!(
                "{long} of {} sentences ({:.0} %) are longer than {} words, more than check.plain-language.max-long-sentence-share = {}; the longest: {}",
                sentences.len(), long_share * 100.0, limits.long_sentence_words, limits.max_long_sentence_share, worst.join(", ")
            ),
        ));
    }
    let words = long_words(sentences, limits.long_word_letters);
    let word_share = share(words.len(), word_count(sentences));
    if word_share > limits.max_long_word_share {
        let mut named: Vec<&(usize, &str)> = words.iter().collect();
        named.sort_by(|a, b| letters(b.1).cmp(&letters(a.1)).then(a.0.cmp(&b.0)));
        let list: Vec<String> = named.iter().take(3).map(|(line, w)| format!("`{w}` (line {line})")).collect();
        findings.push(
            Check::PlainLongWords
                .at(&tr.path, named.first().map_or(0, |w| w.0), 1, format!(
                    "{} of {} words ({:.1} %) are longer than {} letters, more than check.plain-language.max-long-word-share = {}; the longest: {}",
                    words.len(), word_count(sentences), word_share * 100.0, limits.long_word_letters, limits.max_long_word_share, list.join(", ")
                ))
                .with_hint("use a shorter everyday word, or split a long compound with a hyphen (asiakaspalvelu-piste)"),
        );
    }
    findings
}

/// The sentences of a file: its summary and the text of its body, without
/// headings and component blocks.
pub fn translation_sentences(tr: &Translation) -> Vec<Sentence> {
    let summary_line = tr.field_location("summary").line;
    let mut out = split_sentences(&[(0, tr.common.summary.as_str())], &|_| summary_line);
    let mut block: Vec<(usize, String)> = Vec::new();
    let mut skip = 0usize;
    let line_of = |offset: usize| tr.body_line + line_col(&tr.body, offset).0 - 1;
    for (event, range) in Parser::new_ext(&tr.body, crate::markdown::options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Heading { .. } | Tag::CodeBlock(_)) => skip += 1,
            Event::End(TagEnd::Heading(_) | TagEnd::CodeBlock) => skip = skip.saturating_sub(1),
            Event::Text(t) | Event::Code(t) if skip == 0 => block.push((range.start, t.to_string())),
            Event::SoftBreak | Event::HardBreak => block.push((range.start, " ".to_string())),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell) => {
                let pieces: Vec<(usize, &str)> = block.iter().map(|(o, t)| (*o, t.as_str())).collect();
                out.extend(split_sentences(&pieces, &line_of));
                block.clear();
            }
            _ => {}
        }
    }
    out
}

/// Splits text pieces (byte offset in the file's body, text) into sentences: a
/// sentence ends at `.`, `!` or `?` followed by a space and a capital letter or
/// digit, or at the end of the block. `line_of` maps an offset to a file line.
pub fn split_sentences(pieces: &[(usize, &str)], line_of: &dyn Fn(usize) -> usize) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut start_line = None;
    let chars: Vec<(usize, char)> =
        pieces.iter().flat_map(|(offset, text)| text.chars().map(move |c| (*offset, c))).collect();
    let mut word = String::new();
    for (i, &(offset, c)) in chars.iter().enumerate() {
        if c.is_whitespace() {
            push_word(&mut word, &mut words);
            continue;
        }
        if word.is_empty() && start_line.is_none() {
            start_line = Some(line_of(offset));
        }
        word.push(c);
        let ends = matches!(c, '.' | '!' | '?') && {
            // The next letter or digit, past quotes and brackets.
            let next = chars[i + 1..].iter().map(|(_, c)| *c).find(|c| c.is_alphanumeric());
            let spaced = chars.get(i + 1).is_some_and(|(_, c)| c.is_whitespace());
            next.is_none() || (spaced && next.is_some_and(|n| n.is_uppercase() || n.is_ascii_digit()))
        };
        if ends {
            push_word(&mut word, &mut words);
            if !words.is_empty() {
                out.push(Sentence { line: start_line.unwrap_or(0), words: std::mem::take(&mut words) });
            }
            start_line = None;
        }
    }
    push_word(&mut word, &mut words);
    if !words.is_empty() {
        out.push(Sentence { line: start_line.unwrap_or(0), words });
    }
    out
}

fn push_word(word: &mut String, words: &mut Vec<String>) {
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    if trimmed.chars().any(char::is_alphanumeric) {
        words.push(trimmed.to_string());
    }
    word.clear();
}

fn word_count(sentences: &[Sentence]) -> usize {
    sentences.iter().map(|s| s.words.len()).sum()
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

/// The letters a reader takes in at once: a compound split with hyphens
/// (`asiakaspalvelu-piste`, as plain language writes long words) is read part by part.
fn letters(word: &str) -> usize {
    word.split('-').map(|part| part.chars().filter(|c| c.is_alphabetic()).count()).max().unwrap_or(0)
}

/// Words per sentence (0 for no sentences).
pub fn average_sentence_words(sentences: &[Sentence]) -> f64 {
    share(word_count(sentences), sentences.len())
}

/// The share of sentences of more than `limit` words.
pub fn long_sentence_share(sentences: &[Sentence], limit: usize) -> f64 {
    share(sentences.iter().filter(|s| s.words.len() > limit).count(), sentences.len())
}

/// The words of more than `limit` letters, with their lines.
pub fn long_words(sentences: &[Sentence], limit: usize) -> Vec<(usize, &str)> {
    sentences
        .iter()
        .flat_map(|s| s.words.iter().filter(|w| letters(w) > limit).map(move |w| (s.line, w.as_str())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<Sentence> {
        split_sentences(&[(0, text)], &|_| 1)
    }

    #[test]
    fn sentences_end_at_a_stop_before_a_capital() {
        let s = sentences("Tule kirjastoon. Ota kortti mukaan! Esim. kirja on ilmainen. Kello 8.30 aukeaa");
        let lens: Vec<usize> = s.iter().map(|s| s.words.len()).collect();
        assert_eq!(lens, vec![2, 3, 4, 3]);
        assert_eq!(s[0].words, vec!["Tule", "kirjastoon"]);
    }

    #[test]
    fn sentence_lines_come_from_the_pieces() {
        let s = split_sentences(&[(0, "Yksi lause. "), (20, "Toinen lause.")], &|o| if o < 20 { 3 } else { 4 });
        assert_eq!(s.iter().map(|s| s.line).collect::<Vec<_>>(), vec![3, 4]);
    }

    #[test]
    fn average_sentence_length_counts_words_per_sentence() {
        assert!((average_sentence_words(&sentences("Yksi kaksi. Kolme neljä viisi kuusi.")) - 3.0).abs() < 1e-9);
        assert!(average_sentence_words(&[]).abs() < 1e-9);
    }

    #[test]
    fn long_sentence_share_counts_sentences_over_the_limit() {
        let s = sentences("Yksi kaksi kolme. Neljä. Viisi kuusi.");
        assert!((long_sentence_share(&s, 2) - 1.0 / 3.0).abs() < 1e-9);
        assert!(long_sentence_share(&s, 3).abs() < 1e-9);
    }

    #[test]
    fn long_words_count_letters_only() {
        let s = sentences("Asiakaspalvelukoulutus on hyvä-ä. (Lyhyt)");
        assert_eq!(long_words(&s, 16), vec![(1, "Asiakaspalvelukoulutus")]);
        assert!(long_words(&s, 22).is_empty());
        assert_eq!(s[1].words, vec!["Lyhyt"]);
        assert!(long_words(&sentences("Asiakaspalvelu-pisteessä."), 16).is_empty());
    }
}
