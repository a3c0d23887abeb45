//! What a successful build writes.

use crate::harness::{files_under, main_of, TestSite};

fn built() -> TestSite {
    let site = TestSite::fixture("basic");
    site.build_ok();
    site
}

#[test]
fn every_locale_gets_its_own_tree_with_localized_slugs() {
    let site = built();
    for page in [
        "fi/palvelut/bussikortti/index.html",
        "sv/tjanster/busskort/index.html",
        "en/services/bus-card/index.html",
        "selko/palvelut/bussikortti/index.html",
        "fi/koulutus/johdanto/index.html",
        "sv/utbildning/inledning/index.html",
    ] {
        assert!(site.exists(page), "{page} missing");
    }
    assert!(site.read("fi/palvelut/bussikortti/index.html").contains("<html lang=\"fi\">"));
    assert!(site.read("sv/tjanster/busskort/index.html").contains("<html lang=\"sv\">"));
    // Plain Finnish is Finnish to the browser, with its own URL prefix and strings.
    let selko = site.read("selko/palvelut/bussikortti/index.html");
    assert!(selko.contains("<html lang=\"fi\">"));
    assert!(selko.contains("Näin saat bussikortin."));
}

#[test]
fn plain_language_locale_without_slug_shares_the_finnish_slug() {
    let site = built();
    // fi-selko.md of the bus card sets no slug: it takes the Finnish one, not the folder name.
    assert!(site.exists("selko/palvelut/bussikortti/index.html"));
    assert!(!site.exists("selko/palvelut/bus-card/index.html"));
}

#[test]
fn missing_translation_renders_fallback_page_in_the_readers_language() {
    let site = built();
    // The library card is written in fi and en only.
    let sv = site.read("sv/tjanster/kirjastokortti/index.html");
    assert!(sv.contains("<html lang=\"sv\">"));
    assert!(sv.contains("Sidan har inte översatts till svenska ännu"), "{sv}");
    assert!(sv.contains("<meta name=\"robots\" content=\"noindex\">"));
    let main = main_of(&sv);
    assert!(main.contains("href=\"../../../fi/palvelut/kirjastokortti/\""), "links to the Finnish version: {main}");
    assert!(main.contains("href=\"../../../en/services/library-card/\""), "links to the English version: {main}");
    assert!(!main.contains("selko/"), "no link to a version that does not exist: {main}");
}

#[test]
fn links_resolve_to_the_same_item_in_the_pages_locale() {
    let site = built();
    let fi = site.read("fi/palvelut/bussikortti/index.html");
    assert!(fi.contains("href=\"../../../fi/koulutus/arvot/\""));
    assert!(fi.contains("href=\"../../../fi/koulutus/johdanto/#tarinat\""), "anchor kept");
    let en = site.read("en/services/bus-card/index.html");
    assert!(en.contains("href=\"../../../en/koulutus/introduction/\""));
    // A link from Swedish to an item with no Swedish version goes to its fallback (fi).
    let sv = site.read("sv/tjanster/busskort/index.html");
    assert!(sv.contains("href=\"../../../fi/koulutus/arvot/\""), "{}", main_of(&sv));
    assert!(sv.contains("href=\"../../../fi/palvelut/kirjastokortti/\""));
    // Links inside front-matter fields and component blocks resolve too.
    assert!(fi.contains("Katso myös <a href=\"../../../fi/palvelut/kirjastokortti/\">kirjastokortti</a>"));
    let module = site.read("fi/koulutus/johdanto/index.html");
    assert!(module.contains("<a href=\"../../../fi/palvelut/bussikortti/\">bussikortti</a>"));
    assert!(module.contains("<a href=\"../../../fi/glossary/asiakas/\">asiakkaasta</a>"));
}

#[test]
fn every_page_links_to_the_same_item_in_every_other_locale_with_hreflang() {
    let site = built();
    let fi = site.read("fi/palvelut/bussikortti/index.html");
    for (href, lang) in [
        ("../../../sv/tjanster/busskort/", "sv"),
        ("../../../en/services/bus-card/", "en"),
        ("../../../selko/palvelut/bussikortti/", "fi"),
    ] {
        assert!(fi.contains(&format!("<a href=\"{href}\" lang=\"{lang}\" hreflang=\"{lang}\">")), "switcher to {href}");
    }
    assert!(fi.contains(
        "<link rel=\"alternate\" hreflang=\"sv\" href=\"https://test.example.fi/opas/sv/tjanster/busskort/\">"
    ));
    assert!(fi.contains("<link rel=\"canonical\" href=\"https://test.example.fi/opas/fi/palvelut/bussikortti/\">"));
    // The switcher on an untranslated page still offers every locale.
    let sv = site.read("sv/tjanster/kirjastokortti/index.html");
    assert!(sv.contains("href=\"../../../en/services/library-card/\" lang=\"en\""));
}

#[test]
fn section_indexes_list_services_a_to_o_and_modules_in_order() {
    let site = built();
    let glossary = main_of(&site.read("fi/glossary/index.html")).to_string();
    let order: Vec<usize> = ["Asiakas", "Vyöhyke", "Ääni"].iter().map(|t| glossary.find(t).expect(t)).collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "Ä sorts after V in Finnish: {glossary}");
    assert!(glossary.contains("<h2 id=\"letter-a\">A</h2>"), "{glossary}");
    assert!(glossary.contains("<h2 id=\"letter-c4\">Ä</h2>"), "Ä has an anchor of its own: {glossary}");
    assert!(glossary.contains("<a href=\"#letter-c4\">Ä</a>"), "the letter bar links to it");
    let training = main_of(&site.read("fi/koulutus/index.html")).to_string();
    assert!(training.find("Johdanto").expect("01") < training.find("Arvot").expect("02"));
    // Untranslated entries are listed in their fallback language, marked with lang.
    let sv = site.read("sv/utbildning/index.html");
    assert!(sv.contains("lang=\"fi\">Arvot</a>"), "{}", main_of(&sv));
}

#[test]
fn root_page_shows_the_language_choice_instead_of_redirecting() {
    // Issue #13: an instant redirect to the default locale hid the choice.
    let site = built();
    let root = site.read("index.html");
    assert!(!root.contains("http-equiv=\"refresh\""), "no redirect: {root}");
    for (href, code, text) in [
        ("fi/", "fi", "Suomeksi"),
        ("sv/", "sv", "På svenska"),
        ("en/", "en", "In English"),
        ("selko/", "fi-selko", "Selkosuomeksi"),
    ] {
        // The prompt is the text of the link to its own locale, not just somewhere on the page.
        let link = format!(
            "<a href=\"{href}\" hreflang=\"{}\" data-locale=\"{code}\"><span class=\"root-prompt\">{text}</span>",
            if code == "fi-selko" { "fi" } else { code }
        );
        assert!(root.contains(&link), "expected `{link}` in {root}");
    }
    // The script that remembers the last choice is a file, not inline code.
    assert!(root.contains("<script src=\"assets/root."), "{root}");
    assert!(!root.contains("<script>"));
}

#[test]
fn each_locale_has_a_404_page_and_the_root_one_is_the_default_locales() {
    let site = built();
    let sv = site.read("sv/404.html");
    assert!(sv.contains("Sidan hittades inte"));
    // Served at any depth: links are absolute paths under the base path.
    assert!(sv.contains("href=\"/opas/sv/\""), "{}", main_of(&sv));
    assert_eq!(site.read("404.html"), site.read("fi/404.html"));
}

#[test]
fn sitemap_lists_translations_with_alternates_and_robots_names_it() {
    let site = built();
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("<loc>https://test.example.fi/opas/sv/tjanster/busskort/</loc>"));
    assert!(sitemap.contains(
        "<xhtml:link rel=\"alternate\" hreflang=\"en\" href=\"https://test.example.fi/opas/en/services/bus-card/\"/>"
    ));
    // Fallback pages are not real translations: not in the sitemap.
    assert!(!sitemap.contains("sv/tjanster/kirjastokortti"));
    assert!(site.read("robots.txt").contains("Sitemap: https://test.example.fi/opas/sitemap.xml"));
}

#[test]
fn assets_are_copied_with_content_hashed_names() {
    let site = built();
    let assets: Vec<String> = files_under(&site.out().join("assets")).keys().map(|p| p.display().to_string()).collect();
    let css = assets.iter().find(|a| a.starts_with("style.") && a.ends_with(".css")).expect("hashed style.css");
    assert_eq!(css.len(), "style.12345678.css".len());
    assert!(site.read("fi/palvelut/bussikortti/index.html").contains(&format!("href=\"../../../assets/{css}\"")));
    // A changed asset gets a new name.
    site.write("static/style.css", "body { color: red; }");
    site.build_ok();
    let after: Vec<String> = files_under(&site.out().join("assets")).keys().map(|p| p.display().to_string()).collect();
    assert!(!after.contains(css), "{after:?}");
}

#[test]
fn service_card_shows_channels_hours_in_weekday_order_and_example_notice() {
    let site = built();
    let page = site.read("fi/palvelut/bussikortti/index.html");
    let main = main_of(&page);
    assert!(main.contains("Esimerkkisisältö"), "example-data notice");
    let (mon, thu, fri) =
        (main.find("ma–ke").expect("mon-wed"), main.find(">to<").expect("thu"), main.find(">pe<").expect("fri"));
    assert!(mon < thu && thu < fri, "rows in weekday order");
    assert!(main.contains("<a href=\"tel:+35820001000\">+358 2 000 1000</a>"));
    assert!(main.contains("<a href=\"mailto:bussi@example.fi\">"));
    assert!(main.contains("https://www.openstreetmap.org/?mlat=60.45&amp;mlon=22.27"));
    assert!(main.contains("suljettu (Jouluaatto)"));
    // Localized meta texts fall back along the chain: sv has its own, selko takes fi's.
    assert!(site.read("sv/tjanster/busskort/index.html").contains("Exempelgatan 1"));
    assert!(site.read("selko/palvelut/bussikortti/index.html").contains("Esimerkkikatu 1"));
}

#[test]
fn markdown_extensions_render_and_raw_html_is_sanitized() {
    let site = built();
    let about = main_of(&site.read("fi/tietoa/index.html")).to_string();
    assert!(about.contains("<b>lihavoitu</b>"));
    assert!(!about.contains("onclick"));
    assert!(!about.contains("<script") && !about.contains("alert(\"x\")"));
    assert!(about.contains("<span class=\"task-box\">☑</span>") && about.contains("<span class=\"task-box\">☐</span>"));
    assert!(!about.contains("<input"), "no unlabelled form controls");
    assert!(about.contains("<del>Yliviivattu</del>"));
    let card = main_of(&site.read("fi/palvelut/bussikortti/index.html")).to_string();
    assert!(card.contains("<h2 id=\"aani-ja-ele\">Ääni ja ele</h2>"), "Finnish-safe heading id");
    assert!(card.contains("<table>") && card.contains("Puhelin"));
    assert!(card.contains("footnote-definition"));
}

#[test]
fn component_blocks_render_through_theme_templates_and_plain_code_stays_code() {
    let site = built();
    let module = main_of(&site.read("fi/koulutus/johdanto/index.html")).to_string();
    assert!(module.contains("class=\"component story story-ordinary\""));
    assert!(module.contains("Asiakas tuo kortin ja <strong>setelin</strong>."));
    assert!(module.contains("class=\"component compare\""));
    assert!(module.contains("<caption>Puhelin: asiakkaiden odotukset"));
    assert!(module.contains("<a href=\"../../../fi/personas/nuori-aikuinen/\">Nuori aikuinen</a>"));
    assert!(module.contains("<code class=\"language-rust\">fn main() {}"));
    assert!(module.contains("Kesto yhteensä noin 35 minuuttia."));
    // The persona page gathers its rows from the module's grid.
    let persona = main_of(&site.read("fi/personas/nuori-aikuinen/index.html")).to_string();
    assert!(persona.contains("Nopea vastaus") && persona.contains("Ei soittoaikoja"), "{persona}");
}

#[test]
fn site_templates_override_the_theme_file_by_file() {
    let site = TestSite::fixture("basic");
    site.write(
        "templates/glossary.html",
        "{% extends \"base.html\" %}{% block content %}<p class=\"override\">{{ title }}</p>{% endblock content %}",
    );
    site.build_ok();
    assert!(site.read("fi/glossary/asiakas/index.html").contains("<p class=\"override\">Asiakas</p>"));
    // Other templates still come from the theme.
    assert!(site.read("fi/palvelut/bussikortti/index.html").contains("class=\"service\""));
}

#[test]
fn site_locales_override_built_in_interface_strings() {
    let site = TestSite::fixture("basic");
    site.write("locales/fi/overrides.ftl", "nav-home = Alkuun\n");
    site.build_ok();
    let page = site.read("fi/palvelut/bussikortti/index.html");
    assert!(page.contains(">Alkuun</a>"));
    // Plain Finnish has its own string for this and keeps it.
    assert!(site.read("selko/palvelut/bussikortti/index.html").contains(">Etusivu</a>"));
}

#[test]
fn out_flag_writes_elsewhere_and_leaves_the_configured_folder_alone() {
    let site = TestSite::fixture("basic");
    let other = site.path("elsewhere");
    let run = site.run(&["build", "--out", other.to_str().expect("utf-8 path")]);
    assert!(run.success(), "{}", run.stderr);
    assert!(other.join("fi/index.html").exists());
    assert!(!site.out().exists());
    // The count is the library's own, not a number that changes with the fixture.
    let per_locale = crate::harness::pages_per_locale(site.root());
    assert!(run.stderr.contains(&format!("Built {per_locale}")), "expected `Built {per_locale}` in {}", run.stderr);
}

#[test]
fn two_builds_of_the_same_input_are_byte_identical() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    let first = site.output_files();
    site.build_ok();
    let second = site.output_files();
    assert_eq!(first.keys().collect::<Vec<_>>(), second.keys().collect::<Vec<_>>());
    for (path, bytes) in &first {
        assert!(second[path] == *bytes, "{} differs between builds", path.display());
    }
}

#[test]
fn a_build_that_fails_to_load_leaves_the_previous_output_intact() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    site.build_ok();
    let before = site.output_files();
    let kept_aside = files_under(&site.path(".public.old"));
    site.edit("content/services/bus-card/fi.md", "title: Bussikortti", "title: [unclosed");
    site.build().expect_failure();
    assert_eq!(site.output_files(), before, "output changed by a failed build");
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .expect("ls")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public"))
        .collect();
    // Only the output before last, kept for the next build to update.
    assert_eq!(leftovers, [".public.old"], "staging folders left behind");
    assert_eq!(files_under(&site.path(".public.old")), kept_aside);
}

/// A build that fails while writing its files (here: the staging folder's deepest
/// paths exceed the system's path limit, so the first files are written and the
/// longest ones fail) leaves the previous output as it was and no staging folder.
#[test]
fn a_build_that_fails_while_writing_leaves_the_previous_output_and_no_staging_folder() {
    let site = TestSite::case("errors", "base");
    let longest = crate::harness::rendered_paths(site.root()).iter().map(|p| p.as_os_str().len()).max().expect("files");
    // `<parent>/.out.staging/<longest>` is over PATH_MAX (4096), `<parent>/.out.staging/.luukku-build` is not.
    let limit = 4096;
    let staging_prefix = "/.out.staging/".len();
    let target = limit - staging_prefix - longest + 8;
    assert!(target + staging_prefix + ".luukku-build".len() < limit, "the longest path is too short to overflow");
    let mut parent = site.path("deep");
    while parent.as_os_str().len() + 201 <= target {
        parent.push("d".repeat(200));
    }
    let pad = target - parent.as_os_str().len() - 1;
    parent.push("e".repeat(pad.max(1)));
    std::fs::create_dir_all(&parent).expect("long parent folder");
    let out = parent.join("out");
    std::fs::create_dir_all(&out).expect("out");
    std::fs::write(out.join("index.html"), "previous").expect("previous output");
    let run = site.run(&["build", "--out", out.to_str().expect("utf-8")]);
    let stderr = run.expect_failure();
    assert!(stderr.contains("File name too long"), "failed while writing: {stderr}");
    assert_eq!(files_under(&out).len(), 1, "the previous output is untouched");
    assert_eq!(std::fs::read_to_string(out.join("index.html")).expect("read"), "previous");
    assert!(!parent.join(".out.staging").exists(), "the staging folder is removed");
    assert!(!parent.join(".out.old").exists());
}

#[test]
fn check_validates_without_writing() {
    let site = TestSite::fixture("basic");
    let run = site.run(&["check"]);
    assert!(run.success(), "{}", run.stderr);
    let items = luukku::Site::load(site.root()).expect("loads").shape().library.len();
    assert!(run.stderr.contains(&format!("OK: {items} items")), "{}", run.stderr);
    assert!(!site.out().exists());
    site.edit("content/pages/about/fi.md", "Tämä on", "[rikki](@/services/nothing) Tämä on");
    let stderr = site.run(&["check"]).expect_failure().to_string();
    assert!(stderr.contains("content/pages/about/fi.md:7:1"), "{stderr}");
}

#[test]
fn accessibility_statement_is_generated_per_locale_from_book_toml() {
    let site = built();
    let fi = main_of(&site.read("fi/saavutettavuusseloste/index.html")).to_string();
    assert!(fi.contains("<h1>Saavutettavuusseloste</h1>"));
    assert!(fi.contains("lakiin digitaalisten palvelujen tarjoamisesta (306/2019)"), "names the act: {fi}");
    assert!(
        fi.contains("<p>Sivusto täyttää saavutettavuusvaatimukset (WCAG 2.1 -kriteeristön tasot A ja AA) osittain."),
        "partial compliance stated: {fi}"
    );
    assert!(fi.contains("Kuvilta puuttuu tekstivastineita."));
    assert!(fi.contains("<a href=\"mailto:saavutettavuus@example.fi\">"));
    assert!(fi.contains("Valvontayksikkö") && fi.contains("https://valvonta.example.fi"));
    assert!(fi.contains("<time datetime=\"2026-11-01\">") && fi.contains("<time datetime=\"2026-11-20\">"));
    // Swedish has no shortcoming text of its own: it falls back to Finnish.
    let sv = main_of(&site.read("sv/tillganglighetsutlatande/index.html")).to_string();
    assert!(sv.contains("<h1>Tillgänglighetsutlåtande</h1>") && sv.contains("Tillsynsenheten"));
    assert!(site.exists("en/accessibility-statement/index.html"));
    assert!(site.exists("selko/saavutettavuusseloste/index.html"), "plain Finnish shares the Finnish slug");
    // Every page's footer links to it.
    assert!(site.read("en/services/bus-card/index.html").contains("href=\"../../../en/accessibility-statement/\""));
}

#[test]
fn service_card_carries_government_service_json_ld() {
    let site = built();
    let page = site.read("en/services/bus-card/index.html");
    let start = page.find("<script type=\"application/ld+json\">").expect("JSON-LD")
        + "<script type=\"application/ld+json\">".len();
    let json: serde_json::Value =
        serde_json::from_str(&page[start..start + page[start..].find("</script>").expect("end")]).expect("valid JSON");
    assert_eq!(json["@type"], "GovernmentService");
    assert_eq!(json["name"], "Bus card");
    assert_eq!(json["url"], "https://test.example.fi/opas/en/services/bus-card/");
    assert_eq!(json["provider"][0]["name"], "City of Test");
    assert_eq!(json["availableChannel"][0]["serviceLocation"]["address"]["postalCode"], "20100");
    assert_eq!(json["availableChannel"][1]["servicePhone"]["telephone"], "+358 2 000 1000");
}

#[test]
fn home_page_shows_featured_services_and_services_by_life_situation() {
    let site = built();
    let home = main_of(&site.read("fi/index.html")).to_string();
    let featured = &home[home.find("id=\"home-featured\"").expect("featured section")..];
    assert!(
        featured.find("Kirjastokortti").expect("library card") < featured.find("Bussikortti").expect("bus card"),
        "in the order given"
    );
    assert!(
        home.contains(
            "<h3>Nuorelle</h3>\n      <ul><li><a href=\"../fi/palvelut/bussikortti/\">Bussikortti</a></li></ul>"
        ),
        "the bus card, and only it, is listed for young people: {home}"
    );
}
