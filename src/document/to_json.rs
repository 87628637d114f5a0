//! The JSON form of a [`Document`], written by hand so that it needs no
//! dependency and prints the same with and without the `serde` feature.
//!
//! The schema is the one of DESIGN.md (`{"title": …, "blocks": [{"type": …,
//! …, "span": [start, end]}, …]}`), and the text is byte for byte what
//! `serde_json::to_string` prints for the `Serialize` impl in `json.rs`:
//! the same keys in the same order, no spaces, and strings escaped as
//! serde_json escapes them (only `"`, `\` and control characters; everything
//! else is written as is). `tests/document_json.rs` holds the two together.

use std::fmt::Write;

use super::{Block, Document, Row};
use crate::{json, Span};

impl Document<'_> {
    /// The document as one line of JSON: `{"title":…,"blocks":[…]}`, each
    /// block with its `"type"`, its fields and its `"span"` as `[start, end]`
    /// byte offsets. List items are written as their texts, table rows as
    /// arrays of cell texts. With the `serde` feature, this is exactly what
    /// `serde_json::to_string(&doc)` gives.
    ///
    /// ```
    /// use arabic_text::Document;
    ///
    /// let doc = Document::parse("العنوان\n\nفقرة \"قصيرة\".\n\n- بند\n");
    /// assert_eq!(
    ///     doc.to_json(),
    ///     concat!(
    ///         r#"{"title":"العنوان","blocks":["#,
    ///         r#"{"type":"paragraph","text":"فقرة \"قصيرة\".","span":[16,38]},"#,
    ///         r#"{"type":"list","ordered":false,"items":["بند"],"span":[40,48]}]}"#,
    ///     )
    /// );
    /// ```
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        out.push_str("{\"title\":");
        match self.title() {
            Some(title) => json::string(&mut out, title),
            None => out.push_str("null"),
        }
        out.push_str(",\"blocks\":[");
        for (i, block) in self.blocks.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            self::block(&mut out, block);
        }
        out.push_str("]}");
        out
    }
}

fn block(out: &mut String, block: &Block) {
    out.push_str("{\"type\":\"");
    out.push_str(block.kind());
    out.push('"');
    match block {
        Block::Heading { level, text, .. } => {
            // Writing to a `String` cannot fail.
            let _ = write!(out, ",\"level\":{level},\"text\":");
            json::string(out, text);
        }
        Block::Paragraph { text, .. } => {
            out.push_str(",\"text\":");
            json::string(out, text);
        }
        Block::List { ordered, items, .. } => {
            let _ = write!(out, ",\"ordered\":{ordered},\"items\":[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                json::string(out, item.text);
            }
            out.push(']');
        }
        Block::Table { header, rows, .. } => {
            out.push_str(",\"header\":");
            row(out, header);
            out.push_str(",\"rows\":[");
            for (i, r) in rows.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                row(out, r);
            }
            out.push(']');
        }
    }
    let Span { start, end } = block.span();
    let _ = write!(out, ",\"span\":[{start},{end}]}}");
}

/// A row as the array of its cell texts.
fn row(out: &mut String, row: &Row) {
    out.push('[');
    for (i, cell) in row.cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        json::string(out, cell.text);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_document_has_a_null_title() {
        assert_eq!(
            Document::parse("").to_json(),
            r#"{"title":null,"blocks":[]}"#
        );
    }
}
