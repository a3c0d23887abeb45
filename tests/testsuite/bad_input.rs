//! Every kind of bad input: a clean non-zero exit, a message naming file, line and
//! column with what was expected, no panic, and the previous output untouched.

use crate::harness::TestSite;

/// Builds the fixture, breaks it with `damage`, builds again and checks the error.
fn assert_rejected(damage: impl FnOnce(&TestSite), location: &str, message: &str) {
    let site = TestSite::fixture("basic");
    site.build_ok();
    let before = site.output_files();
    damage(&site);
    let run = site.build();
    let stderr = run.expect_failure();
    assert!(stderr.contains(location), "expected the location `{location}` in:\n{stderr}");
    assert!(stderr.contains(message), "expected `{message}` in:\n{stderr}");
    assert!(site.output_files() == before, "a failed build changed the previous output");
}

const CARD: &str = "content/services/library-card/fi.md";
const CARD_META: &str = "content/services/library-card/meta.yaml";

#[test]
fn malformed_yaml_in_front_matter() {
    assert_rejected(
        |s| s.write(CARD, "---\ntitle: Kirjastokortti\nsummary: \"Lainaa\n---\n\nText.\n"),
        // At the opening quote that is never closed (serde_yaml pointed past the end).
        &format!("{CARD}:3:10"),
        "found unexpected end of stream, while scanning a quoted scalar",
    );
}

#[test]
fn malformed_yaml_in_meta_yaml() {
    assert_rejected(
        |s| s.write(CARD_META, "charge-type: free\n- city\n"),
        &format!("{CARD_META}:2:3"),
        "did not find expected key",
    );
}

#[test]
fn unknown_field_in_front_matter() {
    assert_rejected(
        |s| s.write(CARD, "---\ntitle: Kirjastokortti\nsumary: Lainaa kirjoja.\n---\n"),
        &format!("{CARD}:3:1"),
        "unknown field `sumary`, expected one of `title`, `slug`, `summary`",
    );
}

#[test]
fn unknown_field_in_meta_yaml() {
    assert_rejected(
        |s| s.write(CARD_META, "charge-type: free\nchanels: []\n"),
        &format!("{CARD_META}:2:1"),
        "unknown field `chanels`",
    );
}

#[test]
fn unknown_field_in_a_channel() {
    assert_rejected(
        |s| s.write(CARD_META, "channels:\n  - type: phone\n    number: \"+358 2 000 1000\"\n    hours-of-day: x\n"),
        CARD_META,
        "unknown field `hours-of-day`",
    );
}

#[test]
fn missing_required_field() {
    assert_rejected(
        |s| s.write(CARD, "---\ntitle: Kirjastokortti\n---\n\nText.\n"),
        &format!("{CARD}:2:"),
        "missing required field `summary`",
    );
}

#[test]
fn field_of_the_wrong_type() {
    assert_rejected(
        |s| s.write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\nkeywords: 5\n---\n"),
        &format!("{CARD}:4:11"),
        "invalid type: integer `5`, expected a sequence",
    );
}

#[test]
fn unknown_value_of_an_enumerated_field() {
    assert_rejected(
        |s| s.write(CARD_META, "charge-type: expensive\n"),
        &format!("{CARD_META}:1:14"),
        "unknown variant `expensive`, expected one of `free`, `charged`, `other`",
    );
}

#[test]
fn a_time_that_is_not_a_time() {
    assert_rejected(
        |s| {
            s.write(CARD_META, "channels:\n  - type: phone\n    number: \"1\"\n    hours: [{days: mon-fri, opens: \"25:00\", closes: \"16:00\"}]\n")
        },
        // Located at the bad value itself, not at the hours entry or the channel.
        &format!("{CARD_META}:4:36"),
        "`25:00` is not a time of day; expected HH:MM",
    );
}

#[test]
fn a_weekday_that_is_not_a_weekday() {
    assert_rejected(
        |s| {
            s.write(CARD_META, "channels:\n  - type: chat\n    url: https://example.fi\n    hours: [{days: mon-fir, opens: \"08:00\", closes: \"16:00\"}]\n")
        },
        &format!("{CARD_META}:4:20"),
        "`fir` is not a weekday",
    );
}

#[test]
fn a_localized_text_naming_an_unknown_locale() {
    assert_rejected(
        |s| s.write(CARD_META, "producers:\n  - sector: city\n    name: {fi: Kaupunki, de: Stadt}\n"),
        &format!("{CARD_META}:3:"),
        "`de` is not a configured locale; expected one of fi, sv, en, fi-selko",
    );
}

#[test]
fn invalid_utf8() {
    assert_rejected(
        |s| s.write(CARD, b"---\ntitle: Kirjastokortti\nsummary: Lainaa.\n---\n\nKirja\xffsto.\n".as_slice()),
        &format!("{CARD}:6:6"),
        "invalid UTF-8 (byte 0xff); expected the file to be saved as UTF-8 text",
    );
}

#[test]
fn unterminated_front_matter() {
    assert_rejected(
        |s| s.write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n\nText.\n"),
        &format!("{CARD}:1:1"),
        "never closed; expected a line `---`",
    );
}

#[test]
fn no_front_matter_at_all() {
    assert_rejected(|s| s.write(CARD, "# Kirjastokortti\n\nText.\n"), &format!("{CARD}:1:1"), "expected front matter");
}

#[test]
fn link_to_content_that_does_not_exist() {
    assert_rejected(
        |s| {
            s.write(
                CARD,
                "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n---\n\nKatso myös [kortti](@/services/no-such-card).\n",
            )
        },
        &format!("{CARD}:6:12"),
        "there is no item `services/no-such-card`",
    );
}

#[test]
fn link_to_a_heading_that_does_not_exist() {
    assert_rejected(
        |s| {
            s.write(
                CARD,
                "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n---\n\n[osio](@/training/01-intro#nothing-here)\n",
            )
        },
        &format!("{CARD}:6:1"),
        "has no heading with the id `nothing-here`",
    );
}

#[test]
fn link_in_a_front_matter_field_to_missing_content() {
    assert_rejected(
        |s| {
            s.write(
                CARD,
                "---\ntitle: Kirjastokortti\nsummary: Lainaa.\nsteps:\n  - Katso [tämä](@/pages/missing).\n---\n",
            )
        },
        // At the list item that holds the link, no longer at the `steps:` key.
        &format!("{CARD}:5:5"),
        "there is no item `pages/missing`",
    );
}

#[test]
fn file_named_for_an_unknown_locale() {
    assert_rejected(
        |s| s.write("content/services/library-card/de.md", "---\ntitle: Bibliotheksausweis\nsummary: Bücher.\n---\n"),
        "content/services/library-card/de.md:1:1",
        "`de` is not a configured locale; expected one of fi.md, sv.md, en.md, fi-selko.md",
    );
}

#[test]
fn fluent_syntax_error() {
    assert_rejected(
        |s| s.write("locales/sv/extra.ftl", "hello = Hej\n\nbroken message\n"),
        "locales/sv/extra.ftl:3:",
        "Fluent syntax error",
    );
}

#[test]
fn fluent_message_defined_twice() {
    assert_rejected(
        |s| s.write("locales/en/extra.ftl", "greeting = Hi\ngreeting = Hello\n"),
        "locales/en/extra.ftl:2:1",
        "message `greeting` is defined twice",
    );
}

#[test]
fn tera_syntax_error() {
    assert_rejected(
        |s| {
            s.write(
                "templates/page.html",
                "{% extends \"base.html\" %}\n{% block content %}\n{% if %}\n{% endblock content %}\n",
            )
        },
        "templates/page.html:3:",
        "template syntax error: expected",
    );
}

#[test]
fn template_using_a_missing_interface_string() {
    assert_rejected(
        |s| {
            s.write(
                "templates/glossary.html",
                "{% extends \"base.html\" %}{% block content %}{{ t(key=\"no-such-string\") }}{% endblock content %}",
            )
        },
        "content/glossary/customer/fi.md",
        "no interface string `no-such-string` in locales/fi/*.ftl or its fallback locales",
    );
}

#[test]
fn unknown_key_in_book_toml() {
    assert_rejected(
        |s| s.edit("book.toml", "default-locale = \"fi\"", "default-locale = \"fi\"\noutput-folder = \"out\""),
        "book.toml:5:1",
        "unknown field `output-folder`, expected one of",
    );
}

#[test]
fn unknown_key_in_a_locale_table_of_book_toml() {
    assert_rejected(
        |s| s.edit("book.toml", "name = \"Svenska\"", "name = \"Svenska\"\nfalback = \"fi\""),
        "book.toml:13:1",
        "unknown field `falback`",
    );
}

#[test]
fn book_toml_naming_an_unknown_fallback_locale() {
    assert_rejected(
        |s| {
            s.edit(
                "book.toml",
                "fallback = \"fi\"\n\n[[locale]]\ncode = \"en\"",
                "fallback = \"de\"\n\n[[locale]]\ncode = \"en\"",
            )
        },
        "book.toml:13:12",
        "fallback `de` is not one of the configured locales",
    );
}

#[test]
fn book_toml_that_is_not_toml() {
    assert_rejected(
        |s| s.edit("book.toml", "title = \"Testikaupunki\"", "title = \"Testikaupunki"),
        "book.toml:2:",
        "invalid",
    );
}

#[test]
fn component_block_that_does_not_fit_its_schema() {
    assert_rejected(
        |s| {
            s.write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n---\n\nText.\n\n```story\ntitle: Kirja\nsituaatio: Asiakas tulee.\n```\n")
        },
        &format!("{CARD}:10:1"),
        "in the `story` block: unknown field `situaatio`",
    );
}

#[test]
fn component_block_missing_a_required_field() {
    assert_rejected(
        |s| s.write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n---\n\n```definition\nterm: Asiakas\n```\n"),
        &format!("{CARD}:7:"),
        "in the `definition` block: missing required field `text`",
    );
}

#[test]
fn component_block_naming_a_persona_that_does_not_exist() {
    assert_rejected(
        |s| {
            s.write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n---\n\n```persona-grid\nchannel: chat\nrows:\n  - persona: astronaut\n```\n")
        },
        &format!("{CARD}:6:1"),
        "persona `astronaut` names no item `personas/astronaut`",
    );
}

#[test]
fn service_summary_over_150_characters() {
    let long = "a".repeat(151);
    assert_rejected(
        move |s| s.write(CARD, format!("---\ntitle: Kirjastokortti\nsummary: {long}\n---\n")),
        &format!("{CARD}:3:1"),
        "at most 150 characters",
    );
}

#[test]
fn two_items_with_the_same_slug() {
    assert_rejected(
        |s| s.edit(CARD, "slug: kirjastokortti", "slug: bussikortti"),
        "content/services/",
        "would be written to `fi/palvelut/bussikortti/`",
    );
}

#[test]
fn slug_that_is_not_a_url_segment() {
    assert_rejected(
        |s| s.edit(CARD, "slug: kirjastokortti", "slug: Kirjasto Kortti"),
        // At the value, no longer at the start of its line.
        &format!("{CARD}:3:7"),
        "slug `Kirjasto Kortti` is not a URL segment",
    );
}

#[test]
fn related_item_that_does_not_exist() {
    assert_rejected(
        |s| s.write(CARD_META, "charge-type: free\nrelated: [services/nope]\n"),
        &format!("{CARD_META}:2:11"),
        "item `services/nope` does not exist",
    );
}

#[test]
fn service_card_without_meta_yaml() {
    assert_rejected(|s| s.remove(CARD_META), CARD_META, "a service card needs meta.yaml");
}

#[test]
fn page_layout_without_a_template() {
    assert_rejected(
        |s| s.edit("content/pages/about/fi.md", "slug: tietoa", "slug: tietoa\nlayout: brochure"),
        "content/pages/about/fi.md:4:9",
        "layout `brochure` has no template `brochure.html`",
    );
}

#[test]
fn markdown_file_outside_an_item_folder() {
    assert_rejected(
        |s| s.write("content/services/notes.md", "---\ntitle: x\nsummary: y\n---\n"),
        "content/services/notes.md",
        "outside an item folder",
    );
}

#[test]
fn several_broken_files_are_all_reported_in_one_run() {
    assert_rejected(
        |s| {
            s.write(CARD, "---\ntitle: Kirjastokortti\n---\n");
            s.write("content/glossary/zone/fi.md", "---\ntitle: x\nsummary: y\nextra: z\n---\n");
        },
        "content/glossary/zone/fi.md:4:1",
        "2 errors",
    );
}

#[test]
fn accessibility_statement_date_that_is_not_a_date() {
    assert_rejected(
        |s| s.edit("book.toml", "prepared = \"2026-11-01\"", "prepared = \"1.11.2026\""),
        "book.toml:39:12",
        "`1.11.2026` is not a date; expected YYYY-MM-DD",
    );
}

#[test]
fn section_slug_for_an_unknown_locale() {
    assert_rejected(
        |s| s.edit("book.toml", "en = \"services\"", "de = \"dienste\""),
        "book.toml:31:1",
        "section `services` names locale `de`, which is not configured",
    );
}

#[test]
fn content_strings_and_links_are_all_reported_in_one_run() {
    let site = TestSite::fixture("basic");
    site.write("content/glossary/zone/fi.md", "---\ntitle: x\nsummary: y\nextra: z\n---\n");
    site.write("locales/fi/extra.ftl", "broken = { \n");
    site.edit("content/pages/about/fi.md", "Tämä on", "[puuttuu](@/services/nope)\n\nTämä on");
    site.write(CARD_META, "charge-type: expensive\n");
    site.write("templates/page.html", "<main>{% if %}</main>\n");
    let run = site.build();
    let stderr = run.expect_failure();
    for location in [
        "content/glossary/zone/fi.md:4:1",
        "locales/fi/extra.ftl:2:1",
        "content/pages/about/fi.md:7:1",
        "content/services/library-card/meta.yaml:1:14",
        "templates/page.html:1:",
    ] {
        assert!(stderr.contains(location), "expected `{location}` in:\n{stderr}");
    }
    assert!(stderr.contains("5 errors"), "{stderr}");
}

#[test]
fn strings_templates_and_shared_paths_are_all_reported_in_one_run() {
    let site = TestSite::fixture("basic");
    site.write("locales/fi/extra.ftl", "broken = { \n");
    site.write("templates/page.html", "<main>{% if %}</main>\n");
    site.edit("content/services/library-card/fi.md", "slug: kirjastokortti", "slug: bussikortti");
    let stderr = site.build().expect_failure().to_string();
    for expected in [
        "locales/fi/extra.ftl:2:1",
        "templates/page.html:1:",
        "error: the page would be written to `fi/palvelut/bussikortti/`, which the page (content/services/bus-card/fi.md) already uses; expected a slug of its own\n  --> content/services/library-card/fi.md:3:1",
    ] {
        assert!(stderr.contains(expected), "expected `{expected}` in:\n{stderr}");
    }
    // The not-translated fi-selko page takes the Finnish slug too, and collides as well.
    assert!(stderr.contains("4 errors"), "{stderr}");
}
