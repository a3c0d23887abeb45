//! `luukku init DIR`: a new site that builds at once — `book.toml` with the four
//! locales, one example of each kind of item in each locale, the locales' synonym
//! lists, and an empty `templates/` for the site's own template overrides.
//!
//! The starter is `starter/` beside this module, embedded in the binary. Only the
//! site's title and base URL are set from options; every other choice is in the
//! written `book.toml`, with comments, for the city to edit.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::{move_into_place, stamp, write_staged, Written};
use crate::builtin;
use crate::config::{Config, LocaleCode};
use crate::{Error, Result};

/// The starter's own title and address, replaced by [`InitOptions`].
const STARTER_TITLE: &str = "title = \"Kaupungin palveluopas\"";
const STARTER_BASE_URL: &str = "base-url = \"https://palvelut.example.fi\"";

/// What `luukku init` may set at once.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct InitOptions {
    /// The site's title (`title` in book.toml).
    pub title: Option<String>,
    /// The address the site is published at (`base-url`).
    pub base_url: Option<String>,
}

impl InitOptions {
    /// Options with a title and base URL, either of which may be left out.
    pub fn new(title: Option<String>, base_url: Option<String>) -> Self {
        InitOptions { title, base_url }
    }
}

/// Writes the starter site into `dir`, which must be missing or an empty folder.
pub fn init(dir: &Path, options: &InitOptions) -> Result<Written> {
    if crate::fs::exists(dir) {
        if !crate::fs::is_real_dir(dir) {
            return Err(Error::Message(format!("`{}` exists and is not a folder; nothing was written", dir.display())));
        }
        let mut entries = std::fs::read_dir(dir).map_err(|e| Error::io("failed to read", dir, e))?;
        if entries.next().is_some() {
            return Err(Error::Message(format!(
                "`{}` is not empty; `luukku init` writes only into a new or empty folder (nothing was written)",
                dir.display()
            )));
        }
    }
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for (path, bytes) in builtin::starter_files() {
        let text = std::str::from_utf8(bytes)
            .map_err(|_| Error::Message(format!("the built-in starter file `{path}` is not UTF-8")))?;
        let text = if path == crate::config::CONFIG_FILE { book_toml(text, options)? } else { text.to_string() };
        files.push((PathBuf::from(path), text));
    }
    crate::fs::create_dir_all(dir)?;
    let staging = dir.join(".luukku-init");
    write_staged(&staging, &files)?;
    crate::fs::create_dir_all(&staging.join("templates"))?;
    // The config is read from the staging copy so that the stamps follow the
    // locales and fallbacks the written book.toml actually has.
    if let Err(e) = stamp_items(&staging, &mut files) {
        let _ = std::fs::remove_dir_all(&staging);
        return Err(e);
    }
    move_into_place(&staging, dir)?;
    Ok(Written { dir: dir.to_path_buf(), files: files.into_iter().map(|(p, _)| p).collect() })
}

/// `book.toml` with the options applied, each as a TOML string.
fn book_toml(text: &str, options: &InitOptions) -> Result<String> {
    let mut text = text.to_string();
    for (line, key, value) in
        [(STARTER_TITLE, "title", &options.title), (STARTER_BASE_URL, "base-url", &options.base_url)]
    {
        let Some(value) = value else { continue };
        if !text.contains(line) {
            return Err(Error::Message(format!("the built-in starter book.toml has no `{line}` line to set")));
        }
        let quoted = toml::Value::String(value.clone()).to_string();
        text = text.replacen(line, &format!("{key} = {quoted}"), 1);
    }
    Ok(text)
}

/// Stamps every item's translations with the file they were made from, rewriting
/// the staged files and `files` alike.
fn stamp_items(staging: &Path, files: &mut [(PathBuf, String)]) -> Result<()> {
    let config = Config::load(staging)?;
    let mut items: BTreeMap<PathBuf, BTreeMap<LocaleCode, usize>> = BTreeMap::new();
    for (i, (path, _)) in files.iter().enumerate() {
        let (Some(parent), Some(stem), Some(ext)) = (path.parent(), path.file_stem(), path.extension()) else {
            continue;
        };
        let Some(code) = config.locales.iter().find(|l| l.code.as_str() == stem.to_string_lossy()) else {
            continue;
        };
        if path.starts_with("content") && ext == "md" {
            items.entry(parent.to_path_buf()).or_default().insert(code.code.clone(), i);
        }
    }
    for by_locale in items.values() {
        let mut texts: BTreeMap<LocaleCode, String> =
            by_locale.iter().map(|(code, &i)| (code.clone(), files[i].1.clone())).collect();
        stamp::stamp(&config, &mut texts);
        for (code, text) in texts {
            let Some(&i) = by_locale.get(&code) else { continue };
            if files[i].1 != text {
                crate::fs::write_file(&staging.join(&files[i].0), text.as_bytes())?;
                files[i].1 = text;
            }
        }
    }
    Ok(())
}
