//! The generated sites the benchmarks build: four locales (fi, sv, en, fi-selko), a
//! quarter of the pages each, service cards with a meta.yaml of channels and
//! opening hours and Markdown bodies of about 300 words with headings, lists, a
//! table and `@/` links. Shared by `benches/build.rs` and `benches/search.rs`, each
//! of which uses a part of it.
#![allow(dead_code)]

use std::fmt::Write as _;
use std::path::Path;

pub const LOCALES: [(&str, &str); 4] = [("fi", "fi"), ("sv", "sv"), ("en", "en"), ("fi-selko", "selko")];

pub fn words(seed: usize, n: usize) -> String {
    const W: [&str; 24] = [
        "asiakas",
        "palvelu",
        "bussikortti",
        "kirjasto",
        "päiväkoti",
        "hakemus",
        "lomake",
        "neuvonta",
        "puhelin",
        "kaupunki",
        "asiointi",
        "palvelupiste",
        "maksu",
        "aukioloaika",
        "verkko",
        "ohje",
        "tieto",
        "päätös",
        "käsittely",
        "kortti",
        "liikunta",
        "leiri",
        "tulkkaus",
        "palaute",
    ];
    (0..n).map(|i| W[(seed * 7 + i * 13) % W.len()]).collect::<Vec<_>>().join(" ")
}

pub fn body(i: usize, items: usize) -> String {
    let mut b = String::new();
    for s in 0..3 {
        let _ = writeln!(
            b,
            "## Osio {s} {}\n\n{}.\n\n- {}\n- {}\n",
            words(i + s, 2),
            words(i * 3 + s, 70),
            words(i + 1, 6),
            words(i + 2, 6)
        );
    }
    let _ = writeln!(b, "| a | b |\n|---|---|\n| {} | {} |\n", words(i, 2), words(i + 5, 2));
    let _ = writeln!(b, "Katso myös [toinen palvelu](@/services/item-{}).", (i + 1) % items);
    b
}

pub fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(path, text).expect("write");
}

pub fn generate_luukku(dir: &Path, items: usize) {
    let _ = std::fs::remove_dir_all(dir);
    let mut toml =
        String::from("title = \"Bench\"\nbase-url = \"https://bench.example.fi\"\ndefault-locale = \"fi\"\n");
    for (code, prefix) in LOCALES {
        let _ = writeln!(
            toml,
            "\n[[locale]]\ncode = \"{code}\"\nprefix = \"{prefix}\"\nlang = \"{}\"\nname = \"{code}\"",
            &code[..2]
        );
        if code != "fi" {
            toml.push_str("fallback = \"fi\"\n");
        }
    }
    write(&dir.join("book.toml"), &toml);
    for i in 0..items {
        let item = dir.join(format!("content/services/item-{i}"));
        write(
            &item.join("meta.yaml"),
            "example-data: true\ncharge-type: free\nchannels:\n  - type: service-point\n    name: {fi: Piste, sv: Punkt}\n    address: {street: Katu 1, postal-code: \"20100\", city: Turku}\n    hours: [{days: mon-fri, opens: \"08:00\", closes: \"16:00\"}]\n  - type: phone\n    number: \"+358 2 000 1000\"\n",
        );
        for (code, _) in LOCALES {
            let text = format!(
                "---\ntitle: Palvelu {i} {code}\nslug: palvelu-{i}\nsummary: {}.\nkeywords: [{}]\n---\n\n{}",
                words(i, 8),
                words(i, 1),
                body(i, items)
            );
            write(&item.join(format!("{code}.md")), &text);
        }
    }
}
