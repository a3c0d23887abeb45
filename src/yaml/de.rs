//! A serde `Deserializer` over the located [`Tree`], so that every error, even one
//! raised by a type's own checks, names the node it concerns.
//!
//! Each node is read by its own deserializer; an error that leaves it without a
//! node is given this one's ([`Error`]).

use std::cell::RefCell;
use std::collections::HashSet;

use serde::de::{self, DeserializeSeed, IntoDeserializer, Unexpected, Visitor};

pub use super::error::{nearest, Error, Kind};
use super::tree::{Body, NodeId, Tree};

/// What one typed read needs: the tree, the nodes left out, and what it records.
pub struct Cx<'t> {
    /// The document.
    pub tree: &'t Tree,
    /// Nodes whose entries are skipped (found bad in this or an earlier read).
    pub removed: &'t HashSet<NodeId>,
    /// The keys of free-form mappings (not structs) read, in order: a per-locale
    /// text's locale codes, for checks that come after the read.
    pub free_keys: RefCell<Vec<NodeId>>,
}

impl Cx<'_> {
    fn is_removed(&self, id: NodeId) -> bool {
        self.removed.contains(&id) || self.removed.contains(&self.tree.resolve(id))
    }
}

/// The deserializer of one node.
pub struct De<'c, 't> {
    /// The read's context.
    pub cx: &'c Cx<'t>,
    /// The node.
    pub id: NodeId,
}

/// A plain scalar's YAML 1.2 core-schema meaning.
enum Plain<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Uint(u64),
    Float(f64),
    Str(&'a str),
}

fn resolve_plain(text: &str) -> Plain<'_> {
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Plain::Null,
        "true" | "True" | "TRUE" => return Plain::Bool(true),
        "false" | "False" | "FALSE" => return Plain::Bool(false),
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Plain::Float(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Plain::Float(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Plain::Float(f64::NAN),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if let Some(hex) = text.strip_prefix("0x") {
        if let Ok(v) = u64::from_str_radix(hex, 16) {
            return Plain::Uint(v);
        }
    }
    if let Some(oct) = text.strip_prefix("0o") {
        if let Ok(v) = u64::from_str_radix(oct, 8) {
            return Plain::Uint(v);
        }
    }
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(v) = text.parse::<i64>() {
            return Plain::Int(v);
        }
        if let Ok(v) = digits.parse::<u64>() {
            if !text.starts_with('-') {
                return Plain::Uint(v);
            }
        }
    }
    let looks_numeric = digits.starts_with(|c: char| c.is_ascii_digit() || c == '.')
        && digits.bytes().all(|b| b.is_ascii_digit() || b"._eE+-".contains(&b))
        && digits.bytes().any(|b| b.is_ascii_digit());
    if looks_numeric {
        if let Ok(v) = text.parse::<f64>() {
            return Plain::Float(v);
        }
    }
    Plain::Str(text)
}

impl<'c, 't> De<'c, 't> {
    fn child(&self, id: NodeId) -> De<'c, 't> {
        De { cx: self.cx, id }
    }

    fn body(&self) -> &'t Body {
        &self.cx.tree.nodes[self.cx.tree.resolve(self.id)].body
    }

    fn unexpected(&self) -> Unexpected<'t> {
        match self.body() {
            Body::Scalar { text, plain: true } => match resolve_plain(text) {
                Plain::Null => Unexpected::Unit,
                Plain::Bool(b) => Unexpected::Bool(b),
                Plain::Int(i) => Unexpected::Signed(i),
                Plain::Uint(u) => Unexpected::Unsigned(u),
                Plain::Float(f) => Unexpected::Float(f),
                Plain::Str(s) => Unexpected::Str(s),
            },
            Body::Scalar { text, .. } => Unexpected::Str(text),
            Body::Seq(_) => Unexpected::Seq,
            Body::Map(_) => Unexpected::Map,
            Body::Alias(_) => Unexpected::Other("an alias"),
        }
    }

    fn wrong_type<V>(&self, exp: &dyn de::Expected) -> Result<V, Error> {
        Err(<Error as de::Error>::invalid_type(self.unexpected(), exp))
    }

    fn located<V>(&self, result: Result<V, Error>) -> Result<V, Error> {
        result.map_err(|e| e.at(self.cx.tree.resolve(self.id)))
    }

    fn seq<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, Error> {
        match self.body() {
            Body::Seq(items) => visitor.visit_seq(SeqAcc { de: self.child(self.id), items, at: 0 }),
            _ => self.wrong_type(&visitor),
        }
    }

    fn map<'de, V: Visitor<'de>>(&self, visitor: V, free: bool) -> Result<V::Value, Error> {
        match self.body() {
            Body::Map(entries) => {
                visitor.visit_map(MapAcc { de: self.child(self.id), entries, at: 0, value: None, free })
            }
            _ => self.wrong_type(&visitor),
        }
    }

    fn any<'de, V: Visitor<'de>>(&self, visitor: V) -> Result<V::Value, Error> {
        match self.body() {
            Body::Scalar { text, plain: true } => match resolve_plain(text) {
                Plain::Null => visitor.visit_unit(),
                Plain::Bool(b) => visitor.visit_bool(b),
                Plain::Int(i) => visitor.visit_i64(i),
                Plain::Uint(u) => visitor.visit_u64(u),
                Plain::Float(f) => visitor.visit_f64(f),
                Plain::Str(s) => visitor.visit_str(s),
            },
            Body::Scalar { text, .. } => visitor.visit_str(text),
            Body::Seq(_) => self.seq(visitor),
            Body::Map(_) => self.map(visitor, true),
            Body::Alias(_) => self.wrong_type(&visitor),
        }
    }

    fn is_null(&self) -> bool {
        matches!(self.body(), Body::Scalar { text, plain: true } if matches!(resolve_plain(text), Plain::Null))
    }
}

macro_rules! via_any {
    ($($method:ident)*) => {
        $(fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.located(self.any(visitor))
        })*
    };
}

impl<'de> de::Deserializer<'de> for De<'_, '_> {
    type Error = Error;

    via_any! {
        deserialize_any deserialize_bool deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64
        deserialize_i128 deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128
        deserialize_f32 deserialize_f64
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = match self.body() {
            Body::Scalar { text, .. } => visitor.visit_str(text),
            _ => self.wrong_type(&visitor),
        };
        self.located(result)
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = if self.is_null() { visitor.visit_none() } else { visitor.visit_some(self.child(self.id)) };
        self.located(result)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let result = if self.is_null() { visitor.visit_unit() } else { self.wrong_type(&visitor) };
        self.located(result)
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value, Error> {
        let result = visitor.visit_newtype_struct(self.child(self.id));
        self.located(result)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.located(self.seq(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.located(self.map(visitor, true))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.located(self.map(visitor, false))
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let result = match self.body() {
            Body::Scalar { .. } => visitor.visit_enum(Variant { de: self.child(self.id), value: None }),
            Body::Map(entries) if entries.len() == 1 => {
                let (key, value) = entries[0];
                visitor.visit_enum(Variant { de: self.child(key), value: Some(value) })
            }
            _ => self.wrong_type(&visitor),
        };
        self.located(result)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

struct SeqAcc<'c, 't> {
    de: De<'c, 't>,
    items: &'t [NodeId],
    at: usize,
}

impl<'de> de::SeqAccess<'de> for SeqAcc<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        while let Some(&id) = self.items.get(self.at) {
            self.at += 1;
            if self.de.cx.is_removed(id) {
                continue;
            }
            let child = self.de.child(id);
            return child.located(seed.deserialize(self.de.child(id))).map(Some);
        }
        Ok(None)
    }
}

struct MapAcc<'c, 't> {
    de: De<'c, 't>,
    entries: &'t [(NodeId, NodeId)],
    at: usize,
    value: Option<NodeId>,
    free: bool,
}

impl<'de> de::MapAccess<'de> for MapAcc<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        while let Some(&(key, value)) = self.entries.get(self.at) {
            self.at += 1;
            if self.de.cx.is_removed(key) || self.de.cx.is_removed(value) {
                continue;
            }
            self.value = Some(value);
            if self.free {
                self.de.cx.free_keys.borrow_mut().push(key);
            }
            let child = self.de.child(key);
            return child.located(seed.deserialize(self.de.child(key))).map(Some);
        }
        Ok(None)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let Some(value) = self.value.take() else {
            return Err(de::Error::custom("a value without a key"));
        };
        let child = self.de.child(value);
        child.located(seed.deserialize(self.de.child(value)))
    }
}

/// An enum written as a scalar (`free`) or a one-entry mapping (`variant: value`).
struct Variant<'c, 't> {
    de: De<'c, 't>,
    value: Option<NodeId>,
}

impl<'de, 'c, 't> de::EnumAccess<'de> for Variant<'c, 't> {
    type Error = Error;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), Error> {
        let name = self.de.cx.tree.text(self.de.id).unwrap_or_default();
        let de: de::value::StrDeserializer<'_, Error> = name.into_deserializer();
        let variant = self.de.located(seed.deserialize(de))?;
        Ok((variant, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, '_> {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self.value {
            None => Ok(()),
            Some(v) => self.de.child(v).wrong_type(&"a name alone"),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        match self.value {
            Some(v) => seed.deserialize(self.de.child(v)),
            None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &"a `name: value` entry")),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _: usize, visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Some(v) => de::Deserializer::deserialize_seq(self.de.child(v), visitor),
            None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &visitor)),
        }
    }

    fn struct_variant<V: Visitor<'de>>(self, _: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        match self.value {
            Some(v) => de::Deserializer::deserialize_map(self.de.child(v), visitor),
            None => Err(de::Error::invalid_type(Unexpected::UnitVariant, &visitor)),
        }
    }
}
