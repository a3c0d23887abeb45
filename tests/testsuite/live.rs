//! The live preview's incremental rebuilds: after any series of edits, what it
//! serves is byte-identical to a clean build of the same files, and an edit
//! renders only the pages that read what changed.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use luukku::serve::watch::classify;
use luukku::site::live::{Change, LiveSite, Patch};
use luukku::Site;

use crate::harness::TestSite;

const GLOSSARY_TEMPLATE: &str = include_str!("../../themes/default/templates/glossary.html");

/// The files a live site serves, kept up to date from its patches.
struct Mirror {
    live: LiveSite,
    root: PathBuf,
    files: BTreeMap<PathBuf, Vec<u8>>,
}

impl Mirror {
    fn new(site: &TestSite) -> Mirror {
        let (live, patch) = LiveSite::load(site.root()).expect("the fixture loads");
        let mut m = Mirror { live, root: site.root().to_path_buf(), files: BTreeMap::new() };
        m.take(patch);
        m
    }

    fn take(&mut self, patch: Patch) {
        for p in patch.remove {
            self.files.remove(&p);
        }
        self.files.extend(patch.put);
    }

    /// Tells the live site that `paths` changed, as the watcher would; returns the
    /// number of pages rendered again.
    fn changed(&mut self, paths: &[PathBuf]) -> usize {
        let theme = self.root.join("themes").join("default");
        let changes: Vec<Change> =
            paths.iter().filter_map(|p| classify(&self.root, &theme, p)).collect::<BTreeSet<_>>().into_iter().collect();
        assert!(!changes.is_empty(), "no change classified for {paths:?}");
        let (patch, locales) = self.live.apply(&changes);
        let pages = patch.pages;
        self.take(patch);
        let search = self.live.reindex(&locales);
        self.take(search);
        pages
    }

    fn assert_equals_clean_build(&self, step: &str) {
        assert_eq!(self.live.errors(), Vec::new(), "after {step}");
        let clean = Site::load(&self.root).and_then(|s| s.render(&|| {})).expect("a clean build").files;
        let served: BTreeSet<&PathBuf> = self.files.keys().collect();
        let built: BTreeSet<&PathBuf> = clean.keys().collect();
        assert_eq!(served, built, "after {step}: the served files differ from a clean build's");
        for (path, bytes) in &clean {
            let served = self.files.get(path).map(Vec::as_slice).unwrap_or_default();
            if served != bytes.as_slice() {
                let at = served.iter().zip(bytes).position(|(a, b)| a != b).unwrap_or(served.len().min(bytes.len()));
                let around =
                    |b: &[u8]| String::from_utf8_lossy(&b[at.saturating_sub(80)..(at + 80).min(b.len())]).to_string();
                panic!(
                    "after {step}: {} differs from a clean build:\nserved: …{}…\nclean:  …{}…",
                    path.display(),
                    around(served),
                    around(bytes)
                );
            }
        }
    }
}

/// A small deterministic generator (xorshift), so a failing series can be replayed.
struct Steps(u64);

impl Steps {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn toggle(site: &TestSite, rel: &str, contents: &str) -> PathBuf {
    if site.path(rel).exists() {
        site.remove(rel);
    } else {
        site.write(rel, contents);
    }
    site.path(rel)
}

fn replace_or_back(site: &TestSite, rel: &str, a: &str, b: &str) -> PathBuf {
    if site.read_source(rel).contains(b) {
        site.edit(rel, b, a);
    } else {
        site.edit(rel, a, b);
    }
    site.path(rel)
}

/// One kind of edit an author makes; returns the paths it touched.
fn edit(site: &TestSite, which: usize, n: usize) -> Vec<PathBuf> {
    let card = "content/services/bus-card";
    match which {
        0 => {
            let rel = ["content/services/bus-card/fi.md", "content/services/library-card/en.md", "content/training/01-intro/sv.md"][n % 3];
            let text = site.read_source(rel);
            site.write(rel, format!("{text}\nLisätty kappale {n}.\n"));
            vec![site.path(rel)]
        }
        1 => vec![replace_or_back(site, &format!("{card}/fi.md"), "title: Bussikortti\n", "title: Matkakortti\n")],
        2 => vec![replace_or_back(site, &format!("{card}/sv.md"), "slug: busskort\n", "slug: resekort\n")],
        3 => vec![replace_or_back(
            site,
            "content/services/library-card/en.md",
            "The card is free.\n",
            "The card is free.\n\n## Where to get one\n\nAt any library.\n",
        )],
        4 => vec![toggle(
            site,
            "content/services/library-card/sv.md",
            "---\ntitle: Bibliotekskort\nslug: bibliotekskort\nsummary: Låna böcker med kortet.\n---\n\nKortet är gratis.\n",
        )],
        5 => {
            let rel = "content/glossary/new-term/fi.md";
            if site.path(rel).exists() {
                std::fs::remove_dir_all(site.path("content/glossary/new-term")).expect("remove item");
            } else {
                site.write(rel, "---\ntitle: Uusi termi\nsummary: Aivan uusi sana.\n---\n\nSelitys.\n");
            }
            vec![site.path("content/glossary/new-term")]
        }
        6 => vec![toggle(site, "templates/glossary.html", &GLOSSARY_TEMPLATE.replace("</main>", "<p>override</p></main>"))],
        7 => vec![toggle(site, "locales/sv/extra.ftl", "main-navigation = Navigering\n")],
        8 => vec![replace_or_back(site, "book.toml", "title = \"Testikaupunki\"", "title = \"Koekaupunki\"")],
        _ => vec![replace_or_back(site, "content/training/01-intro/fi.md", "title: ", "title: Uusi ")],
    }
}

#[test]
fn after_a_random_series_of_edits_the_served_site_equals_a_clean_build() {
    for seed in [0x9e37_79b9_7f4a_7c15_u64, 0x2545_f491_4f6c_dd1d] {
        let site = TestSite::fixture("basic");
        let mut mirror = Mirror::new(&site);
        mirror.assert_equals_clean_build("loading");
        let mut steps = Steps(seed);
        for step in 0..24 {
            let which = steps.next(10);
            let paths = edit(&site, which, step);
            mirror.changed(&paths);
            if step % 4 == 3 {
                mirror.assert_equals_clean_build(&format!("step {step} (edit {which}, seed {seed:x})"));
            }
        }
        mirror.assert_equals_clean_build(&format!("the last step (seed {seed:x})"));
    }
}

#[test]
fn a_body_edit_renders_only_that_page_and_a_title_edit_the_pages_that_show_it() {
    let site = TestSite::fixture("basic");
    let mut mirror = Mirror::new(&site);
    let rel = "content/services/library-card/en.md";
    let text = site.read_source(rel);
    site.write(rel, format!("{text}\nOne more paragraph.\n"));
    assert_eq!(mirror.changed(&[site.path(rel)]), 1, "a body edit renders its own page only");
    site.edit("content/services/library-card/fi.md", "title: Kirjastokortti", "title: Lainakortti");
    let pages = mirror.changed(&[site.path("content/services/library-card/fi.md")]);
    // Its fi, fi-selko and sv pages (sv and fi-selko fall back to Finnish), the
    // service index and front page of those locales, pages linking to it, the sitemap.
    assert!((5..30).contains(&pages), "a title edit rendered {pages} pages");
    for page in ["fi/palvelut/index.html", "fi/index.html", "sv/tjanster/kirjastokortti/index.html"] {
        let html = String::from_utf8_lossy(&mirror.files[Path::new(page)]).to_string();
        assert!(html.contains("Lainakortti"), "{page} does not show the new title");
    }
    mirror.assert_equals_clean_build("a title edit");
}

#[test]
fn a_broken_edit_keeps_the_last_good_pages_and_the_fix_clears_it() {
    let site = TestSite::fixture("basic");
    let mut mirror = Mirror::new(&site);
    let before = mirror.files.clone();
    let rel = "content/services/bus-card/en.md";
    let good = site.read_source(rel);
    site.write(rel, "---\ntitle: [unclosed\n---\n\nText.\n");
    mirror.changed(&[site.path(rel)]);
    let errors: Vec<String> = mirror.live.errors().iter().map(ToString::to_string).collect();
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].starts_with("content/services/bus-card/en.md:2:"), "{errors:?}");
    assert!(mirror.files == before, "a broken edit changed the served pages");
    site.write(rel, good);
    mirror.changed(&[site.path(rel)]);
    mirror.assert_equals_clean_build("the fix");
}
