//! The content model: what a site is made of, loaded into memory.
//!
//! `content/<section>/<item>/` holds one translatable item: `<locale>.md` per
//! locale and an optional `meta.yaml` of language-neutral facts. The section
//! decides the item's [`Kind`] and so the schema of its front matter and meta.
//! [`load`] reads the whole tree into a [`Library`]; nothing after it reads content
//! from disk.

mod channel_parse;
pub mod fields;
mod front_matter;
mod hours;
mod links;
mod load;
pub mod service;
pub mod translation;

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

pub use crate::config::LocalizedText;
pub use fields::{Common, CommonMeta, FacilitationPlan, FacilitationStep, TranslatedFrom};
pub use front_matter::split;
pub use load::{load, load_item_dir};
pub use service::ServiceMeta;
pub use translation::source_hash;

use crate::config::LocaleCode;
use crate::markdown::{ComponentBlock, Heading};

/// The kinds of item, one per section folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// A service card (`content/services/`).
    Service,
    /// A training module (`content/training/`).
    Training,
    /// A glossary term (`content/glossary/`).
    Glossary,
    /// A customer persona (`content/personas/`).
    Persona,
    /// A plain page (`content/pages/`).
    Page,
}

impl Kind {
    /// Every kind, in the order sections are listed.
    pub const ALL: [Kind; 5] = [Kind::Service, Kind::Training, Kind::Glossary, Kind::Persona, Kind::Page];

    /// The section folder under `content/`.
    pub fn dir_name(self) -> &'static str {
        match self {
            Kind::Service => "services",
            Kind::Training => "training",
            Kind::Glossary => "glossary",
            Kind::Persona => "personas",
            Kind::Page => "pages",
        }
    }

    /// The kind of a section folder.
    pub fn from_dir_name(name: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.dir_name() == name)
    }

    /// A code for templates and search (`service`, `training`, …).
    pub fn code(self) -> &'static str {
        match self {
            Kind::Service => "service",
            Kind::Training => "training",
            Kind::Glossary => "glossary",
            Kind::Persona => "persona",
            Kind::Page => "page",
        }
    }

    /// Whether items of this kind live under a section URL (pages do not).
    pub fn has_section(self) -> bool {
        self != Kind::Page
    }
}

/// The key of the page that is each locale's front page.
pub const HOME_KEY: &str = "pages/home";

/// One translatable item: a folder under a section.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Item {
    /// `services/bus-card`: how links and other items name it.
    pub key: String,
    /// Its kind, from its section.
    pub kind: Kind,
    /// The folder name (`bus-card`), also its default slug.
    pub name: String,
    /// The position of a training module, from its folder's number prefix.
    pub order: Option<u32>,
    /// The language-neutral facts.
    pub meta: Meta,
    /// `meta.yaml`, as shown in messages, if there is one.
    pub meta_path: Option<PathBuf>,
    /// The text of `meta.yaml` (to tell when it changed, and to locate later
    /// findings in it: [`Item::meta_index`]).
    pub meta_text: String,
    /// The item in each locale it is written in.
    pub translations: BTreeMap<LocaleCode, Translation>,
}

impl Item {
    /// Where the fields of `meta.yaml` are, read again from its text (for a
    /// finding; not kept, see [`crate::yaml::Index::of`]).
    pub fn meta_index(&self) -> crate::yaml::Index {
        crate::yaml::Index::of(&self.meta_text, 1)
    }

    /// Whether the page should say its facts are example data.
    pub fn example_data(&self) -> bool {
        match &self.meta {
            Meta::Service(m) => m.example_data,
            Meta::Common(m) => m.example_data,
        }
    }

    /// Keys of featured items (the front page's most used services).
    pub fn featured(&self) -> &[String] {
        match &self.meta {
            Meta::Service(_) => &[],
            Meta::Common(m) => &m.featured,
        }
    }

    /// Keys of related items.
    pub fn related(&self) -> &[String] {
        match &self.meta {
            Meta::Service(m) => &m.related,
            Meta::Common(m) => &m.related,
        }
    }
}

/// The facts of `meta.yaml`.
#[derive(Debug, Clone)]
pub enum Meta {
    /// A service card's facts.
    Service(Box<ServiceMeta>),
    /// Any other kind's.
    Common(CommonMeta),
}

/// One locale's file of an item.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Translation {
    /// The file, relative to the site root (as shown in messages).
    pub path: PathBuf,
    /// Title, slug, summary, keywords.
    pub common: Common,
    /// The kind's own fields.
    pub fields: Fields,
    /// The Markdown body.
    pub body: String,
    /// The file line the body starts on.
    pub body_line: usize,
    /// The file line the front matter starts on.
    pub front_matter_line: usize,
    /// The front matter text (to tell when it changed).
    pub front_matter: String,
    /// Where the front matter's keys are (the rest of its index is read again
    /// from `front_matter` when a finding needs it: [`Translation::front_matter_index`]).
    pub front_matter_keys: crate::yaml::Keys,
    /// The body's headings with their ids.
    pub headings: Vec<Heading>,
    /// The body's component blocks, parsed and checked.
    pub components: Vec<ComponentBlock>,
}

impl Translation {
    /// Where a front matter field is (its key), for an error about the field; the
    /// front matter's first line if the field is not written.
    pub fn field_location(&self, field: &str) -> crate::error::Location {
        self.front_matter_keys.get(field).unwrap_or(crate::error::Location {
            line: self.front_matter_line,
            column: 1,
            len: 0,
        })
    }

    /// Where the text `text` is written under a front matter field (a list item, a
    /// step's instructions), else where the field is.
    pub fn text_location(&self, field: &str, text: &str) -> crate::error::Location {
        self.front_matter_index().text(field, text).unwrap_or_else(|| self.field_location(field))
    }

    /// Where the front matter's fields, list items and texts are, read again
    /// from the front matter (for a finding; not kept, see [`crate::yaml::Index::of`]).
    pub fn front_matter_index(&self) -> crate::yaml::Index {
        crate::yaml::Index::of(&self.front_matter, self.front_matter_line)
    }
}

/// The fields particular to a kind.
#[derive(Debug, Clone)]
pub enum Fields {
    /// A service card's.
    Service(Box<fields::ServiceFields>),
    /// A training module's.
    Module(Box<fields::ModuleFields>),
    /// A page's.
    Page(fields::PageFields),
    /// A glossary term's or persona's (none beyond the common ones).
    Basic,
}

/// Everything under `content/`.
///
/// Items are shared (`Arc`), so a copy of the library is cheap: the live preview
/// hands one to the search indexer while it goes on changing its own.
#[derive(Debug, Clone, Default)]
pub struct Library {
    /// Items by key.
    items: BTreeMap<String, Arc<Item>>,
    /// The keys of each kind's items. Every page asks which kinds have items
    /// (for its navigation); going through all items for that made a build
    /// quadratic in the number of items.
    by_kind: BTreeMap<Kind, BTreeSet<String>>,
}

impl Library {
    /// Adds an item, or replaces the one with its key; returns the one replaced.
    pub fn insert(&mut self, item: Arc<Item>) -> Option<Arc<Item>> {
        let old = self.remove(&item.key);
        self.by_kind.entry(item.kind).or_default().insert(item.key.clone());
        self.items.insert(item.key.clone(), item);
        old
    }

    /// Removes the item with this key; returns it.
    pub fn remove(&mut self, key: &str) -> Option<Arc<Item>> {
        let old = self.items.remove(key)?;
        if let Some(keys) = self.by_kind.get_mut(&old.kind) {
            keys.remove(key);
            if keys.is_empty() {
                self.by_kind.remove(&old.kind);
            }
        }
        Some(old)
    }

    /// The item with this key.
    pub fn get(&self, key: &str) -> Option<&Arc<Item>> {
        self.items.get(key)
    }

    /// Whether an item has this key.
    pub fn contains(&self, key: &str) -> bool {
        self.items.contains_key(key)
    }

    /// Every item, in key order.
    pub fn items(&self) -> impl Iterator<Item = &Item> {
        self.items.values().map(|i| &**i)
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there is no item.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// The items of one kind, in key order.
    pub fn of_kind(&self, kind: Kind) -> impl Iterator<Item = &Item> {
        self.by_kind.get(&kind).into_iter().flatten().filter_map(|k| self.items.get(k)).map(|i| &**i)
    }

    /// Whether any item is of this kind.
    pub fn has_kind(&self, kind: Kind) -> bool {
        self.by_kind.contains_key(&kind)
    }

    /// The number of (item, locale) files.
    pub fn translation_count(&self) -> usize {
        self.items.values().map(|i| i.translations.len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The kind index answers as going through every item would, through
    /// removals (a kind's last item gone) and replacements.
    #[test]
    fn a_kinds_items_are_what_a_scan_of_all_items_finds() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/features/local-links");
        let config = crate::config::Config::load(&root).expect("the fixture's book.toml");
        let mut library = load(&config).expect("the fixture's content");
        let agrees = |library: &Library| {
            for kind in Kind::ALL {
                let scanned: Vec<&str> = library.items().filter(|i| i.kind == kind).map(|i| i.key.as_str()).collect();
                let indexed: Vec<&str> = library.of_kind(kind).map(|i| i.key.as_str()).collect();
                assert_eq!(indexed, scanned, "{kind:?}");
                assert_eq!(library.has_kind(kind), !scanned.is_empty(), "{kind:?}");
            }
        };
        agrees(&library);
        assert!(library.has_kind(Kind::Glossary));
        let glossary: Vec<String> = library.of_kind(Kind::Glossary).map(|i| i.key.clone()).collect();
        let card = library.get("services/bus-card").expect("a card").clone();
        assert!(library.insert(card.clone()).is_some_and(|old| Arc::ptr_eq(&old, &card)), "replaced, not added");
        agrees(&library);
        for key in &glossary {
            assert!(library.remove(key).is_some());
        }
        assert!(!library.has_kind(Kind::Glossary) && library.remove(&glossary[0]).is_none());
        agrees(&library);
        assert_eq!(library.len(), library.items().count());
        assert!(!library.is_empty() && Library::default().is_empty());
    }
}
