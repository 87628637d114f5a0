//! Skipping text that no rule changes, 16 or 32 bytes at a time.
//!
//! Arabic letters are two-byte UTF-8 sequences with lead byte 0xD8 (U+0600..
//! U+063F) or 0xD9 (U+0640..U+067F). Whether one changes depends on its
//! continuation byte alone, so each lead gets a 64-bit set of "changing"
//! continuation bytes. The vector code splits every byte into its high and
//! low nibble and looks both up in 16-byte tables (`pshufb`): the low-nibble
//! table holds, per low nibble, one bit for each of the four continuation
//! high nibbles 0x8..=0xB under 0xD8 (bits 0..4) and under 0xD9 (bits 4..8);
//! the high-nibble table picks the bit for the byte's own high nibble; the
//! byte before selects the 0xD8 or the 0xD9 half. Any other non-ASCII lead
//! byte, and ASCII space or tab when the `whitespace` rule is on, is a
//! candidate without further test: the scalar table decides those.
//!
//! [`Finder::next_candidate`] is conservative: it may stop at a character
//! that does not change, never past one that does. Its scalar twin
//! [`Finder::next_candidate_scalar`] defines the result and is checked
//! against the vector code by a property test.
//!
//! [`Finder::copy_substituting`] normalizes whole blocks with the same
//! classification. The letters a rule replaces most often in Arabic text
//! (أ إ آ → ا, ة → ه, ى → ي) are replaced in register: a
//! [`SubstitutionRow`] holds, for one lead byte and one continuation high
//! nibble, the XOR that turns each letter of the row into its replacement,
//! looked up by low nibble like the classes. A block whose only changes are
//! those is stored as it is; removed marks are squeezed out eight bytes at a
//! time with shuffles; anything else is patched character by character or
//! handed back to the table loop. The normalizer's property tests check the
//! result against the character-by-character path.
#![allow(unsafe_code)]

use core::mem::MaybeUninit;

use super::out::{write_bytes, Out, TwoBytes};

/// Which code the finder runs, chosen once by runtime feature detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Level {
    Scalar,
    #[cfg(target_arch = "x86_64")]
    Ssse3,
    #[cfg(target_arch = "x86_64")]
    Avx2,
}

/// Finds the next character that a normalizer may change.
#[derive(Clone, Debug)]
pub(crate) struct Finder {
    /// Per low nibble: bit `h - 8` when continuation `h:lo` changes after
    /// 0xD8, bit `4 + h - 8` when it does after 0xD9.
    lo: [u8; 16],
    /// Per high nibble: the two bits of `lo` that belong to it.
    hi: [u8; 16],
    /// Like `lo`, for the characters that are removed (a subset).
    removed_lo: [u8; 16],
    /// ASCII space and tab are candidates (the `whitespace` rule).
    spaces: bool,
    /// The letters the block loop replaces in register.
    rows: [SubstitutionRow; MAX_ROWS],
    row_count: usize,
    level: Level,
}

/// At most this many [`SubstitutionRow`]s are applied to each block.
const MAX_ROWS: usize = 3;

/// The same-length replacements of up to sixteen two-byte letters that share
/// their lead byte and the high nibble of their continuation byte (a row of
/// the UTF-8 table: أ إ آ ة are all 0xD8 0xA_), applied in register with one
/// `pshufb` on the continuation byte's low nibble.
///
/// `delta[lo]` is what to XOR into the continuation byte, and bit 7 is set
/// when the lead byte changes too: a replacement stays within U+0600..U+067F,
/// so its lead is 0xD8 or 0xD9 and changing it is an XOR with 1 (ة, 0xD8
/// 0xA9, becomes ه, 0xD9 0x87). Zero means the letter stays.
#[derive(Clone, Copy, Debug, Default)]
struct SubstitutionRow {
    lead: u8,
    high: u8,
    delta: [u8; 16],
}

impl Finder {
    /// `changes(cp)` tells whether code point `cp` (U+0600..U+0680) changes,
    /// `removed(cp)` whether it is removed, `replacement(cp)` the one
    /// character it becomes when a rule replaces it by a single other
    /// character; `spaces` whether ASCII space and tab may change.
    pub(crate) fn new(
        changes: impl Fn(u32) -> bool,
        removed: impl Fn(u32) -> bool,
        replacement: impl Fn(u32) -> Option<u32>,
        spaces: bool,
    ) -> Self {
        let lo = nibble_table(&changes);
        let removed_lo = nibble_table(|cp| changes(cp) && removed(cp));
        let mut hi = [0u8; 16];
        for (h, bits) in hi.iter_mut().enumerate().take(0xC).skip(0x8) {
            *bits = (1 << (h - 8)) | (1 << (h - 8 + 4));
        }
        let (rows, row_count) = substitution_rows(&replacement);
        Finder {
            lo,
            hi,
            removed_lo,
            spaces,
            rows,
            row_count,
            level: detect(),
        }
    }

    /// Offset of the first character at or after `from` (a char boundary)
    /// that may change, or `bytes.len()`.
    #[inline]
    pub(crate) fn next_candidate(&self, bytes: &[u8], from: usize) -> usize {
        match self.level {
            Level::Scalar => self.next_candidate_scalar(bytes, from),
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `Level::Ssse3` is chosen only when the CPU has SSSE3.
            Level::Ssse3 => unsafe { self.next_candidate_ssse3(bytes, from) },
            #[cfg(target_arch = "x86_64")]
            // SAFETY: `Level::Avx2` is chosen only when the CPU has AVX2
            // (and POPCNT).
            Level::Avx2 => unsafe { self.next_candidate_avx2(bytes, from) },
        }
    }

    /// Whether the character starting at `bytes[i]` is a candidate.
    #[inline(always)]
    fn is_candidate(&self, bytes: &[u8], i: usize) -> bool {
        let b = bytes[i];
        match b {
            b' ' | b'\t' => self.spaces,
            0x00..=0x7F => false,
            0xD8 | 0xD9 => {
                let c = bytes.get(i + 1).copied().unwrap_or(0);
                let shift = if b == 0xD8 { 0 } else { 4 };
                self.lo[usize::from(c & 0xF)] & self.hi[usize::from(c >> 4)] & (0xF << shift) != 0
            }
            _ => b >= 0xC0,
        }
    }

    /// The definition of [`next_candidate`](Self::next_candidate), a byte
    /// at a time.
    pub(crate) fn next_candidate_scalar(&self, bytes: &[u8], from: usize) -> usize {
        let mut i = from;
        while i < bytes.len() {
            if bytes[i] & 0xC0 != 0x80 && self.is_candidate(bytes, i) {
                return i;
            }
            i += 1;
        }
        bytes.len()
    }

    /// # Safety
    /// The CPU must support SSSE3.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "ssse3")]
    unsafe fn next_candidate_ssse3(&self, bytes: &[u8], from: usize) -> usize {
        use core::arch::x86_64::*;
        // The vector loop reads the byte before each block; the first
        // character is checked by the scalar code.
        if from >= bytes.len() {
            return bytes.len();
        }
        if self.is_candidate(bytes, from) {
            return from;
        }
        let mut p = from + 1;
        let (lo_t, hi_t) = (load16(&self.lo), load16(&self.hi));
        let nibble = _mm_set1_epi8(0x0F);
        let (d8, d9) = (_mm_set1_epi8(0xD8u8 as i8), _mm_set1_epi8(0xD9u8 as i8));
        let (low_half, high_half) = (_mm_set1_epi8(0x0F), _mm_set1_epi8(0xF0u8 as i8));
        let (space, tab) = (_mm_set1_epi8(b' ' as i8), _mm_set1_epi8(b'\t' as i8));
        let (cont_top, zero) = (_mm_set1_epi8(0xBFu8 as i8), _mm_setzero_si128());
        while p + 16 <= bytes.len() {
            // SAFETY: `p + 16 <= len` and `p >= 1`, so both 16-byte loads
            // (at `p` and at `p - 1`) lie inside `bytes`; loadu has no
            // alignment requirement.
            let (v, prev) = unsafe {
                (
                    _mm_loadu_si128(bytes.as_ptr().add(p).cast()),
                    _mm_loadu_si128(bytes.as_ptr().add(p - 1).cast()),
                )
            };
            let lo = _mm_and_si128(v, nibble);
            let hi = _mm_and_si128(_mm_srli_epi16(v, 4), nibble);
            let bits = _mm_and_si128(_mm_shuffle_epi8(lo_t, lo), _mm_shuffle_epi8(hi_t, hi));
            let sel = _mm_or_si128(
                _mm_and_si128(_mm_cmpeq_epi8(prev, d8), low_half),
                _mm_and_si128(_mm_cmpeq_epi8(prev, d9), high_half),
            );
            let changing = _mm_andnot_si128(
                _mm_cmpeq_epi8(_mm_and_si128(bits, sel), zero),
                _mm_set1_epi8(-1),
            );
            // Lead bytes 0xC0..=0xFF (signed -64..=-1) other than 0xD8, 0xD9.
            let lead = _mm_and_si128(_mm_cmpgt_epi8(v, cont_top), _mm_cmplt_epi8(v, zero));
            let mut other = _mm_andnot_si128(
                _mm_or_si128(_mm_cmpeq_epi8(v, d8), _mm_cmpeq_epi8(v, d9)),
                lead,
            );
            if self.spaces {
                other = _mm_or_si128(
                    other,
                    _mm_or_si128(_mm_cmpeq_epi8(v, space), _mm_cmpeq_epi8(v, tab)),
                );
            }
            let cont_mask = _mm_movemask_epi8(changing) as u32;
            let lead_mask = _mm_movemask_epi8(other) as u32;
            if cont_mask | lead_mask != 0 {
                // A changing continuation byte's character starts one byte earlier.
                let at_cont = p + cont_mask.trailing_zeros() as usize - 1;
                let at_lead = p + lead_mask.trailing_zeros() as usize;
                return at_cont.min(at_lead);
            }
            p += 16;
        }
        self.finish_scalar(bytes, p)
    }

    /// # Safety
    /// The CPU must support AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    unsafe fn next_candidate_avx2(&self, bytes: &[u8], from: usize) -> usize {
        if from >= bytes.len() {
            return bytes.len();
        }
        if self.is_candidate(bytes, from) {
            return from;
        }
        let mut p = from + 1;
        // SAFETY: the caller guarantees AVX2.
        let classes = unsafe { Avx2Classes::new(self) };
        while p + 32 <= bytes.len() {
            // SAFETY: AVX2 as above; `p >= 1` and `p + 32 <= len`.
            let masks = unsafe { classes.classify(&Vectors::load(bytes, p)) };
            let (cont_mask, lead_mask) = (masks.changing, masks.other);
            if cont_mask | lead_mask != 0 {
                // A changing continuation byte's character starts one byte earlier.
                let at_cont = p + cont_mask.trailing_zeros() as usize - 1;
                let at_lead = p + lead_mask.trailing_zeros() as usize;
                return at_cont.min(at_lead);
            }
            p += 32;
        }
        self.finish_scalar(bytes, p)
    }

    /// Appends 32-byte blocks of `text[p..end]` to `out`, letting
    /// `substitute(lead, continuation)` rewrite each two-byte character the
    /// vector search flags (`None`: it needs the character path). Stops at
    /// the first character it cannot handle, or near the end, and returns
    /// where. `p` must be a char boundary; `room` bytes of spare capacity
    /// are reserved first, and the loop stops where fewer than 64 are left.
    ///
    /// Only the AVX2 level does block work; the others return at once and
    /// leave the text to the table loop.
    #[inline]
    pub(crate) fn copy_substituting(
        &self,
        text: &str,
        p: usize,
        end: usize,
        out: &mut Out,
        room: usize,
        substitute: impl Fn(u8, u8) -> Option<TwoBytes>,
    ) -> usize {
        assert!(
            text.is_char_boundary(p),
            "copy_substituting: not a char boundary"
        );
        match self.level {
            #[cfg(target_arch = "x86_64")]
            Level::Avx2 if p >= 1 => {
                let buf = out.spare(room);
                // SAFETY: `Level::Avx2` is chosen only when the CPU has AVX2
                // and POPCNT.
                let (p, written) = unsafe {
                    self.copy_substituting_avx2(text.as_bytes(), p, end, buf, substitute)
                };
                // SAFETY: the block loop wrote `written` bytes at the start of
                // the spare capacity, and they are whole UTF-8 characters:
                // it starts at a char boundary of `text` and ends each block
                // at one; it copies the text's bytes, and changes only
                // two-byte characters, each into a `TwoBytes` (whole by
                // construction), into nothing (a removed mark: both its
                // bytes go), or in register into another character of
                // U+0600..U+067F (`substitution_rows` keeps only those).
                unsafe { out.advance(written) };
                p
            }
            _ => p,
        }
    }

    /// # Safety
    /// The CPU must support AVX2 and POPCNT.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2,popcnt")]
    unsafe fn copy_substituting_avx2(
        &self,
        bytes: &[u8],
        mut p: usize,
        end: usize,
        buf: &mut [MaybeUninit<u8>],
        substitute: impl Fn(u8, u8) -> Option<TwoBytes>,
    ) -> (usize, usize) {
        use core::arch::x86_64::_mm256_storeu_si256;
        // SAFETY: the caller guarantees AVX2 (and POPCNT).
        let classes = unsafe { Avx2Classes::new(self) };
        let mut w = 0;
        // Each block reads 64 bytes at `p` and writes up to 64 at `w`.
        let (Some(last_p), Some(last_w)) = (bytes.len().checked_sub(64), buf.len().checked_sub(64))
        else {
            return (p, w);
        };
        // A block also needs the byte after it, to see whether a character
        // straddles its end.
        let Some(last_block) = end.min(bytes.len()).checked_sub(33) else {
            return (p, w);
        };
        while p >= 1 && p <= last_block && p <= last_p && w <= last_w {
            // The block and the output window, as arrays so that indexing
            // them by a bit position needs no bounds check.
            let (Ok(block), Ok(out)) = (
                <&[u8; 64]>::try_from(&bytes[p..p + 64]),
                <&mut [MaybeUninit<u8>; 64]>::try_from(&mut buf[w..w + 64]),
            ) else {
                break;
            };
            // SAFETY: AVX2 as above; `p >= 1` and `p + 64 <= len`.
            let (masks, (replaced, handled)) = unsafe {
                let vectors = Vectors::load(bytes, p);
                (classes.classify(&vectors), classes.substitute(&vectors))
            };
            // SAFETY: AVX2 as above; `out` is 64 bytes long, so the 32-byte
            // unaligned store stays inside it.
            unsafe { _mm256_storeu_si256(out.as_mut_ptr().cast(), replaced) };
            if ((masks.changing & !handled) >> 1) | masks.other | (masks.removed >> 1) == 0 {
                // Nothing left to do but to find the block's end. Only a
                // two-byte letter can straddle it here: a longer character
                // is in `other`.
                let len = 32 - usize::from(block[32] & 0xC0 == 0x80);
                p += len;
                w += len;
                continue;
            }
            // The block ends at the last character boundary at or before
            // p + 32, found without a branch on the text.
            let straddles = block[32] & 0xC0 == 0x80;
            let last_start = 31 - masks.starts.leading_zeros() as usize;
            let len = if straddles { last_start } else { 32 };
            // Characters to look at, by their first byte. `p` is a char
            // boundary, so bit 0 of `changing` is never a character before `p`.
            let keep = if len == 32 {
                u32::MAX
            } else {
                (1u32 << len) - 1
            };
            let mut flagged = (((masks.changing & !handled) >> 1) | masks.other) & keep;
            let removed = (masks.removed >> 1) & keep;
            if flagged | removed == 0 {
                p += len;
                w += len;
                continue;
            }
            // The block with the in-register replacements made, for the
            // paths that move bytes: replacements keep every byte in place.
            let mut replaced_block = *block;
            // SAFETY: AVX2 as above; the array is 64 bytes long.
            unsafe { _mm256_storeu_si256(replaced_block.as_mut_ptr().cast(), replaced) };
            if removed != 0 {
                // SAFETY: AVX2 and POPCNT as above.
                if let Some(o) = unsafe {
                    compact_block(
                        &mut replaced_block,
                        keep,
                        removed,
                        flagged & !removed,
                        out,
                        &substitute,
                    )
                } {
                    p += len;
                    w += o;
                    continue;
                }
            }
            let block = &replaced_block;
            // Other same-length replacements are patched in place.
            while flagged != 0 {
                let i = flagged.trailing_zeros() as usize;
                match substitute_pair(block[i], block[i + 1], &substitute) {
                    Some(c) if c.len() == 2 => {
                        let pair = c.pair();
                        out[i] = MaybeUninit::new(pair[0]);
                        out[i + 1] = MaybeUninit::new(pair[1]);
                        flagged &= flagged - 1;
                    }
                    _ => break,
                }
            }
            if flagged == 0 {
                p += len;
                w += len;
                continue;
            }
            // From the first character that changes length on: unchanged
            // text between flagged characters is moved with fixed 32-byte
            // copies, the bytes past each copy's useful part overwritten by
            // what comes next. Everything before `s` is in place already.
            let mut s = flagged.trailing_zeros() as usize;
            let mut o = s;
            while flagged != 0 {
                let i = flagged.trailing_zeros() as usize;
                flagged &= flagged - 1;
                let folded = substitute_pair(block[i], block[i + 1], &substitute);
                write_bytes(&mut out[o..o + 32], &block[s..s + 32]);
                o += i - s;
                let Some(c) = folded else {
                    return (p + i, w + o);
                };
                let pair = c.pair();
                out[o] = MaybeUninit::new(pair[0]);
                out[o + 1] = MaybeUninit::new(pair[1]);
                o += c.len();
                s = i + 2;
            }
            write_bytes(&mut out[o..o + 32], &block[s..s + 32]);
            p += len;
            w += o + len - s;
        }
        (p, w)
    }

    /// The scalar search from `p`, which may sit inside a character.
    fn finish_scalar(&self, bytes: &[u8], p: usize) -> usize {
        // Back to the start of the character around `p`: a two-byte letter
        // whose continuation byte is at `p` has not been looked at yet.
        let mut q = p.min(bytes.len());
        while q > 0 && q < bytes.len() && bytes[q] & 0xC0 == 0x80 {
            q -= 1;
        }
        self.next_candidate_scalar(bytes, q)
    }
}

/// What `substitute` makes of the character whose first two bytes are
/// `b0, b1`; `None` unless it is a two-byte character.
#[inline(always)]
fn substitute_pair(
    b0: u8,
    b1: u8,
    substitute: &impl Fn(u8, u8) -> Option<TwoBytes>,
) -> Option<TwoBytes> {
    if (0xC0..0xE0).contains(&b0) {
        substitute(b0, b1)
    } else {
        None
    }
}

/// The rows of same-length replacements for the block loop: the row of
/// alef with hamza and teh marbuta (0xD8 0xA_) first, then that of alef
/// maksura (0xD9 0x8_), the commonest letters a rule replaces; then any
/// other row with a replacement, by code point, up to [`MAX_ROWS`].
fn substitution_rows(
    replacement: &impl Fn(u32) -> Option<u32>,
) -> ([SubstitutionRow; MAX_ROWS], usize) {
    let mut candidates: Vec<SubstitutionRow> = Vec::new();
    for lead in [0xD8u8, 0xD9] {
        for high in 0x8u8..=0xB {
            let mut row = SubstitutionRow {
                lead,
                high,
                delta: [0; 16],
            };
            for lo in 0..16u8 {
                let cont = (high << 4) | lo;
                let cp = (u32::from(lead & 0x1F) << 6) | u32::from(cont & 0x3F);
                let Some(to) = replacement(cp) else {
                    continue;
                };
                if !(0x600..0x680).contains(&to) || to == cp {
                    continue;
                }
                let to_lead = 0xC0 | (to >> 6) as u8;
                let to_cont = 0x80 | (to & 0x3F) as u8;
                row.delta[usize::from(lo)] = (cont ^ to_cont) | (u8::from(to_lead != lead) << 7);
            }
            if row.delta != [0; 16] {
                candidates.push(row);
            }
        }
    }
    let priority = |row: &SubstitutionRow| match (row.lead, row.high) {
        (0xD8, 0xA) => 0,
        (0xD9, 0x8) => 1,
        _ => 2,
    };
    candidates.sort_by_key(priority);
    let mut rows = [SubstitutionRow::default(); MAX_ROWS];
    let count = candidates.len().min(MAX_ROWS);
    rows[..count].copy_from_slice(&candidates[..count]);
    (rows, count)
}

/// The low-nibble table of a set of code points U+0600..U+0680 (see
/// [`Finder`]'s fields).
fn nibble_table(member: impl Fn(u32) -> bool) -> [u8; 16] {
    let mut lo = [0u8; 16];
    for (lead, shift) in [(0xD8u32, 0), (0xD9, 4)] {
        for cont in 0x80u32..0xC0 {
            let cp = ((lead & 0x1F) << 6) | (cont & 0x3F);
            if member(cp) {
                lo[(cont & 0xF) as usize] |= 1 << (shift + (cont >> 4) - 8);
            }
        }
    }
    lo
}

/// For each 8-bit mask of bytes to keep, the `pshufb` indices that move the
/// kept bytes of an 8-byte group to its front.
const COMPACT: [[u8; 8]; 256] = {
    let mut table = [[0u8; 8]; 256];
    let mut mask = 0;
    while mask < 256 {
        let (mut bit, mut n) = (0, 0);
        while bit < 8 {
            if mask & (1 << bit) != 0 {
                table[mask][n] = bit as u8;
                n += 1;
            }
            bit += 1;
        }
        mask += 1;
    }
    table
};

/// The constant vectors of the AVX2 classification, built once per call.
#[cfg(target_arch = "x86_64")]
struct Avx2Classes {
    lo: core::arch::x86_64::__m256i,
    hi: core::arch::x86_64::__m256i,
    removed_lo: core::arch::x86_64::__m256i,
    spaces: bool,
    /// Per [`SubstitutionRow`]: its lead byte, its high nibble and its
    /// deltas, broadcast.
    rows: [[core::arch::x86_64::__m256i; 3]; MAX_ROWS],
    row_count: usize,
}

/// 32 bytes of text as the classification and the substitution rows look
/// them up: the bytes, the bytes one position earlier (whose 0xD8 or 0xD9
/// says which half of a table applies), and their low and high nibbles.
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
struct Vectors {
    v: core::arch::x86_64::__m256i,
    prev: core::arch::x86_64::__m256i,
    lo: core::arch::x86_64::__m256i,
    hi: core::arch::x86_64::__m256i,
}

#[cfg(target_arch = "x86_64")]
impl Vectors {
    /// The 32 bytes at `p`.
    ///
    /// # Safety
    /// The CPU must support AVX2, and `1 <= p` and `p + 32 <= bytes.len()`.
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn load(bytes: &[u8], p: usize) -> Self {
        use core::arch::x86_64::*;
        // SAFETY: by the contract, both 32-byte loads (at `p` and `p - 1`)
        // lie inside `bytes`; loadu has no alignment requirement.
        let (v, prev) = unsafe {
            (
                _mm256_loadu_si256(bytes.as_ptr().add(p).cast()),
                _mm256_loadu_si256(bytes.as_ptr().add(p - 1).cast()),
            )
        };
        let nibble = _mm256_set1_epi8(0x0F);
        Vectors {
            v,
            prev,
            lo: _mm256_and_si256(v, nibble),
            hi: _mm256_and_si256(_mm256_srli_epi16(v, 4), nibble),
        }
    }
}

/// What [`Avx2Classes::classify`] finds in 32 bytes, one bit a byte.
#[cfg(target_arch = "x86_64")]
#[derive(Clone, Copy)]
struct Masks {
    /// Continuation bytes whose character changes.
    changing: u32,
    /// Continuation bytes whose character is removed (within `changing`).
    removed: u32,
    /// Other candidates: lead bytes other than 0xD8 and 0xD9, and space and
    /// tab under `whitespace`.
    other: u32,
    /// Bytes that start a character.
    starts: u32,
}

#[cfg(target_arch = "x86_64")]
impl Avx2Classes {
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn new(f: &Finder) -> Self {
        use core::arch::x86_64::*;
        Avx2Classes {
            lo: _mm256_broadcastsi128_si256(load16(&f.lo)),
            hi: _mm256_broadcastsi128_si256(load16(&f.hi)),
            removed_lo: _mm256_broadcastsi128_si256(load16(&f.removed_lo)),
            spaces: f.spaces,
            rows: f.rows.map(|row| {
                [
                    _mm256_set1_epi8(row.lead as i8),
                    _mm256_set1_epi8(row.high as i8),
                    _mm256_broadcastsi128_si256(load16(&row.delta)),
                ]
            }),
            row_count: f.row_count,
        }
    }

    /// The block with the letters of the substitution rows replaced, and a
    /// mask of the continuation bytes of those letters.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn substitute(&self, block: &Vectors) -> (core::arch::x86_64::__m256i, u32) {
        use core::arch::x86_64::*;
        let Vectors { v, prev, lo, hi } = *block;
        let mut delta = _mm256_setzero_si256();
        for [lead, high, deltas] in &self.rows[..self.row_count] {
            let in_row =
                _mm256_and_si256(_mm256_cmpeq_epi8(prev, *lead), _mm256_cmpeq_epi8(hi, *high));
            delta = _mm256_or_si256(
                delta,
                _mm256_and_si256(in_row, _mm256_shuffle_epi8(*deltas, lo)),
            );
        }
        let handled =
            !(_mm256_movemask_epi8(_mm256_cmpeq_epi8(delta, _mm256_setzero_si256())) as u32);
        // Bit 7 of a continuation byte's delta flips bit 0 of the lead byte
        // before it: move those bits one byte down (across the two lanes)
        // and to bit 0.
        let next_lane = _mm256_permute2x128_si256(delta, delta, 0x81);
        let lead_bits = _mm256_alignr_epi8(next_lane, delta, 1);
        let lead_xor = _mm256_and_si256(_mm256_srli_epi16(lead_bits, 7), _mm256_set1_epi8(1));
        let cont_xor = _mm256_and_si256(delta, _mm256_set1_epi8(0x3F));
        (
            _mm256_xor_si256(v, _mm256_or_si256(cont_xor, lead_xor)),
            handled,
        )
    }

    /// The [`Masks`] of the block.
    ///
    /// # Safety
    /// The CPU must support AVX2.
    #[target_feature(enable = "avx2")]
    #[inline]
    unsafe fn classify(&self, block: &Vectors) -> Masks {
        use core::arch::x86_64::*;
        let Vectors { v, prev, lo, hi } = *block;
        let (d8, d9) = (
            _mm256_set1_epi8(0xD8u8 as i8),
            _mm256_set1_epi8(0xD9u8 as i8),
        );
        let zero = _mm256_setzero_si256();
        let hi_bits = _mm256_shuffle_epi8(self.hi, hi);
        let bits = _mm256_and_si256(_mm256_shuffle_epi8(self.lo, lo), hi_bits);
        let removed_bits = _mm256_and_si256(_mm256_shuffle_epi8(self.removed_lo, lo), hi_bits);
        let sel = _mm256_or_si256(
            _mm256_and_si256(_mm256_cmpeq_epi8(prev, d8), _mm256_set1_epi8(0x0F)),
            _mm256_and_si256(_mm256_cmpeq_epi8(prev, d9), _mm256_set1_epi8(0xF0u8 as i8)),
        );
        let unchanged = _mm256_cmpeq_epi8(_mm256_and_si256(bits, sel), zero);
        let kept = _mm256_cmpeq_epi8(_mm256_and_si256(removed_bits, sel), zero);
        // Lead bytes 0xC0..=0xFF (signed -64..=-1) other than 0xD8, 0xD9.
        let lead = _mm256_and_si256(
            _mm256_cmpgt_epi8(v, _mm256_set1_epi8(0xBFu8 as i8)),
            _mm256_cmpgt_epi8(zero, v),
        );
        let mut other = _mm256_andnot_si256(
            _mm256_or_si256(_mm256_cmpeq_epi8(v, d8), _mm256_cmpeq_epi8(v, d9)),
            lead,
        );
        if self.spaces {
            let space = _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b' ' as i8));
            other = _mm256_or_si256(
                other,
                _mm256_or_si256(space, _mm256_cmpeq_epi8(v, _mm256_set1_epi8(b'\t' as i8))),
            );
        }
        Masks {
            changing: !(_mm256_movemask_epi8(unchanged) as u32),
            removed: !(_mm256_movemask_epi8(kept) as u32),
            other: _mm256_movemask_epi8(other) as u32,
            // Continuation bytes are 0x80..=0xBF, signed -128..=-65.
            starts: !(_mm256_movemask_epi8(_mm256_cmpgt_epi8(_mm256_set1_epi8(-64), v)) as u32),
        }
    }
}

/// Writes the bytes of `block` set in `keep` to `out` without the
/// characters whose first byte is set in `removed`, when every character
/// flagged in `others` is a same-length substitution: those are patched into
/// `block` first, then each group of eight bytes has its kept bytes moved to
/// its front by a shuffle. Returns the number of bytes written, or `None`
/// (having changed nothing) when some flagged character needs more.
///
/// # Safety
/// The CPU must support AVX2 and POPCNT.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2,popcnt")]
#[inline]
unsafe fn compact_block(
    block: &mut [u8; 64],
    keep: u32,
    removed: u32,
    others: u32,
    out: &mut [MaybeUninit<u8>; 64],
    substitute: &impl Fn(u8, u8) -> Option<TwoBytes>,
) -> Option<usize> {
    use core::arch::x86_64::*;
    let same_length =
        |block: &[u8; 64], i: usize| match substitute_pair(block[i], block[i + 1], substitute) {
            Some(c) if c.len() == 2 => Some(c.pair()),
            _ => None,
        };
    let mut flagged = others;
    while flagged != 0 {
        same_length(block, flagged.trailing_zeros() as usize)?;
        flagged &= flagged - 1;
    }
    let mut flagged = others;
    while flagged != 0 {
        let i = flagged.trailing_zeros() as usize;
        flagged &= flagged - 1;
        if let Some(pair) = same_length(block, i) {
            block[i] = pair[0];
            block[i + 1] = pair[1];
        }
    }
    let kept = keep & !(removed | removed << 1);
    let mut o = 0;
    for group in 0..4 {
        let mask = (kept >> (8 * group)) & 0xFF;
        let from = &block[8 * group..8 * group + 8];
        let to = &mut out[o..o + 8];
        // SAFETY: `from` and `to` are 8 bytes long and `COMPACT[mask]` is 8
        // bytes: each unaligned 8-byte load and store stays inside them.
        unsafe {
            let data = _mm_loadl_epi64(from.as_ptr().cast());
            let order = _mm_loadl_epi64(COMPACT[mask as usize].as_ptr().cast());
            _mm_storel_epi64(to.as_mut_ptr().cast(), _mm_shuffle_epi8(data, order));
        }
        o += mask.count_ones() as usize;
    }
    Some(o)
}

/// Loads a 16-byte table.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
fn load16(table: &[u8; 16]) -> core::arch::x86_64::__m128i {
    // SAFETY: `table` is 16 readable bytes; loadu has no alignment
    // requirement, and SSE2 is part of the x86_64 baseline.
    unsafe { core::arch::x86_64::_mm_loadu_si128(table.as_ptr().cast()) }
}

/// The vector level this CPU supports; `Scalar` when the environment
/// variable `ARABIC_TEXT_NO_SIMD` is set (documented in the crate docs,
/// Performance).
fn detect() -> Level {
    #[cfg(target_arch = "x86_64")]
    {
        if std::env::var_os("ARABIC_TEXT_NO_SIMD").is_some() {
            return Level::Scalar;
        }
        if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("popcnt") {
            return Level::Avx2;
        }
        if is_x86_feature_detected!("ssse3") {
            return Level::Ssse3;
        }
    }
    Level::Scalar
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn finder(spaces: bool) -> Finder {
        // Alef variants, teh marbuta, tatweel, harakat, alef maksura.
        Finder::new(
            |cp| matches!(cp, 0x622..=0x625 | 0x629 | 0x640 | 0x649 | 0x64B..=0x65F | 0x670),
            |cp| matches!(cp, 0x640 | 0x64B..=0x65F | 0x670),
            |cp| match cp {
                0x622..=0x625 => Some(0x627),
                0x629 => Some(0x647),
                0x649 => Some(0x64A),
                _ => None,
            },
            spaces,
        )
    }

    fn levels() -> Vec<Level> {
        let mut levels = vec![Level::Scalar];
        #[cfg(target_arch = "x86_64")]
        {
            if is_x86_feature_detected!("ssse3") {
                levels.push(Level::Ssse3);
            }
            if is_x86_feature_detected!("avx2") && is_x86_feature_detected!("popcnt") {
                levels.push(Level::Avx2);
            }
        }
        levels
    }

    fn char_strategy() -> impl Strategy<Value = char> {
        prop_oneof![
            6 => (0x0621u32..=0x0670).prop_map(|c| char::from_u32(c).unwrap()),
            1 => (0x0671u32..=0x06FF).prop_map(|c| char::from_u32(c).unwrap()),
            2 => prop::sample::select(vec![' ', '\t', '\n', 'a', '7', 'é', '“', '😀', '\u{FEFB}', 'ـ']),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]
        #[test]
        fn vector_code_agrees_with_scalar_twin(
            chars in prop::collection::vec(char_strategy(), 0..120),
            spaces in any::<bool>(),
            skip in 0usize..40,
        ) {
            let text: String = chars.into_iter().collect();
            let mut from = skip.min(text.len());
            while !text.is_char_boundary(from) {
                from -= 1;
            }
            let mut f = finder(spaces);
            let want = f.next_candidate_scalar(text.as_bytes(), from);
            for level in levels() {
                f.level = level;
                prop_assert_eq!(f.next_candidate(text.as_bytes(), from), want, "{:?}", level);
            }
        }
    }

    #[test]
    fn finds_the_first_changing_letter() {
        let f = finder(false);
        let text = "قال المتحدث الرسمي باسم الوزارة في مؤتمر صحفي عقده اليوم";
        let want = text.find('ة').unwrap();
        for level in levels() {
            let f = Finder { level, ..f.clone() };
            assert_eq!(f.next_candidate(text.as_bytes(), 0), want, "{level:?}");
        }
    }
}
