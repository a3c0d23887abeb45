//! Reads `content/` into a [`Library`].
//!
//! Walks the tree once (walkdir, sorted, so the result never depends on the order
//! the file system lists things in), then parses the items in parallel. Every
//! problem found is collected, so one run reports all broken files.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

use super::fields::{BasicFields, CommonMeta, ModuleFields, PageFields, ServiceFields};
use super::{Fields, Item, Kind, Library, Meta, Translation};
use crate::config::{is_url_segment, Config};
use crate::error::{Diagnostic, Error, Result};
use crate::markdown;

/// The file of language-neutral facts in an item folder.
pub const META_FILE: &str = "meta.yaml";

/// Ids the page templates use themselves; headings never get them.
pub const RESERVED_IDS: &[&str] = &[
    "main",
    "content",
    "top",
    "search",
    "toc",
    "footer",
    "language",
    "breadcrumbs",
    "skip",
    "toc-title",
    "related-title",
    "goals-title",
    "facilitation-title",
    "reflection-title",
    "s-audience",
    "s-steps",
    "s-facts",
    "s-channels",
    "s-producers",
    "persona-channels",
    "home-services",
    "home-training",
];

struct ItemDir {
    kind: Kind,
    name: String,
    dir: PathBuf,
    files: Vec<PathBuf>,
}

/// Loads every item under `<root>/content`.
pub fn load(config: &Config) -> Result<Library> {
    let content = config.root.join("content");
    if !content.is_dir() {
        return Err(Error::Message(format!(
            "no `content` folder in `{}`; expected content/<section>/<item>/<locale>.md",
            config.root.display()
        )));
    }
    let mut diags = Vec::new();
    let mut dirs: Vec<ItemDir> = Vec::new();
    let walker = WalkDir::new(&content).min_depth(1).max_depth(3).sort_by_file_name();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e.path().map(|p| shown(config, p)).unwrap_or_else(|| PathBuf::from("content"));
                diags.push(Diagnostic::file(path, format!("cannot be read: {e}")));
                continue;
            }
        };
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue;
        }
        let is_dir = entry.file_type().is_dir();
        let is_md = name.ends_with(".md");
        match entry.depth() {
            1 if is_dir && Kind::from_dir_name(&name).is_none() => {
                diags.push(Diagnostic::file(
                    shown(config, entry.path()),
                    "unknown section folder; expected services, training, glossary, personas or pages",
                ));
            }
            1 | 2 if is_md => {
                diags.push(Diagnostic::file(
                    shown(config, entry.path()),
                    "a Markdown file outside an item folder; expected content/<section>/<item>/<locale>.md",
                ));
            }
            2 if is_dir => {
                let kind = entry
                    .path()
                    .parent()
                    .and_then(|p| p.file_name())
                    .and_then(|n| Kind::from_dir_name(&n.to_string_lossy()));
                if let Some(kind) = kind {
                    if !is_url_segment(&name) {
                        diags.push(Diagnostic::file(
                            shown(config, entry.path()),
                            "item folder names are URL segments; expected lower-case ASCII letters, digits and `-`",
                        ));
                    }
                    dirs.push(ItemDir { kind, name, dir: entry.path().to_path_buf(), files: Vec::new() });
                }
            }
            3 if !is_dir => {
                if let Some(item) = dirs.last_mut().filter(|d| entry.path().parent() == Some(d.dir.as_path())) {
                    item.files.push(entry.path().to_path_buf());
                }
            }
            _ => {}
        }
    }
    let codes: Vec<String> = config.locales.iter().map(|l| l.code.to_string()).collect();
    let loaded: Vec<(Option<Item>, Vec<Diagnostic>)> =
        dirs.par_iter().map(|d| super::localized::with_known_locales(codes.clone(), || load_item(config, d))).collect();
    let mut library = Library::default();
    for (item, mut d) in loaded {
        diags.append(&mut d);
        if let Some(item) = item {
            library.items.insert(item.key.clone(), std::sync::Arc::new(item));
        }
    }
    Error::from_diagnostics(diags)?;
    Ok(library)
}

/// Loads the one item in `dir` (`<root>/content/<section>/<name>`) again, for the
/// live preview after an edit: `Ok(None)` when the folder is gone.
pub fn load_item_dir(config: &Config, dir: &Path) -> Result<Option<Item>, Vec<Diagnostic>> {
    let kind = dir.parent().and_then(|p| p.file_name()).and_then(|n| Kind::from_dir_name(&n.to_string_lossy()));
    let (Some(kind), Some(name)) = (kind, dir.file_name()) else {
        return Err(vec![Diagnostic::file(
            shown(config, dir),
            "not an item folder; expected content/<section>/<item>",
        )]);
    };
    let Ok(entries) = std::fs::read_dir(dir) else { return Ok(None) };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()) && !e.file_name().to_string_lossy().starts_with('.'))
        .map(|e| e.path())
        .collect();
    files.sort();
    let item_dir = ItemDir { kind, name: name.to_string_lossy().into_owned(), dir: dir.to_path_buf(), files };
    let codes: Vec<String> = config.locales.iter().map(|l| l.code.to_string()).collect();
    let (item, diags) = super::localized::with_known_locales(codes, || load_item(config, &item_dir));
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
    let (meta, meta_path, meta_text) = match load_meta(config, dir, meta_file) {
        Ok(m) => m,
        Err(d) => {
            diags.push(d);
            (Meta::Common(CommonMeta::default()), None, String::new())
        }
    };
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
        match load_translation(dir, file, &path) {
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
    let item = Item { key, kind: dir.kind, name: dir.name.clone(), order, meta, meta_path, meta_text, translations };
    (Some(item), diags)
}

fn load_meta(
    config: &Config,
    dir: &ItemDir,
    file: Option<&PathBuf>,
) -> Result<(Meta, Option<PathBuf>, String), Diagnostic> {
    let kind = dir.kind;
    let Some(file) = file else {
        if kind == Kind::Service {
            return Err(Diagnostic::file(
                shown(config, &dir.dir.join(META_FILE)),
                "a service card needs meta.yaml (its channels, producer and review date); none found",
            ));
        }
        return Ok((Meta::Common(CommonMeta::default()), None, String::new()));
    };
    let path = shown(config, file);
    let text = crate::fs::read_text(file, &path).map_err(first_diagnostic(&path))?;
    let meta = if kind == Kind::Service {
        Meta::Service(Box::new(crate::yaml::parse(&text, &path, 1)?))
    } else {
        Meta::Common(crate::yaml::parse(&text, &path, 1)?)
    };
    Ok((meta, Some(path), text))
}

fn first_diagnostic(path: &Path) -> impl Fn(Error) -> Diagnostic + '_ {
    move |e| match e.diagnostics().first() {
        Some(d) => d.clone(),
        None => Diagnostic::file(path, e.to_string()),
    }
}

fn load_translation(dir: &ItemDir, file: &Path, path: &Path) -> Result<Translation, Vec<Diagnostic>> {
    let text = crate::fs::read_text(file, path).map_err(|e| vec![first_diagnostic(path)(e)])?;
    let split = super::split(&text, path).map_err(|d| vec![d])?;
    let parse = |yaml: &str| -> Result<(super::Common, Fields), Diagnostic> {
        Ok(match dir.kind {
            Kind::Service => {
                let f: ServiceFields = crate::yaml::parse(yaml, path, split.yaml_line)?;
                (f.common(), Fields::Service(Box::new(f)))
            }
            Kind::Training => {
                let f: ModuleFields = crate::yaml::parse(yaml, path, split.yaml_line)?;
                (f.common(), Fields::Module(Box::new(f)))
            }
            Kind::Page => {
                let f: PageFields = crate::yaml::parse(yaml, path, split.yaml_line)?;
                (f.common(), Fields::Page(f))
            }
            Kind::Glossary | Kind::Persona => {
                let f: BasicFields = crate::yaml::parse(yaml, path, split.yaml_line)?;
                (f.common(), Fields::Basic)
            }
        })
    };
    let (common, fields) = parse(split.yaml).map_err(|d| vec![d])?;
    let mut diags = Vec::new();
    if let Some(slug) = common.slug.as_deref().filter(|s| !is_url_segment(s)) {
        let line = super::field_line(split.yaml, "slug", split.yaml_line);
        diags.push(Diagnostic::new(path, line, 1, format!("slug `{slug}` is not a URL segment; expected lower-case ASCII letters, digits and `-` (ä → a, ö → o, å → a)")));
    }
    if common.title.trim().is_empty() {
        let line = super::field_line(split.yaml, "title", split.yaml_line);
        diags.push(Diagnostic::new(path, line, 1, "title is empty; expected the item's name"));
    }
    if dir.kind == Kind::Service && common.summary.chars().count() > 150 {
        let line = super::field_line(split.yaml, "summary", split.yaml_line);
        diags.push(Diagnostic::new(
            path,
            line,
            1,
            format!(
                "a service card's summary is at most 150 characters (as in the Suomi.fi catalogue); this one has {}",
                common.summary.chars().count()
            ),
        ));
    }
    if let Fields::Page(p) = &fields {
        if let Some(layout) = &p.layout {
            if !is_url_segment(layout) {
                let line = super::field_line(split.yaml, "layout", split.yaml_line);
                diags.push(Diagnostic::new(
                    path,
                    line,
                    1,
                    format!("layout `{layout}` is not a template name; expected e.g. `page`, `home`, `poster`"),
                ));
            }
        }
    }
    let body = split.body.to_string();
    let headings = markdown::headings(&body, RESERVED_IDS);
    let (components, mut component_diags) = markdown::components::extract(&body, path, split.body_line);
    diags.append(&mut component_diags);
    if !diags.is_empty() {
        return Err(diags);
    }
    Ok(Translation {
        path: path.to_path_buf(),
        common,
        fields,
        front_matter: split.yaml.to_string(),
        front_matter_line: split.yaml_line,
        body,
        body_line: split.body_line,
        headings,
        components,
    })
}
