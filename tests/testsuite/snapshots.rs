//! Snapshots of one rendered page of each kind (the `<main>` element), so any change
//! to what readers see shows up in review. Update with `INSTA_UPDATE=always cargo test`.

use crate::harness::{main_of, TestSite};

fn snapshot_site() -> &'static TestSite {
    static SITE: std::sync::OnceLock<TestSite> = std::sync::OnceLock::new();
    SITE.get_or_init(|| {
        let site = TestSite::fixture("basic");
        site.build_ok();
        site
    })
}

fn main_html(path: &str) -> String {
    main_of(&snapshot_site().read(path)).to_string()
}

#[test]
fn service_card_page() {
    insta::assert_snapshot!(main_html("fi/palvelut/bussikortti/index.html"));
}

#[test]
fn training_module_page() {
    insta::assert_snapshot!(main_html("fi/koulutus/johdanto/index.html"));
}

#[test]
fn glossary_term_page() {
    insta::assert_snapshot!(main_html("sv/glossary/kund/index.html"));
}

#[test]
fn persona_page() {
    insta::assert_snapshot!(main_html("fi/personas/nuori-aikuinen/index.html"));
}

#[test]
fn plain_page() {
    insta::assert_snapshot!(main_html("en/tietoa/index.html"));
}

#[test]
fn not_translated_page() {
    insta::assert_snapshot!(main_html("sv/tjanster/kirjastokortti/index.html"));
}

#[test]
fn section_index_page() {
    insta::assert_snapshot!(main_html("fi/glossary/index.html"));
}

#[test]
fn home_page() {
    insta::assert_snapshot!(main_html("selko/index.html"));
}

#[test]
fn whole_service_card_document() {
    // Once in full: head, header, language switcher, footer.
    insta::assert_snapshot!(snapshot_site().read("sv/tjanster/busskort/index.html"));
}
