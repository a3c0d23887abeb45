//! Onboarding for new employees: every locale has a progress page, a reflection
//! journal and an onboarding plan with the hooks the browser script and city
//! teams' tests use; module pages have "mark as done" and an answer field per
//! question; estimated times come from the content, never from a guess; plan items
//! come from module front matter.

use crate::harness::{main_of, TestSite};

/// (locale code, progress, journal, plan) in the basic fixture.
const PAGES: [(&str, &str, &str, &str); 4] = [
    ("fi", "fi/koulutus/edistyminen/", "fi/koulutus/oppimispaivakirja/", "fi/koulutus/perehdytyssuunnitelma/"),
    ("sv", "sv/utbildning/framsteg/", "sv/utbildning/reflektionsdagbok/", "sv/utbildning/introduktionsplan/"),
    // The fixture gives English no training segment: it takes the Finnish one.
    ("en", "en/koulutus/progress/", "en/koulutus/journal/", "en/koulutus/onboarding-plan/"),
    (
        "fi-selko",
        "selko/koulutus/edistyminen/",
        "selko/koulutus/oppimispaivakirja/",
        "selko/koulutus/perehdytyssuunnitelma/",
    ),
];

const INTRO_FI: &str = "content/training/01-intro/fi.md";

fn page(site: &TestSite, dir: &str) -> String {
    let file = format!("{dir}index.html");
    assert!(site.exists(&file), "{file} is missing");
    site.read(&file)
}

#[test]
fn every_locale_has_the_three_onboarding_pages_with_their_hooks() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    for (code, progress, journal, plan) in PAGES {
        let store = format!("&quot;store&quot;:&quot;luukku-onboarding:https://test.example.fi/opas:{code}&quot;");
        for dir in [progress, journal, plan] {
            let html = page(&site, dir);
            assert!(html.contains("data-luukku-onboarding=\"{&quot;modules&quot;:["), "{dir}");
            assert!(html.contains(&store), "{dir}: the storage key is not the site's and locale's");
            assert!(html.contains("data-luukku-nojs"), "{dir}: no note for readers without JavaScript");
            assert!(html.contains("data-luukku-nostorage"), "{dir}: no note for browsers without storage");
            assert!(html.contains("role=\"status\" data-luukku-live"), "{dir}: no live region");
        }
        let progress = page(&site, progress);
        for key in ["training/01-intro", "training/02-values"] {
            assert!(progress.contains(&format!("data-luukku-state=\"{key}\"")), "{code}: no state of {key}");
        }
        let journal = page(&site, journal);
        assert!(journal.contains("data-luukku-export"), "{code}");
        assert!(journal.contains("data-luukku-clear"), "{code}");
        let plan = page(&site, plan);
        assert!(plan.contains("data-luukku-done=\"training/01-intro\""), "{code}");
        assert!(plan.contains("data-luukku-done=\"training/02-values\""), "{code}");
    }
    let fi = site.read("fi/koulutus/oppimispaivakirja/index.html");
    // 01-intro's two Finnish questions, each an answer field labelled by it; the
    // other locales' files of the fixture have no questions.
    assert_eq!(fi.matches("data-luukku-journal=\"training/01-intro\"").count(), 2);
    assert!(!site.read("sv/utbildning/reflektionsdagbok/index.html").contains("data-luukku-journal="));
    assert!(fi.contains("<label class=\"question\" for=\"answer-1-1\">Mitä uutta opin?</label>"), "{}", main_of(&fi));
    assert!(fi.contains("<textarea id=\"answer-1-1\""), "{}", main_of(&fi));
    // The plan is for everyone; a reader's own progress and journal are not for search engines.
    let sitemap = site.read("sitemap.xml");
    assert!(sitemap.contains("fi/koulutus/perehdytyssuunnitelma/"));
    assert!(!sitemap.contains("edistyminen") && !sitemap.contains("oppimispaivakirja"));
    assert!(site.read("fi/koulutus/edistyminen/index.html").contains("<meta name=\"robots\" content=\"noindex\">"));
}

#[test]
fn module_pages_have_mark_as_done_and_an_answer_field_under_each_question() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    let html = site.read("fi/koulutus/johdanto/index.html");
    assert!(html.contains("data-luukku-module-page=\"training/01-intro\""));
    assert!(html.contains(
        "<label><input type=\"checkbox\" data-luukku-done=\"training/01-intro\"> <span>Osio on tehty: Johdanto</span></label>"
    ));
    for (n, question) in ["Mitä uutta opin?", "Mikä jäi epäselväksi?"].iter().enumerate() {
        let id = format!("luukku-answer-{}", n + 1);
        assert!(html.contains(&format!("<label class=\"question\" for=\"{id}\">{question}</label>")), "{question}");
        assert!(html.contains(&format!(
            "<textarea id=\"{id}\" rows=\"3\" data-luukku-journal=\"training/01-intro\" data-luukku-question=\"{n}\">"
        )));
    }
    // No inline script: every script element is a file or data the browser does not run.
    for page in
        ["fi/koulutus/johdanto/index.html", "fi/koulutus/index.html", "fi/koulutus/oppimispaivakirja/index.html"]
    {
        let html = site.read(page);
        for script in html.split("<script").skip(1) {
            let tag = script.split('>').next().unwrap_or_default();
            assert!(tag.contains(" src="), "{page}: inline script <script{tag}>");
        }
    }
}

#[test]
fn estimated_time_comes_from_facilitation_minutes_or_the_front_matter_and_is_never_guessed() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    // 01-intro: two steps of 15 and 20 minutes; 02-values has no facilitation plan.
    let index = main_of(&site.read("fi/koulutus/index.html")).to_string();
    assert!(index.contains("Arvioitu kesto: noin 35 min"), "{index}");
    assert!(index.contains("Arvioitu kesto: kestoa ei ole annettu"), "{index}");
    assert!(
        index.contains("Arvioitu kesto yhteensä vähintään 35 min. Yhdelle osiolle ei ole annettu kestoa."),
        "{index}"
    );
    // A step without minutes makes the sum a lower bound.
    site.edit(INTRO_FI, "      minutes: 20\n", "");
    site.build_ok();
    assert!(site.read("fi/koulutus/johdanto/index.html").contains("Arvioitu kesto: vähintään 15 min"));
    // The front matter's own time wins.
    site.edit(INTRO_FI, "reflection:", "onboarding:\n  minutes: 90\nreflection:");
    site.build_ok();
    assert!(site.read("fi/koulutus/johdanto/index.html").contains("Arvioitu kesto: noin 1 h 30 min"));
    // The English file has no facilitation plan: no time, and none borrowed from the Finnish one.
    let en = site.read("en/koulutus/progress/index.html");
    assert!(en.contains("<td>no time given</td>") && !main_of(&en).contains(" min"), "{}", main_of(&en));
}

#[test]
fn plan_items_come_from_module_front_matter_with_check_boxes_and_links() {
    let site = TestSite::fixture("basic");
    site.edit(
        INTRO_FI,
        "reflection:",
        "onboarding:\n  before:\n    - Tapaa perehdyttäjäsi.\n  after:\n    - Lue [bussikortista](@/services/bus-card).\nreflection:",
    );
    site.build_ok();
    let plan = site.read("fi/koulutus/perehdytyssuunnitelma/index.html");
    assert!(plan.contains("<li><label><input type=\"checkbox\" data-luukku-plan=\"plan-"), "{}", main_of(&plan));
    assert!(plan.contains("Tapaa perehdyttäjäsi.</span></label>"), "{}", main_of(&plan));
    assert!(plan.contains("Lue <a href=\"../../../fi/palvelut/bussikortti/\">bussikortista</a>"), "{}", main_of(&plan));
    // The same text keeps the same check mark id across builds.
    let id = |html: &str| html.split("data-luukku-plan=\"").nth(1).map(|s| s[..17].to_string());
    site.edit(INTRO_FI, "summary:", "keywords: [uusi]\nsummary:");
    site.build_ok();
    assert_eq!(id(&plan), id(&site.read("fi/koulutus/perehdytyssuunnitelma/index.html")));
}

#[test]
fn a_broken_plan_item_is_an_error_naming_file_line_and_what_was_expected() {
    let site = TestSite::fixture("basic");
    site.build_ok();
    site.edit(INTRO_FI, "reflection:", "onboarding:\n  after:\n    - Lue [tämä](@/services/nope).\nreflection:");
    let stderr = site.build().expect_failure().to_string();
    assert!(stderr.contains("content/training/01-intro/fi.md:") && stderr.contains("services/nope"), "{stderr}");
    site.edit(INTRO_FI, "  after:\n    - Lue [tämä](@/services/nope).\n", "  minuutit: 5\n");
    let stderr = site.build().expect_failure().to_string();
    assert!(
        stderr.contains("content/training/01-intro/fi.md:") && stderr.contains("unknown field `minuutit`"),
        "{stderr}"
    );
    assert!(stderr.contains("`minutes`, `before`, `after`"), "{stderr}");
}

#[test]
fn a_site_without_training_modules_has_no_onboarding_pages() {
    let site = TestSite::fixture("basic");
    std::fs::remove_dir_all(site.path("content/training")).expect("remove the modules");
    site.edit("content/services/bus-card/en.md", "[the introduction](@/training/01-intro)", "the introduction");
    site.edit("content/services/bus-card/sv.md", "[värderingar](@/training/02-values)", "värderingar");
    site.edit(
        "content/services/bus-card/fi.md",
        "[arvot](@/training/02-values) ja [osio](@/training/01-intro#tarinat)",
        "arvot",
    );
    site.build_ok();
    assert!(!site.exists("fi/koulutus/perehdytyssuunnitelma/index.html"));
    assert!(!site.exists("fi/koulutus/edistyminen/index.html"));
}
