//! Snapshots of one rendered page of each kind (the `<main>` element), so any change
//! to what readers see shows up in review. Update with `INSTA_UPDATE=always cargo test`.
//! Hashed asset names (`style.1a2b3c4d.css`) are written as `style.HASH.css`, so a
//! change to a stylesheet does not change every snapshot.

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
    without_asset_hashes(main_of(&snapshot_site().read(path)))
}

/// `name.<8 hex>.css|js` → `name.HASH.css|js`.
pub fn without_asset_hashes(html: &str) -> String {
    let bytes = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut i = 0;
    while i < html.len() {
        let hashed = bytes[i] == b'.'
            && bytes.len() > i + 10
            && bytes[i + 1..i + 9].iter().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(b))
            && bytes[i + 9] == b'.'
            && (html[i + 10..].starts_with("css") || html[i + 10..].starts_with("js"));
        if hashed {
            out.push_str(".HASH.");
            i += 10;
        } else {
            let c = html[i..].chars().next().expect("a char");
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

#[test]
fn asset_hashes_are_normalised() {
    assert_eq!(
        without_asset_hashes(
            "<link href=\"../assets/style.21c20d66.css\"><script src=\"a/search.4c652444.js\">ä.12345678.txt"
        ),
        "<link href=\"../assets/style.HASH.css\"><script src=\"a/search.HASH.js\">ä.12345678.txt"
    );
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
    // A page of the `pages` section in its own (and only) language.
    insta::assert_snapshot!(main_html("fi/tietoa/index.html"));
}

#[test]
fn not_translated_page() {
    let main = main_html("sv/tjanster/kirjastokortti/index.html");
    // Each version is offered under its own title, marked with its own language.
    for version in [
        "<a href=\"../../../fi/palvelut/kirjastokortti/\" hreflang=\"fi\">Läs på <span lang=\"fi\">Suomi: Kirjastokortti</span></a>",
        "<a href=\"../../../en/services/library-card/\" hreflang=\"en\">Läs på <span lang=\"en\">English: Library card</span></a>",
    ] {
        assert!(main.contains(version), "expected `{version}` in {main}");
    }
    insta::assert_snapshot!(main);
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
    let page = without_asset_hashes(&snapshot_site().read("sv/tjanster/busskort/index.html"));
    // Texts that fell back to Finnish on this Swedish page say so to assistive technology.
    for fallback in ["<span lang=\"fi\">Lataa verkossa</span>", ", <span lang=\"fi\">Sisältötiimi</span></p>"] {
        assert!(page.contains(fallback), "expected `{fallback}`");
    }
    insta::assert_snapshot!(page);
}
