//! `serde::Serialize` for [`Document`], in the JSON schema of DESIGN.md:
//!
//! ```json
//! {"title": "…" | null,
//!  "blocks": [{"type": "heading", "level": 2, "text": "…", "span": [0, 10]}, …]}
//! ```
//!
//! List items serialize as their texts, table rows as arrays of cell texts,
//! spans as `[start, end]`.

use serde::ser::{Serialize, SerializeMap, SerializeSeq, Serializer};

use super::{Block, Document, Row};
use crate::Span;

impl Serialize for Document<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("title", &self.title())?;
        m.serialize_entry("blocks", &self.blocks)?;
        m.end()
    }
}

/// A span as the pair `[start, end]`.
struct Pair(Span);

impl Serialize for Pair {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.0.start, self.0.end].serialize(s)
    }
}

/// A row as the array of its cell texts.
struct Texts<'r, 'a>(&'r Row<'a>);

impl Serialize for Texts<'_, '_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.0.cells.len()))?;
        for c in &self.0.cells {
            seq.serialize_element(c.text)?;
        }
        seq.end()
    }
}

impl Serialize for Block<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Block::Heading { level, text, span } => {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("type", "heading")?;
                m.serialize_entry("level", level)?;
                m.serialize_entry("text", text)?;
                m.serialize_entry("span", &Pair(*span))?;
                m.end()
            }
            Block::Paragraph { text, span } => {
                let mut m = s.serialize_map(Some(3))?;
                m.serialize_entry("type", "paragraph")?;
                m.serialize_entry("text", text)?;
                m.serialize_entry("span", &Pair(*span))?;
                m.end()
            }
            Block::List {
                ordered,
                items,
                span,
            } => {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("type", "list")?;
                m.serialize_entry("ordered", ordered)?;
                let texts: Vec<&str> = items.iter().map(|i| i.text).collect();
                m.serialize_entry("items", &texts)?;
                m.serialize_entry("span", &Pair(*span))?;
                m.end()
            }
            Block::Table { header, rows, span } => {
                let mut m = s.serialize_map(Some(4))?;
                m.serialize_entry("type", "table")?;
                m.serialize_entry("header", &Texts(header))?;
                let rows: Vec<Texts> = rows.iter().map(Texts).collect();
                m.serialize_entry("rows", &rows)?;
                m.serialize_entry("span", &Pair(*span))?;
                m.end()
            }
        }
    }
}
