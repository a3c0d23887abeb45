//! Bounded work and no silent acceptance (issue #11): inputs that used to crash,
//! hang or pass unnoticed are located errors, and large but honest inputs build.
//! No test here measures time; each would hang or crash the run if the bound broke.

use crate::harness::TestSite;
use crate::safety::{rejected, ABOUT, CARD, CARD_META};

fn page(body: &str) -> String {
    format!("---\ntitle: Tietoa\nslug: tietoa\nsummary: x\n---\n\n{body}\n")
}

#[test]
fn a_template_that_includes_itself_is_a_located_error() {
    rejected(
        |s| s.write("templates/page.html", "<p>\n{% include \"page.html\" %}\n"),
        "templates/page.html:2:1",
        "`page.html` includes `page.html`, which leads back to `page.html`",
    );
}

#[test]
fn a_recursive_macro_is_a_located_error() {
    rejected(
        |s| {
            s.write("templates/loops.html", "\n{% macro down(n) %}{{ self::down(n=n) }}{% endmacro down %}\n");
        },
        "templates/loops.html:2:1",
        "macro `down` calls itself",
    );
}

#[test]
fn thousands_of_identical_headings_get_distinct_ids() {
    let site = TestSite::fixture("basic");
    site.write(ABOUT, page(&"## Sama\n\n".repeat(4000)));
    site.build_ok();
    let about = site.read("fi/tietoa/index.html");
    assert!(about.contains("id=\"sama\"") && about.contains("id=\"sama-3999\""));
    assert!(!about.contains("id=\"sama-4000\""));
}

#[test]
fn deeply_nested_raw_html_is_a_located_error() {
    rejected(|s| s.write(ABOUT, page(&"<div>".repeat(100_000))), &format!("{ABOUT}:7:"), "nested more than 64 deep");
}

#[test]
fn deeply_nested_quotes_are_a_located_error() {
    rejected(|s| s.write(ABOUT, page(&">".repeat(100_000))), &format!("{ABOUT}:7:"), "nested more than 64 deep");
}

#[test]
fn yaml_aliases_that_expand_without_end_are_a_located_error() {
    let mut bomb = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = if i == 1 { "a".to_string() } else { format!("b{}", i - 1) };
        bomb.push_str(&format!("b{i}: &b{i} [{}]\n", vec![format!("*{prev}"); 10].join(", ")));
    }
    // At the first value that expands beyond the budget (`b3`'s list), not at line 1.
    rejected(|s| s.write(CARD_META, bomb), &format!("{CARD_META}:4:5"), "expands to too many values");
}

#[test]
fn a_fifo_named_like_content_is_refused_without_reading_it() {
    rejected(
        |s| {
            s.remove(CARD);
            let status = std::process::Command::new("mkfifo").arg(s.path(CARD)).status().expect("mkfifo");
            assert!(status.success());
        },
        CARD,
        "is not a regular file (a FIFO, socket or device)",
    );
}

#[test]
fn a_link_to_dev_zero_is_refused_without_reading_it() {
    rejected(
        |s| {
            s.remove(CARD);
            std::os::unix::fs::symlink("/dev/zero", s.path(CARD)).expect("link");
        },
        CARD,
        "leads outside the site root",
    );
}

#[test]
fn a_static_file_over_the_size_limit_is_refused() {
    rejected(
        |s| {
            let file = std::fs::File::create(s.path("static/huge.bin")).or_else(|_| {
                std::fs::create_dir_all(s.path("static"))
                    .and_then(|()| std::fs::File::create(s.path("static/huge.bin")))
            });
            file.expect("create").set_len(33 * 1024 * 1024).expect("grow");
        },
        "static/huge.bin",
        "is larger than 32 MiB",
    );
}

fn hours(opens: &str, closes: &str) -> String {
    format!("channels:\n  - type: phone\n    number: \"1\"\n    hours:\n      - days: mon\n        opens: \"{opens}\"\n        closes: \"{closes}\"\n")
}

#[test]
fn closing_before_opening_is_a_located_error() {
    rejected(
        |s| s.write(CARD_META, hours("16:00", "08:00")),
        &format!("{CARD_META}:5:"),
        "closes at 08:00, which is not after it opens at 16:00",
    );
}

#[test]
fn coordinates_off_the_globe_or_nan_are_located_errors() {
    let point = |coords: &str| {
        format!("channels:\n  - type: service-point\n    name: Piste\n    address: {{street: Katu 1, postal-code: \"20100\", city: Turku}}\n    coordinates: {coords}\n")
    };
    rejected(
        |s| s.write(CARD_META, point("{lat: 91, lon: 22}")),
        &format!("{CARD_META}:"),
        "latitude 91 is not on the globe",
    );
    rejected(
        |s| s.write(CARD_META, point("{lat: .nan, lon: 22}")),
        &format!("{CARD_META}:"),
        "latitude NaN is not on the globe",
    );
    rejected(
        |s| s.write(CARD_META, point("{lat: 60, lon: -181}")),
        &format!("{CARD_META}:"),
        "longitude -181 is not on the globe",
    );
}

#[test]
fn minutes_so_large_the_total_would_wrap_are_a_located_error() {
    rejected(
        |s| {
            s.edit(
                "content/training/01-intro/fi.md",
                "summary:",
                "facilitation:\n  steps:\n    - title: x\n      minutes: 4294967295\n      instructions: y\nsummary:",
            )
        },
        "content/training/01-intro/fi.md:",
        "4294967295 minutes is not the length of a workshop step; expected 1 to 1440",
    );
}

#[test]
fn a_workshop_step_may_last_a_day_and_no_longer() {
    const FILE: &str = "content/training/01-intro/fi.md";
    let step =
        |minutes: u32| move |s: &TestSite| s.edit(FILE, "      minutes: 15\n", &format!("      minutes: {minutes}\n"));
    let expected = |m: u32| format!("{m} minutes is not the length of a workshop step; expected 1 to 1440");
    rejected(step(1441), &format!("{FILE}:11:"), &expected(1441));
    rejected(step(0), &format!("{FILE}:11:"), &expected(0));
    let site = TestSite::fixture("basic");
    step(1440)(&site);
    site.build_ok();
}

#[test]
fn a_service_summary_may_have_150_characters_and_no_more() {
    // Counted in characters, as the catalogue counts them: `ä` is one.
    let summary = |chars: usize| format!("summary: {}\n", "ä".repeat(chars));
    let set = |chars: usize| {
        move |s: &TestSite| s.edit(CARD, "summary: Kirjastokortilla lainaat kirjoja.\n", &summary(chars))
    };
    rejected(
        set(151),
        &format!("{CARD}:4:10"),
        "a service card's summary is at most 150 characters (as in the Suomi.fi catalogue); this one has 151",
    );
    let site = TestSite::fixture("basic");
    set(150)(&site);
    site.build_ok();
    assert!(site.read("fi/palvelut/kirjastokortti/index.html").contains(&"ä".repeat(150)));
}

#[test]
fn a_fluent_message_that_refers_to_itself_is_a_located_error() {
    rejected(
        |s| s.write("locales/fi/extra.ftl", "greeting = Hei\nloop-a = { loop-b }\nloop-b = { loop-a }\n"),
        "locales/fi/extra.ftl:2:1",
        "message `loop-a` refers to itself",
    );
}

#[test]
fn images_and_raw_links_to_missing_items_are_located_errors() {
    rejected(
        |s| s.write(ABOUT, page("![kuva](@/services/nope)")),
        &format!("{ABOUT}:7:1"),
        "there is no item `services/nope`",
    );
    rejected(
        |s| s.write(ABOUT, page("Katso <a href=\"@/services/nope\">tämä</a>.")),
        &format!("{ABOUT}:7:7"),
        "there is no item `services/nope`",
    );
}

#[test]
fn raw_links_to_items_resolve_like_markdown_links() {
    let site = TestSite::fixture("basic");
    site.write(ABOUT, page("<a href=\"@/services/bus-card\">bussi</a> ![k](@/services/bus-card)"));
    site.build_ok();
    let about = site.read("fi/tietoa/index.html");
    assert!(about.contains("href=\"../../fi/palvelut/bussikortti/\""), "{about}");
    assert!(!about.contains("@/"), "{about}");
}

#[test]
fn near_misses_in_the_content_tree_are_located_errors() {
    for (what, message) in [
        ("content/services/library-card/meta.yml", "expected the facts in `meta.yaml`"),
        ("content/glossary/zone/sv.markdown", "expected the extension `.md` (`sv.md`)"),
        ("content/glossary/zone/extra/sv.md", "a folder inside an item folder (a file one folder too deep?)"),
    ] {
        let shown = what.trim_end_matches("/sv.md");
        rejected(|s| s.write(what, "---\ntitle: x\nsummary: y\n---\n"), shown, message);
    }
}

#[test]
fn a_symlinked_item_folder_is_a_located_error() {
    rejected(
        |s| {
            std::os::unix::fs::symlink(s.path("content/glossary/zone"), s.path("content/glossary/zone-2"))
                .expect("link")
        },
        "content/glossary/zone-2",
        "is a symbolic link to a folder",
    );
}

#[test]
fn titles_are_normalized_to_nfc_when_read() {
    let site = TestSite::fixture("basic");
    // "Äänikortti" with a decomposed Ä (A + combining diaeresis).
    site.edit(CARD, "title: Kirjastokortti", "title: \"A\u{308}a\u{308}nikortti\"");
    site.build_ok();
    let page = site.read("fi/palvelut/kirjastokortti/index.html");
    assert!(page.contains("\u{c4}\u{e4}nikortti") && !page.contains('\u{308}'), "title not in NFC");
}

#[test]
fn a_slug_too_long_for_a_file_name_is_a_located_error() {
    let long = "a".repeat(300);
    rejected(
        move |s| s.edit(CARD, "slug: kirjastokortti", &format!("slug: {long}")),
        &format!("{CARD}:3:7"),
        "expected at most 80 lower-case ASCII letters",
    );
}
