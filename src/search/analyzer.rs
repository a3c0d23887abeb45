//! Text analysis: how text becomes search terms, identically here and in the browser.
//!
//! Every step is one the JS client (`client/engine.js`, `client/stem-*.js`) repeats
//! exactly, because a query typed in the browser must produce the terms the index
//! was built with:
//!
//! 1. the text is put in Unicode NFC form;
//! 2. words are the maximal runs of letters and digits (`char::is_alphanumeric`,
//!    `/[\p{Alphabetic}\p{N}]+/u` in JS);
//! 3. each word is lower-cased and *folded*: decomposed (NFD), combining marks
//!    dropped, and `ß æ œ ø đ ð þ ł` spelt out, so `päiväkoti` and `paivakoti` are
//!    one word; words of more than [`MAX_WORD_CHARS`] characters are dropped;
//! 4. a folded word made only of ASCII is stemmed with the Snowball stemmer of the
//!    locale's language (Finnish for `fi` and plain Finnish, Swedish, English);
//!    other words are kept as they are.
//!
//! Folding comes before stemming so that a word typed without diacritics is stemmed
//! exactly like the word in the text. At index time a word may also be split into
//! the parts of a compound ([`super::compound`]); queries are not split.

use std::borrow::Cow;
use std::sync::Arc;

use unicode_normalization::UnicodeNormalization;

use super::compound::Compounds;

/// The longest word, in characters, that is indexed or searched for.
pub const MAX_WORD_CHARS: usize = 40;

/// The stemmer a locale's text is analyzed with, chosen by its HTML `lang`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// Finnish (`fi`), also plain Finnish.
    Finnish,
    /// Swedish (`sv`).
    Swedish,
    /// English (`en`).
    English,
    /// Any other language: words are folded, not stemmed.
    Other,
}

impl Language {
    /// The language of an HTML `lang` value (`fi`, `sv-FI`, `en`).
    pub fn of_lang(lang: &str) -> Language {
        let primary = lang.split(['-', '_']).next().unwrap_or("");
        match primary.to_ascii_lowercase().as_str() {
            "fi" => Language::Finnish,
            "sv" => Language::Swedish,
            "en" => Language::English,
            _ => Language::Other,
        }
    }

    /// The stemmer's code, as the client knows it (`fi`, `sv`, `en`, `none`).
    pub fn code(self) -> &'static str {
        match self {
            Language::Finnish => "fi",
            Language::Swedish => "sv",
            Language::English => "en",
            Language::Other => "none",
        }
    }

    fn algorithm(self) -> Option<frostem::Algorithm> {
        match self {
            Language::Finnish => Some(frostem::Algorithm::Finnish),
            Language::Swedish => Some(frostem::Algorithm::Swedish),
            Language::English => Some(frostem::Algorithm::English),
            Language::Other => None,
        }
    }
}

/// Lower-cases and folds one word (steps 3 of the module documentation).
pub fn fold(word: &str) -> String {
    // Plain ASCII has nothing to decompose, no marks and no letters to spell out.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let lower = word.to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for c in lower.nfd() {
        match c {
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ø' => out.push('o'),
            'đ' | 'ð' => out.push('d'),
            'þ' => out.push_str("th"),
            'ł' => out.push('l'),
            c if unicode_normalization::char::is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
    out
}

/// A text in NFC (step 1): borrowed when it already is, as text read from a
/// site's files always is ([`crate::fs::read_text`] normalizes it).
pub fn nfc(text: &str) -> Cow<'_, str> {
    if crate::fs::is_nfc(text) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}

/// The words of a text in NFC, as written (step 2).
pub fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty())
}

/// The folded form of a word as written, if it is indexed at all (step 3).
pub fn fold_kept(word: &str) -> Option<String> {
    let folded = fold(word);
    (!folded.is_empty() && folded.chars().count() <= MAX_WORD_CHARS).then_some(folded)
}

/// The folded words of a text, in order (steps 1–3).
pub fn words(text: &str) -> Vec<String> {
    raw_words(&nfc(text)).filter_map(fold_kept).collect()
}

/// A word of a query: as typed (folded) and stemmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    /// The folded word.
    pub folded: String,
    /// Its stem: the term it matches in the index.
    pub stem: String,
}

/// The analyzer of one locale: its stemmer and, for indexing, its compound splitter.
#[derive(Clone)]
pub struct Analyzer {
    language: Language,
    stemmer: Option<frostem::Stemmer>,
    compounds: Arc<Compounds>,
}

impl std::fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Analyzer").field("language", &self.language).finish()
    }
}

impl Analyzer {
    /// An analyzer for `language` that splits compounds into the words of `vocabulary`.
    pub fn new<'a>(language: Language, vocabulary: impl IntoIterator<Item = &'a str>) -> Self {
        let stemmer = language.algorithm().map(frostem::Stemmer::new);
        let mut analyzer = Analyzer { language, stemmer, compounds: Arc::new(Compounds::default()) };
        let compounds = Compounds::new(language, vocabulary, &|w| analyzer.stem(w));
        analyzer.compounds = Arc::new(compounds);
        analyzer
    }

    /// The language whose stemmer this analyzer uses.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The stem of a folded word (step 4): only words of ASCII letters are stemmed.
    pub fn stem(&self, folded: &str) -> String {
        match &self.stemmer {
            Some(stemmer) if folded.is_ascii() => stemmer.stem(folded).into_owned(),
            _ => folded.to_string(),
        }
    }

    /// The words of a query with their stems, in order.
    pub fn analyze(&self, text: &str) -> Vec<Word> {
        words(text).into_iter().map(|folded| Word { stem: self.stem(&folded), folded }).collect()
    }

    /// The terms a text is indexed under: each word's stem, followed by the stems
    /// of its compound parts, all at the word's position.
    pub fn index_terms(&self, text: &str) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (position, folded) in words(text).into_iter().enumerate() {
            out.extend(self.word_terms(&folded).into_iter().map(|t| (position, t)));
        }
        out
    }

    /// The terms one folded word is indexed under: its stem, then the stems of
    /// its compound parts (each once).
    fn word_terms(&self, folded: &str) -> Vec<String> {
        let mut out = vec![self.stem(folded)];
        for part in self.compounds.split(folded) {
            let stem = self.stem(part);
            if !out.iter().rev().take(8).any(|t| *t == stem) {
                out.push(stem);
            }
        }
        out
    }
}

/// The analyzer as a tantivy tokenizer, registered for every text field of an index.
///
/// A site's text repeats the same few thousand words over and over, so each
/// word as written is folded, stemmed and split once: the tokenizer remembers its
/// terms, and a text's tokens are references into that memory.
#[derive(Clone, Debug)]
pub struct SearchTokenizer {
    analyzer: Analyzer,
    /// Each word as written → the range of its terms in `terms` (empty: not indexed).
    memo: super::WordMap<Box<str>, (u32, u32)>,
    /// The terms of every word seen, word after word.
    terms: Vec<String>,
}

impl SearchTokenizer {
    /// A tokenizer that indexes text with `analyzer`.
    pub fn new(analyzer: Analyzer) -> Self {
        SearchTokenizer { analyzer, memo: super::WordMap::default(), terms: Vec::new() }
    }

    /// The range in `terms` of a word's terms, analyzing it the first time.
    fn terms_of(&mut self, word: &str) -> (u32, u32) {
        if let Some(range) = self.memo.get(word) {
            return *range;
        }
        let start = self.terms.len() as u32;
        if let Some(folded) = fold_kept(word) {
            self.terms.extend(self.analyzer.word_terms(&folded));
        }
        let range = (start, self.terms.len() as u32);
        self.memo.insert(word.into(), range);
        range
    }
}

/// The tokens of one text: (position, range of terms) per word.
pub struct TermStream<'a> {
    terms: &'a [String],
    /// Each indexed word's position and the range of its terms.
    words: Vec<(usize, (u32, u32))>,
    /// The word being read and the index of its next term.
    word: usize,
    next: u32,
    token: tantivy::tokenizer::Token,
}

impl tantivy::tokenizer::TokenStream for TermStream<'_> {
    fn advance(&mut self) -> bool {
        while let Some(&(position, (start, end))) = self.words.get(self.word) {
            let i = self.next.max(start);
            if i < end {
                self.next = i + 1;
                self.token.position = position;
                self.token.text.clear();
                self.token.text.push_str(&self.terms[i as usize]);
                return true;
            }
            self.word += 1;
            self.next = 0;
        }
        false
    }

    fn token(&self) -> &tantivy::tokenizer::Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut tantivy::tokenizer::Token {
        &mut self.token
    }
}

impl tantivy::tokenizer::Tokenizer for SearchTokenizer {
    type TokenStream<'a> = TermStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermStream<'a> {
        let text = nfc(text);
        let mut words = Vec::new();
        for word in raw_words(&text) {
            let range = self.terms_of(word);
            if range.0 < range.1 {
                words.push((words.len(), range));
            }
        }
        TermStream { terms: &self.terms, words, word: 0, next: 0, token: tantivy::tokenizer::Token::default() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An analyzer whose vocabulary is the words of `text` and a few more.
    fn finnish(text: &str) -> Analyzer {
        let mut vocabulary = words(text);
        vocabulary.extend(["bussi", "kortti", "asiakas", "palvelu"].map(String::from));
        Analyzer::new(Language::Finnish, vocabulary.iter().map(String::as_str))
    }

    #[test]
    fn words_are_folded_and_split_on_anything_but_letters_and_digits() {
        assert_eq!(words("Päiväkoti-haku: 20 €, Straße & Ørsted!"), ["paivakoti", "haku", "20", "strasse", "orsted"]);
        // Decomposed input gives the same words as composed input.
        assert_eq!(words("pa\u{308}iva\u{308}"), words("päivä"));
    }

    #[test]
    fn inflected_finnish_forms_share_a_stem() {
        let a = finnish("");
        let stems: Vec<String> = ["bussikortin", "bussikortilla", "bussikorttia", "Bussikortti"]
            .iter()
            .map(|w| a.analyze(w)[0].stem.clone())
            .collect();
        assert!(stems.iter().all(|s| s == "bussikort"), "{stems:?}");
    }

    #[test]
    fn compounds_are_indexed_with_their_parts() {
        let text = "Bussikortilla asiakaspalveluun";
        let a = finnish(text);
        let terms: Vec<String> = a.index_terms(text).into_iter().map(|(_, t)| t).collect();
        assert_eq!(terms, ["bussikort", "bus", "kort", "asiakaspalvelu", "asiakas", "palvelu"]);
    }

    #[test]
    fn words_with_letters_beyond_ascii_are_not_stemmed() {
        let a = finnish("");
        assert_eq!(a.stem("москва"), "москва");
        assert_eq!(Language::of_lang("sv-FI"), Language::Swedish);
        assert_eq!(Language::of_lang("de").code(), "none");
    }
}
