//! # arabic-text
//!
//! Arabic text for Rust: normalization, tokenization with byte spans, and the
//! structure of plain-text articles.
#![deny(missing_docs)]
#![deny(unsafe_code)]
#![warn(missing_debug_implementations)]

pub mod chars;
mod span;

pub use span::Span;

pub mod normalize;

pub use normalize::{NormalizeOptions, Normalizer, OffsetMap};
