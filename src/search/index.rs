//! One tantivy index per locale, built in memory from the content, and the
//! queries that both `luukku search` and the static export run on it.
//!
//! The index is deterministic: documents are added in key order by one writer
//! thread and end up in one segment, so a document's id is its position in key
//! order, and the client can name documents by that number. Scoring is tantivy's
//! BM25, per field, with the field boosts of [`TEXT_FIELDS`].

use std::collections::{BTreeMap, HashMap, HashSet};

use rayon::prelude::*;
use tantivy::collector::{Collector, SegmentCollector};
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED, STRING};
use tantivy::{DocAddress, DocId, Index, IndexSettings, Score, Searcher, TantivyDocument, Term};

use super::analyzer::{fold_kept, Analyzer, Language, SearchTokenizer};
use super::forgive::term_keys;
use super::query::{plan, widen, PlannedWord, Vocabulary, FEW_RESULTS};
use super::synonyms::Synonyms;
use super::text::{document, SearchDoc, Shown};
use super::Corpus;
use crate::config::Locale;
use crate::error::{Error, Result};

/// The searched text fields and their boosts, in the order a term's per-field
/// scores are added up.
pub const TEXT_FIELDS: [(&str, Score); 5] =
    [("title", 4.0), ("keywords", 3.0), ("summary", 1.5), ("headings", 1.5), ("body", 1.0)];

const TOKENIZER: &str = "luukku";
const WRITER_MEMORY: usize = 200_000_000;

/// The documents a term occurs in, by id, with its score in each.
pub type Postings = Vec<(DocId, Score)>;

/// The index of one locale.
pub struct LocaleIndex {
    locale: Locale,
    analyzer: Analyzer,
    searcher: Searcher,
    text_fields: Vec<(Field, Score)>,
    key: Field,
    kind: Field,
    url: Field,
    title: Field,
    /// What results show of the documents, by document id.
    docs: Vec<Shown>,
    /// Every term of every text field, sorted and without duplicates.
    terms: Vec<String>,
    /// The typo index: every key of [`super::forgive`] with its terms (indexes
    /// into `terms`, ascending).
    typo: BTreeMap<String, Vec<usize>>,
    /// How each term is shown, where that is not the term itself.
    display: HashMap<String, String>,
    /// The locale's synonyms.
    synonyms: Synonyms,
}

impl std::fmt::Debug for LocaleIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocaleIndex")
            .field("locale", &self.locale.code)
            .field("docs", &self.docs.len())
            .field("terms", &self.terms.len())
            .finish()
    }
}

/// One result of a search.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Hit {
    /// The item's key.
    pub key: String,
    /// Its page, relative to the site root.
    pub url: String,
    /// Its title.
    pub title: String,
    /// Its kind code (`service`, `training`, …).
    pub kind: String,
    /// The BM25 score.
    pub score: Score,
    /// Whether it was found only by widening a query with few results
    /// ([`super::query::widen`]): it comes after every other result.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub corrected: bool,
}

/// All matching documents with their scores: the collector behind every query,
/// so that no top-k pruning changes the order in which scores are added up.
struct AllScores;

struct SegmentScores(Vec<(DocId, Score)>);

impl Collector for AllScores {
    type Fruit = Vec<(DocId, Score)>;
    type Child = SegmentScores;

    fn for_segment(
        &self,
        _segment: tantivy::SegmentOrdinal,
        _reader: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentScores> {
        Ok(SegmentScores(Vec::new()))
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, fruits: Vec<Vec<(DocId, Score)>>) -> tantivy::Result<Self::Fruit> {
        Ok(fruits.into_iter().flatten().collect())
    }
}

impl SegmentCollector for SegmentScores {
    type Fruit = Vec<(DocId, Score)>;

    fn collect(&mut self, doc: DocId, score: Score) {
        self.0.push((doc, score));
    }

    fn harvest(self) -> Self::Fruit {
        self.0
    }
}

impl LocaleIndex {
    /// Indexes every item written in `locale`.
    pub fn build(corpus: &Corpus<'_>, locale: &Locale) -> Result<LocaleIndex> {
        let fail = |e: tantivy::TantivyError| Error::Message(format!("search index for locale `{}`: {e}", locale.code));
        let docs: Vec<SearchDoc> = corpus.library.items().filter_map(|item| document(corpus, item, locale)).collect();
        // Every distinct word once: the vocabulary (folded) and how words are shown.
        let counts = super::text::word_counts(&docs);
        let vocabulary: HashSet<String> = counts.keys().filter_map(|w| fold_kept(w)).collect();
        let analyzer = Analyzer::new(Language::of_lang(&locale.lang), vocabulary.iter().map(String::as_str));
        let display = super::text::display_words(&analyzer, &counts);
        drop(counts);
        let synonyms = Synonyms::load(&corpus.config.root, locale.code.as_str(), &analyzer)?;

        let mut schema = Schema::builder();
        let indexing =
            TextFieldIndexing::default().set_tokenizer(TOKENIZER).set_index_option(IndexRecordOption::WithFreqs);
        let text = TextOptions::default().set_indexing_options(indexing);
        let text_fields: Vec<(Field, Score)> = TEXT_FIELDS
            .iter()
            .map(|(name, boost)| {
                let options = if *name == "title" { text.clone() | STORED } else { text.clone() };
                (schema.add_text_field(name, options), *boost)
            })
            .collect();
        let title = text_fields[0].0;
        let key = schema.add_text_field("key", STRING | STORED);
        let kind = schema.add_text_field("kind", STRING | STORED);
        let url = schema.add_text_field("url", STORED);
        let index = Index::builder()
            .schema(schema.build())
            .settings(IndexSettings {
                docstore_compression: tantivy::store::Compressor::None,
                ..IndexSettings::default()
            })
            .create_in_ram()
            .map_err(fail)?;
        index
            .tokenizers()
            .register(TOKENIZER, tantivy::tokenizer::TextAnalyzer::from(SearchTokenizer::new(analyzer.clone())));

        // One writer thread adds the documents in key order: ids follow that order.
        let mut writer = index.writer_with_num_threads::<TantivyDocument>(1, WRITER_MEMORY).map_err(fail)?;
        // Each body is dropped once it is indexed: only what results show is kept.
        let mut shown = Vec::with_capacity(docs.len());
        for d in docs {
            let mut doc = TantivyDocument::new();
            let texts = [&d.title, &d.keywords, &d.summary, &d.headings, &d.body];
            for ((field, _), value) in text_fields.iter().zip(texts) {
                doc.add_text(*field, value);
            }
            doc.add_text(key, &d.key);
            doc.add_text(kind, d.kind.code());
            doc.add_text(url, &d.url);
            writer.add_document(doc).map_err(fail)?;
            shown.push(d.into_shown());
        }
        writer.commit().map_err(fail)?;
        let segments = index.searchable_segment_ids().map_err(fail)?;
        if segments.len() > 1 {
            writer.merge(&segments).wait().map_err(fail)?;
        }
        writer.wait_merging_threads().map_err(fail)?;
        let reader = index.reader().map_err(fail)?;
        let searcher = reader.searcher();
        if searcher.segment_readers().len() > 1 {
            return Err(Error::Message(format!(
                "search index for locale `{}`: expected one segment, found {}",
                locale.code,
                searcher.segment_readers().len()
            )));
        }
        // Each field's terms come sorted; all fields' terms, sorted once, deduplicated.
        let mut terms: Vec<String> = Vec::new();
        if let Some(segment) = searcher.segment_readers().first() {
            for (field, _) in &text_fields {
                let inverted = segment.inverted_index(*field).map_err(fail)?;
                let mut stream = inverted.terms().stream().map_err(|e| fail(e.into()))?;
                while stream.advance() {
                    terms.push(String::from_utf8_lossy(stream.key()).into_owned());
                }
            }
        }
        terms.sort_unstable();
        terms.dedup();
        // (key, term) pairs sorted by key, then term: each key's terms ascending.
        let mut filed: Vec<(String, usize)> =
            terms.iter().enumerate().flat_map(|(i, term)| term_keys(term).into_iter().map(move |k| (k, i))).collect();
        filed.sort_unstable();
        filed.dedup();
        let mut typo: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        let mut grouped: Vec<(String, Vec<usize>)> = Vec::new();
        for (key, i) in filed {
            match grouped.last_mut() {
                Some((last, ids)) if *last == key => ids.push(i),
                _ => grouped.push((key, vec![i])),
            }
        }
        typo.extend(grouped);
        Ok(LocaleIndex {
            typo,
            display,
            synonyms,
            locale: locale.clone(),
            analyzer,
            searcher,
            text_fields,
            key,
            kind,
            url,
            title,
            docs: shown,
            terms,
        })
    }

    /// The locale indexed.
    pub fn locale(&self) -> &Locale {
        &self.locale
    }

    /// The analyzer the index was built with.
    pub fn analyzer(&self) -> &Analyzer {
        &self.analyzer
    }

    /// What results show of the indexed documents, by document id.
    pub fn docs(&self) -> &[Shown] {
        &self.docs
    }

    /// Every indexed term, sorted.
    pub fn terms(&self) -> &[String] {
        &self.terms
    }

    /// The typo index: each key with the terms filed under it, in key order.
    pub fn typo_keys(&self) -> impl Iterator<Item = (&str, Vec<&str>)> {
        self.typo.iter().map(|(k, ids)| (k.as_str(), ids.iter().map(|i| self.terms[*i].as_str()).collect()))
    }

    /// How a term is shown to readers: its most frequent word in the text.
    pub fn display(&self, term: &str) -> String {
        self.display.get(term).cloned().unwrap_or_else(|| term.to_string())
    }

    /// The locale's synonyms.
    pub fn synonyms(&self) -> &Synonyms {
        &self.synonyms
    }

    /// The query for one term in every text field: the sum of its boosted BM25
    /// scores per field. The CLI's queries are made of these; the export stores
    /// their scores.
    fn term_query(&self, term: &str) -> Box<dyn Query> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = self
            .text_fields
            .iter()
            .map(|(field, boost)| {
                let q = TermQuery::new(Term::from_field_text(*field, term), IndexRecordOption::WithFreqs);
                let boosted: Box<dyn Query> = Box::new(BoostQuery::new(Box::new(q), *boost));
                (Occur::Should, boosted)
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }

    /// Every matching document with its score, by document id.
    fn run(&self, query: &dyn Query) -> Result<Vec<(DocId, Score)>> {
        let mut scores = self
            .searcher
            .search(query, &AllScores)
            .map_err(|e| Error::Message(format!("searching the index of locale `{}`: {e}", self.locale.code)))?;
        scores.sort_by_key(|(doc, _)| *doc);
        Ok(scores)
    }

    /// The score of every term in every document it occurs in, in term order:
    /// what the static export ships to the browser.
    pub fn term_scores(&self) -> Result<Vec<(&str, Postings)>> {
        self.terms.par_iter().map(|t| Ok((t.as_str(), self.run(&*self.term_query(t))?))).collect()
    }

    /// How a query is matched: its words and the terms each word matches.
    pub fn plan(&self, query: &str) -> Vec<PlannedWord> {
        plan(&self.analyzer, query, &IndexVocabulary(self), &self.synonyms)
    }

    /// Searches: every document matching a word of the query, best first (ties in
    /// key order), then, when those are fewer than [`FEW_RESULTS`], the documents
    /// only the query's typo corrections find ([`widen`]); optionally only those of
    /// one kind, at most `limit`.
    pub fn search(&self, query: &str, kind: Option<&str>, limit: usize) -> Result<Vec<Hit>> {
        if limit == 0 {
            return Ok(Vec::new());
        }
        let planned = self.plan(query);
        let mut scores = self.score(&planned)?;
        let exact = scores.len();
        if exact < FEW_RESULTS {
            let widened = widen(&planned, &IndexVocabulary(self));
            let found: std::collections::HashSet<DocId> = scores.iter().map(|(d, _)| *d).collect();
            scores.extend(self.score(&widened)?.into_iter().filter(|(d, _)| !found.contains(d)));
        }
        let mut hits = Vec::new();
        for (i, (doc, score)) in scores.into_iter().enumerate() {
            let mut hit = self.hit(doc, score)?;
            hit.corrected = i >= exact;
            if kind.is_none_or(|k| k == hit.kind) {
                hits.push(hit);
                if hits.len() == limit {
                    break;
                }
            }
        }
        Ok(hits)
    }

    /// Every document a plan matches with its score, best first, ties by id.
    fn score(&self, planned: &[PlannedWord]) -> Result<Vec<(DocId, Score)>> {
        let clauses: Vec<(Occur, Box<dyn Query>)> = planned
            .iter()
            .filter(|w| !w.terms.is_empty())
            .map(|w| {
                let alternatives: Vec<Box<dyn Query>> = w
                    .terms
                    .iter()
                    .map(|(term, boost)| {
                        let q = self.term_query(term);
                        if *boost == 1.0 {
                            q
                        } else {
                            Box::new(BoostQuery::new(q, *boost)) as Box<dyn Query>
                        }
                    })
                    .collect();
                let word: Box<dyn Query> = Box::new(DisjunctionMaxQuery::new(alternatives));
                (Occur::Should, word)
            })
            .collect();
        if clauses.is_empty() {
            return Ok(Vec::new());
        }
        let mut scores = self.run(&BooleanQuery::new(clauses))?;
        scores.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(scores)
    }

    /// A result read back from the index's stored fields.
    fn hit(&self, doc: DocId, score: Score) -> Result<Hit> {
        let stored: TantivyDocument = self
            .searcher
            .doc(DocAddress::new(0, doc))
            .map_err(|e| Error::Message(format!("reading search result {doc}: {e}")))?;
        let text = |field: Field| stored.get_first(field).and_then(|v| v.as_str()).unwrap_or_default().to_string();
        Ok(Hit {
            key: text(self.key),
            url: text(self.url),
            title: text(self.title),
            kind: text(self.kind),
            score,
            corrected: false,
        })
    }
}

/// The index's sorted term list and typo index as the query planner sees them.
struct IndexVocabulary<'a>(&'a LocaleIndex);

impl Vocabulary for IndexVocabulary<'_> {
    fn contains(&self, term: &str) -> bool {
        self.0.terms.binary_search_by(|t| t.as_str().cmp(term)).is_ok()
    }

    fn with_prefix(&self, prefix: &str) -> Vec<&str> {
        let terms = &self.0.terms;
        let start = terms.partition_point(|t| t.as_str() < prefix);
        terms[start..].iter().take_while(|t| t.starts_with(prefix)).map(String::as_str).collect()
    }

    fn filed_under(&self, key: &str) -> Vec<&str> {
        self.0.typo.get(key).map_or_else(Vec::new, |ids| ids.iter().map(|i| self.0.terms[*i].as_str()).collect())
    }

    fn display(&self, term: &str) -> String {
        self.0.display(term)
    }
}
