//! The checks the fuzz targets assert: the crate's one module of invariant
//! checks, `tests/support/invariants.rs`, which the property tests and the
//! adversarial tests use too.

#[path = "../../tests/support/invariants.rs"]
mod invariants;

pub use invariants::*;
