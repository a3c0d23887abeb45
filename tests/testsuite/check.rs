//! `luukku check`: each kind of finding tripped by one change to a small clean
//! site (`tests/fixtures/check/base`), asserted exactly through the JSON report,
//! and the exit codes with and without `--deny-warnings`.

use serde_json::Value;

use crate::harness::{Run, TestSite};

fn base() -> TestSite {
    TestSite::fixture("check/base")
}

/// The JSON report of a check run, and its exit code.
fn report(site: &TestSite, extra: &[&str]) -> (Option<i32>, Value) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    let run = site.run(&args);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}", run.stdout));
    (run.code, json)
}

/// The findings as (severity, code, file, line, column, message).
fn findings(json: &Value) -> Vec<(String, String, String, u64, u64, String)> {
    json["findings"]
        .as_array()
        .expect("a findings array")
        .iter()
        .map(|f| {
            (
                f["severity"].as_str().unwrap_or_default().to_string(),
                f["code"].as_str().unwrap_or_default().to_string(),
                f["file"].as_str().unwrap_or_default().to_string(),
                f["line"].as_u64().unwrap_or(u64::MAX),
                f["column"].as_u64().unwrap_or(u64::MAX),
                f["message"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}

fn one(
    sev: &str,
    code: &str,
    file: &str,
    line: u64,
    column: u64,
    message: &str,
) -> (String, String, String, u64, u64, String) {
    (sev.into(), code.into(), file.into(), line, column, message.into())
}

/// Asserts the site has exactly these findings, all warnings: exit 0, and 1 under --deny-warnings.
fn assert_warnings(site: &TestSite, expected: &[(String, String, String, u64, u64, String)]) {
    let (code, json) = report(site, &[]);
    assert_eq!(findings(&json), expected);
    assert_eq!(code, Some(0), "warnings alone do not fail the check");
    let (code, _) = report(site, &["--deny-warnings"]);
    assert_eq!(code, Some(1), "--deny-warnings fails on warnings");
}

#[test]
fn the_clean_site_passes_with_warnings_denied() {
    let site = base();
    let run: Run = site.run(&["check", "--deny-warnings"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("OK: 3 items, 9 content files, 30 pages would be written; 0 errors, 0 warnings"),
        "{}",
        run.stderr
    );
    assert!(!site.out().exists(), "check writes nothing");
}

#[test]
fn a_missing_translation_is_a_warning_and_a_matrix_cell() {
    let site = base();
    site.remove("content/services/library-card/sv.md");
    assert_warnings(
        &site,
        &[one(
            "warning",
            "L101",
            "content/services/library-card/sv.md",
            0,
            0,
            "`services/library-card` has no `sv` translation; readers of `sv` get the `fi` text",
        )],
    );
    let (_, json) = report(&site, &[]);
    let row = json["translations"]["items"]
        .as_array()
        .and_then(|rows| rows.iter().find(|r| r["key"] == "services/library-card"))
        .cloned();
    assert_eq!(row.map(|r| r["cells"]["sv"].clone()), Some(Value::from("missing")));
    assert_eq!(json["translations"]["totals"]["sv"], serde_json::json!({"present": 2, "missing": 1, "stale": 0}));
}

#[test]
fn a_translation_goes_stale_when_its_source_changes() {
    let site = base();
    let fi = "content/services/library-card/fi.md";
    let sv = "content/services/library-card/sv.md";
    let hash = luukku::content::source_hash(&site.read_source(fi));
    site.edit(
        sv,
        "slug: bibliotekskort\n",
        &format!("slug: bibliotekskort\ntranslated-from: {{locale: fi, hash: {hash}}}\n"),
    );
    let (code, json) = report(&site, &["--deny-warnings"]);
    assert_eq!((code, findings(&json)), (Some(0), vec![]), "an up-to-date translation is present");
    site.edit(fi, "Kortti on maksuton.", "Kortti on maksuton. Kadonneen kortin tilalle saat uuden.");
    let now = luukku::content::source_hash(&site.read_source(fi));
    assert_warnings(
        &site,
        &[one("warning", "L102", sv, 4, 1, &format!("stale translation: {fi} has changed since this text was translated from it (hash then `{hash}`, now `{now}`)"))],
    );
    let (_, json) = report(&site, &[]);
    assert_eq!(json["translations"]["totals"]["sv"]["stale"], 1);
}

#[test]
fn a_translation_from_a_locale_without_a_file_is_reported() {
    let site = base();
    site.edit(
        "content/services/library-card/sv.md",
        "slug: bibliotekskort\n",
        "slug: bibliotekskort\ntranslated-from: {locale: en, hash: 0123456789abcdef}\n",
    );
    assert_warnings(
        &site,
        &[one("warning", "L103", "content/services/library-card/sv.md", 4, 1, "translated-from names locale `en`, but `services/library-card` has no other file in that locale; expected the locale this text was translated from")],
    );
}

#[test]
fn a_message_only_the_default_locale_has_is_missing_and_unused() {
    let site = base();
    site.write("locales/fi/extra.ftl", "# Lisätty\nextra-message = Lisäviesti\n");
    assert_warnings(
        &site,
        &[
            one(
                "warning",
                "L201",
                "locales/fi/extra.ftl",
                2,
                1,
                "message `extra-message` has no text in `sv` (nor in a fallback locale in the same language)",
            ),
            one(
                "warning",
                "L202",
                "locales/fi/extra.ftl",
                2,
                1,
                "message `extra-message` is not used by any template, message or the program",
            ),
        ],
    );
}

#[test]
fn a_message_used_by_a_template_or_a_message_is_not_unused() {
    let site = base();
    for locale in ["fi", "sv"] {
        site.write(
            &format!("locales/{locale}/extra.ftl"),
            "extra-used = x\nextra-other = { extra-used }\nextra-kind-a = a\nextra-unused = y\n",
        );
    }
    site.write(
        "templates/page.html",
        "{% extends \"base.html\" %}{% block main %}<p title=\"{{ t(key=\"extra-other\") }}\">{{ t(key=\"extra-kind-\" ~ \"a\") }}</p>{{ page.body | safe }}{% endblock main %}",
    );
    let unused = "message `extra-unused` is not used by any template, message or the program";
    assert_warnings(
        &site,
        &[
            one("warning", "L202", "locales/fi/extra.ftl", 4, 1, unused),
            one("warning", "L202", "locales/sv/extra.ftl", 4, 1, unused),
        ],
    );
}

#[test]
fn broken_site_links_and_anchors_are_errors() {
    let site = base();
    let fi = "content/services/library-card/fi.md";
    site.edit(
        fi,
        "Katso [kortin saaminen](#kortin-saaminen).",
        "Katso [hinnat](#hinnat) ja [aukiolo](/opas/fi/ei-ole/) ja [etusivu](/opas/fi/).",
    );
    let (code, json) = report(&site, &[]);
    assert_eq!(
        findings(&json),
        vec![
            one("error", "L302", fi, 11, 7, "link to `#hinnat`: this page has no heading or element with that id"),
            one("error", "L301", fi, 11, 28, "link to `/opas/fi/ei-ole/`: the site has no page at that path"),
        ]
    );
    assert_eq!(code, Some(1), "errors fail the check without --deny-warnings");
}

#[test]
fn an_image_without_alt_text_is_reported() {
    let site = base();
    let fi = "content/services/library-card/fi.md";
    site.edit(fi, "Kortti on maksuton.", "Kortti on maksuton.\n\n![](/kortti.png)\n\n<img src=\"/kortti.png\">");
    assert_warnings(
        &site,
        &[
            one("warning", "L303", fi, 11, 1, "image without alt text: readers who cannot see it are told nothing"),
            one("warning", "L303", fi, 13, 1, "<img> without an alt attribute"),
        ],
    );
}

#[test]
fn one_slug_for_two_items_of_a_locale_is_reported() {
    let site = base();
    site.write(
        "content/glossary/card/fi.md",
        "---\ntitle: Kortti\nslug: kirjastokortti\nsummary: Sanaston kortti.\n---\n\nKortti.\n",
    );
    site.write("content/glossary/card/sv.md", "---\ntitle: Kort\nsummary: Ett kort.\n---\n\nKort.\n");
    site.write(
        "content/glossary/card/fi-selko.md",
        "---\ntitle: Kortti\nslug: kortti\nsummary: Kortti.\n---\n\nKortti.\n",
    );
    assert_warnings(
        &site,
        &[one("warning", "L304", "content/services/library-card/fi.md", 3, 1, "slug `kirjastokortti` is also the `fi` slug of `glossary/card`; readers cannot tell the two pages apart by their address")],
    );
}

#[test]
fn a_card_reviewed_too_long_ago_is_stale() {
    let site = base();
    site.edit("book.toml", "review-max-age-days = 36500", "review-max-age-days = 365");
    site.edit("content/services/library-card/meta.yaml", "date: 2026-11-01", "date: 2000-01-01");
    assert_warnings(
        &site,
        &[one(
            "warning",
            "L401",
            "content/services/library-card/meta.yaml",
            3,
            3,
            "last reviewed on 2000-01-01, more than 365 days ago (check.review-max-age-days in book.toml)",
        )],
    );
}

#[test]
fn a_card_without_a_review_date_is_reported() {
    let site = base();
    site.edit("content/services/library-card/meta.yaml", "reviewed:\n  date: 2026-11-01\n", "");
    assert_warnings(
        &site,
        &[one(
            "warning",
            "L402",
            "content/services/library-card/meta.yaml",
            0,
            0,
            "service card `services/library-card` has no review date",
        )],
    );
}

#[test]
fn plain_language_that_is_not_plain_is_measured_and_reported() {
    let site = base();
    let selko = "content/services/library-card/fi-selko.md";
    site.edit("book.toml", "[check]\n", "[check.plain-language]\nmax-average-sentence-words = 5\n\n[check]\n");
    site.edit(
        selko,
        "Saat kortin heti.",
        "Kun olet näyttänyt henkilöllisyystodistuksesi kirjaston asiakaspalvelutiskillä, saat kortin heti mukaasi ja voit alkaa lainata kirjoja ja muuta aineistoa.",
    );
    let longest = "the longest: line 11 (18 words), line 4 (3 words), line 12 (3 words)";
    assert_warnings(
        &site,
        &[
            one("warning", "L501", selko, 11, 1, &format!("the average sentence is 5.6 words, more than check.plain-language.max-average-sentence-words = 5; {longest}")),
            one("warning", "L502", selko, 11, 1, &format!("1 of 5 sentences (20 %) are longer than 12 words, more than check.plain-language.max-long-sentence-share = 0.15; {longest}")),
            one("warning", "L503", selko, 11, 1, "2 of 28 words (7.1 %) are longer than 16 letters, more than check.plain-language.max-long-word-share = 0.05; the longest: `henkilöllisyystodistuksesi` (line 11), `asiakaspalvelutiskillä` (line 11)"),
        ],
    );
    let (_, json) = report(&site, &[]);
    let file = json["plain-language"]["files"]
        .as_array()
        .and_then(|f| f.iter().find(|f| f["file"] == selko))
        .cloned()
        .unwrap_or_default();
    assert_eq!(
        (file["sentences"].clone(), file["words"].clone(), file["long-sentences"].clone()),
        (5.into(), 28.into(), 1.into())
    );
    assert_eq!(file["average-sentence-words"], 5.6);
}

#[test]
fn step_minutes_and_reflection_questions_match_the_default_locale() {
    let site = base();
    let sv = "content/training/01-intro/sv.md";
    site.edit(sv, "minutes: 20", "minutes: 25");
    site.edit(sv, "  - Vad förblev oklart?\n", "");
    assert_warnings(
        &site,
        &[
            one("warning", "L601", sv, 6, 1, "facilitation step 2 takes 25 minutes here but 20 minutes in content/training/01-intro/fi.md"),
            one("warning", "L602", sv, 14, 1, "1 reflection questions here, 2 in content/training/01-intro/fi.md; every locale asks the same questions"),
        ],
    );
}

#[test]
fn a_phone_number_in_a_card_text_belongs_in_meta_yaml() {
    let site = base();
    let fi = "content/services/library-card/fi.md";
    site.edit(fi, "Kortti on maksuton.", "Kortti on maksuton. Kysy numerosta 02 123 4567.");
    assert_warnings(
        &site,
        &[one("warning", "L603", fi, 9, 98, "the phone number `02 123 4567` in the text of `services/library-card`; channel facts belong in meta.yaml, once for every locale")],
    );
}

#[test]
fn what_the_build_refuses_is_an_error_finding() {
    let site = base();
    site.edit(
        "content/services/library-card/fi.md",
        "Kortti on maksuton.",
        "Kortti on [maksuton](@/services/nothing).",
    );
    let run = site.run(&["check"]);
    let stderr = run.expect_failure();
    assert!(
        stderr.contains("error[L001]: link to `@/services/nothing`: there is no item `services/nothing`; expected the path of an item folder under content/, such as `@/services/bus-card`\n  --> content/services/library-card/fi.md:9:73\n"),
        "{stderr}"
    );
    let (code, json) = report(&site, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["findings"][0]["name"], "build");
}

#[test]
fn a_check_limit_out_of_range_is_a_config_error() {
    let site = base();
    site.edit("book.toml", "[check]\n", "[check.plain-language]\nmax-long-word-share = 5\n\n[check]\n");
    let (code, json) = report(&site, &[]);
    assert_eq!(code, Some(1));
    assert_eq!(
        findings(&json),
        vec![one(
            "error",
            "E011",
            "book.toml",
            25,
            23,
            "check.plain-language.max-long-word-share is 5; expected a share from 0 to 1, such as 0.15"
        )]
    );
}

#[test]
fn the_json_report_has_the_documented_shape() {
    let site = base();
    site.remove("content/training/01-intro/fi-selko.md");
    let (code, json) = report(&site, &[]);
    assert_eq!(code, Some(0));
    assert_eq!(json["version"], 1);
    assert_eq!(
        json["summary"],
        serde_json::json!({"errors": 0, "warnings": 1, "items": 3, "content-files": 8, "pages": 30})
    );
    let finding = &json["findings"][0];
    let keys: Vec<&str> = finding.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
    assert_eq!(keys, vec!["code", "column", "file", "hint", "line", "message", "name", "severity"]);
    assert_eq!(finding["name"], "translation-missing");
    assert_eq!(finding["hint"], "write content/training/01-intro/fi-selko.md");
    assert_eq!(json["translations"]["locales"], serde_json::json!(["fi", "sv", "fi-selko"]));
    let locales = json["plain-language"]["locales"].as_array().cloned().unwrap_or_default();
    let summary: Vec<(Value, Value, Value)> =
        locales.iter().map(|l| (l["locale"].clone(), l["plain-language"].clone(), l["files"].clone())).collect();
    assert_eq!(summary, vec![("fi-selko".into(), true.into(), 2.into()), ("fi".into(), false.into(), 3.into())]);
    for key in [
        "sentences",
        "words",
        "average-sentence-words",
        "long-sentences",
        "long-sentence-share",
        "long-words",
        "long-word-share",
    ] {
        assert!(locales[0][key].is_number(), "{key} in {}", locales[0]);
    }
}

#[test]
fn text_output_prints_each_finding_as_the_build_prints_its_errors() {
    let site = base();
    site.remove("content/services/library-card/sv.md");
    let run = site.run(&["check", "--deny-warnings"]);
    let stderr = run.expect_failure();
    assert!(
        stderr.contains("warning[L101]: `services/library-card` has no `sv` translation; readers of `sv` get the `fi` text\n  --> content/services/library-card/sv.md\n   = help: write content/services/library-card/sv.md\n"),
        "{stderr}"
    );
    assert!(stderr.contains("translations: fi 3 present, 0 missing, 0 stale; fi-selko 3 present, 0 missing, 0 stale; sv 2 present, 1 missing, 0 stale"), "{stderr}");
    assert!(stderr.contains("0 errors, 1 warning\n"), "{stderr}");
}
