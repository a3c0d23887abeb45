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

/// Live reload and the importer read one item folder again: it must come back as
/// the full load read it, `None` once the folder is gone, and an error for a
/// folder that is not an item's.
#[test]
fn one_item_folder_reloads_as_the_whole_site_loads_it() {
    let site = TestSite::fixture("basic");
    let config = luukku::Config::load(site.root()).expect("the fixture's book.toml");
    let library = luukku::content::load(&config).expect("the fixture's content");
    let whole = library.get("services/library-card").expect("loaded");
    let dir = site.path("content/services/library-card");
    let one = luukku::content::load_item_dir(&config, &dir).expect("loads").expect("the folder exists");
    assert_eq!(one.key, whole.key);
    assert_eq!(one.translations.keys().collect::<Vec<_>>(), whole.translations.keys().collect::<Vec<_>>());
    let fi = one.translations.iter().find(|(code, _)| code.as_str() == "fi").map(|(_, t)| t);
    assert_eq!(fi.map(|t| t.common.title.as_str()), Some("Kirjastokortti"));
    assert_eq!(one.meta_text, whole.meta_text);

    std::fs::remove_dir_all(&dir).expect("remove the folder");
    assert!(luukku::content::load_item_dir(&config, &dir).expect("a gone folder is no error").is_none());

    let not_an_item = site.path("content/nowhere/x");
    let errors = luukku::content::load_item_dir(&config, &not_an_item).expect_err("not an item folder");
    assert!(errors[0].to_string().contains("not an item folder; expected content/<section>/<item>"), "{}", errors[0]);
}
