//! `luukku import ptv`: the Suomi.fi service catalogue's records in
//! `../shared/ptv` (30 services, 42 channels, 3 organisations) imported into a
//! fresh site, built, re-imported and searched; and bad input reported file by
//! file while the rest is imported.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use luukku::content::{source_hash, Meta};
use luukku::search::{Corpus, LocaleIndex};
use luukku::Site;
use serde_json::Value;

use crate::harness::{files_under, Run, TestSite};

/// The catalogue records, beside the repository.
fn ptv() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ptv")
}

/// A site with a book.toml in four locales and no content yet.
fn fresh_site() -> TestSite {
    let site = TestSite::fixture("basic");
    std::fs::remove_dir_all(site.path("content")).expect("empty the fixture");
    std::fs::create_dir_all(site.path("content/services")).expect("mkdir");
    site
}

fn import(site: &TestSite, from: &Path) -> Run {
    site.run(&["import", "ptv", "--from", &from.to_string_lossy()])
}

fn import_ok(site: &TestSite, from: &Path) -> Run {
    let run = import(site, from);
    assert!(run.success(), "import failed:\n{}\n{}", run.stdout, run.stderr);
    run
}

/// Every service record: (id, its JSON).
fn services(dir: &Path) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir.join("services")).expect("services/") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("read");
        let json: Value = serde_json::from_str(&text).expect("JSON");
        out.push((json["id"].as_str().expect("id").to_string(), json));
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

/// The record's texts of one type by language, placeholders and nulls left out.
fn texts(list: &Value, kind: &str) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for v in list.as_array().into_iter().flatten() {
        let (Some(lang), Some(value)) = (v["language"].as_str(), v["value"].as_str()) else { continue };
        if v["type"].as_str() == Some(kind) && !value.trim().is_empty() && value != "value" {
            out.entry(lang.to_string()).or_insert_with(|| value.to_string());
        }
    }
    out
}

/// Card folder by catalogue id, from the `ptv-id` each `meta.yaml` states.
fn folders(site: &TestSite) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(site.path("content/services")).expect("services") {
        let entry = entry.expect("entry");
        let meta = std::fs::read_to_string(entry.path().join("meta.yaml")).expect("meta.yaml");
        let id = meta.lines().find_map(|l| l.strip_prefix("ptv-id: ")).expect("a ptv-id").trim().to_string();
        out.insert(id, entry.file_name().to_string_lossy().into_owned());
    }
    out
}

/// A page's text: tags dropped, soft hyphens removed, entities Tera writes decoded.
fn visible_text(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag && c != '\u{ad}' => out.push(c),
            _ => {}
        }
    }
    out.replace("&shy;", "").replace("&#x27;", "'").replace("&quot;", "\"").replace("&amp;", "&")
}

#[test]
fn the_catalogue_becomes_thirty_cards_with_their_locales_and_channels() {
    let site = fresh_site();
    let run = import_ok(&site, &ptv());
    assert!(run.stdout.contains("read 30 services, 42 channels, 3 organisations"), "{}", run.stdout);
    let records = services(&ptv());
    let folders = folders(&site);
    assert_eq!(records.len(), 30);
    assert_eq!(folders.len(), 30, "one card per service: {folders:?}");
    // Two services named Perusopetus get the municipality in their folder.
    assert!(folders.values().any(|f| f == "perusopetus-naantali"), "{folders:?}");
    assert!(folders.values().any(|f| f == "perusopetus-vaasa"), "{folders:?}");
    site.build_ok();
    for (id, record) in &records {
        let folder = &folders[id];
        // Exactly the locales the record has a name in.
        let expected: BTreeSet<String> =
            texts(&record["serviceNames"], "Name").into_keys().map(|l| format!("{l}.md")).collect();
        let written: BTreeSet<String> = std::fs::read_dir(site.path(&format!("content/services/{folder}")))
            .expect("card folder")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".md"))
            .collect();
        assert_eq!(written, expected, "locales of {folder}");
        // Every channel the record links to is on the card, by its name.
        let page = visible_text(&site.read(&format!("fi/palvelut/{folder}/index.html")));
        for link in record["serviceChannels"].as_array().into_iter().flatten() {
            let channel_id = link["serviceChannel"]["id"].as_str().expect("channel id");
            let path = ptv().join("servicechannels").join(format!("{channel_id}.json"));
            let channel: Value =
                serde_json::from_str(&std::fs::read_to_string(&path).expect("channel file")).expect("JSON");
            let names = texts(&channel["serviceChannelNames"], "Name");
            assert!(
                names.values().any(|n| page.contains(n.trim())),
                "{folder}: channel {channel_id} ({names:?}) is not on the card"
            );
        }
    }
    // No placeholder reaches a page or a card.
    for (path, bytes) in site.output_files().iter().filter(|(p, _)| p.extension().is_some_and(|x| x == "html")) {
        let text = visible_text(&String::from_utf8_lossy(bytes));
        assert!(
            !text.split(|c: char| !c.is_alphanumeric()).any(|w| w == "value"),
            "{}: a `value` placeholder is shown",
            path.display()
        );
        for placeholder in ["345 6789", "example@example.com", "www.example.com", "additionalInformation"] {
            assert!(!text.contains(placeholder), "{}: placeholder `{placeholder}`", path.display());
        }
    }
    for (path, bytes) in files_under(&site.path("content")) {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.lines().any(|l| l.trim_end().ends_with(": value")), "{} has a placeholder", path.display());
    }
}

#[test]
fn a_service_location_card_shows_its_place_hours_numbers_and_accessibility() {
    let site = fresh_site();
    import_ok(&site, &ptv());
    site.build_ok();
    // Vaasa's basic education: Sundom skola with its entrances' accessibility sentences.
    let page = visible_text(&site.read("sv/tjanster/perusopetus-vaasa/index.html"));
    assert!(page.contains("Sundomvägen 13"), "street and number");
    assert!(page.contains("65410 Sundom"), "postal code and post office, not in capitals");
    assert!(page.contains("Huvudingången: Vid ingången finns trösklar"), "accessibility sentences with their group");
    assert!(page.contains("Tjänstespråk"), "the languages a channel serves in");
    assert!(page.contains("samtalet kostar enligt ditt abonnemang"), "the call charge of a number");
    let raw = site.read("sv/tjanster/perusopetus-vaasa/index.html");
    assert!(raw.contains("href=\"tel:+358405166046\""), "the rector's number links");
    assert!(raw.contains("https://www.openstreetmap.org/?mlat=63.0"), "TM35FIN coordinates as WGS84 degrees");
    // A phone line with its hours; the area and languages of the service.
    let page = visible_text(&site.read("fi/palvelut/paivystavan-kriisiryhman-palvelut/index.html"));
    assert!(page.contains("+358 405501990"), "{page}");
    assert!(page.contains("Vaasa") && page.contains("Palvelukielet"), "area and languages");
}

#[test]
fn a_second_import_changes_nothing_and_keeps_what_a_person_wrote() {
    let site = fresh_site();
    import_ok(&site, &ptv());
    let folder = folders(&site)[&"0739289c-cc26-4097-b029-fa9c58c8d4e9".to_string()].clone();
    let fi_path = format!("content/services/{folder}/fi.md");
    let fi = site.read_source(&fi_path);
    let selko = format!(
        "---\ntitle: Rajankäynti\nsummary: Kaupunki merkitsee tontin rajan uudelleen.\ntranslated-from: {{ locale: fi, hash: {} }}\n---\n\nOma selkoteksti.\n\n## Lisätietoa\n\nKysy neuvontapisteestä.\n",
        source_hash(&fi)
    );
    site.write(&format!("content/services/{folder}/fi-selko.md"), &selko);
    // A Swedish text a person wrote for a card whose record has Finnish only.
    let sv = "---\ntitle: Rågång\nsummary: Staden märker ut tomtens gräns på nytt.\n---\n\nEgen text.\n";
    site.write(&format!("content/services/{folder}/sv.md"), sv);
    let before = files_under(&site.path("content"));

    let run = import_ok(&site, &ptv());
    assert!(run.stdout.contains("(0 new, 0 updated, 30 unchanged)"), "{}", run.stdout);
    assert_eq!(files_under(&site.path("content")), before, "a second import changed bytes");

    // The Finnish source text changes: fi.md is rewritten, the plain-language
    // text a person wrote from it survives and is now stale.
    let changed = tempfile::tempdir().expect("tempdir");
    copy_dir(&ptv(), changed.path());
    let record = changed.path().join("services/0739289c-cc26-4097-b029-fa9c58c8d4e9.json");
    let text = std::fs::read_to_string(&record).expect("record");
    std::fs::write(&record, text.replacen("Rajankäynnissä rakennetaan", "Rajankäynnissä mitataan ja rakennetaan", 1))
        .expect("edit record");
    let run = import_ok(&site, changed.path());
    assert!(run.stdout.contains("(0 new, 1 updated, 29 unchanged)"), "{}", run.stdout);
    let new_fi = site.read_source(&fi_path);
    assert!(new_fi.contains("mitataan ja rakennetaan"));
    assert_eq!(site.read_source(&format!("content/services/{folder}/fi-selko.md")), selko);
    assert_eq!(site.read_source(&format!("content/services/{folder}/sv.md")), sv);
    let site_model = Site::load(site.root()).expect("the site loads");
    let item = site_model.library.get(&format!("services/{folder}")).expect("imported card");
    let selko_tr = item.translations.iter().find(|(l, _)| l.as_str() == "fi-selko").expect("fi-selko").1;
    let recorded = selko_tr.common.translated_from.as_ref().expect("translated-from");
    assert_eq!(recorded.locale, "fi");
    assert_ne!(recorded.hash, source_hash(&new_fi), "the plain-language text is stale");
    assert_eq!(recorded.hash, source_hash(&fi));
    assert!(matches!(&item.meta, Meta::Service(m) if m.imported_from.is_some()));
}

#[test]
fn bad_records_are_reported_by_file_and_the_rest_is_imported() {
    let from = tempfile::tempdir().expect("tempdir");
    copy_dir(&ptv(), from.path());
    std::fs::write(from.path().join("services/broken.json"), "{\n  \"id\": \"x\",\n  oops\n}\n").expect("write");
    std::fs::write(from.path().join("services/odd.json"), r#"{"id": "y", "type": "Mystery"}"#).expect("write");
    // A service that links to a channel no file has.
    let uimahalli = from.path().join("services/6ccb671f-05cd-46cf-a0a4-4f98d43dfd37.json");
    let mut record: Value = serde_json::from_str(&std::fs::read_to_string(&uimahalli).expect("read")).expect("JSON");
    record["id"] = Value::from("11111111-2222-4333-8444-555555555555");
    record["serviceNames"] = serde_json::json!([{"language": "fi", "value": "Maauimala", "type": "Name"}]);
    record["serviceChannels"][0]["serviceChannel"]["id"] = Value::from("99999999-0000-4000-8000-000000000000");
    std::fs::write(from.path().join("services/maauimala.json"), record.to_string()).expect("write");

    let site = fresh_site();
    let run = import(&site, from.path());
    let stderr = run.expect_failure();
    assert!(stderr.contains("broken.json:3:3: not JSON"), "{stderr}");
    assert!(stderr.contains("odd.json: a record of type `Mystery` is not a catalogue record"), "{stderr}");
    assert!(
        stderr.contains("maauimala.json: the service links to channel 99999999-0000-4000-8000-000000000000"),
        "{stderr}"
    );
    assert!(!stderr.contains("panicked"));
    // Everything else was imported: the 30 cards and the new one without its missing channel.
    assert_eq!(folders(&site).len(), 31, "{}", run.stdout);
    assert!(site.path("content/services/maauimala/fi.md").exists());
    assert!(!site.path(".luukku-import").exists(), "the staging folder is cleaned up");
    site.build_ok();
}

#[test]
fn a_card_that_does_not_load_is_not_written() {
    use luukku::import::model::{Card, CardMeta, Front, LocaleFile};
    let site = fresh_site();
    let config = luukku::Config::load(site.root()).expect("config");
    let meta = CardMeta {
        imported_from: "ptv:x".into(),
        ptv_id: "x".into(),
        charge_type: Some("sometimes"),
        target_groups: Vec::new(),
        service_classes: Vec::new(),
        producers: Vec::new(),
        nationwide: false,
        areas: Vec::new(),
        languages: Vec::new(),
        channels: Vec::new(),
    };
    let front = Front {
        title: "Testi".into(),
        summary: "Testipalvelu.".into(),
        keywords: Vec::new(),
        steps: Vec::new(),
        charge: None,
        processing_time: None,
        deadline: None,
        validity: None,
        requirements: None,
    };
    let card = Card {
        id: "x".into(),
        source: PathBuf::from("x.json"),
        slug: "testi".into(),
        municipality: None,
        meta,
        locales: BTreeMap::from([("fi".to_string(), LocaleFile { front, body: String::new() })]),
    };
    let err = luukku::import::writer::write_card(&config, "testi", &card, &mut Vec::new()).expect_err("refused");
    let shown = err.to_string();
    assert!(shown.contains("content/services/testi/meta.yaml"), "{shown}");
    assert!(shown.contains("sometimes"), "{shown}");
    assert!(!site.path("content/services/testi").exists(), "nothing half-written");
}

/// An inflected form of a word of each service's Finnish name (by folder).
const INFLECTED: [(&str, &str); 30] = [
    ("rajankaynti-asemakaava-alueella", "rajankäynnin"),
    ("suomi-fi-valtuudet-henkilon-puolesta-asiointiin", "henkilölle"),
    ("perusopetus-vaasa", "perusopetukseen"),
    ("perusopetus-naantali", "perusopetukseen"),
    ("lumenvastaanotto", "lumenvastaanottoa"),
    ("etsiva-nuorisotyo", "nuorisotyötä"),
    ("matonpesupaikat", "matonpesupaikoista"),
    ("muutostietopalvelu", "muutostietopalvelun"),
    ("tilapainen-paivahoito", "päivähoitoon"),
    ("tyollistymista-edistava-monialainen-yhteispalvelu-typ", "yhteispalvelun"),
    ("nimipalvelu", "nimipalvelua"),
    ("uimahalli", "uimahallissa"),
    ("turvapaikanhakijoiden-vastaanotto", "turvapaikanhakijat"),
    ("omien-vaestotietojen-tarkastaminen", "väestötietoja"),
    ("suomi-fi-palveluvayla", "palveluväylään"),
    ("tontin-korkeuden-naytto-ja-rakennuksen-sijainnin", "rakennuksesta"),
    ("hissiavustus", "hissiavustusta"),
    ("poimintapalvelu", "poimintapalvelun"),
    ("paivystavan-kriisiryhman-palvelut", "kriisiryhmälle"),
    ("vtj-rajapinta", "rajapintaa"),
    ("suomi-fi-palvelutietovaranto", "palvelutietovarantoon"),
    ("avoimet-tyopaikat", "työpaikoista"),
    ("esiopetuksen-oppilashuolto", "oppilashuoltoa"),
    ("lukiokoulutuksen-opinto-ohjaus", "opinto-ohjausta"),
    ("perusopetuksen-oppilashuolto", "oppilashuoltoon"),
    ("painotettu-opetus", "painotettua"),
    ("suomi-fi-valtuudet-yrityksen-puolesta-asiointiin", "yrityksille"),
    ("paivityspalvelu", "päivityspalvelun"),
    ("avustajapalvelut-ja-apuvalineet-perusopetuksen-oppilaalle", "apuvälineitä"),
    ("erityisvarhaiskasvatus", "erityisvarhaiskasvatusta"),
];

#[test]
fn every_imported_service_is_found_by_name_inflected_word_and_summary_word() {
    let site = fresh_site();
    import_ok(&site, &ptv());
    let model = Site::load(site.root()).expect("the site loads");
    let fi = model.config.locales.iter().find(|l| l.code.as_str() == "fi").expect("fi");
    let index = LocaleIndex::build(&Corpus::new(&model.config, &model.library), fi).expect("index");
    let found = |query: &str, key: &str| {
        let hits = index.search(query, Some("service"), 5).expect("search");
        hits.iter().any(|h| h.key == key)
    };
    let cards: Vec<_> = model.library.items().filter(|i| i.key.starts_with("services/")).collect();
    assert_eq!(cards.len(), 30);
    assert_eq!(INFLECTED.len(), cards.len());
    for item in &cards {
        let tr = item.translations.iter().find(|(l, _)| l.as_str() == "fi").expect("every card has fi").1;
        let title = &tr.common.title;
        assert!(found(title, &item.key), "{}: not found by its name `{title}`", item.key);
        let (_, word) = INFLECTED.iter().find(|(f, _)| *f == item.name).expect("an inflected form");
        let name_words: Vec<String> =
            title.split(|c: char| !c.is_alphanumeric() && c != '-').map(str::to_lowercase).collect();
        assert!(!name_words.contains(&word.to_string()), "`{word}` is written in the name as it is");
        assert!(found(word, &item.key), "{}: not found by `{word}`", item.key);
        // The summary word the fewest other cards use.
        let others: Vec<String> = cards
            .iter()
            .filter(|o| o.key != item.key)
            .flat_map(|o| {
                o.translations.values().map(|t| format!("{} {} {}", t.common.title, t.common.summary, t.body))
            })
            .map(|t| t.to_lowercase())
            .collect();
        let word = tr
            .common
            .summary
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .map(str::to_lowercase)
            .min_by_key(|w| (others.iter().filter(|o| o.contains(w.as_str())).count(), usize::MAX - w.len()))
            .expect("a word of the summary");
        assert!(found(&word, &item.key), "{}: not found by `{word}` of its summary", item.key);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.expect("walk");
        let target = to.join(entry.path().strip_prefix(from).expect("relative"));
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).expect("mkdir");
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// The README's three commands, as a user types them: `init`, `import ptv --root`,
/// `build --root`; the imported cards sit beside the starter site's and `check`
/// finds no error in them.
#[test]
fn init_then_import_then_build_works_as_the_readme_shows() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("kaupunki");
    let dir_str = dir.to_str().expect("a UTF-8 temp path");
    let luukku = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_luukku")).args(args).output().expect("run luukku");
        let text = format!("{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
        assert!(out.status.success(), "luukku {args:?} failed:\n{text}");
        text
    };
    luukku(&["init", dir_str]);
    let starter: BTreeSet<String> = std::fs::read_dir(dir.join("content/services"))
        .expect("the starter's services")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    let from = ptv();
    let imported = luukku(&["import", "ptv", "--from", from.to_str().expect("UTF-8 path"), "--root", dir_str]);
    assert!(imported.contains("wrote 30 cards (30 new, 0 updated, 0 unchanged) with 77 channels"), "{imported}");
    let built = luukku(&["build", "--root", dir_str]);
    assert!(built.contains("Built "), "{built}");

    let services: BTreeSet<String> = std::fs::read_dir(dir.join("content/services"))
        .expect("services")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert!(services.is_superset(&starter), "the import kept the starter's cards");
    assert_eq!(services.len(), starter.len() + 30);
    for folder in ["perusopetus-vaasa", "uimahalli", "rajankaynti-asemakaava-alueella"] {
        assert!(services.contains(folder), "{folder} in {services:?}");
        let page = dir.join(format!("public/fi/palvelut/{folder}/index.html"));
        assert!(page.is_file(), "{} was not built", page.display());
    }
    let sv = std::fs::read_to_string(dir.join("public/sv/tjanster/perusopetus-vaasa/index.html")).expect("sv page");
    assert!(sv.contains("Sundomvägen 13"), "the Swedish card shows its school's address");

    // The content team's gate: no errors; what is left is what a person should
    // add (translations, review dates), reported as warnings.
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_luukku"))
        .args(["check", "--root", dir_str, "--format", "json"])
        .output()
        .expect("run check");
    assert!(out.status.success(), "check failed: {}", String::from_utf8_lossy(&out.stderr));
    let report: Value = serde_json::from_slice(&out.stdout).expect("check JSON");
    let findings = report["findings"].as_array().expect("findings");
    let errors: Vec<&Value> = findings.iter().filter(|f| f["severity"] == "error").collect();
    assert!(errors.is_empty(), "{errors:#?}");
    assert!(
        findings.iter().any(|f| f["code"] == "L402" && f["file"].as_str().is_some_and(|p| p.contains("uimahalli"))),
        "an imported card without a review date is named: {findings:#?}"
    );
}
