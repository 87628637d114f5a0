//! # arabic-text
//!
//! Arabic text for Rust: normalization, tokenization with byte spans, and the
//! structure of plain-text articles.
#![deny(missing_docs)]
#![deny(unsafe_code)]
#![warn(missing_debug_implementations)]

pub mod chars;
pub mod document;
mod span;

pub use document::{Block, Cell, Document, Item, Row};
pub use span::Span;
