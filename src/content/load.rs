//! Reads `content/` into a [`Library`].
//!
//! Walks the tree once (walkdir, sorted, so the result never depends on the order
//! the file system lists things in), then parses the items in parallel. Every
//! problem found is collected, so one run reports all broken files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::fields::{BasicFields, CommonMeta, ModuleFields, PageFields, ServiceFields};
use super::{Fields, Item, Kind, Library, Meta, Translation};
use crate::config::{is_url_segment, Config, MAX_SEGMENT};
use crate::error::{Diagnostic, Error, Location, Result};
use crate::fs::Entry;
use crate::markdown;
use crate::report::codes;

/// The file of language-neutral facts in an item folder.
pub const META_FILE: &str = "meta.yaml";

pub use crate::markdown::RESERVED_IDS;

struct ItemDir {
    kind: Kind,
    name: String,
    dir: PathBuf,
    files: Vec<PathBuf>,
}

/// Loads every item under `<root>/content`.
pub fn load(config: &Config) -> Result<Library> {
    let content = config.root.join("content");
    if let Entry::Refused(why) = crate::fs::classify(&config.root, &content) {
        if crate::fs::exists(&content) {
            return Err(Diagnostic::file("content", why).into());
        }
    }
    if !crate::fs::is_real_dir(&content) {
        return Err(Error::Message(format!(
            "no `content` folder in `{}`; expected content/<section>/<item>/<locale>.md",
            config.root.display()
        )));
    }
    let mut diags = Vec::new();
    let dirs = walk(config, &content, &mut diags);
    let loaded: Vec<(Option<Item>, Vec<Diagnostic>)> = dirs.par_iter().map(|d| load_item(config, d)).collect();
    let mut library = Library::default();
    for (item, mut d) in loaded {
        diags.append(&mut d);
        if let Some(item) = item {
            library.insert(std::sync::Arc::new(item));
        }
    }
    diags.append(&mut super::links::check(&library));
    Error::from_diagnostics(diags)?;
    Ok(library)
}

/// Finds the item folders: `content/<section>/<item>/`, nothing else. Every
/// entry that does not fit the layout is a diagnostic naming it.
fn walk(config: &Config, content: &Path, diags: &mut Vec<Diagnostic>) -> Vec<ItemDir> {
    let root = &config.root;
    let mut dirs = Vec::new();
    let list = |dir: &Path, diags: &mut Vec<Diagnostic>| match crate::fs::list_dir(root, dir) {
        Ok(entries) => entries,
        Err(d) => {
            diags.push(d);
            Vec::new()
        }
    };
    for (name, path, entry) in list(content, diags) {
        let kind = match entry {
            Entry::Dir => Kind::from_dir_name(&name),
            Entry::File => {
                diags.push(Diagnostic::file(shown(config, &path), if is_markdown(&name) {
                    "a Markdown file outside an item folder; expected content/<section>/<item>/<locale>.md"
                } else {
                    "a file directly in content/; expected only the section folders services, training, glossary, personas and pages"
                }));
                continue;
            }
            Entry::Refused(why) => {
                diags.push(Diagnostic::file(shown(config, &path), why));
                continue;
            }
        };
        let Some(kind) = kind else {
            diags.push(Diagnostic::file(
                shown(config, &path),
                "unknown section folder; expected services, training, glossary, personas or pages",
            ));
            continue;
        };
        for (name, path, entry) in list(&path, diags) {
            match entry {
                Entry::Dir => {
                    if !is_url_segment(&name) {
                        diags.push(Diagnostic::file(
                            shown(config, &path),
                            "item folder names are URL segments; expected lower-case ASCII letters, digits and `-`",
                        ));
                    }
                    let files = item_files(config, &list(&path, diags), diags);
                    dirs.push(ItemDir { kind, name, dir: path, files });
                }
                Entry::File => diags.push(Diagnostic::file(
                    shown(config, &path),
                    if is_markdown(&name) {
                        "a Markdown file outside an item folder; expected content/<section>/<item>/<locale>.md"
                    } else {
                        "a file directly in a section folder; expected only item folders"
                    },
                )),
                Entry::Refused(why) => diags.push(Diagnostic::file(shown(config, &path), why)),
            }
        }
    }
    dirs
}

/// The files of an item folder: `<locale>.md` and `meta.yaml`. Near misses
/// (`meta.yml`, `sv.markdown`) and anything else are diagnostics.
fn item_files(config: &Config, entries: &[(String, PathBuf, Entry)], diags: &mut Vec<Diagnostic>) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for (name, path, entry) in entries {
        let at = shown(config, path);
        match entry {
            Entry::Refused(why) => diags.push(Diagnostic::file(at, why.clone())),
            Entry::Dir => diags.push(Diagnostic::file(
                at,
                "a folder inside an item folder (a file one folder too deep?); expected only <locale>.md files and meta.yaml directly in the item folder",
            )),
            Entry::File if name == META_FILE || name.ends_with(".md") => files.push(path.clone()),
            Entry::File => {
                let stem = name.rsplit_once('.').map_or(name.as_str(), |(s, _)| s);
                let message = if stem == "meta" {
                    format!("`{name}` is not read; expected the facts in `{META_FILE}`")
                } else if is_markdown(name) {
                    format!("`{name}` is not read; expected the extension `.md` (`{stem}.md`)")
                } else {
                    format!("`{name}` is not read; an item folder holds only <locale>.md files and {META_FILE}")
                };
                diags.push(Diagnostic::file(at, message));
            }
        }
    }
    files
}

fn is_markdown(name: &str) -> bool {
    [".md", ".markdown", ".mdown", ".mkd", ".mkdn"].iter().any(|ext| name.to_ascii_lowercase().ends_with(ext))
}

/// Loads the one item in `dir` (`<root>/content/<section>/<name>`) again, for the
/// live preview after an edit: `Ok(None)` when the folder is gone. The folder is
/// read by the same rules as in a full load.
pub fn load_item_dir(config: &Config, dir: &Path) -> Result<Option<Item>, Vec<Diagnostic>> {
    let kind = dir.parent().and_then(|p| p.file_name()).and_then(|n| Kind::from_dir_name(&n.to_string_lossy()));
    let (Some(kind), Some(name)) = (kind, dir.file_name()) else {
        return Err(vec![Diagnostic::file(
            shown(config, dir),
            "not an item folder; expected content/<section>/<item>",
        )]);
    };
    if !crate::fs::exists(dir) {
        return Ok(None);
    }
    let mut diags = Vec::new();
    if let Entry::Refused(why) = crate::fs::classify(&config.root, dir) {
        return Err(vec![Diagnostic::file(shown(config, dir), why)]);
    }
    let entries = crate::fs::list_dir(&config.root, dir).map_err(|d| vec![d])?;
    let files = item_files(config, &entries, &mut diags);
    let item_dir = ItemDir { kind, name: name.to_string_lossy().into_owned(), dir: dir.to_path_buf(), files };
    let (item, mut item_diags) = load_item(config, &item_dir);
    diags.append(&mut item_diags);
    if diags.is_empty() {
        Ok(item)
    } else {
        Err(diags)
    }
}

fn shown(config: &Config, path: &Path) -> PathBuf {
    path.strip_prefix(&config.root).unwrap_or(path).to_path_buf()
}

fn load_item(config: &Config, dir: &ItemDir) -> (Option<Item>, Vec<Diagnostic>) {
    let mut diags = Vec::new();
    let key = format!("{}/{}", dir.kind.dir_name(), dir.name);
    let meta_file = dir.files.iter().find(|f| f.file_name().is_some_and(|n| n == META_FILE));
    let loaded = load_meta(config, dir, meta_file).unwrap_or_else(|mut d| {
        diags.append(&mut d);
        LoadedMeta::default()
    });
    let mut translations = BTreeMap::new();
    for file in &dir.files {
        let Some(stem) = file.file_name().and_then(|n| n.to_str()).and_then(|n| n.strip_suffix(".md")) else {
            continue;
        };
        let path = shown(config, file);
        let Some(locale) = config.locale_by_str(stem) else {
            let known: Vec<_> = config.locales.iter().map(|l| format!("{}.md", l.code)).collect();
            diags.push(Diagnostic::new(
                &path,
                1,
                1,
                format!("`{stem}` is not a configured locale; expected one of {}", known.join(", ")),
            ));
            continue;
        };
        match load_translation(&config.root, dir, file, &path) {
            Ok(t) => {
                translations.insert(locale.code.clone(), t);
            }
            Err(mut d) => diags.append(&mut d),
        }
    }
    if translations.is_empty() && diags.is_empty() {
        diags.push(Diagnostic::file(
            shown(config, &dir.dir),
            "an item folder with no locale file; expected at least one <locale>.md",
        ));
    }
    let order = dir.name.split_once('-').and_then(|(n, _)| n.parse().ok());
    let item = Item {
        key,
        kind: dir.kind,
        name: dir.name.clone(),
        order,
        meta: loaded.meta,
        meta_path: loaded.path,
        meta_text: loaded.text,
        translations,
    };
    (Some(item), diags)
}

fn load_meta(config: &Config, dir: &ItemDir, file: Option<&PathBuf>) -> Result<LoadedMeta, Vec<Diagnostic>> {
    let kind = dir.kind;
    let Some(file) = file else {
        // A meta.yaml that exists but was refused by the reading rule is reported already.
        if kind == Kind::Service && !crate::fs::exists(&dir.dir.join(META_FILE)) {
            return Err(vec![Diagnostic::file(
                shown(config, &dir.dir.join(META_FILE)),
                "a service card needs meta.yaml (its channels, producer and review date); none found",
            )]);
        }
        return Ok(LoadedMeta::default());
    };
    let path = shown(config, file);
    let text = crate::fs::read_text(&config.root, file).map_err(|e| vec![first_diagnostic(&path)(e)])?;
    let meta = if kind == Kind::Service {
        let parsed = crate::yaml::parse_all::<super::ServiceMeta>(&text, &path, 1)?;
        let codes: Vec<&str> = config.locales.iter().map(|l| l.code.as_str()).collect();
        let mut unknown: Vec<&str> =
            parsed.value.localized_texts().iter().flat_map(|t| t.unknown_locales(&codes)).collect();
        unknown.sort_unstable();
        unknown.dedup();
        let diags: Vec<Diagnostic> = unknown
            .iter()
            .flat_map(|key| parsed.index.free_keys(key).map(move |at| (key, at)))
            .map(|(key, at)| {
                Diagnostic::at(
                    &path,
                    at,
                    format!("`{key}` is not a configured locale; expected one of {}", codes.join(", ")),
                )
                .with_code(crate::report::codes::UNKNOWN_LOCALE)
            })
            .collect();
        if !diags.is_empty() {
            return Err(diags);
        }
        Meta::Service(Box::new(parsed.value))
    } else {
        Meta::Common(crate::yaml::parse_all(&text, &path, 1)?.value)
    };
    Ok(LoadedMeta { meta, path: Some(path), text })
}

/// An item's `meta.yaml`, read.
struct LoadedMeta {
    meta: Meta,
    path: Option<PathBuf>,
    text: String,
}

impl Default for LoadedMeta {
    fn default() -> Self {
        LoadedMeta { meta: Meta::Common(CommonMeta::default()), path: None, text: String::new() }
    }
}

fn first_diagnostic(path: &Path) -> impl Fn(Error) -> Diagnostic + '_ {
    move |e| match e.diagnostics().first() {
        Some(d) => d.clone(),
        None => Diagnostic::file(path, e.to_string()),
    }
}

fn load_translation(root: &Path, dir: &ItemDir, file: &Path, path: &Path) -> Result<Translation, Vec<Diagnostic>> {
    let text = crate::fs::read_text(root, file).map_err(|e| vec![first_diagnostic(path)(e)])?;
    let split = super::split(&text, path).map_err(|d| vec![d])?;
    let parse = |yaml: &str| -> Result<(super::Common, Fields, crate::yaml::Index), Vec<Diagnostic>> {
        let line = split.yaml_line;
        Ok(match dir.kind {
            Kind::Service => {
                let f = crate::yaml::parse_all::<ServiceFields>(yaml, path, line)?;
                (f.value.common(), Fields::Service(Box::new(f.value)), f.index)
            }
            Kind::Training => {
                let f = crate::yaml::parse_all::<ModuleFields>(yaml, path, line)?;
                (f.value.common(), Fields::Module(Box::new(f.value)), f.index)
            }
            Kind::Page => {
                let f = crate::yaml::parse_all::<PageFields>(yaml, path, line)?;
                (f.value.common(), Fields::Page(f.value), f.index)
            }
            Kind::Glossary | Kind::Persona => {
                let f = crate::yaml::parse_all::<BasicFields>(yaml, path, line)?;
                (f.value.common(), Fields::Basic, f.index)
            }
        })
    };
    let (common, fields, index) = parse(split.yaml)?;
    let mut diags = Vec::new();
    // A value that parsed but breaks a rule: located at the value.
    let mut bad = |field: &str, message: String| {
        let at = index.value(field).unwrap_or(Location { line: split.yaml_line, column: 1, len: 0 });
        diags.push(Diagnostic::at(path, at, message).with_code(codes::CONTENT_FIELD));
    };
    if let Some(slug) = common.slug.as_deref().filter(|s| !is_url_segment(s)) {
        bad("slug", format!("slug `{slug}` is not a URL segment; expected at most {MAX_SEGMENT} lower-case ASCII letters, digits and `-` (ä → a, ö → o, å → a)"));
    }
    if common.title.trim().is_empty() {
        bad("title", "title is empty; expected the item's name".to_string());
    }
    if dir.kind == Kind::Service && common.summary.chars().count() > 150 {
        bad(
            "summary",
            format!(
                "a service card's summary is at most 150 characters (as in the Suomi.fi catalogue); this one has {}",
                common.summary.chars().count()
            ),
        );
    }
    if let Fields::Page(p) = &fields {
        if let Some(layout) = p.layout.as_ref().filter(|l| !is_url_segment(l)) {
            bad("layout", format!("layout `{layout}` is not a template name; expected e.g. `page`, `home`, `poster`"));
        }
    }
    let body = split.body.to_string();
    let headings = markdown::headings(&body, RESERVED_IDS);
    let (components, mut component_diags) = markdown::components::extract(&body, path, split.body_line);
    diags.append(&mut component_diags);
    diags.append(&mut markdown::check_body(&body, path, split.body_line, RESERVED_IDS));
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(Translation {
        path: path.to_path_buf(),
        common,
        fields,
        front_matter: split.yaml.to_string(),
        front_matter_line: split.yaml_line,
        front_matter_keys: index.keys(),
        body,
        body_line: split.body_line,
        headings,
        components,
    })
}
