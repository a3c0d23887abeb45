//! The one writer of imported cards: the content model into folders and files.
//!
//! Every file the importer writes is marked as its own: `meta.yaml` carries
//! `imported-from: ptv:<id>`, and a locale file's front matter starts with the
//! comment `# imported-from: ptv:<id>`. A re-run rewrites only marked files, and
//! only when their bytes change; a file without the mark (a hand-written
//! `fi-selko.md`, or a locale file whose mark a person deleted to keep their
//! edits) is never touched. A card is first written into a staging folder under
//! the site root and read back by the normal loader; only a card that loads is
//! moved into place, file by file with `rename`, so a failure leaves nothing
//! half-written.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::convert::is_language_code;
use super::model::{Card, LocaleFile};
use crate::config::Config;
use crate::error::{Diagnostic, Error, Result};

/// The staging folder, under the site root so that `rename` stays on one file system.
pub const STAGING: &str = ".luukku-import";

/// What writing one card did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The folder was new.
    Created,
    /// Some of the importer's files changed.
    Updated,
    /// Every byte was already as the record says.
    Unchanged,
}

/// The mark in `meta.yaml`.
#[derive(Deserialize)]
struct Mark {
    #[serde(rename = "imported-from")]
    imported_from: Option<String>,
}

/// The importer's mark in a file's text, if it has one (`ptv:<id>`).
pub fn mark_of(text: &str) -> Option<&str> {
    let mut lines = text.lines();
    if lines.next()? != "---" {
        return None;
    }
    lines.next()?.strip_prefix("# imported-from: ").map(|rest| rest.split_whitespace().next().unwrap_or(""))
}

/// The folders of `content/services/`, with the import mark of each that has one.
pub fn existing(root: &Path) -> BTreeMap<String, Option<String>> {
    let dir = root.join("content").join("services");
    let mut out = BTreeMap::new();
    let Ok(entries) = std::fs::read_dir(&dir) else { return out };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let meta = entry.path().join("meta.yaml");
        let mark = std::fs::read_to_string(&meta)
            .ok()
            .and_then(|text| crate::yaml::parse::<Mark>(&text, &meta, 1).ok())
            .and_then(|m| m.imported_from);
        out.insert(name, mark);
    }
    out
}

/// The text of `meta.yaml` of a card.
fn meta_text(card: &Card) -> Result<String> {
    let yaml = crate::yaml::to_string(&card.meta)?;
    Ok(format!(
        "# Imported from the Suomi.fi service catalogue by `luukku import ptv`; a new import rewrites this file.\n{yaml}"
    ))
}

/// The text of one locale file of a card.
fn locale_text(card: &Card, file: &LocaleFile) -> Result<String> {
    let yaml = crate::yaml::to_string(&file.front)?;
    let body = if file.body.is_empty() { String::new() } else { format!("\n{}\n", file.body) };
    Ok(format!(
        "---\n# imported-from: ptv:{} (a new import rewrites this file; delete this line to keep your edits)\n{yaml}---\n{body}",
        card.id
    ))
}

fn io<'a>(action: &'static str, path: &'a Path) -> impl FnOnce(std::io::Error) -> Error + 'a {
    move |e| Error::io(action, path, e)
}

/// Writes `card` into `content/services/<folder>`: validated in staging, then
/// moved into place. `kept` receives the locale files left alone because a
/// person wrote them.
pub fn write_card(config: &Config, folder: &str, card: &Card, kept: &mut Vec<PathBuf>) -> Result<Outcome> {
    let root = &config.root;
    let target = root.join("content").join("services").join(folder);
    let staged = root.join(STAGING).join("content").join("services").join(folder);
    let mark = format!("ptv:{}", card.id);
    let mut files: Vec<(String, String)> = vec![("meta.yaml".to_string(), meta_text(card)?)];
    for (locale, file) in &card.locales {
        files.push((format!("{locale}.md"), locale_text(card, file)?));
    }
    std::fs::create_dir_all(&staged).map_err(io("failed to create", &staged))?;
    for (name, text) in &files {
        let path = staged.join(name);
        std::fs::write(&path, text).map_err(io("failed to write", &path))?;
    }
    let loaded = crate::content::load_item_dir(config, &staged);
    if let Err(diags) = loaded {
        let _ = std::fs::remove_dir_all(&staged);
        let shown = |p: &Path| p.strip_prefix(STAGING).map(Path::to_path_buf).unwrap_or_else(|_| p.to_path_buf());
        let diags = diags
            .into_iter()
            .map(|d| {
                let path = shown(&d.path);
                Diagnostic {
                    message: format!(
                        "the card made from {} does not load, so it was not written: {}",
                        card.source.display(),
                        d.message
                    ),
                    path,
                    ..d
                }
            })
            .collect();
        return Err(Error::Content(diags));
    }
    let created = !target.exists();
    std::fs::create_dir_all(&target).map_err(io("failed to create", &target))?;
    let mut changed = false;
    for (name, text) in &files {
        let to = target.join(name);
        let old = std::fs::read_to_string(&to).ok();
        let ours = name == "meta.yaml" || old.as_deref().is_none_or(|t| mark_of(t) == Some(mark.as_str()));
        if !ours {
            kept.push(to.strip_prefix(root).unwrap_or(&to).to_path_buf());
            continue;
        }
        if old.as_deref() == Some(text.as_str()) {
            continue;
        }
        let from = staged.join(name);
        std::fs::rename(&from, &to).map_err(io("failed to move into place", &to))?;
        changed = true;
    }
    // A locale the record no longer has: remove the importer's own file of it.
    let produced: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    if let Ok(entries) = std::fs::read_dir(&target) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let Some(stem) = name.strip_suffix(".md") else { continue };
            if produced.contains(&name.as_str()) || !is_language_code(stem) {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
            if mark_of(&text) == Some(mark.as_str()) {
                std::fs::remove_file(entry.path()).map_err(io("failed to remove", &entry.path()))?;
                changed = true;
            }
        }
    }
    let _ = std::fs::remove_dir_all(&staged);
    Ok(match (created, changed) {
        (true, _) => Outcome::Created,
        (false, true) => Outcome::Updated,
        (false, false) => Outcome::Unchanged,
    })
}
