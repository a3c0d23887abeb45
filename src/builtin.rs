//! The default theme and its interface strings, built into the binary.
//!
//! Layers, lowest first: these built-ins (for the theme named `default`), then
//! `themes/<theme>/` of the site, then the site's own `templates/`, `static/` and
//! `locales/`. A site only has to contain what it changes.

include!(concat!(env!("OUT_DIR"), "/builtin.rs"));

/// The name of the theme that is built in.
pub const DEFAULT_THEME: &str = "default";

/// Built-in files under `prefix` (`templates/`, `static/`), as (path below prefix, bytes).
pub fn theme_files(prefix: &str) -> impl Iterator<Item = (&'static str, &'static [u8])> + '_ {
    THEME.iter().filter_map(move |(path, bytes)| path.strip_prefix(prefix).map(|p| (p, *bytes)))
}

/// Built-in Fluent files of a locale, as (file name, text).
pub fn locale_files(code: &str) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
    LOCALES.iter().filter_map(move |(path, bytes)| {
        let (dir, file) = path.split_once('/')?;
        (dir == code && file.ends_with(".ftl")).then(|| (*path, std::str::from_utf8(bytes).unwrap_or("")))
    })
}

/// The starter site `luukku init` writes, as (path below the site root, bytes).
pub fn starter_files() -> impl Iterator<Item = (&'static str, &'static [u8])> {
    STARTER.iter().copied()
}

/// The skeleton of a new item's file `name` (`fi.md`, `meta.yaml`) for the section
/// folder `section` (`services`), if there is one.
pub fn skeleton(section: &str, name: &str) -> Option<&'static str> {
    SKELETONS
        .iter()
        .find(|(path, _)| path.split_once('/') == Some((section, name)))
        .and_then(|(_, bytes)| std::str::from_utf8(bytes).ok())
}
