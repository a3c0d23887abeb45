//! Promises with a small fixture site each, under `tests/fixtures/features/`:
//! every component block the bundled site does not show off, the channels and
//! facts of a service card it does not use, and a site that works from disk.

use std::path::Path;

use crate::harness::{main_of, TestSite};
use crate::snapshots::without_asset_hashes;

fn built(case: &str) -> TestSite {
    let site = TestSite::case("features", case);
    site.build_ok();
    site
}

fn main_html(site: &TestSite, path: &str) -> String {
    without_asset_hashes(main_of(&site.read(path)))
}

#[test]
fn component_blocks_values_callout_sectors_competences_channel_traits_definition() {
    let site = built("components");
    let main = main_html(&site, "fi/training/lohkot/index.html");
    for expected in [
        "<ul class=\"value-list\"><li>Rehellisyys</li><li>Avoimuus</li></ul>",
        "<ul><li>Kerrotaan <em>suoraan</em>, mitä tapahtuu.</li></ul>",
        "<aside class=\"component callout callout-tip\">\n  <p class=\"callout-title\"><strong>Vinkki</strong></p>",
        "<h3>Järjestöt</h3>\n    \n    <p class=\"value-label\">Esimerkkejä</p><ul><li>Urheiluseura</li></ul>",
        "<th scope=\"row\">Puhelin</th>\n      <td><ul><li>Kärsivällisyys</li></ul></td>",
        "<th scope=\"row\">Kaikissa kanavissa</th>\n      <td><ul><li>Asiakaslähtöisyys</li></ul></td>",
        "<h3>Sähköposti</h3>\n    <ul><li>Ei kiirettä</li></ul>",
        "<p class=\"definition-see\"><a href=\"../../../fi/glossary/asiakas/\">Lue lisää: Asiakas</a></p>",
    ] {
        assert!(main.contains(expected), "expected `{expected}` in {main}");
    }
    insta::assert_snapshot!(main);
}

#[test]
fn chat_web_page_and_printable_form_channels_exception_hours_and_service_facts() {
    let site = built("channels");
    let fi = main_html(&site, "fi/palvelut/lupa/index.html");
    for expected in [
        "<dt>Käsittelyaika</dt><dd>Noin kaksi viikkoa.</dd><dt>Määräaika</dt><dd>Hae viimeistään kuukautta ennen.</dd><dt>Voimassaolo</dt><dd>Lupa on voimassa vuoden.</dd>",
        "<section class=\"channel channel-printable-form\">\n      <h3>Hakulomake</h3>",
    ] {
        assert!(fi.contains(expected), "expected `{expected}` in {fi}");
    }
    assert!(fi.contains("<a href=\"https://example.fi/luvat\">"), "the Finnish URL on the Finnish page: {fi}");
    let en = main_html(&site, "en/services/permit/index.html");
    for expected in [
        // A deadline and validity only the Finnish text gives are not shown on the English page.
        "<dt>Processing time</dt><dd>About two weeks.</dd> </dl>",
        "<li><time datetime=\"2026-12-23\">Wed, Dec 23, 2026</time>: 10:00\u{202f}AM – 12:00\u{202f}PM</li>",
        "<li><time datetime=\"2026-12-24\">Thu, Dec 24, 2026</time>: closed (Christmas Eve)</li>",
        "<tr><th scope=\"row\"><abbr title=\"Wednesday\">Wed</abbr></th><td>9:00\u{202f}AM – 3:00\u{202f}PM</td></tr>",
        // A URL per locale: the English page links the English one.
        "<h3>More about permits</h3> <p class=\"channel-type\">Web page</p> <p><a href=\"https://example.fi/en/permits\">Go to the web page</a></p>",
        // The form has only a Finnish name: marked as Finnish on the English page.
        "<h3><span lang=\"fi\">Hakulomake</span></h3> <p class=\"channel-type\">Printable form</p> <p><a href=\"https://example.fi/lomake.pdf\">Open the form</a></p>",
    ] {
        assert!(one_line(&en).contains(expected), "expected `{expected}` in {en}");
    }
    assert!(!en.contains("Määräaika") && !en.contains("Deadline"), "{en}");
    assert!(
        one_line(&en)
            .contains("<p class=\"channel-languages\">Languages of service: Finnish, Swedish, Northern Sami</p>"),
        "the chat's languages by name: {en}"
    );
    insta::assert_snapshot!("channels_fi", fi);
    insta::assert_snapshot!("channels_en", en);
}

/// The text with every run of whitespace as one space, for assertions across template lines.
fn one_line(html: &str) -> String {
    html.split_ascii_whitespace().collect::<Vec<_>>().join(" ")
}

/// Every `href` and `src` of the pages that is not external, not a fragment and not
/// a mailto/tel link.
fn local_references(site: &TestSite) -> Vec<(String, String)> {
    let mut refs = Vec::new();
    for (path, bytes) in site.output_files() {
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = String::from_utf8(bytes).expect("utf-8 page");
        for attr in ["href=\"", "src=\""] {
            for piece in html.split(attr).skip(1) {
                let target = &piece[..piece.find('"').expect("closing quote")];
                let external =
                    ["https:", "http:", "mailto:", "tel:", "#", "data:"].iter().any(|p| target.starts_with(p));
                if !external && !target.starts_with('/') {
                    refs.push((path.display().to_string(), target.to_string()));
                }
            }
        }
    }
    refs
}

#[test]
fn with_local_links_every_page_works_opened_from_disk() {
    let site = built("local-links");
    let refs = local_references(&site);
    assert!(refs.len() > 500, "only {} references", refs.len());
    let mut broken = Vec::new();
    for (page, target) in &refs {
        let file = target.split('#').next().expect("a path");
        let resolved = Path::new(page).parent().expect("a folder").join(file);
        if file.ends_with('/') || file.is_empty() || !site.out().join(&resolved).is_file() {
            broken.push(format!("{page}: {target}"));
        }
    }
    assert_eq!(broken, Vec::<String>::new(), "every link names a file that exists");
}

#[test]
fn an_item_without_a_slug_is_written_under_its_folder_name_in_every_locale() {
    let site = built("local-links");
    for page in [
        "fi/palvelut/bus-card/index.html",
        "sv/tjanster/bus-card/index.html",
        "en/services/bus-card/index.html",
        "selko/palvelut/bus-card/index.html",
    ] {
        assert!(site.exists(page), "{page}");
    }
    assert!(!site.exists("fi/palvelut/bussikortti/index.html"));
}

#[test]
fn the_theme_folder_and_the_sites_own_templates_override_the_built_in_theme() {
    let site = built("theme-overrides");
    // themes/default/templates/404.html replaces the built-in template of that name.
    let not_found = site.read("404.html");
    assert!(not_found.contains("<p class=\"lead\" data-from=\"theme-folder\">"), "{not_found}");
    // The site's templates/ wins over the theme folder, which wins over the built-in theme.
    let glossary = site.read("fi/glossary/asiakas/index.html");
    assert!(glossary.contains("<h1 data-from=\"site-templates\">Asiakas</h1>"), "{glossary}");
    // themes/default/static/ adds a file, content-hashed like the theme's own assets.
    let source = std::fs::read(site.path("themes/default/static/city-mark.svg")).expect("fixture svg");
    let marks: Vec<Vec<u8>> = site
        .output_files()
        .into_iter()
        .filter(|(path, _)| {
            let name = path.to_string_lossy();
            name.starts_with("assets/city-mark.") && name.ends_with(".svg")
        })
        .map(|(_, bytes)| bytes)
        .collect();
    assert_eq!(marks, vec![source]);
}
