//! The output buffer the normalizer writes into, and what the offset map
//! records while it does.

use core::ops::Range;

/// A byte buffer written at a cursor. `buf[..w]` is the output so far and is
/// always valid UTF-8 (only whole characters are written); `buf[w..]` is
/// scratch room for the fast loop. `buf[start..w]` is what this call wrote:
/// the context rules look back no further.
#[derive(Debug)]
pub(crate) struct Out {
    pub(crate) buf: Vec<u8>,
    pub(crate) w: usize,
    pub(crate) start: usize,
}

impl Out {
    /// Writes after the existing contents of `buf`, which are not context.
    pub(crate) fn after(buf: Vec<u8>) -> Self {
        let w = buf.len();
        Out { buf, w, start: w }
    }

    /// Makes sure `n` bytes can be written at the cursor.
    #[inline]
    pub(crate) fn room(&mut self, n: usize) {
        if self.buf.len() < self.w + n {
            self.buf.resize(self.w + n, 0);
        }
    }

    #[inline]
    pub(crate) fn put(&mut self, bytes: &[u8]) {
        self.room(bytes.len());
        self.buf[self.w..self.w + bytes.len()].copy_from_slice(bytes);
        self.w += bytes.len();
    }

    #[inline]
    pub(crate) fn put_char(&mut self, c: char) {
        self.put(c.encode_utf8(&mut [0; 4]).as_bytes());
    }

    /// What this call has written so far.
    #[inline]
    pub(crate) fn written(&self) -> &[u8] {
        &self.buf[self.start..self.w]
    }

    /// The last character this call wrote.
    pub(crate) fn last_char(&self) -> Option<char> {
        chars_backwards(self.written()).next().map(|(_, c)| c)
    }

    /// Replaces the bytes `at..at + old_len` of the output by `c`.
    pub(crate) fn replace(&mut self, at: usize, old_len: usize, c: char) {
        let mut tmp = [0; 4];
        let new = c.encode_utf8(&mut tmp).as_bytes();
        if new.len() == old_len {
            self.buf[at..at + old_len].copy_from_slice(new);
        } else {
            let tail = self.buf[at + old_len..self.w].to_vec();
            self.w = at;
            self.put(new);
            self.put(&tail);
        }
    }

    /// The finished output.
    pub(crate) fn into_vec(mut self) -> Vec<u8> {
        self.buf.truncate(self.w);
        self.buf
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
