//! Byte offsets into UTF-8 to Python string indices.
//!
//! Python indexes a `str` by code point, so a byte offset becomes the number
//! of code points before it: the number of bytes that are not UTF-8
//! continuation bytes (`0b10xx_xxxx`). Offsets arrive in increasing order
//! (tokens, sentences, blocks), so a cursor counts each byte once.

/// Turns increasing byte offsets into code point indices of one text.
pub struct CharCursor<'a> {
    bytes: &'a [u8],
    byte: usize,
    char: usize,
}

impl<'a> CharCursor<'a> {
    pub fn new(text: &'a str) -> Self {
        CharCursor {
            bytes: text.as_bytes(),
            byte: 0,
            char: 0,
        }
    }

    /// The code point index of byte offset `byte` (a char boundary). Cheap
    /// when offsets increase; an offset behind the cursor counts again from
    /// the start.
    #[inline]
    pub fn index(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.char = 0;
        }
        self.char += count_chars(&self.bytes[self.byte..byte]);
        self.byte = byte;
        self.char
    }
}

/// The number of code points in `bytes`, a run of whole UTF-8 characters.
#[inline]
fn count_chars(bytes: &[u8]) -> usize {
    // Continuation bytes are 0x80..=0xBF, that is -128..=-65 as `i8`.
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_code_points() {
        let text = "a😀بَ\u{301}z";
        let mut cursor = CharCursor::new(text);
        for (i, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(cursor.index(byte), i);
        }
        assert_eq!(cursor.index(text.len()), text.chars().count());
        assert_eq!(cursor.index(1), 1);
    }
}
