//! Search: relevance over the bundled site, the matching rules readers rely on,
//! `luukku search`, and the static index and search UI a build writes.
//!
//! The relevance cases are queries typed the way citizens and new employees type
//! them (inflected, without diacritics, half-typed), each with the page that must
//! come first or in the top three. They run against the bundled site at the
//! repository root, so a change to the content or to the ranking that loses a
//! page shows up here.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::sync::OnceLock;

use luukku::search::{Corpus, LocaleIndex};
use luukku::Site;

use crate::harness::{files_under, TestSite};

#[derive(Debug, Clone, Copy)]
enum Rank {
    /// The page must be the first result.
    First,
    /// The page must be among the first three.
    Top3,
}
use Rank::{First, Top3};

/// A query, the key of the page it must find, and where.
type Case = (&'static str, &'static str, Rank);

/// Finnish: citizens and new employees, inflected, without ä and ö, half-typed.
const FI: &[Case] = &[
    ("bussikortin lataus", "services/bus-card", First),
    ("bussikortilla", "services/bus-card", First),
    ("bussikorttia", "services/bus-card", First),
    ("lataa bussikortti", "services/bus-card", First),
    ("matkakortti", "services/bus-card", First),
    ("bussik", "services/bus-card", First),
    ("folin kortti", "services/bus-card", First),
    ("kortti", "services/bus-card", Top3),
    ("bussi kortti", "services/bus-card", First),
    ("paivakoti haku", "services/early-education-application", First),
    ("paivakotipaikka", "services/early-education-application", First),
    ("varhaiskasvatus hakemus", "services/early-education-application", First),
    ("lapsen hoitopaikka", "services/early-education-application", Top3),
    ("kirjastokortin", "services/library-card", First),
    ("kadonnut kirjastokortti", "services/library-card", First),
    ("lainata kirjoja", "services/library-card", First),
    ("uimahalli", "services/sports-wristband", First),
    ("liikuntarannekkeen lataus", "services/sports-wristband", First),
    ("kuntosali", "services/sports-wristband", First),
    ("tulkki", "services/interpreting", First),
    ("en puhu suomea", "services/interpreting", First),
    ("tulkkia asiointiin", "services/interpreting", First),
    ("leirialueen varaus", "services/camp-booking", First),
    ("kesaleiri", "services/camp-booking", First),
    ("palautteen antaminen", "services/feedback", First),
    ("valitus kaupungille", "services/feedback", First),
    ("puhelinvaihteen numero", "services/switchboard", First),
    ("kenelle soitan", "services/switchboard", First),
    ("monitorin aukioloajat", "services/service-point", First),
    ("palvelupisteen osoite", "services/service-point", Top3),
    ("chatti", "services/chat", First),
    ("digituki", "services/digital-help", First),
    ("pankkitunnukset", "services/digital-help", First),
    ("apua tietokoneen kanssa", "services/digital-help", Top3),
    ("asiakkaalle", "glossary/customer", Top3),
    ("asiakaspalvelija", "glossary/customer-service-agent", First),
    ("asiakaspalvelupisteessa", "glossary/service-point", Top3),
    ("palveluohjauksen", "glossary/service-guidance", First),
    ("asiantuntijalle", "glossary/expert", First),
    ("palvelu", "glossary/service", Top3),
    ("elakelainen", "personas/pensioner-couple", First),
    ("pyoratuoli", "personas/wheelchair-user", First),
    ("maahanmuuttaja perhe", "personas/foreign-language-family", First),
    ("opiskelija", "personas/young-adult", Top3),
    ("ratkaisukeskeisyys", "training/04-solution-focus", First),
    ("hankala asiakas", "training/05-customer-positivity", Top3),
    ("monituottajamalli", "training/09-multi-producer-model", First),
    ("palveluseteli", "training/10-cost-and-guidance-choices", Top3),
    ("taskuohje", "pages/pocket-guide", First),
    ("arvojuliste", "pages/values-poster", First),
    ("perehdytys", "training/01-introduction", Top3),
    ("sahkopostin vastausaika", "pages/pocket-guide", Top3),
];

/// Swedish: the same, in Swedish (å, ä and ö left out).
const SV: &[Case] = &[
    ("ladda busskort", "services/bus-card", First),
    ("busskortet", "services/bus-card", First),
    ("resekort", "services/bus-card", First),
    ("folis kort", "services/bus-card", Top3),
    ("bussk", "services/bus-card", First),
    ("daghem ansokan", "services/early-education-application", First),
    ("ansoka om dagvard", "services/early-education-application", First),
    ("daghemsplats", "services/early-education-application", First),
    ("smabarnspedagogik", "services/early-education-application", First),
    ("lanekort", "services/library-card", First),
    ("bibliotekskort", "services/library-card", First),
    ("borttappat lanekort", "services/library-card", First),
    ("lana bocker", "services/library-card", Top3),
    ("simhall", "services/sports-wristband", First),
    ("motionsarmbandet", "services/sports-wristband", First),
    ("gym", "services/sports-wristband", First),
    ("tolk", "services/interpreting", First),
    ("jag talar inte finska", "services/interpreting", First),
    ("boka lagerplats", "services/camp-booking", First),
    ("sommarlager", "services/camp-booking", First),
    ("ge respons", "services/feedback", First),
    ("klagomal", "services/feedback", First),
    ("stadens vaxel", "services/switchboard", First),
    ("vem ska jag ringa", "services/switchboard", First),
    ("monitori oppettider", "services/service-point", First),
    ("chatta med kundtjanst", "services/chat", Top3),
    ("hjalp med datorn", "services/digital-help", Top3),
    ("natbankskoder", "services/digital-help", First),
    ("kundtjanstmedarbetare", "glossary/customer-service-agent", First),
    ("kunden", "glossary/customer", Top3),
    ("pensionarer", "personas/pensioner-couple", First),
    ("rullstol", "personas/wheelchair-user", First),
    ("invandrarfamilj", "personas/foreign-language-family", First),
    ("losningsinriktad", "training/04-solution-focus", First),
    ("flerproducentmodellen", "training/09-multi-producer-model", First),
    ("fickguiden", "pages/pocket-guide", First),
    ("vardegrund", "training/03-values", Top3),
    ("kort", "services/bus-card", Top3),
];

/// English: the same, in English.
const EN: &[Case] = &[
    ("top up bus card", "services/bus-card", First),
    ("bus card", "services/bus-card", First),
    ("monthly pass", "services/bus-card", First),
    ("travel card", "services/bus-card", First),
    ("bus ca", "services/bus-card", First),
    ("daycare application", "services/early-education-application", First),
    ("kindergarten", "services/early-education-application", First),
    ("apply for day care", "services/early-education-application", First),
    ("childcare place", "services/early-education-application", First),
    ("library card", "services/library-card", First),
    ("lost library card", "services/library-card", First),
    ("borrowing books", "services/library-card", First),
    ("audiobooks", "services/library-card", First),
    ("swimming hall", "services/sports-wristband", First),
    ("gym wristband", "services/sports-wristband", First),
    ("interpreter", "services/interpreting", First),
    (r#"I don't speak Finnish"#, "services/interpreting", First),
    ("book a campsite", "services/camp-booking", First),
    ("summer camp", "services/camp-booking", First),
    ("complaint", "services/feedback", First),
    ("give feedback to the city", "services/feedback", First),
    ("phone number of the city", "services/switchboard", First),
    ("who to call", "services/switchboard", First),
    ("monitori opening hours", "services/service-point", First),
    ("live chat", "services/chat", First),
    ("online banking codes", "services/digital-help", First),
    ("help with smartphone", "services/digital-help", First),
    ("customer service agent", "glossary/customer-service-agent", First),
    ("customers", "glossary/customer", Top3),
    ("pensioners", "personas/pensioner-couple", First),
    ("wheelchair", "personas/wheelchair-user", First),
    ("immigrant family", "personas/foreign-language-family", First),
    ("solution focused", "training/04-solution-focus", First),
    ("multi producer model", "training/09-multi-producer-model", First),
    ("pocket guide", "pages/pocket-guide", First),
    ("values poster", "pages/values-poster", First),
    ("onboarding new employee", "training/01-introduction", Top3),
];

/// Plain Finnish: short everyday words, as a plain-language reader types them.
const FI_SELKO: &[Case] = &[
    ("bussikortti", "services/bus-card", First),
    ("bussikortin lataaminen", "services/bus-card", First),
    ("paivakoti", "services/early-education-application", First),
    ("lapselle hoitopaikka", "services/early-education-application", Top3),
    ("kirjastokortti katosi", "services/library-card", First),
    ("lainata kirja", "services/library-card", First),
    ("uimahalliin", "services/sports-wristband", First),
    ("ranneke", "services/sports-wristband", First),
    ("tulkki", "services/interpreting", First),
    ("en puhu suomea", "services/interpreting", First),
    ("leiripaikka", "services/camp-booking", First),
    ("vuokrata leiri", "services/camp-booking", First),
    ("palaute", "services/feedback", First),
    ("jokin on rikki", "services/feedback", Top3),
    ("puhelinvaihde", "services/switchboard", First),
    ("kenelle soitan", "services/switchboard", First),
    ("monitori", "services/service-point", First),
    ("aukioloajat", "services/service-point", Top3),
    ("chatti", "services/chat", First),
    ("netti apu", "services/digital-help", Top3),
    ("pankkitunnukset", "services/digital-help", First),
    ("asiakaspalvelija", "glossary/customer-service-agent", First),
    ("elakelaiset", "personas/pensioner-couple", First),
    ("pyoratuolilla", "personas/wheelchair-user", First),
    ("maahanmuuttaja", "personas/foreign-language-family", First),
    ("nuoret", "personas/young-adult", First),
    ("taskuohje", "pages/pocket-guide", First),
    ("arvot", "pages/values-poster", Top3),
    ("vihainen asiakas", "training/05-customer-positivity", Top3),
    ("monta tuottajaa", "training/09-multi-producer-model", Top3),
    ("palveluseteli", "training/10-cost-and-guidance-choices", Top3),
    ("opiskelija", "personas/young-adult", Top3),
];

/// The bundled site's indexes, built once for all tests.
pub(crate) fn bundled(code: &str) -> &'static LocaleIndex {
    static INDEXES: OnceLock<BTreeMap<String, LocaleIndex>> = OnceLock::new();
    let indexes = INDEXES.get_or_init(|| {
        let site = Site::load(Path::new(env!("CARGO_MANIFEST_DIR"))).expect("the bundled site loads");
        site.config
            .locales
            .iter()
            .map(|l| {
                (
                    l.code.to_string(),
                    LocaleIndex::build(&Corpus::new(&site.config, &site.library), l).expect("the index builds"),
                )
            })
            .collect()
    });
    &indexes[code]
}

fn keys(code: &str, query: &str, limit: usize) -> Vec<String> {
    bundled(code).search(query, None, limit).expect("search runs").into_iter().map(|h| h.key).collect()
}

fn check_relevance(code: &str, cases: &[Case]) {
    assert!(cases.len() >= 30, "{code} has only {} relevance queries", cases.len());
    let misses: Vec<String> = cases
        .iter()
        .filter_map(|(query, key, rank)| {
            let found = keys(code, query, 5);
            let at = found.iter().position(|k| k == key);
            let ok = match rank {
                First => at == Some(0),
                Top3 => at.is_some_and(|i| i < 3),
            };
            (!ok).then(|| format!("  {query:?} should find {key} ({rank:?}); found {found:?}"))
        })
        .collect();
    assert!(
        misses.is_empty(),
        "{} of {} {code} queries miss their page:\n{}",
        misses.len(),
        cases.len(),
        misses.join("\n")
    );
}

#[test]
fn finnish_queries_find_their_pages() {
    check_relevance("fi", FI);
}

#[test]
fn swedish_queries_find_their_pages() {
    check_relevance("sv", SV);
}

#[test]
fn english_queries_find_their_pages() {
    check_relevance("en", EN);
}

#[test]
fn plain_finnish_queries_find_their_pages() {
    check_relevance("fi-selko", FI_SELKO);
}

#[test]
fn inflected_forms_of_a_word_find_its_page() {
    for query in ["bussikortin", "bussikortilla", "bussikorttia", "Bussikortti"] {
        assert_eq!(keys("fi", query, 1), ["services/bus-card"], "{query}");
    }
    // `asiakkaalle` (to the customer) finds the glossary's `asiakas` (customer).
    assert!(keys("fi", "asiakkaalle", 3).contains(&"glossary/customer".to_string()));
    assert_eq!(keys("sv", "busskortets", 1), ["services/bus-card"]);
    assert_eq!(keys("en", "interpreters", 1), ["services/interpreting"]);
}

#[test]
fn a_word_typed_without_diacritics_finds_the_word_with_them() {
    let index = bundled("fi");
    let with = index.search("päiväkoti", None, 10).expect("search");
    let without = index.search("paivakoti", None, 10).expect("search");
    assert_eq!(with.first().map(|h| h.key.as_str()), Some("services/early-education-application"));
    assert_eq!(
        with.iter().map(|h| (&h.key, h.score)).collect::<Vec<_>>(),
        without.iter().map(|h| (&h.key, h.score)).collect::<Vec<_>>()
    );
    assert_eq!(keys("sv", "lanekort", 1), ["services/library-card"], "lånekort");
}

#[test]
fn the_last_word_matches_as_a_prefix_while_it_is_typed() {
    // `uim…` is on its way to `uimahalli` (swimming hall): the sports wristband.
    assert_eq!(keys("fi", "uim", 1), ["services/sports-wristband"]);
    // Once the word is finished (a space follows), `uim` is no word of the site.
    assert!(keys("fi", "uim ", 5).is_empty());
    assert_eq!(keys("fi", "bussik", 1), ["services/bus-card"]);
    assert_eq!(keys("en", "library ca", 1), ["services/library-card"]);
}

/// The indexes of a small search fixture site, `tests/fixtures/search/<case>/`.
fn fixture_index(case: &str, code: &str) -> LocaleIndex {
    let site = TestSite::case("search", case);
    let site = Site::load(site.root()).expect("the fixture loads");
    let locale = site.config.locales.iter().find(|l| l.code.as_str() == code).expect("locale");
    LocaleIndex::build(&Corpus::new(&site.config, &site.library), locale).expect("the index builds")
}

fn ranked(index: &LocaleIndex, query: &str) -> Vec<(String, f32)> {
    index.search(query, None, 100).expect("search runs").into_iter().map(|h| (h.key, h.score)).collect()
}

fn ranked_keys(index: &LocaleIndex, query: &str) -> Vec<String> {
    ranked(index, query).into_iter().map(|(k, _)| k).collect()
}

#[test]
fn parts_of_a_compound_find_the_compound() {
    // Five terms, so the whole ranking is known: `palvelu` (service) finds
    // `asiakaspalvelu` (customer service) first, then `palvelupiste`, then the
    // term whose summary says `palvelua`.
    let fi = fixture_index("compounds", "fi");
    assert_eq!(
        ranked_keys(&fi, "palvelu"),
        ["glossary/customer-service", "glossary/service-point", "glossary/customer"]
    );
    assert_eq!(ranked_keys(&fi, "kortti"), ["glossary/bus-card", "glossary/library-card"]);
    let sv = fixture_index("compounds", "sv");
    // Swedish compounds with a linking s: `bibliotek kort` finds `bibliotekskort` first.
    assert_eq!(ranked_keys(&sv, "bibliotek kort"), ["glossary/library-card", "glossary/bus-card"]);
    assert_eq!(ranked_keys(&sv, "tjänst"), ["glossary/customer-service", "glossary/customer"]);
    // On the bundled site, `kortti` (card) still finds `bussikortti` among the first three.
    assert!(keys("fi", "kortti", 3).contains(&"services/bus-card".to_string()));
    assert_eq!(keys("fi", "bussi kortti", 1), ["services/bus-card"]);
}

#[test]
fn results_are_best_first_with_ties_in_key_order() {
    let fi = fixture_index("compounds", "fi");
    let hits = ranked(&fi, "asiakas palvelu");
    let keys: Vec<&str> = hits.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys, ["glossary/customer-service", "glossary/customer", "glossary/service-point"]);
    assert!(hits[0].1 > hits[1].1 && hits[1].1 > hits[2].1, "strictly best first: {hits:?}");
    // `kortti` scores both cards the same: the tie goes to the smaller key.
    let tie = ranked(&fi, "kortti");
    assert_eq!(tie.len(), 2);
    assert_eq!(tie[0].1, tie[1].1, "{tie:?}");
    assert!(tie[0].0 < tie[1].0, "{tie:?}");
    // And on the bundled site, over many hits, the same order holds pairwise.
    let hits = bundled("fi").search("asiakas palvelu", None, 100).expect("search");
    assert!(hits.len() > 2);
    for pair in hits.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        assert!(a.score > b.score || (a.score == b.score && a.key < b.key), "{a:?} before {b:?}");
    }
}

/// A built copy of the fixture site.
fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    site.build_ok();
    site
}

fn json(run: &crate::harness::Run) -> serde_json::Value {
    assert!(run.success(), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout))
}

#[test]
fn cli_prints_results_as_json_with_key_url_title_kind_and_score() {
    let site = built();
    let results = json(&site.run(&["search", "bussikortin", "--locale", "fi", "--json"]));
    let first = &results[0];
    assert_eq!(first["key"], "services/bus-card");
    assert_eq!(first["title"], "Bussikortti");
    assert_eq!(first["kind"], "service");
    assert!(first["score"].as_f64().is_some_and(|s| s > 0.0));
    let url = first["url"].as_str().expect("url");
    assert!(site.exists(url), "{url} is not a page of the built site");
    // Without --json: a readable list.
    let run = site.run(&["search", "bussikortin", "--locale", "fi"]);
    assert!(run.success() && run.stdout.contains("Bussikortti (service"), "{}", run.stdout);
}

#[test]
fn cli_filters_by_kind_and_stops_at_the_limit() {
    let site = built();
    let all = json(&site.run(&["search", "asiakas kortti", "--locale", "fi", "--json"]));
    assert!(all.as_array().is_some_and(|a| a.len() > 1));
    let one = json(&site.run(&["search", "asiakas kortti", "--locale", "fi", "--json", "--limit", "1"]));
    assert_eq!(one.as_array().map(Vec::len), Some(1));
    assert_eq!(one[0], all[0]);
    let glossary = json(&site.run(&["search", "asiakas kortti", "--locale", "fi", "--json", "--kind", "glossary"]));
    let kinds: Vec<&str> = glossary.as_array().expect("array").iter().filter_map(|h| h["kind"].as_str()).collect();
    assert!(!kinds.is_empty() && kinds.iter().all(|k| *k == "glossary"), "{kinds:?}");
}

#[test]
fn cli_rejects_an_unknown_locale_or_kind_cleanly() {
    let site = built();
    let run = site.run(&["search", "kortti", "--locale", "de"]);
    assert!(run.expect_failure().contains("unknown locale `de`; expected one of fi, sv, en, fi-selko"));
    let run = site.run(&["search", "kortti", "--locale", "fi", "--kind", "services"]);
    assert!(run.expect_failure().contains("unknown kind `services`; expected one of service, training"));
}

#[test]
fn cli_explains_how_a_query_is_matched() {
    let site = built();
    let explained = json(&site.run(&["search", "Bussikortin lat", "--locale", "fi", "--explain"]));
    assert_eq!(explained["words"][0], serde_json::json!(["bussikortin", "bussikort"]));
    let plan = &explained["plan"];
    assert_eq!(plan[0]["terms"][0], serde_json::json!(["bussikort", 1.0]));
    assert_eq!(plan[0]["prefix"], false);
    assert_eq!(plan[1]["prefix"], true);
}

/// The data a script file of the static index hands to `luukkuSearch.<call>(path, data)`.
fn script_data(text: &str, call: &str) -> (String, serde_json::Value) {
    let rest = text
        .strip_prefix(&format!("luukkuSearch.{call}("))
        .and_then(|r| r.strip_suffix(");\n"))
        .unwrap_or_else(|| panic!("not a {call} script: {text}"));
    let (path, data) = rest.split_once(',').expect("path, data");
    (serde_json::from_str(path).expect("path"), serde_json::from_str(data).expect("data"))
}

#[test]
fn build_writes_an_entry_shards_and_one_fragment_per_page_for_every_locale() {
    let site = built();
    for (prefix, code, docs, stemmer) in
        [("fi", "fi", 10, "fi"), ("sv", "sv", 4, "sv"), ("en", "en", 5, "en"), ("selko", "fi-selko", 3, "fi")]
    {
        let entry_path = format!("search/{prefix}/index.js");
        let (path, entry) = script_data(&site.read(&entry_path), "entry");
        assert_eq!(path, entry_path);
        assert_eq!(entry["locale"], code);
        assert_eq!(entry["docs"], docs, "{code}: one document per item written in the locale");
        assert_eq!(entry["language"], stemmer);
        let stem = entry["stemmer"].as_str().expect("stemmer");
        assert!(stem.starts_with(&format!("assets/search-stem-{stemmer}.")) && site.exists(stem), "{stem}");
        let dir = entry["dir"].as_str().expect("dir").to_string();
        let shards = entry["shards"].as_u64().expect("shards") as usize;
        let group = entry["group"].as_u64().expect("group size") as usize;
        let starts = entry["groups"].as_array().expect("group starts").clone();
        let groups = shards.div_ceil(group);
        assert_eq!(starts.len(), groups, "{code}: one start per group of {group} shards");
        let typo = entry["typo"].as_u64().expect("typo shards") as usize;
        assert!(typo >= 1, "{code}: a typo index");
        let lists = entry["terms"].as_u64().expect("term lists") as usize;
        let written = files_under(&site.out().join(&dir));
        assert_eq!(
            written.len(),
            shards + groups + docs + typo + lists,
            "{dir}: shards, their group files, fragments, typo shards and term lists, nothing else"
        );
        // The group files list every shard's separator in order, the first of each
        // group being the one the entry lists for it.
        let mut separators = Vec::new();
        for (j, start) in starts.iter().enumerate() {
            let (_, seps) = script_data(&site.read(&format!("{dir}g{j}.js")), "shard");
            let seps = seps.as_array().expect("[separator, …]").clone();
            assert_eq!(seps.first(), Some(start), "{code}: group {j} starts where the entry says");
            assert!(seps.len() == group || j == groups - 1, "{code}: group {j} holds {group} separators");
            separators.extend(seps.into_iter().map(|s| s.as_str().expect("a separator").to_string()));
        }
        assert_eq!(separators.len(), shards);
        assert_eq!(separators.first().map(String::as_str), Some(""), "the first shard starts at the beginning");
        assert!(separators.windows(2).all(|w| w[0] < w[1]), "{code}: separators ascend");
        let forgive = entry["forgive"].as_str().expect("forgiving rules");
        assert!(forgive.starts_with("assets/search-forgive.") && site.exists(forgive), "{forgive}");
        for i in 0..lists {
            let (_, terms) = script_data(&site.read(&format!("{dir}m{i}.js")), "shard");
            assert!(terms.as_str().is_some_and(|t| !t.is_empty()), "terms, space-separated");
        }
        for i in 0..typo {
            let (_, keys) = script_data(&site.read(&format!("{dir}k{i}.js")), "shard");
            let keys = keys.as_array().expect("[key, terms, …]").clone();
            assert!(keys.len() % 2 == 0 && keys.iter().all(|k| k.is_string()), "[key, terms, …]");
        }
        for i in 0..shards {
            let shard = format!("{dir}t{i}.js");
            let (p, terms) = script_data(&site.read(&shard), "shard");
            assert_eq!(p, shard);
            assert_eq!(terms.as_array().map(|a| a.len() % 3), Some(0), "[term, scores, postings, …]");
        }
        for n in 0..docs {
            let (_, doc) = script_data(&site.read(&format!("{dir}d{n}.js")), "doc");
            let url = doc["u"].as_str().expect("url");
            assert!(site.exists(url), "{url}");
        }
    }
}

#[test]
fn the_static_index_does_not_depend_on_the_number_of_threads() {
    let site = TestSite::fixture("basic");
    let build = |threads: &str, out: &str| {
        let run = Command::new(env!("CARGO_BIN_EXE_luukku"))
            .arg("build")
            .arg("--out")
            .arg(site.path(out))
            .arg("--root")
            .arg(site.root())
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .expect("run luukku");
        assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
        files_under(&site.path(out).join("search"))
    };
    let one = build("1", "one");
    assert!(!one.is_empty());
    assert!(one == build("4", "four"), "the search files differ between 1 and 4 threads");
}

#[test]
fn every_page_has_the_search_box_with_a_link_to_the_index_for_readers_without_javascript() {
    let site = built();
    let page = site.read("fi/palvelut/bussikortti/index.html");
    assert!(
        page.contains(r#"<p class="search-fallback"><a href="../../../fi/palvelut/">Palvelut A–Ö</a></p>"#),
        "{page}"
    );
    assert!(page.contains(r#"<form class="search-form" role="search" action="../../../fi/haku/""#));
    // The engine is told where the locale's index and its stemmer are, from the root.
    assert!(page.contains(r#"data-entry="search/fi/index.js" data-stemmer="assets/search-stem-fi."#), "{page}");
    assert!(page.contains(r#".js" data-root="../../../" defer></script>"#));
    let sv = site.read("sv/index.html");
    assert!(sv.contains(r#"<a href="../sv/tjanster/">Tjänster A–Ö</a>"#), "{sv}");
    // The 404 page lives at any depth: its links start at the site's base path.
    assert!(site.read("fi/404.html").contains(r#"<a href="/opas/fi/palvelut/">Palvelut A–Ö</a>"#));
}

#[test]
fn every_locale_has_a_search_page() {
    let site = built();
    for (page, lang, label) in [
        ("fi/haku/index.html", "fi", "Hae sivustolta"),
        ("sv/sok/index.html", "sv", "Sök på webbplatsen"),
        ("en/search/index.html", "en", "Search the site"),
        ("selko/haku/index.html", "fi", "Hae"),
    ] {
        let html = site.read(page);
        assert!(html.contains(&format!("<html lang=\"{lang}\">")), "{page}");
        assert!(html.contains(r#"<div class="search-page" data-search data-search-page>"#), "{page}");
        assert!(html.contains(&format!(">{label}</label>")), "{page}");
        assert!(html.contains(r#"<meta name="robots" content="noindex">"#), "{page}");
    }
}

#[test]
fn pages_have_no_inline_script_and_no_style_attributes() {
    let site = built();
    for (path, bytes) in site.output_files() {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = String::from_utf8_lossy(&bytes);
        for script in html.split("<script").skip(1) {
            let tag = &script[..script.find('>').unwrap_or(script.len())];
            let json_data = tag.contains("application/ld+json");
            assert!(tag.contains(" src=") || json_data, "{}: inline script <script{tag}>", path.display());
        }
        assert!(!html.contains(" style="), "{}: a style attribute", path.display());
        assert!(!html.contains("<style"), "{}: a style element", path.display());
    }
}

#[test]
fn a_page_whose_address_is_the_search_page_is_rejected() {
    let site = TestSite::fixture("basic");
    site.edit("content/pages/about/fi.md", "slug: tietoa", "slug: haku");
    let stderr = site.build().expect_failure().to_string();
    assert!(
        stderr.contains(
            "error: the page would be written to `fi/haku/`, which the search page of `fi` (book.toml) already uses; expected a slug of its own\n  --> content/pages/about/fi.md:3:1"
        ),
        "{stderr}"
    );
}
