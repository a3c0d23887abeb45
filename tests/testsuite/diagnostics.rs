//! The rendered diagnostics, as a person sees them: rustc's layout (code,
//! message, `--> file:line:col`, the source line with the bad value underlined,
//! what was expected, `= help:`), plain when stderr is not a terminal and with
//! ANSI colour when forced. One snapshot pair per kind of problem. Update with
//! `INSTA_UPDATE=always cargo test`.

use std::process::Command;

use crate::harness::TestSite;

const CARD: &str = "content/services/library-card/fi.md";
const CARD_META: &str = "content/services/library-card/meta.yaml";

/// How a build of `site` reports its failure on stderr, with the given colour settings.
fn stderr_of(site: &TestSite, envs: &[(&str, &str)]) -> String {
    let mut command = Command::new(env!("CARGO_BIN_EXE_luukku"));
    command.args(["build", "--root"]).arg(site.root()).env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
    for (k, v) in envs {
        command.env(k, v);
    }
    let out = command.output().expect("run luukku");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(1), "expected a clean failure:\n{stderr}");
    stderr
}

/// The fixture broken by `damage`: the plain report and the coloured one (escape
/// characters shown as `␛` so the snapshot is readable).
fn reports(damage: impl FnOnce(&TestSite)) -> (String, String) {
    let site = TestSite::fixture("basic");
    damage(&site);
    let plain = stderr_of(&site, &[]);
    let color = stderr_of(&site, &[("CLICOLOR_FORCE", "1")]);
    assert!(!plain.contains('\u{1b}'), "plain output has escapes:\n{plain}");
    assert!(color.contains("\u{1b}["), "forced colour has no escapes:\n{color}");
    (plain, color.replace('\u{1b}', "␛"))
}

macro_rules! snapshot_pair {
    ($name:ident, $damage:expr) => {
        #[test]
        fn $name() {
            let (plain, terminal) = reports($damage);
            insta::assert_snapshot!(concat!(stringify!($name), "_plain"), plain);
            insta::assert_snapshot!(concat!(stringify!($name), "_terminal"), terminal);
        }
    };
}

snapshot_pair!(unknown_field_with_hint, |s| s
    .write(CARD, "---\ntitle: Kirjastokortti\nsumary: Lainaa kirjoja.\n---\n\nText.\n"));

snapshot_pair!(wrong_type, |s| s
    .write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\nkeywords: 5\n---\n\nText.\n"));

snapshot_pair!(bad_value_inside_a_channel, |s| {
    s.write(
    CARD_META,
    "charge-type: free\nchannels:\n  - type: phone\n    number: \"+358 2 000 1000\"\n    hours:\n      - days: mon-fri\n        opens: \"25:00\"\n        closes: \"16:00\"\n"
)
});

snapshot_pair!(duplicate_key, |s| s.write(
    CARD,
    "---\ntitle: Kirjastokortti\nslug: kirjastokortti\nsummary: Lainaa.\ntitle: Kirjastokortti 2\n---\n\nText.\n"
));

snapshot_pair!(yaml_syntax_error, |s| s
    .write(CARD, "---\ntitle: Kirjastokortti\nsummary: \"Lainaa kirjoja.\n---\n\nText.\n"));

snapshot_pair!(bad_front_matter_delimiters, |s| s
    .write(CARD, "---\ntitle: Kirjastokortti\nsummary: Lainaa.\n\nText.\n"));

snapshot_pair!(toml_error_in_book_toml, |s| s.edit("book.toml", "base-url = ", "base-url = = "));

snapshot_pair!(template_error, |s| s.write("templates/page.html", "<main>{% if %}</main>\n"));

#[test]
fn no_color_wins_over_a_forced_colour() {
    let site = TestSite::fixture("basic");
    site.write(CARD, "---\ntitle: Kirjastokortti\nsumary: Lainaa.\n---\n");
    let stderr = stderr_of(&site, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]);
    assert!(!stderr.contains('\u{1b}'), "{stderr}");
    assert!(stderr.contains("= help: did you mean `summary`?"), "{stderr}");
}

#[test]
fn every_bad_field_of_a_file_is_reported_each_at_its_value() {
    let site = TestSite::fixture("basic");
    site.write(
        CARD_META,
        "charge-type: expensive\nchannels:\n  - type: phone\n    number: \"+358 2 000 1000\"\n    hours: [{days: mon-fir, opens: \"08:00\", closes: \"16:00\"}]\n  - type: chat\n    url: https://example.fi\n    hours-of-day: x\n",
    );
    let stderr = stderr_of(&site, &[]);
    for expected in [
        "error[E005]: unknown variant `expensive`",
        "--> content/services/library-card/meta.yaml:1:14",
        "error[E005]: `fir` is not a weekday",
        "--> content/services/library-card/meta.yaml:5:20",
        "error[E003]: unknown field `hours-of-day`",
        "--> content/services/library-card/meta.yaml:8:5",
        "3 errors",
    ] {
        assert!(stderr.contains(expected), "expected `{expected}` in:\n{stderr}");
    }
}

#[test]
fn a_missing_field_that_is_only_misspelt_is_reported_once() {
    let site = TestSite::fixture("basic");
    site.write(CARD, "---\ntitle: Kirjastokortti\nsumary: Lainaa.\n---\n");
    let stderr = stderr_of(&site, &[]);
    assert!(stderr.contains("unknown field `sumary`"), "{stderr}");
    assert!(!stderr.contains("missing required field"), "{stderr}");
}

#[test]
fn a_locale_code_that_is_not_configured_is_pointed_at_in_its_text() {
    let site = TestSite::fixture("basic");
    site.write(CARD_META, "producers:\n  - sector: city\n    name: {fi: Kaupunki, de: Stadt}\n");
    let stderr = stderr_of(&site, &[]);
    assert!(stderr.contains("error[E010]: `de` is not a configured locale"), "{stderr}");
    assert!(stderr.contains("--> content/services/library-card/meta.yaml:3:26"), "{stderr}");
    assert!(
        stderr.contains("3 |     name: {fi: Kaupunki, de: Stadt}\n  |                          ^^ expected one of"),
        "{stderr}"
    );
}

#[test]
fn yaml_nested_too_deep_is_a_located_error_not_a_crash() {
    for (yaml, location) in [
        // Block nesting beyond the limit: refused where it goes too deep.
        ((0..200).map(|i| format!("{}- \n", "  ".repeat(i))).collect::<String>(), ":65:"),
        // Flow nesting far beyond it: the parser's own limit, located.
        (format!("related: {}\n", "[".repeat(100_000)), ":1:"),
        // Shallow lists that nest deep only through aliases.
        (
            (1..12).fold(String::from("a: &a [[[[[[[[[[1]]]]]]]]]]\n"), |mut s, i| {
                let prev = if i == 1 { "a".to_string() } else { format!("b{}", i - 1) };
                s.push_str(&format!("b{i}: &b{i} [[[[[[[[[*{prev}]]]]]]]]]\n"));
                s
            }),
            ":7:",
        ),
    ] {
        let site = TestSite::fixture("basic");
        site.write(CARD_META, yaml);
        let stderr = stderr_of(&site, &[]);
        assert!(stderr.contains("error[E007]: the YAML is nested more than"), "{stderr}");
        assert!(stderr.contains(&format!("--> {CARD_META}{location}")), "{stderr}");
    }
}
