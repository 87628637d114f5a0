//! Nothing here: see tests/search.rs.
