//! The output buffer the normalizer writes into, and what the offset map
//! records while it does.

use core::mem::MaybeUninit;
use core::ops::Range;

/// A byte buffer the normalizer appends to. `buf` is the output so far and
/// is always valid UTF-8 (only whole characters are written); the fast loops
/// write ahead into its spare capacity and then extend it over what they
/// wrote. `buf[start..]` is what this call wrote: the context rules look
/// back no further.
///
/// `Out` is the one owner of the output: its fields are private, every write
/// goes through its methods, and [`into_string`](Self::into_string) is the
/// one place that turns the bytes into a `String` without validating them.
#[derive(Debug)]
pub(crate) struct Out {
    buf: Vec<u8>,
    start: usize,
}

impl Out {
    /// Writes after the contents of `s`, which are not context.
    pub(crate) fn append_to(s: String) -> Self {
        Self::after(s.into_bytes())
    }

    /// An empty output with room for `capacity` bytes, starting with the
    /// prefix `text[..at]` (a char boundary), which is context.
    pub(crate) fn with_prefix(text: &str, at: usize, capacity: usize) -> Self {
        let mut buf = Vec::with_capacity(capacity);
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

    /// Writes after the existing contents of `buf`, which are not context.
    pub(crate) fn after(buf: Vec<u8>) -> Self {
        let start = buf.len();
        Out { buf, start }
    }

    /// The output cursor: how many bytes the buffer holds.
    #[inline]
    pub(crate) fn w(&self) -> usize {
        self.buf.len()
    }

    /// The spare capacity after the cursor, at least `n` bytes of it.
    #[inline]
    pub(crate) fn spare(&mut self, n: usize) -> &mut [MaybeUninit<u8>] {
        self.buf.reserve(n);
        self.buf.spare_capacity_mut()
    }

    /// Moves the cursor over `n` bytes written into [`spare`](Self::spare).
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
        // lie within the capacity.
        unsafe { self.buf.set_len(len) };
    }

    #[inline]
    pub(crate) fn put(&mut self, bytes: &[u8]) {
        self.buf.extend_from_slice(bytes);
    }

    #[inline]
    pub(crate) fn put_char(&mut self, c: char) {
        self.put(c.encode_utf8(&mut [0; 4]).as_bytes());
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

    /// Replaces the bytes `at..at + old_len` of the output by `c`.
    pub(crate) fn replace(&mut self, at: usize, old_len: usize, c: char) {
        let mut tmp = [0; 4];
        let new = c.encode_utf8(&mut tmp).as_bytes();
        self.buf.splice(at..at + old_len, new.iter().copied());
    }

    /// The finished output as a `String`.
    #[allow(unsafe_code)]
    pub(crate) fn into_string(self) -> String {
        debug_assert!(core::str::from_utf8(&self.buf).is_ok());
        // SAFETY: the buffer holds only whole UTF-8 sequences: it starts as
        // a `String`'s bytes or a prefix of a `&str` cut at a char boundary,
        // and is written only by this type's methods: `put` (callers pass
        // whole characters: bytes of a `&str` between char boundaries, or
        // `char::encode_utf8` output), `put_char`, `replace` (a whole
        // character over a whole character), and `advance`, whose callers
        // promise whole characters (the table loop writes table entries
        // built by `char::encode_utf8` and cut to their encoded length, and
        // copies characters of the length their lead byte gives; the block
        // loop does the same 32 bytes at a time).
        unsafe { String::from_utf8_unchecked(self.buf) }
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
