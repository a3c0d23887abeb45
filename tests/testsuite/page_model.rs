//! The page table: every kind of page claims its path, and two pages that would
//! be written to one file fail the build naming both sources.

use crate::harness::TestSite;

/// Breaks the fixture with `damage` and returns the failed build's message, after
/// checking that the previous output is untouched.
fn rejected(damage: impl FnOnce(&TestSite)) -> String {
    let site = TestSite::fixture("basic");
    site.build_ok();
    let before = site.output_files();
    damage(&site);
    let stderr = site.build().expect_failure().to_string();
    assert!(site.output_files() == before, "a failed build changed the previous output");
    stderr
}

#[test]
fn an_item_page_and_the_accessibility_statement_on_one_path_fail_naming_both() {
    let stderr = rejected(|s| s.edit("content/pages/about/fi.md", "slug: tietoa", "slug: saavutettavuusseloste"));
    assert!(
        stderr.contains(
            "error: the page would be written to `fi/saavutettavuusseloste/`, \
             which the accessibility statement of `fi` (book.toml) already uses; expected a slug of its own\n  \
             --> content/pages/about/fi.md:3:1"
        ),
        "{stderr}"
    );
}

#[test]
fn two_item_pages_on_one_path_fail_naming_both_files() {
    let stderr =
        rejected(|s| s.edit("content/services/library-card/fi.md", "slug: kirjastokortti", "slug: bussikortti"));
    assert!(
        stderr.contains(
            "error: the page would be written to `fi/palvelut/bussikortti/`, \
             which the page (content/services/bus-card/fi.md) already uses; expected a slug of its own\n  \
             --> content/services/library-card/fi.md:3:1"
        ),
        "{stderr}"
    );
}

#[test]
fn a_not_translated_page_may_not_replace_another_items_translated_page() {
    // library-card has no sv.md: its sv page takes the Finnish slug `kirjastokortti`.
    let stderr = rejected(|s| s.edit("content/services/bus-card/sv.md", "slug: busskort", "slug: kirjastokortti"));
    assert!(
        stderr.contains(
            "error: the not-translated `sv` page of `services/library-card` \
             would be written to `sv/tjanster/kirjastokortti/`, which the page (content/services/bus-card/sv.md) \
             already uses; expected a slug of its own\n  --> content/services/library-card/fi.md:3:1"
        ),
        "{stderr}"
    );
}

#[test]
fn every_page_kind_is_written_where_the_table_says() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    for file in [
        "index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "fi/index.html",
        "fi/404.html",
        "fi/haku/index.html",
        "sv/sok/index.html",
        "fi/saavutettavuusseloste/index.html",
        "fi/palvelut/index.html",
        "fi/palvelut/bussikortti/index.html",
        "sv/tjanster/kirjastokortti/index.html",
    ] {
        assert!(site.exists(file), "{file} is missing");
    }
    // The site's 404 page is the default locale's.
    assert_eq!(site.read("404.html"), site.read("fi/404.html"));
}
