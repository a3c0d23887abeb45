//! Nothing a site's files can say escapes the site (issue #11): the URL policy,
//! the reading rule, the output rule and the placeholder. Each test breaks the
//! fixture in one hostile way and checks the exit status, the file:line in the
//! message, that the previous output is untouched, and that nothing dangerous
//! exists anywhere in the output folder.

use std::path::Path;

use crate::harness::{files_under, TestSite};

pub const CARD: &str = "content/services/library-card/fi.md";
pub const CARD_META: &str = "content/services/library-card/meta.yaml";
pub const ABOUT: &str = "content/pages/about/fi.md";

/// Builds the fixture, breaks it, builds again: a clean failure naming
/// `location` and `message`, the old output untouched and harmless.
pub fn rejected(damage: impl FnOnce(&TestSite), location: &str, message: &str) -> TestSite {
    let site = TestSite::fixture("basic");
    site.build_ok();
    let before = site.output_files();
    damage(&site);
    let run = site.build();
    let stderr = run.expect_failure().to_string();
    assert!(stderr.contains(location), "expected the location `{location}` in:\n{stderr}");
    assert!(stderr.contains(message), "expected `{message}` in:\n{stderr}");
    assert!(site.output_files() == before, "a failed build changed the previous output");
    assert_nothing_dangerous(&site.out());
    site
}

/// No script URL, secret, password field or forged robots rule in any file under `dir`.
pub fn assert_nothing_dangerous(dir: &Path) {
    for (path, bytes) in files_under(dir) {
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for bad in
            ["javascript:", "vbscript:", "=\"data:", "root:x:0:0", "secret-outside", "type=\"password\"", "\u{e000}"]
        {
            assert!(!text.contains(bad), "`{bad}` in {}", path.display());
        }
        if path.ends_with("robots.txt") {
            assert!(!text.contains("disallow"), "a forged rule in robots.txt:\n{text}");
        }
    }
}

fn channel(url: &str) -> String {
    format!("charge-type: free\nchannels:\n  - type: web-page\n    url: {url:?}\n")
}

#[test]
fn channel_urls_with_script_data_or_disguised_schemes_are_refused() {
    for url in ["javascript:alert(document.domain)", "JaVaScRiPt:alert(1)", "data:text/html,x", "vbscript:x"] {
        rejected(|s| s.write(CARD_META, channel(url)), &format!("{CARD_META}:3:"), "which luukku does not publish");
    }
    for url in [" javascript:alert(1)", "java\tscript:x"] {
        rejected(|s| s.write(CARD_META, channel(url)), &format!("{CARD_META}:3:"), "line break or control character");
    }
}

#[test]
fn markdown_links_images_and_raw_html_pass_the_url_policy() {
    let page = |body: &str| format!("---\ntitle: Tietoa\nslug: tietoa\nsummary: x\n---\n\n{body}\n");
    rejected(|s| s.write(ABOUT, page("[a](javascript:alert(1))")), &format!("{ABOUT}:7:1"), "`javascript:`");
    rejected(|s| s.write(ABOUT, page("x ![i](data:image/png;base64,AA)")), &format!("{ABOUT}:7:3"), "`data:`");
    rejected(
        |s| s.write(ABOUT, page("<a href=\"jav&#x61;script:alert(1)\">x</a>")),
        &format!("{ABOUT}:7:1"),
        "in raw HTML `<a href>`",
    );
    rejected(|s| s.write(ABOUT, page("[a](//evil.example)")), &format!("{ABOUT}:7:1"), "starts with `//`");
}

#[test]
fn a_markdown_file_linked_from_outside_the_root_is_neither_published_nor_indexed() {
    let outside = tempfile::tempdir().expect("tmp");
    let secret = outside.path().join("fi.md");
    std::fs::write(&secret, "---\ntitle: Secret-outside\nsummary: secret-outside\n---\n\nsecret-outside\n").expect("w");
    let site = rejected(
        |s| {
            s.remove(CARD);
            std::os::unix::fs::symlink(&secret, s.path(CARD)).expect("link");
        },
        CARD,
        "is a symbolic link that leads outside the site root",
    );
    assert!(!site.build().stderr.to_lowercase().contains("secret-outside"));
}

#[test]
fn a_meta_yaml_linked_to_a_secret_never_shows_its_contents() {
    let outside = tempfile::tempdir().expect("tmp");
    let secret = outside.path().join("passwd");
    std::fs::write(&secret, "root:x:0:0:secret-outside:/root:/bin/sh\n").expect("w");
    let site = rejected(
        |s| {
            s.remove(CARD_META);
            std::os::unix::fs::symlink(&secret, s.path(CARD_META)).expect("link");
        },
        CARD_META,
        "leads outside the site root",
    );
    let stderr = site.build().stderr;
    assert!(!stderr.contains("root:x:0:0") && !stderr.contains("secret-outside"), "{stderr}");
    assert!(!stderr.contains("needs meta.yaml"), "the refused file is reported once:\n{stderr}");
}

#[test]
fn the_placeholder_character_cannot_come_from_content() {
    let page = |body: &str| format!("---\ntitle: Tietoa\nslug: tietoa\nsummary: x\n---\n\n{body}\n");
    for (body, column) in [
        ("[a](https://x.fi \"t\u{e000}0\u{e000}\")", 20),
        ("`\u{e000}0\u{e000}`", 2),
        ("## Otsikko {#a\u{e000}0\u{e000}}", 15),
        ("```x\u{e000}0\u{e000}\ncode\n```", 5),
    ] {
        rejected(|s| s.write(ABOUT, page(body)), &format!("{ABOUT}:7:{column}"), "contains U+E000");
    }
}

#[test]
fn a_theme_path_leading_outside_the_root_is_refused() {
    rejected(
        |s| s.edit("book.toml", "default-locale = \"fi\"", "default-locale = \"fi\"\ntheme = \"../../somewhere\""),
        "book.toml:5:9",
        "theme `../../somewhere` is not a folder name under themes/",
    );
}

#[test]
fn a_base_url_with_a_line_break_is_refused_and_robots_txt_keeps_its_rules() {
    rejected(
        |s| s.edit("book.toml", "\"https://test.example.fi/opas\"", "\"https://test.example.fi/\\nDisallow: /\""),
        "book.toml:3:12",
        "base-url: URL `https://test.example.fi/\\nDisallow: ` contains a space, line break",
    );
}

#[test]
fn raw_html_may_not_take_the_templates_ids() {
    rejected(
        |s| s.edit(ABOUT, "Tämä on", "<div id=\"main\">x</div>\n<p id=\"search-page-q\">y</p>\n\nTämä on"),
        &format!("{ABOUT}:7:1"),
        "raw HTML sets id `main`, which the page template uses itself",
    );
}

#[test]
fn password_fields_and_forms_in_raw_html_are_not_published() {
    let site = TestSite::fixture("basic");
    site.edit(ABOUT, "Tämä on", "<form><input type=password name=pw><input type=\"password\"></form>\n\nTämä on");
    site.build_ok();
    let about = site.read("fi/tietoa/index.html");
    let main = crate::harness::main_of(&about);
    assert!(!main.contains("<form") && !main.contains("<input") && !about.contains("password"), "{main}");
    assert_nothing_dangerous(&site.out());
}

#[test]
fn output_dir_naming_the_root_a_source_folder_or_nothing_is_refused() {
    for (value, message) in [
        ("\"\"", "output-dir: is empty"),
        ("\".\"", "is the site root itself"),
        ("\"content\"", "is inside `content/`, which holds the site's sources"),
        ("\"themes\"", "is inside `themes/`"),
        ("\"content/services\"", "is inside `content/`"),
        ("\"..\"", "holds the site root"),
    ] {
        let site = rejected(
            |s| {
                s.edit(
                    "book.toml",
                    "default-locale = \"fi\"",
                    &format!("default-locale = \"fi\"\noutput-dir = {value}"),
                )
            },
            "book.toml:5:14",
            message,
        );
        assert!(site.path(CARD).is_file() && site.path("book.toml").is_file(), "sources were touched");
    }
}

#[test]
fn out_flag_naming_the_root_or_a_file_is_refused_and_nothing_moves() {
    let site = TestSite::fixture("basic");
    let root = site.root().to_string_lossy().into_owned();
    let run = site.run(&["build", "--out", &root]);
    assert!(run.expect_failure().contains("is the site root itself"), "{}", run.stderr);
    assert!(site.path("book.toml").is_file() && site.path(CARD).is_file());
    let file = site.path("notes.txt");
    std::fs::write(&file, "keep me").expect("w");
    let run = site.run(&["build", "--out", &file.to_string_lossy()]);
    assert!(run.expect_failure().contains("is a file (or a link), not a folder"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(&file).expect("r"), "keep me");
    assert!(!site.path(".notes.txt.old").exists() && !site.path(".notes.txt.staging").exists());
}

#[test]
fn helper_folders_beside_the_output_are_deleted_only_when_they_are_ours() {
    let site = TestSite::fixture("basic");
    site.write(".public.staging/work.txt", "someone's work");
    let run = site.build();
    assert!(run.expect_failure().contains(".public.staging` is in the way"), "{}", run.stderr);
    assert!(site.path(".public.staging/work.txt").is_file());
    site.write(".public.old/work.txt", "someone's work");
    std::fs::remove_dir_all(site.path(".public.staging")).expect("rm");
    assert!(site.build().expect_failure().contains(".public.old` is in the way"));
    assert!(site.path(".public.old/work.txt").is_file());
    // A staging folder left by an interrupted build of ours is cleared.
    std::fs::remove_dir_all(site.path(".public.old")).expect("rm");
    site.write(".public.staging/.luukku-build", "");
    site.write(".public.staging/half-written.html", "");
    site.build_ok();
    assert!(!site.path(".public.staging").exists() && !site.exists(".luukku-build"));
    assert!(!site.exists("half-written.html"));
}

#[test]
fn a_placeholder_decoded_from_an_entity_or_escape_is_refused() {
    let page = |body: &str| format!("---\ntitle: Tietoa\nslug: tietoa\nsummary: x\n---\n\n{body}\n");
    for (body, column) in [
        ("[a](https://x.fi \"&#xE000;0&#xE000;\")", 1),
        ("x &#57344;0&#57344;", 1),
        ("<span title=\"&#xe000;0&#xe000;\">x</span>", 1),
        ("<p>&#xE000;0&#xE000;</p>", 1),
        ("```callout\ntext: \"\\ue0000\\ue000\"\n```", 7),
    ] {
        let line = if column == 7 { 8 } else { 7 };
        rejected(|s| s.write(ABOUT, page(body)), &format!("{ABOUT}:{line}:"), "U+E000");
    }
    rejected(
        |s| s.edit(CARD, "title: Kirjastokortti", "title: \"\\ue000\""),
        &format!("{CARD}:2:"),
        "decodes to U+E000",
    );
}
