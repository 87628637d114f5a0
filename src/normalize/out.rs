//! The output buffer the normalizer writes into, and what the offset map
//! records while it does.

use core::mem::MaybeUninit;
use core::ops::Range;

/// A byte buffer the normalizer appends to. `buf` is the output so far and
/// is always valid UTF-8; `buf[start..]` is what this call wrote: the
/// context rules look back no further.
///
/// `Out` is the one owner of the output: its fields are private, and every
/// method that writes keeps the buffer valid UTF-8 whatever its caller
/// passes: text arrives as `&str`, `char` or [`TwoBytes`], the fast loops
/// write through a [`Spare`] (which can only write whole characters), and
/// only the SIMD module writes raw bytes, through the `unsafe`
/// [`advance`](Self::advance). That is what lets
/// [`into_string`](Self::into_string) skip validation.
#[derive(Debug)]
pub(crate) struct Out {
    buf: Vec<u8>,
    start: usize,
}

impl Out {
    /// Writes after the contents of `s`, which are not context.
    pub(crate) fn append_to(s: String) -> Self {
        let buf = s.into_bytes();
        let start = buf.len();
        Out { buf, start }
    }

    /// An empty output with room for `capacity` bytes.
    pub(crate) fn with_capacity(capacity: usize) -> Self {
        Out {
            buf: Vec::with_capacity(capacity),
            start: 0,
        }
    }

    /// An output with room for `capacity` bytes, starting with the prefix
    /// `text[..at]` (`at` must be a char boundary), which is context.
    pub(crate) fn with_prefix(text: &str, at: usize, capacity: usize) -> Self {
        let mut buf = Vec::with_capacity(capacity);
        assert!(
            text.is_char_boundary(at),
            "Out::with_prefix: not a char boundary"
        );
        buf.extend_from_slice(&text.as_bytes()[..at]);
        Out { buf, start: 0 }
    }

    /// Where this call's output starts in the buffer.
    #[inline]
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// The output bytes `range`, if the buffer holds them.
    #[inline]
    pub(crate) fn bytes(&self, range: Range<usize>) -> Option<&[u8]> {
        self.buf.get(range)
    }

    /// Reserves room for `n` more bytes.
    #[inline]
    pub(crate) fn reserve(&mut self, n: usize) {
        self.buf.reserve(n);
    }

    /// The output cursor: how many bytes the buffer holds.
    #[inline]
    pub(crate) fn w(&self) -> usize {
        self.buf.len()
    }

    /// Runs `fill` over the spare capacity after the cursor (at least
    /// `room` bytes of it) and moves the cursor over what it wrote. The
    /// [`Spare`] writes only whole characters, so the buffer stays UTF-8
    /// whatever `fill` does.
    #[inline(always)]
    pub(crate) fn fill<T>(&mut self, room: usize, fill: impl FnOnce(&mut Spare<'_>) -> T) -> T {
        self.buf.reserve(room);
        let len = self.buf.len();
        let mut spare = Spare {
            buf: self.buf.spare_capacity_mut(),
            w: 0,
        };
        let result = fill(&mut spare);
        let written = spare.w;
        debug_assert!(len + written <= self.buf.capacity());
        // SAFETY: `Spare` only moves `w` over bytes it has written at the
        // start of the spare capacity (so `len + written` is within the
        // capacity and those bytes are initialized), and only over whole
        // UTF-8 characters (see `Spare`), so the buffer stays UTF-8.
        #[allow(unsafe_code)]
        unsafe {
            self.buf.set_len(len + written)
        };
        result
    }

    /// The spare capacity after the cursor, at least `n` bytes of it, for
    /// the SIMD block loop, which then calls [`advance`](Self::advance).
    #[inline]
    pub(crate) fn spare(&mut self, n: usize) -> &mut [MaybeUninit<u8>] {
        self.buf.reserve(n);
        self.buf.spare_capacity_mut()
    }

    /// Moves the cursor over `n` bytes written into [`spare`](Self::spare).
    /// Called only by the SIMD module.
    ///
    /// # Safety
    /// The first `n` bytes of the spare capacity must have been written,
    /// with whole UTF-8 characters.
    #[inline]
    #[allow(unsafe_code)]
    pub(crate) unsafe fn advance(&mut self, n: usize) {
        let len = self.buf.len() + n;
        debug_assert!(len <= self.buf.capacity());
        // SAFETY: the caller wrote the `n` bytes after the old length, which
        // lie within the capacity, with whole characters.
        unsafe { self.buf.set_len(len) };
    }

    #[inline]
    pub(crate) fn put(&mut self, s: &str) {
        self.buf.extend_from_slice(s.as_bytes());
    }

    #[inline]
    pub(crate) fn put_char(&mut self, c: char) {
        self.put(c.encode_utf8(&mut [0; 4]));
    }

    #[inline]
    pub(crate) fn put_two(&mut self, c: TwoBytes) {
        self.buf.extend_from_slice(c.as_bytes());
    }

    /// What this call has written so far.
    #[inline]
    pub(crate) fn written(&self) -> &[u8] {
        &self.buf[self.start..]
    }

    /// The last character this call wrote.
    pub(crate) fn last_char(&self) -> Option<char> {
        chars_backwards(self.written()).next().map(|(_, c)| c)
    }

    /// Replaces the character at `at`, `old_len` bytes long, by `c`.
    ///
    /// # Panics
    /// If `at..at + old_len` is not one whole character of the output.
    pub(crate) fn replace(&mut self, at: usize, old_len: usize, c: char) {
        let old = self
            .buf
            .get(at..at + old_len)
            .and_then(|b| core::str::from_utf8(b).ok());
        assert!(
            old.is_some_and(|old| old.chars().count() == 1) && is_boundary(&self.buf, at),
            "Out::replace: not one whole character"
        );
        let mut tmp = [0; 4];
        let new = c.encode_utf8(&mut tmp).as_bytes();
        self.buf.splice(at..at + old_len, new.iter().copied());
    }

    /// The finished output as a `String`.
    #[allow(unsafe_code)]
    pub(crate) fn into_string(self) -> String {
        debug_assert!(core::str::from_utf8(&self.buf).is_ok());
        // SAFETY: the buffer starts as a `String`'s bytes, a prefix of a
        // `&str` cut at a char boundary, or empty, and every method of this
        // type that writes keeps it UTF-8: `put` (a `&str`), `put_char`,
        // `put_two` (a `TwoBytes`, whole characters by construction),
        // `replace` (a whole character over a whole character, checked),
        // `fill` (a `Spare` writes only whole characters) and `advance`
        // (whose callers promise whole characters).
        unsafe { String::from_utf8_unchecked(self.buf) }
    }
}

/// Whether `at` is a char boundary of the UTF-8 `bytes` (or their end).
fn is_boundary(bytes: &[u8], at: usize) -> bool {
    bytes
        .get(at)
        .map_or(at == bytes.len(), |&b| b & 0xC0 != 0x80)
}

/// One character of one or two UTF-8 bytes, or nothing: what the table
/// loop writes for a code point below U+0800. Only a `char` makes one, so
/// its first `len` bytes are always whole UTF-8; the other bytes are zero.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct TwoBytes {
    bytes: [u8; 2],
    len: u8,
}

impl TwoBytes {
    /// Nothing: a removed character.
    pub(crate) const NONE: Self = TwoBytes {
        bytes: [0; 2],
        len: 0,
    };

    /// `c`, if it is one or two bytes long.
    pub(crate) fn of(c: char) -> Option<Self> {
        let mut bytes = [0; 2];
        if c.len_utf8() > 2 {
            return None;
        }
        let len = c.encode_utf8(&mut bytes).len() as u8;
        Some(TwoBytes { bytes, len })
    }

    /// Both bytes, of which the first [`len`](Self::len) count.
    #[inline(always)]
    pub(crate) fn pair(self) -> [u8; 2] {
        self.bytes
    }

    /// How many bytes count: 0, 1 or 2.
    #[inline(always)]
    pub(crate) fn len(self) -> usize {
        usize::from(self.len)
    }

    /// The bytes that count.
    #[inline(always)]
    pub(crate) fn as_bytes(&self) -> &[u8] {
        &self.bytes[..usize::from(self.len)]
    }
}

/// The spare room after an output's contents, which the table loop writes
/// into ([`Out::fill`], [`StackOut::fill`]). It writes ahead and counts only
/// whole characters: every method writes one character (or a `&str`) at the
/// cursor `w` and moves `w` past it, never into it, so the first `w` bytes
/// are always initialized, whole UTF-8. Bytes past `w` are scratch.
#[derive(Debug)]
pub(crate) struct Spare<'a> {
    buf: &'a mut [MaybeUninit<u8>],
    w: usize,
}

impl Spare<'_> {
    /// Writes the ASCII byte `b`.
    ///
    /// # Panics
    /// If `b` is not ASCII, or there is no room.
    #[inline(always)]
    pub(crate) fn push_ascii(&mut self, b: u8) {
        assert!(b.is_ascii());
        self.buf[self.w] = MaybeUninit::new(b);
        self.w += 1;
    }

    /// Writes `c`: both bytes, of which only the first `c.len()` count.
    ///
    /// # Panics
    /// If there is no room for two bytes.
    #[inline(always)]
    pub(crate) fn push_two(&mut self, c: &TwoBytes) {
        // Field by field: a `TwoBytes` taken whole is loaded as one
        // three-byte value and taken apart again, which costs the table loop
        // a few instructions per character.
        self.buf[self.w] = MaybeUninit::new(c.bytes[0]);
        self.buf[self.w + 1] = MaybeUninit::new(c.bytes[1]);
        self.w += usize::from(c.len);
    }

    /// Copies the character that starts at byte `r` of `text` and returns
    /// its length.
    ///
    /// # Panics
    /// If `r` is not the start of a character of `text`, or there is no room.
    #[inline(always)]
    pub(crate) fn push_char_of(&mut self, text: &str, r: usize) -> usize {
        let bytes = text.as_bytes();
        let lead = bytes[r];
        // A byte of valid UTF-8 that is not a continuation byte starts a
        // whole character, whose length its lead byte tells.
        assert!(lead & 0xC0 != 0x80);
        let len = match lead {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            _ => 4,
        };
        write_bytes(&mut self.buf[self.w..self.w + len], &bytes[r..r + len]);
        self.w += len;
        len
    }

    /// Writes `s`.
    ///
    /// # Panics
    /// If there is no room.
    #[inline(always)]
    pub(crate) fn push_str(&mut self, s: &str) {
        let end = self.w + s.len();
        write_bytes(&mut self.buf[self.w..end], s.as_bytes());
        self.w = end;
    }
}

/// A stack buffer of `N` bytes for a short output, written by the table
/// loop through a [`Spare`] and read back as a `&str`.
#[derive(Debug)]
pub(crate) struct StackOut<const N: usize> {
    buf: [MaybeUninit<u8>; N],
    len: usize,
}

impl<const N: usize> StackOut<N> {
    #[inline(always)]
    pub(crate) fn new() -> Self {
        StackOut {
            buf: [MaybeUninit::uninit(); N],
            len: 0,
        }
    }

    /// Runs `fill` over the room after the contents and keeps what it wrote.
    #[inline(always)]
    pub(crate) fn fill<T>(&mut self, fill: impl FnOnce(&mut Spare<'_>) -> T) -> T {
        let mut spare = Spare {
            buf: &mut self.buf[self.len..],
            w: 0,
        };
        let result = fill(&mut spare);
        self.len += spare.w;
        result
    }

    /// The contents.
    #[inline]
    #[allow(unsafe_code)]
    pub(crate) fn as_str(&self) -> &str {
        let filled = &self.buf[..self.len];
        // SAFETY: `len` only grows by what a `Spare` over the room after it
        // wrote, so the first `len` bytes are initialized (and `len <= N`);
        // `MaybeUninit<u8>` has the layout of `u8`; and a `Spare` writes
        // only whole UTF-8 characters.
        unsafe {
            core::str::from_utf8_unchecked(core::slice::from_raw_parts(
                filled.as_ptr().cast::<u8>(),
                filled.len(),
            ))
        }
    }
}

/// Writes `from` at the start of the uninitialized `to` (as many bytes as
/// both have).
#[inline(always)]
pub(crate) fn write_bytes(to: &mut [MaybeUninit<u8>], from: &[u8]) {
    for (to, &from) in to.iter_mut().zip(from) {
        *to = MaybeUninit::new(from);
    }
}

/// The characters of UTF-8 `bytes` from the last to the first, with their
/// offsets. Stops early at anything that is not UTF-8.
pub(crate) fn chars_backwards(bytes: &[u8]) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut end = bytes.len();
    core::iter::from_fn(move || {
        if end == 0 {
            return None;
        }
        let mut start = end - 1;
        while start > 0 && end - start < 4 && bytes[start] & 0xC0 == 0x80 {
            start -= 1;
        }
        let c = core::str::from_utf8(&bytes[start..end])
            .ok()?
            .chars()
            .next()?;
        end = start;
        Some((start, c))
    })
}

/// Receives, for the offset map, which input produced which output.
pub(crate) trait Record {
    /// The input bytes `input` produced the output bytes `out`; `exact` when
    /// they are the same bytes.
    fn piece(&mut self, input: Range<usize>, out: Range<usize>, exact: bool);
    /// Everything recorded from output offset `out` on came from input that
    /// starts at `input` (a composition reached back to an earlier letter).
    fn merge_from(&mut self, out: usize, input: usize);
    /// The input offset that output offset `out` came from.
    fn input_at(&self, out: usize) -> usize;
}

/// Records nothing: the plain `normalize` path.
impl Record for () {
    #[inline]
    fn piece(&mut self, _: Range<usize>, _: Range<usize>, _: bool) {}
    #[inline]
    fn merge_from(&mut self, _: usize, _: usize) {}
    #[inline]
    fn input_at(&self, _: usize) -> usize {
        0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chars_backwards_matches_char_indices() {
        let s = "aب€😀ـ";
        let forward: Vec<_> = s.char_indices().collect();
        let mut backward: Vec<_> = chars_backwards(s.as_bytes()).collect();
        backward.reverse();
        assert_eq!(forward, backward);
    }
}
