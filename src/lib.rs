//! # arabic-text
//!
//! Arabic text for Rust: normalization, tokenization with byte spans, and the
//! structure of plain-text articles.
//!
//! ## Document structure
//!
//! [`Document::parse`] reads a plain-text article — a web page flattened to
//! text — and finds its title and its blocks: headings, paragraphs, lists
//! (bullets `•` `-` `*` …, numbers `1.` `١-` `(١)` `أ.`, ordinal words
//! `أولاً:`; nesting by indentation) and tables (cells split by tabs, ` | `,
//! aligned spaces, or single spaces, whose columns are inferred). Texts and
//! spans point into the input; [`Document::to_markdown`] renders it, and with
//! the `serde` feature it serializes to the JSON of the `extract` example.
//!
//! ```
//! use arabic_text::{Block, Document};
//!
//! let text = "تقرير الطقس\n\nتتوقع الأرصاد ما يلي:\n\nاليوم الحرارة\nالسبت 31 درجة\nالأحد 29 درجة\n";
//! let doc = Document::parse(text);
//! assert_eq!(doc.title(), Some("تقرير الطقس"));
//! let Block::Table { header, rows, .. } = &doc.blocks()[1] else { panic!() };
//! assert_eq!(header.as_ref().unwrap().texts(), ["اليوم", "الحرارة"]);
//! assert_eq!(rows[1].texts(), ["الأحد", "29 درجة"]);
//! ```
#![deny(missing_docs)]
#![deny(unsafe_code)]
#![warn(missing_debug_implementations)]

pub mod chars;
pub mod document;
mod span;

pub use document::{Block, Cell, Document, Item, Row};
pub use span::Span;
