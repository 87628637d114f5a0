//! The crate's hashes, each for one job:
//!
//! * [`FxHasher`], fast, for maps and memos keyed by short words (the
//!   multiply-rotate scheme of the Firefox/rustc "Fx" hash). Word counts are
//!   not exposed to hash flooding from untrusted peers, so speed wins here.
//! * [`word`], the same mixing over a short string read as (at most) its
//!   first and last eight bytes, for the analyzer's tables of words and
//!   the document parser's word lists, cell values and phrase counts: no
//!   loop and no copy for a word of up to 16 bytes.
//! * [`Fnv`], FNV-1a over bytes, whose value is fixed by its definition: the
//!   same on every platform and in every release, for values that are
//!   stored (`NormalizeOptions::fingerprint`).

use core::hash::Hasher;

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hasher: for each 8-byte word, `h = (h.rotl(5) ^ w) * SEED`.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, mut bytes: &[u8]) {
        while bytes.len() >= 8 {
            let (head, rest) = bytes.split_at(8);
            let mut w = [0u8; 8];
            w.copy_from_slice(head);
            self.add(u64::from_le_bytes(w));
            bytes = rest;
        }
        if !bytes.is_empty() {
            let mut w = [0u8; 8];
            w[..bytes.len()].copy_from_slice(bytes);
            self.add(u64::from_le_bytes(w));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// The eight bytes at the start of `b` (at least eight long), as a number.
#[inline]
fn load8(b: &[u8]) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[..8]);
    u64::from_le_bytes(w)
}

/// The four bytes at the start of `b` (at least four long), as a number.
#[inline]
fn load4(b: &[u8]) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[..4]);
    u64::from(u32::from_le_bytes(w))
}

/// An Fx hash of a word's bytes for the crate's own tables: the first and
/// last eight bytes read whole (they overlap below 16 bytes; below eight,
/// the first and last four, or the first, middle and last byte), every
/// eight bytes between them, and the length. Not the value of
/// [`FxHasher`] over the same bytes, and not stable across releases.
#[inline(always)]
pub(crate) fn word(b: &[u8]) -> u64 {
    let n = b.len();
    let mut h = FxHasher::default();
    if n >= 8 {
        h.add(load8(b));
        let mut i = 8;
        while i + 8 < n {
            h.add(load8(&b[i..]));
            i += 8;
        }
        h.add(load8(&b[n - 8..]));
    } else if n >= 4 {
        h.add((load4(b) << 32) | load4(&b[n - 4..]));
    } else if n > 0 {
        h.add(u64::from(b[0]) | (u64::from(b[n / 2]) << 8) | (u64::from(b[n - 1]) << 16));
    }
    h.add(n as u64);
    h.finish()
}

/// FNV-1a, 64 bits: a hash whose value is fixed by its definition, the same
/// on every platform and in every release.
pub(crate) struct Fnv(u64);

impl Fnv {
    /// The FNV-1a offset basis.
    pub(crate) const fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }

    /// Mixes in `bytes`, one at a time.
    pub(crate) fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    /// Mixes in `v` as four little-endian bytes.
    pub(crate) fn u32(&mut self, v: u32) {
        self.bytes(&v.to_le_bytes());
    }

    /// Mixes in `s`, its length first, so that texts side by side cannot be
    /// confused.
    pub(crate) fn text(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.bytes(s.as_bytes());
    }

    /// The hash so far.
    pub(crate) fn value(&self) -> u64 {
        self.0
    }
}
