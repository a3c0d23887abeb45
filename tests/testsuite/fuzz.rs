//! Property tests over hostile input (issue #11): front matter, Markdown with
//! component blocks, `meta.yaml` and `book.toml`, generated from pieces that
//! mix honest text with every kind of trick the URL policy, the placeholder and
//! the bounds are there to stop.
//!
//! The property: loading and rendering never panics, and ends either in an
//! error whose every diagnostic names a file, or in a site whose every `href`
//! and `src` passes the URL policy and which contains no placeholder mark.
//!
//! CI runs a bounded number of cases (`LUUKKU_FUZZ_CASES`, default 24 per
//! target); a long local run sets it higher (see README, "What luukku guarantees"),
//! and `LUUKKU_FUZZ_TRACE=1` prints one line per case to count what built.

use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};

use crate::harness::TestSite;
use crate::safety::{ABOUT, CARD, CARD_META};

fn cases() -> u32 {
    std::env::var("LUUKKU_FUZZ_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24)
}

/// URLs honest and hostile.
fn url() -> impl Strategy<Value = String> {
    let honest = prop_oneof![
        Just("https://www.example.fi/a?b=1#c".to_string()),
        Just("mailto:a@example.fi".to_string()),
        Just("tel:+358401234567".to_string()),
        Just("/polku".to_string()),
        Just("#kohta".to_string()),
        Just("@/services/bus-card".to_string()),
    ];
    let hostile = prop_oneof![
        Just("@/services/missing".to_string()),
        Just("@/training/01-intro#nothing".to_string()),
        Just("javascript:alert(1)".to_string()),
        Just(" JaVaScRiPt:alert(1)".to_string()),
        Just("jav&#x61;script:alert(1)".to_string()),
        Just("data:text/html,<script>x</script>".to_string()),
        Just("vbscript:x".to_string()),
        Just("//evil.example".to_string()),
        Just("/\\evil.example".to_string()),
        Just("java\nscript:x".to_string()),
        "[a-z:/.#?@&;%\\\\ -]{0,24}",
    ];
    // Mostly honest, so that many cases build and their links are checked.
    prop_oneof![4 => honest, 1 => hostile]
}

/// Short texts, including the placeholder mark, NFD letters and markup.
fn text() -> impl Strategy<Value = String> {
    let honest = prop_oneof![
        Just("Kirjastokortti".to_string()),
        Just("Ääni ja ele".to_string()),
        Just("Bussikortti & <b>lihava</b>".to_string()),
        "[a-zA-ZåäöÅÄÖ ,.]{1,16}",
    ];
    let tricky = prop_oneof![
        Just("A\u{308}a\u{308}ni".to_string()),
        Just("\u{e000}0\u{e000}".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("\"quoted\" 'single' & <b>".to_string()),
        "\\PC{0,16}",
    ];
    prop_oneof![4 => honest, 1 => tricky]
}

/// One piece of a Markdown body.
fn block() -> impl Strategy<Value = String> {
    prop_oneof![
        text(),
        text().prop_map(|t| format!("## {t}")),
        (text(), url()).prop_map(|(t, u)| format!("[{t}]({u})")),
        (text(), url()).prop_map(|(t, u)| format!("![{t}]({u} \"{t}\")")),
        url().prop_map(|u| format!("<a href=\"{u}\">x</a>")),
        url().prop_map(|u| format!("<img src='{u}'>")),
        prop_oneof![Just("main"), Just("search"), Just("oma"), Just("toc-title")]
            .prop_map(|id| format!("<div id=\"{id}\">x</div>")),
        Just("<input type=password><form action=x>".to_string()),
        (1usize..100).prop_map(|n| ">".repeat(n) + " syvä"),
        (1usize..100).prop_map(|n| "<div>".repeat(n)),
        text().prop_map(|t| format!("```story\ntitle: {t:?}\nsituation: x\n```")),
        text().prop_map(|t| format!("```callout\n{t}\n```")),
        text().prop_map(|t| format!("```{t}\ncode\n```")),
        text().prop_map(|t| format!("`{t}`")),
        Just("- [ ] tehtävä\n- [x] tehty".to_string()),
    ]
}

fn body() -> impl Strategy<Value = String> {
    prop::collection::vec(block(), 0..12).prop_map(|b| b.join("\n\n"))
}

fn front_matter() -> impl Strategy<Value = String> {
    (
        text(),
        prop_oneof![Just("tietoa".to_string()), "[a-zA-Z0-9 -]{0,12}"],
        text(),
        prop::collection::vec(text(), 0..3),
    )
        .prop_map(|(title, slug, summary, keywords)| {
            format!("title: {title:?}\nslug: {slug:?}\nsummary: {summary:?}\nkeywords: {keywords:?}\n")
        })
}

fn hours() -> impl Strategy<Value = String> {
    ("[0-9]{1,2}:[0-9]{2}", "[0-9]{1,2}:[0-9]{2}", prop_oneof![Just("mon-fri"), Just("sat"), Just("sun-mon")])
        .prop_map(|(o, c, d)| format!("      - {{days: {d}, opens: \"{o}\", closes: \"{c}\"}}\n"))
}

fn channel() -> impl Strategy<Value = String> {
    prop_oneof![
        (url(), prop::collection::vec(hours(), 0..3)).prop_map(|(u, h)| {
            format!("  - type: web-page\n    url: {u:?}\n    hours:\n{}", if h.is_empty() { "      []\n".into() } else { h.concat() })
        }),
        ("[0-9 +()a-z-]{0,12}").prop_map(|n| format!("  - type: phone\n    number: {n:?}\n")),
        (text()).prop_map(|a| format!("  - type: email\n    address: {a:?}\n")),
        (-200.0f64..200.0, -200.0f64..200.0).prop_map(|(lat, lon)| format!(
            "  - type: service-point\n    name: P\n    address: {{street: K, postal-code: \"1\", city: T}}\n    coordinates: {{lat: {lat}, lon: {lon}}}\n"
        )),
    ]
}

fn meta_yaml() -> impl Strategy<Value = String> {
    prop::collection::vec(channel(), 0..4).prop_map(|c| format!("charge-type: free\nchannels:\n{}", c.concat()))
}

fn book_toml() -> impl Strategy<Value = String> {
    let base = std::fs::read_to_string(crate::harness::fixtures().join("basic/book.toml")).expect("book.toml");
    let base_url = prop_oneof![3 => Just("https://test.example.fi/opas".to_string()), 1 => url()];
    let theme = prop_oneof![3 => Just("default".to_string()), 1 => "[a-z./]{0,10}"];
    let out = prop_oneof![3 => Just("public".to_string()), 1 => "[a-z./]{0,8}"];
    (base_url, url(), url(), theme, out).prop_map(move |(base_url, authority, feedback, theme, out)| {
        base.replace("\"https://test.example.fi/opas\"", &format!("{base_url:?}"))
            .replace("\"https://valvonta.example.fi\"", &format!("{authority:?}\nfeedback-url = {feedback:?}"))
            .replace(
                "default-locale = \"fi\"",
                &format!("default-locale = \"fi\"\ntheme = {theme:?}\noutput-dir = {out:?}"),
            )
    })
}

/// Loads and renders the site in process; checks the property.
fn holds(site: &TestSite) -> Result<(), TestCaseError> {
    let loaded = luukku::Site::load(site.root()).and_then(|s| s.render(&|| {}));
    if std::env::var_os("LUUKKU_FUZZ_TRACE").is_some() {
        let first = loaded.as_ref().err().and_then(|e| e.to_string().lines().next().map(str::to_string));
        eprintln!("fuzz case: {}", first.map_or("built".to_string(), |l| format!("error {l}")));
    }
    match loaded {
        Err(e) => {
            for d in e.diagnostics() {
                prop_assert!(!d.path.as_os_str().is_empty(), "a diagnostic names no file: {d}");
            }
            prop_assert!(!e.to_string().trim().is_empty());
        }
        Ok(output) => {
            for (path, bytes) in &output.files {
                let Some(html) = path.extension().filter(|x| *x == "html").and(std::str::from_utf8(bytes).ok()) else {
                    continue;
                };
                prop_assert!(!html.contains('\u{e000}'), "a placeholder mark in {}", path.display());
                for url in attribute_urls(html) {
                    prop_assert!(
                        luukku::config::url_policy::check(&url).is_ok(),
                        "{} links to {url:?}",
                        path.display()
                    );
                }
            }
        }
    }
    Ok(())
}

/// Every `href="…"` and `src="…"` value of a page, entities decoded.
fn attribute_urls(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for attr in [" href=\"", " src=\""] {
        for part in html.split(attr).skip(1) {
            let value = part.split('"').next().unwrap_or("");
            out.push(value.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'"));
        }
    }
    out
}

fn run<S: Strategy<Value = String>>(file: &str, wrap: impl Fn(&str) -> String, strategy: S) {
    let site = TestSite::fixture("basic");
    let mut runner = TestRunner::new(Config { cases: cases(), failure_persistence: None, ..Config::default() });
    runner
        .run(&strategy, |input| {
            site.write(file, wrap(&input));
            holds(&site)
        })
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn hostile_front_matter_never_escapes() {
    run(CARD, |fm| format!("---\n{fm}---\n\nTeksti.\n"), front_matter());
}

#[test]
fn hostile_markdown_with_component_blocks_never_escapes() {
    run(ABOUT, |b| format!("---\ntitle: Tietoa\nslug: tietoa\nsummary: x\n---\n\n{b}\n"), body());
}

#[test]
fn hostile_meta_yaml_never_escapes() {
    run(CARD_META, str::to_string, meta_yaml());
}

#[test]
fn hostile_book_toml_never_escapes() {
    run("book.toml", str::to_string, book_toml());
}
