//! `luukku new KIND SLUG`: one item folder with `meta.yaml` where the kind has
//! one, and a file per configured locale with the required front matter filled in.
//!
//! The text of each file comes from a skeleton per section and language
//! (`skeletons/<section>/<locale>.md`): the locale's own code (`fi-selko`), else
//! its `lang` (`sv`), else English. Optional fields are shown as YAML comments, so
//! a writer sees what the kind can carry without the file failing to load.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{stamp, write_staged, Written};
use crate::builtin;
use crate::config::{Config, Locale};
use crate::content::Kind;
use crate::{Error, Result};

/// The longest folder name `new` accepts.
const MAX_SLUG: usize = 64;

/// Creates `content/<section>/<slug>/` for an item of `kind` in the site at `root`.
/// A training module's slug gets the next free number prefix (`12-`) unless it
/// has one. `today` (ISO `YYYY-MM-DD`) is a new service card's review date.
pub fn new_item(root: &Path, kind: Kind, slug: &str, today: &str) -> Result<Written> {
    let config = Config::load(root)?;
    check_slug(slug)?;
    let section = root.join("content").join(kind.dir_name());
    let name = match kind {
        Kind::Training if !has_number_prefix(slug) => format!("{:02}-{slug}", next_module_number(&section)),
        _ => slug.to_string(),
    };
    let dir = section.join(&name);
    if crate::fs::exists(&dir) {
        return Err(Error::Message(format!(
            "`{}` already exists; choose another name (nothing was written)",
            crate::fs::shown(root, &dir).display()
        )));
    }
    let title = title_from(&name);
    let mut texts = BTreeMap::new();
    for locale in &config.locales {
        let skeleton = skeleton_for(kind, locale)
            .ok_or_else(|| Error::Message(format!("no skeleton for a {} in locale `{}`", kind.code(), locale.code)))?;
        texts.insert(locale.code.clone(), fill(skeleton, &title, today));
    }
    stamp::stamp(&config, &mut texts);
    let mut files: Vec<(PathBuf, String)> =
        texts.into_iter().map(|(code, text)| (PathBuf::from(format!("{code}.md")), text)).collect();
    if let Some(meta) = builtin::skeleton(kind.dir_name(), "meta.yaml") {
        files.insert(0, (PathBuf::from("meta.yaml"), fill(meta, &title, today)));
    }
    crate::fs::create_dir_all(&section)?;
    let staging = section.join(format!(".{name}.luukku-new"));
    if crate::fs::exists(&staging) {
        crate::fs::remove_dir_all(&staging)?;
    }
    write_staged(&staging, &files)?;
    if let Err(e) = crate::fs::rename(&staging, &dir) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    Ok(Written { dir: crate::fs::shown(root, &dir), files: files.into_iter().map(|(p, _)| p).collect() })
}

/// A folder name: lower-case ASCII letters and digits in `-`-separated words.
fn check_slug(slug: &str) -> Result<()> {
    // A URL segment as the config accepts one, in whole words (no `--`), short
    // enough to leave room for a number prefix.
    let ok = crate::config::is_url_segment(slug) && slug.len() <= MAX_SLUG && !slug.contains("--");
    if ok {
        Ok(())
    } else {
        Err(Error::Message(format!(
            "`{slug}` is not a folder name luukku takes; expected lower-case letters a–z and digits in words joined by `-`, at most {MAX_SLUG} characters (e.g. `library-card`)"
        )))
    }
}

fn has_number_prefix(slug: &str) -> bool {
    slug.split_once('-')
        .is_some_and(|(n, rest)| !rest.is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// One more than the largest number prefix of the modules under `section`.
fn next_module_number(section: &Path) -> u32 {
    let Ok(entries) = std::fs::read_dir(section) else { return 1 };
    entries
        .filter_map(|e| e.ok())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            name.split_once('-').and_then(|(n, _)| n.parse::<u32>().ok())
        })
        .max()
        .map_or(1, |n| n.saturating_add(1))
}

/// `12-library-card` → `Library card`: a working title the writer replaces.
fn title_from(name: &str) -> String {
    let words = if has_number_prefix(name) { name.split_once('-').map_or(name, |(_, rest)| rest) } else { name };
    let spaced = words.replace('-', " ");
    let mut chars = spaced.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The skeleton for `kind` in `locale`: by code, then by `lang`, then English.
fn skeleton_for(kind: Kind, locale: &Locale) -> Option<&'static str> {
    let section = kind.dir_name();
    builtin::skeleton(section, &format!("{}.md", locale.code))
        .or_else(|| builtin::skeleton(section, &format!("{}.md", locale.lang)))
        .or_else(|| builtin::skeleton(section, "en.md"))
}

/// The skeleton with its placeholders filled. The title is letters, digits and
/// spaces (from a checked slug), so it needs no YAML quoting.
fn fill(skeleton: &str, title: &str, today: &str) -> String {
    skeleton.replace("{title}", title).replace("{today}", today)
}

#[cfg(test)]
mod tests {
    use super::{check_slug, has_number_prefix, title_from};

    #[test]
    fn titles_come_from_the_folder_name_without_its_number() {
        assert_eq!(title_from("library-card"), "Library card");
        assert_eq!(title_from("12-welcome-day"), "Welcome day");
        assert_eq!(title_from("2026-events"), "Events");
    }

    #[test]
    fn slugs_are_lower_case_words_joined_by_hyphens() {
        assert!(check_slug("library-card").is_ok());
        assert!(check_slug("12-welcome").is_ok());
        for bad in ["", "Library", "a--b", "-a", "a-", "a_b", "ä", "../x", "a/b", &"x".repeat(65)] {
            assert!(check_slug(bad).is_err(), "{bad:?} was accepted");
        }
        assert!(has_number_prefix("03-values"));
        assert!(!has_number_prefix("values"));
        assert!(!has_number_prefix("03-"));
    }
}
