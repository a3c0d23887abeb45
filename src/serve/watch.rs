//! Watching the site's sources, and what each changed path means for a rebuild.
//!
//! [`classify`] is pure: it maps a path to the [`Change`] the live site reloads
//! (an item folder, the templates, one locale's strings, or everything), and
//! drops what is not a source: editors' swap, backup and temporary files, dot
//! files, and anything outside the source folders. [`watch`] runs a debounced
//! native watcher (notify) over exactly those folders and sends batches of changes.

use std::collections::BTreeSet;
use std::path::{Component, Path, PathBuf};
use std::sync::mpsc::Sender;
use std::time::Duration;

use notify::{EventKind, RecursiveMode};
use notify_debouncer_full::{new_debouncer, DebounceEventResult, Debouncer, RecommendedCache};

use crate::site::live::Change;

/// How long the watcher waits for an editor's burst of writes to end.
const DEBOUNCE: Duration = Duration::from_millis(25);

/// What a changed `path` means for a site in `root` whose theme is in `theme_dir`;
/// `None` for files that are not sources.
pub fn classify(root: &Path, theme_dir: &Path, path: &Path) -> Option<Change> {
    let name = path.file_name()?.to_string_lossy();
    if is_scratch(&name) {
        return None;
    }
    if let Ok(rel) = path.strip_prefix(theme_dir) {
        return match first(rel)?.as_str() {
            "templates" => Some(Change::Templates),
            "static" => Some(Change::Everything),
            _ => None,
        };
    }
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect::<Option<_>>()?;
    if parts.iter().any(|p| p.starts_with('.')) {
        return None;
    }
    match parts.first()?.as_str() {
        "book.toml" if parts.len() == 1 => Some(Change::Everything),
        "content" => match parts.len() {
            // A section folder, or a file beside the sections: the tree's shape changed.
            1 | 2 => Some(Change::Everything),
            _ => Some(Change::Item(root.join("content").join(&parts[1]).join(&parts[2]))),
        },
        "templates" => Some(Change::Templates),
        "static" => Some(Change::Everything),
        "locales" => Some(Change::Strings(parts.get(1).filter(|_| parts.len() > 2).cloned())),
        _ => None,
    }
}

/// Editors' swap, backup and temporary files (vim, emacs, JetBrains, macOS).
fn is_scratch(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || (name.starts_with('#') && name.ends_with('#'))
        || name == "4913"
        || [".swp", ".swo", ".swx", ".tmp", ".bak", ".orig"].iter().any(|ext| name.ends_with(ext))
        || name.contains("___jb_")
}

fn first(rel: &Path) -> Option<String> {
    rel.components().next().map(|c| c.as_os_str().to_string_lossy().into_owned())
}

/// The folders and files of a site that are watched.
fn watched(root: &Path, theme_dir: &Path) -> Vec<(PathBuf, RecursiveMode)> {
    let mut out = vec![(root.to_path_buf(), RecursiveMode::NonRecursive)];
    for dir in
        ["content", "templates", "static", "locales"].map(|d| root.join(d)).into_iter().chain([theme_dir.to_path_buf()])
    {
        if dir.is_dir() {
            out.push((dir, RecursiveMode::Recursive));
        }
    }
    out
}

/// Watches the site's sources and sends each debounced batch of changes to `tx`.
/// The watcher stops when the returned value is dropped.
pub fn watch(
    root: &Path,
    theme_dir: &Path,
    tx: Sender<BTreeSet<Change>>,
) -> crate::Result<Debouncer<notify::RecommendedWatcher, RecommendedCache>> {
    let (root_c, theme_c) = (root.to_path_buf(), theme_dir.to_path_buf());
    let mut debouncer = new_debouncer(DEBOUNCE, None, move |events: DebounceEventResult| {
        let Ok(events) = events else { return };
        // Reading a file is no change (the rebuild itself reads them).
        let changes: BTreeSet<Change> = events
            .iter()
            .filter(|e| !matches!(e.kind, EventKind::Access(_)))
            .flat_map(|e| e.paths.iter())
            .filter_map(|path| classify(&root_c, &theme_c, path))
            .collect();
        if !changes.is_empty() {
            let _ = tx.send(changes);
        }
    })
    .map_err(|e| crate::Error::Message(format!("cannot watch the site: {e}")))?;
    for (path, mode) in watched(root, theme_dir) {
        debouncer
            .watch(&path, mode)
            .map_err(|e| crate::Error::Message(format!("cannot watch `{}`: {e}", path.display())))?;
    }
    Ok(debouncer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_map_to_the_change_that_reloads_them() {
        let root = Path::new("/site");
        let theme = Path::new("/site/themes/default");
        let item = || Some(Change::Item(PathBuf::from("/site/content/services/bus-card")));
        let cases: &[(&str, Option<Change>)] = &[
            ("/site/content/services/bus-card/fi.md", item()),
            ("/site/content/services/bus-card/meta.yaml", item()),
            ("/site/content/services/bus-card", item()),
            ("/site/content/services", Some(Change::Everything)),
            ("/site/book.toml", Some(Change::Everything)),
            ("/site/templates/service.html", Some(Change::Templates)),
            ("/site/themes/default/templates/base.html", Some(Change::Templates)),
            ("/site/themes/default/static/style.css", Some(Change::Everything)),
            ("/site/static/logo.svg", Some(Change::Everything)),
            ("/site/locales/sv/interface.ftl", Some(Change::Strings(Some("sv".into())))),
            ("/site/public/fi/index.html", None),
            ("/site/target/debug/luukku", None),
            ("/site/README.md", None),
            ("/site/content/services/bus-card/.fi.md.swp", None),
            ("/site/content/services/bus-card/fi.md~", None),
            ("/site/content/services/bus-card/4913", None),
            ("/site/content/services/bus-card/#fi.md#", None),
            ("/site/.git/index", None),
            ("/elsewhere/content/services/x/fi.md", None),
        ];
        for (path, want) in cases {
            assert_eq!(&classify(root, theme, Path::new(path)), want, "{path}");
        }
    }
}
